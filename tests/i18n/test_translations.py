"""Dutch and English are complete: the Qt files for the screens, the catalogue for the
services' sentences."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from message_sources import built_from_pieces, labels_in_code, placeholders, sentences

from zkijdesk import i18n
from zkijdesk.domain.enums import LABELS_NL, ROUTE_STATUS_NL, IntakeStatus
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.text import Text, t
from zkijdesk.i18n import catalogue
from zkijdesk.views import labels, translations

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations as ut  # noqa: E402


def messages(path: Path) -> set[tuple[str, str]]:
    out = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            out.add((context.findtext("name") or "", message.findtext("source") or ""))
    return out


@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_string_is_translated_and_finished(code):
    assert ut.unfinished(ut.ts_path(code)) == []
    assert ut.qm_path(code).stat().st_size > 1000


def test_the_translation_files_cover_every_string_in_the_code(tmp_path):
    """Fails when a tr() string was added without running scripts/update_translations.py."""
    fresh = tmp_path / "fresh.ts"
    ut.lupdate(fresh, "en_GB")
    missing = messages(fresh) - messages(ut.ts_path("en"))
    assert not missing, f"run scripts/update_translations.py and translate: {sorted(missing)}"
    assert ("", "") not in messages(fresh)
    assert not [ctx for ctx, _ in messages(fresh) if not ctx], (
        "tr() outside a class: use translate()"
    )


ELEVEN_TEST = t("{label} voldoet niet aan de elfproef.", label="BSN")
BEFORE_START = t(
    "{label} mag niet vóór de {label2} liggen.", label="Gepland einde", label2="geplande start"
)


def test_english_is_used_when_chosen(qapp):
    from PySide6.QtCore import QCoreApplication

    installed = translations.install(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Mijn werkvoorraad") == "My worklist"
        assert labels.label(IntakeStatus.JOBSEEKER_WW) == "Job seeker with WW benefit"
        assert labels.route_status("closed") == "Closed"
        assert i18n.translate_message(ELEVEN_TEST) == "BSN fails the eleven-test check."
        assert i18n.translate_message(BEFORE_START) == (
            "Planned end may not be before the planned start."
        )
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        i18n.set_language("nl")
    assert i18n.translate_message(ELEVEN_TEST) == "BSN voldoet niet aan de elfproef."
    assert labels.label(IntakeStatus.JOBSEEKER_WW) == "Werkzoekend met WW"


def english(message: str) -> str:
    return i18n.translate_message(message, "en")


def test_every_sentence_the_code_can_say_has_english():
    found = sentences()
    assert len(found) > 300, "the source reader found too little; is it still reading the code?"
    missing = sorted({f"{s.where}: {s.id}" for s in found if not catalogue.has(Text(s.id))})
    assert not missing, "add to resources/i18n/messages_en.po:\n" + "\n".join(missing)


def test_every_sentence_fills_exactly_its_placeholders():
    """A name missing from the call, or one the sentence lacks, would raise when the
    error is made, at the moment the coach needs the sentence most."""
    wrong = [
        f"{s.where}: {s.id!r} fills {sorted(s.names)}"
        for s in sentences()
        if s.names is not None and s.names != placeholders(s.id)
    ]
    assert not wrong, "\n".join(wrong)


def test_every_english_sentence_has_the_dutch_placeholders():
    from babel.messages.pofile import read_po

    with ut.po_path("en").open("rb") as fh:
        entries = [m for m in read_po(fh) if m.id]
    assert len(entries) > 300
    wrong = [m.id for m in entries if placeholders(m.string) != placeholders(m.id)]
    assert not wrong, wrong


def test_no_error_is_built_from_pieces():
    """An f-string or ``+`` makes a sentence the catalogue cannot look up: the English
    reader would see Dutch. Errors take a ``t(id, ...)`` or a fixed sentence."""
    assert built_from_pieces() == []


def test_every_field_label_in_a_sentence_has_english():
    missing = sorted(label for label in labels_in_code() if not catalogue.has_label(label))
    assert not missing, f"add to resources/i18n/messages_en.po (msgctxt veld): {missing}"


def test_every_choice_has_one_dutch_label_and_its_english():
    """Screens, reports, the CLI and the import template take an enum value's Dutch
    from the domain; the catalogue holds its English once."""
    dutch = {d for table in LABELS_NL.values() for d in table.values()}
    dutch |= set(ROUTE_STATUS_NL.values())
    missing = sorted(d for d in dutch if not catalogue.has_label(d, catalogue.CHOICE_CONTEXT))
    assert not missing, f"add to resources/i18n/messages_en.po (msgctxt keuze): {missing}"


def test_each_enum_value_has_its_own_label_though_codes_repeat_across_enums():
    """ "anders" is a referral source, an exit reason and a guidance: a StrEnum member is
    equal to its code, so one flat table would give all three the last one's label."""
    from zkijdesk.domain.enums import ExitReason, GuidanceKind, ReferralSource, TrainingKind
    from zkijdesk.domain.enums import label as dutch

    for enum_cls, table in LABELS_NL.items():
        assert set(table) == set(enum_cls), enum_cls
        assert all(dutch(member) == table[member] for member in enum_cls)
    assert [dutch(e.OTHER) for e in (ReferralSource, ExitReason, GuidanceKind, TrainingKind)] == [
        "Anders",
        "Anders",
        "Andere begeleiding",
        "Andere scholing",
    ]
    i18n.set_language("en")
    try:
        assert labels.label(GuidanceKind.OTHER) == "Other guidance"
        assert labels.label(ReferralSource.OTHER) == "Other"
    finally:
        i18n.set_language("nl")


def test_every_setting_has_english_for_its_label_and_help():
    """The settings page shows a setting's label (and help) from services/settings.py,
    translated with the same catalogue as the sentences that name it."""
    from zkijdesk.services.settings import SETTINGS

    for setting in SETTINGS:
        assert catalogue.has_label(setting.label), f"add {setting.label!r} to the catalogue"
        if setting.help:
            assert catalogue.has(Text(setting.help)), f"add {setting.help!r} to the catalogue"
    i18n.set_language("en")
    try:
        assert i18n.translate_label("Vergrendelen na (minuten)") == "Lock after (minutes)"
    finally:
        i18n.set_language("nl")
    assert i18n.translate_label("Vergrendelen na (minuten)") == "Vergrendelen na (minuten)"


def test_labels_keep_their_place_in_the_sentence():
    assert english(t("{label} is verplicht.", label="Geboortedatum")) == (
        "Date of birth is required."
    )
    assert english(
        t("{label} mag niet vóór de {label2} liggen.", label="Afsluitdatum", label2="intakedatum")
    ) == ("Closing date may not be before the intake date.")
    assert english(t("Uw rol staat niet toe dat u {label}.", label="een cliënt wist")) == (
        "Your role does not allow you to erase a client."
    )
    assert english(t("{label} {n} bestaat niet (meer).", label="Cliënt", n=12)) == (
        "Client 12 does not exist (any more)."
    )
    # English says "an" where Dutch says "een": the whole sentence's own entry wins.
    assert english(t("Kies een {label}.", label="werkgever")) == "Choose an employer."
    assert english(t("Kies een {label}.", label="sector")) == "Choose a sector."
    # A nested sentence is translated as one.
    inner = t("{label} is verplicht.", label="Datum contact")
    assert english(t("Contact {n}: {sentence}", n=2, sentence=inner)) == (
        "Contact 2: Date of contact is required."
    )
    # Text from outside zkijdesk (a database driver) is shown as it came.
    assert english("Iets heel anders.") == "Iets heel anders."


def test_a_text_reads_as_its_dutch_and_keeps_its_id_through_an_error():
    text = t("{label} mag hoogstens {n} tekens lang zijn.", label="Notitie", n=200)
    assert text == "Notitie mag hoogstens 200 tekens lang zijn."
    error = ValidationError("note", text)
    assert error.message == str(error) == text
    assert error.text.id == "{label} mag hoogstens {n} tekens lang zijn."
    assert english(error.message) == "Note may be at most 200 characters long."
    # Glued onto other text it is a plain string again: no id, no English.
    assert not isinstance("Let op: " + text, Text)


def test_a_text_survives_pickling():
    import pickle

    text = t("{label} is verplicht.", label="Geboortedatum")
    again = pickle.loads(pickle.dumps(text))
    assert (again, again.id, dict(again.params)) == (text, text.id, dict(text.params))
