"""A subject-access reply a privacy officer can send as it is (GDPR art. 15).

Besides the copy of the data, the person reads who is responsible and how to reach them
or the data-protection officer, why and on what basis the data is used, who gets it,
how long it is kept, where it came from and that they may complain to the Autoriteit
Persoonsgegevens; the admin keeps those texts. The PDF numbers its pages "pagina N van
M", never shows an empty table of who opened the file, and embeds its font in Dutch.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader
from test_erasure import full_client

from zkijdesk.domain.errors import PermissionDeniedError, ValidationError
from zkijdesk.services.privacy_notice import PrivacyNoticeService
from zkijdesk.services.subject_access import SubjectAccessService

CONTROLLER = "Gemeente Velsen, Dudokplein 1, 1971 EN IJmuiden"
CONTACT = "privacy@velsen.example, 0255 567 200"
DPO = "Functionaris gegevensbescherming: mr. T. Test, fg@velsen.example"


def _text(pdf) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(pdf).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_reply_tells_what_article_15_requires(people, tmp_path):
    cid = full_client(people.anna)
    PrivacyNoticeService(people.admin.store, people.admin.actor).set_notice(
        controller=CONTROLLER, contact=CONTACT, dpo=DPO
    )
    service = SubjectAccessService(people.anna.store, people.anna.actor)
    pdf = service.export(cid, tmp_path / "inzage.pdf")
    text = _flat(_text(pdf))
    for needle in (
        CONTROLLER,
        CONTACT,
        DPO,
        "Participatiewet",  # the legal basis
        "Waarvoor wij uw gegevens gebruiken",
        "Wie uw gegevens krijgen",
        "60 maanden als de reden was: werk, scholing",  # from the retention terms
        "Waar de gegevens vandaan komen",
        "Autoriteit Persoonsgegevens",
    ):
        assert needle in text, needle
    assert "nog niet ingevuld" not in text
    reader = PdfReader(pdf)
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"pagina {number} van {total}" in page.extract_text()
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            assert "Helvetica" not in str(font.get_object()["/BaseFont"])
    data = json.loads(service.export(cid, tmp_path / "inzage.json").read_text("utf-8"))
    about = data["about_processing"]
    assert about["controller"] == CONTROLLER and about["missing"] == []


def test_a_reply_before_the_admin_filled_the_controller_says_so(people, tmp_path):
    cid = full_client(people.anna)
    pdf = SubjectAccessService(people.anna.store, people.anna.actor).export(
        cid, tmp_path / "inzage.pdf"
    )
    text = _flat(_text(pdf))
    assert "nog niet ingevuld door de beheerder" in text
    assert "Autoriteit Persoonsgegevens" in text  # the right to complain never depends on it


def test_no_empty_table_of_who_opened_the_file(people, tmp_path):
    from zkijdesk.services.subject_access_pdf import render_pdf

    cid = full_client(people.anna)
    data = SubjectAccessService(people.anna.store, people.anna.actor).collect(cid)
    data["access_log"] = []  # a file moved in from before the log existed
    out = io.BytesIO()
    render_pdf(data, out)
    text = _flat(_text(io.BytesIO(out.getvalue())))
    heading = "Wie heeft uw dossier geopend of gewijzigd"
    after = text[text.index(heading) + len(heading) :]
    assert after.lstrip().startswith("Er is niet vastgelegd dat iemand uw dossier opende")
    assert not re.search(r"Moment\s+Handeling\s+Door", after)


def test_only_the_admin_keeps_the_texts_and_they_are_checked(people):
    with pytest.raises(PermissionDeniedError):
        PrivacyNoticeService(people.anna.store, people.anna.actor).set_notice(controller="X")
    admin = PrivacyNoticeService(people.admin.store, people.admin.actor)
    with pytest.raises(ValidationError) as too_long:
        admin.set_notice(contact="x" * 1001)
    assert too_long.value.field == "contact" and "Contactgegevens" in too_long.value.message
    admin.set_notice(controller=CONTROLLER, purposes="Eigen doelen.")
    assert admin.notice().purposes == "Eigen doelen."
    admin.set_notice(purposes="")  # emptied: back to the region's default text
    assert "Regionaal Mobiliteitsteam" in admin.notice().purposes
    assert admin.notice().controller == CONTROLLER
