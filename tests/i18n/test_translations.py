"""Dutch and English are complete: the Qt files for the screens, the catalogue for the
services' sentences."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from message_sources import SAMPLE_LABEL, labels_in_code, sentences

from zkijdesk import i18n
from zkijdesk.i18n.messages import LABELS, to_english
from zkijdesk.views import translations

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
    assert ut.ts_path(code).with_suffix(".qm").stat().st_size > 1000


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


def test_english_is_used_when_chosen(qapp):
    from PySide6.QtCore import QCoreApplication

    installed = translations.install(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Mijn werkvoorraad") == "My worklist"
        assert QCoreApplication.translate("Labels", "Werkzoekend met WW") == (
            "Job seeker with WW benefit"
        )
        assert i18n.translate_message("BSN voldoet niet aan de elfproef.") == (
            "BSN fails the eleven-test check."
        )
        assert i18n.translate_message("Gepland einde mag niet vóór de geplande start liggen.") == (
            "Planned end may not be before the planned start."
        )
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        i18n.set_language("nl")
    assert i18n.translate_message("BSN voldoet niet aan de elfproef.") == (
        "BSN voldoet niet aan de elfproef."
    )


def test_every_service_sentence_has_english():
    found = sentences()
    assert len(found) > 100, "the source reader found too little; is it still reading the code?"
    untranslated = [f"{s.where}: {s.sample}" for s in found if to_english(s.sample) == s.sample]
    assert not untranslated, "add to zkijdesk/i18n/messages.py:\n" + "\n".join(untranslated)
    assert SAMPLE_LABEL in LABELS


def test_every_field_label_in_a_sentence_has_english():
    missing = sorted(label for label in labels_in_code() if label not in LABELS)
    assert not missing, f"add to LABELS in zkijdesk/i18n/messages.py: {missing}"


def test_every_setting_has_english_for_its_label_and_help():
    """The settings page shows a setting's label (and help) from services/settings.py,
    translated with the same catalogue as the sentences that name it."""
    from zkijdesk.services.settings import SETTINGS

    for setting in SETTINGS:
        assert setting.label in LABELS, f"add {setting.label!r} to LABELS"
        if setting.help:
            assert to_english(setting.help) != setting.help, f"add {setting.help!r} to TEMPLATES"
    i18n.set_language("en")
    try:
        assert i18n.translate_label("Vergrendelen na (minuten)") == "Lock after (minutes)"
    finally:
        i18n.set_language("nl")
    assert i18n.translate_label("Vergrendelen na (minuten)") == "Vergrendelen na (minuten)"


def test_labels_keep_their_place_in_the_sentence():
    assert to_english("Geboortedatum is verplicht.") == "Date of birth is required."
    assert to_english("Afsluitdatum mag niet vóór de intakedatum liggen.") == (
        "Closing date may not be before the intake date."
    )
    assert to_english("Uw rol staat niet toe dat u een cliënt wist.") == (
        "Your role does not allow you to erase a client."
    )
    assert to_english("Cliënt 12 bestaat niet (meer).") == "Client 12 does not exist (any more)."
    assert to_english("Iets heel anders.") == "Iets heel anders."


def test_qm_files_are_built_from_the_ts_files(tmp_path):
    for code in ("nl", "en"):
        rebuilt = tmp_path / f"{code}.qm"
        ut.lrelease(ut.ts_path(code), rebuilt)
        assert rebuilt.read_bytes() == ut.ts_path(code).with_suffix(".qm").read_bytes(), (
            "run scripts/update_translations.py"
        )
