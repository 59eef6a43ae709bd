"""The audit log's details in English: codes of the domain read as their English labels,
never as the Dutch code words the services store ("closed:werk")."""

from __future__ import annotations

import pytest

from zkijdesk.domain.enums import ExitReason, VacancyStatus
from zkijdesk.domain.matching import ContactKind, NotPlacedReason


@pytest.fixture
def english(qapp):
    from PySide6.QtCore import QCoreApplication

    from zkijdesk.views import translations

    installed = translations.install(qapp, "en")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    translations.install(qapp, "nl")


def _shows_code(text: str, code: str) -> bool:
    """Whether ``text`` shows the Dutch code, as it is stored or with spaces."""
    words = f" {text.lower().replace(':', ' ').replace(';', ' ')} "
    return f" {code} " in words or f" {code.replace('_', ' ')} " in words


def test_a_closed_route_reads_in_english(english):
    from zkijdesk.views.privacy.audit_details import readable

    assert readable("closed:werk") == "Route closed: work"
    assert readable("closed:geen_contact") == "Route closed: no more contact"
    assert readable("closed:elders_geholpen") == "Route closed: helped elsewhere"
    # An entry whose code is not a close reason (hand-made, or from an older version)
    # still reads as a word of the interface language.
    assert readable("closed:geplaatst") == "Route closed: placed"
    for reason in ExitReason:
        text = readable(f"closed:{reason.value}")
        assert text.startswith("Route closed: ")
        assert not _shows_code(text, reason.value), text


def test_other_codes_of_the_domain_read_in_english(english):
    from zkijdesk.views.privacy.audit_details import readable

    assert readable("not_placed:client_ziet_af") == "Not placed: client withdraws"
    assert readable("status=vervuld") == "Status filled"
    assert readable("bezoek") == "Visit"
    assert readable("role=teamlead") == "Role team lead"
    assert readable("scope=team;candidates=25;named=1") == ("Scope team; 25 candidates; 1 by name")
    codes = [
        *(f"not_placed:{r.value}" for r in NotPlacedReason),
        *(f"status={s.value}" for s in VacancyStatus if s is not VacancyStatus.OPEN),
        *(k.value for k in ContactKind),
    ]
    for detail in codes:
        code = detail.split(":")[-1].split("=")[-1]
        assert not _shows_code(readable(detail), code), (detail, readable(detail))


def test_in_dutch_the_codes_read_as_the_dutch_labels(qapp):
    from zkijdesk.views.privacy.audit_details import readable

    assert readable("closed:werk") == "Route afgesloten: werk"
    assert readable("not_placed:vacature_vervallen") == "Niet geplaatst: vacature vervallen"
    assert readable("status=in_behandeling") == "Status in behandeling"
    assert readable("telefoon") == "Telefoon"
    assert readable("restricted=1") == "Afgeschermd: ja"


def test_the_reporting_and_calendar_phrases_read_in_english(english):
    """Publications, contributions, reporting keys and calendar exports are stored as a
    short Dutch phrase; the log shows them as an English sentence, numbers kept."""
    from zkijdesk.views.privacy.audit_details import readable

    assert readable("2026-10 v2 store: 1116 cijfers, 595 geheim, pdf,xlsx") == (
        "2026-10, version 2, source store: 1116 figures, 595 secret; pdf,xlsx"
    )
    assert readable("2026-10 bijdrager 3") == "Contribution for 2026-10 from contributor 3"
    assert readable("ontvangen ab:cd:12") == "Key to receive contributions, fingerprint ab:cd:12"
    assert readable("ondertekenen ab12") == "Key to sign contributions, fingerprint ab12"
    assert readable("teamleider ab12") == "Team lead's key, fingerprint ab12"
    assert readable("ics:4+1 geannuleerd;client_number") == (
        "4 tasks to the calendar, 1 cancelled; titles with the client number only"
    )
    for dutch in ("cijfers", "geheim", "bijdrager", "ontvangen", "geannuleerd", "titels"):
        for detail in (
            "2026-10 v2 store: 1116 cijfers, 595 geheim, pdf,xlsx",
            "2026-10 bijdrager 3",
            "ontvangen ab12",
            "ics:4+1 geannuleerd;as_typed",
        ):
            assert dutch not in readable(detail), (dutch, detail)


def test_the_same_phrases_read_in_dutch(qapp):
    from zkijdesk.views.privacy.audit_details import readable

    assert readable("2026-10 bijdrager 3") == "Bijdrage over 2026-10 van bijdrager 3"
    assert readable("ics:4+1 geannuleerd;as_typed") == (
        "4 taken naar de agenda, 1 geannuleerd; titels zoals getypt"
    )


def test_every_action_and_object_the_code_logs_has_a_label():
    """A new kind of entry without a label would show its code word ("import_batch") on
    the audit page, in Dutch and English alike: the source is read for what it logs."""
    import re
    from pathlib import Path

    from zkijdesk.views.privacy.audit_page import ACTION_LABELS, OBJECT_LABELS

    source = Path(__file__).resolve().parents[2] / "zkijdesk"
    call = re.compile(
        r"(?:self\.audit\(\s*s,|audit\.record\(\s*\w+,\s*[\w.]+,|zk_audit_append\()"
        r"\s*['\"](\w+)['\"],\s*['\"](\w+)['\"]"
    )
    logged = set()
    for path in source.rglob("*.py"):
        logged |= set(call.findall(path.read_text(encoding="utf-8")))
    assert len(logged) > 30  # the reader finds the calls at all
    assert {action for action, _ in logged} - set(ACTION_LABELS) == set()
    assert {kind for _, kind in logged} - set(OBJECT_LABELS) == set()
