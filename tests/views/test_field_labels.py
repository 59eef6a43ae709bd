"""A form names each field by the label its service names it by, in Dutch and English.

Every field of the forms that save through a service is broken in turn (a typed value
the service refuses, a choice it does not know) and saved: the sentence that comes back
for the field must carry the very ``Label`` object the form made the field's caption
from (domain/fields.py), and in the interface language the sentence shown under the
field names it as its caption does. A caption typed again in a form, or a label typed
again in a service, fails here even when today the words are the same.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gui_support import TODAY, settle
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from zkijdesk import i18n
from zkijdesk.domain import fields
from zkijdesk.domain.errors import ValidationError, each_error
from zkijdesk.domain.fields import Label
from zkijdesk.services.dto import ClientInput, PlacementInput, RouteInput, TrainingInput

#: Fields a form shows without a declared label, and why.
UNLABELLED = {
    "banenafspraak": "a checkbox with its own sentence; nothing to refuse",
    "skills": "the skill picker: the service names one skill that is gone ('Vaardigheid')",
}
#: Fields the loop below cannot break through the widget, and why.
UNBROKEN = {
    "employer_id": "chosen from a list or looked up; refused with a whole sentence",
    "banenafspraak": UNLABELLED["banenafspraak"],
    "skills": UNLABELLED["skills"],
}
BROKEN_TEXT = "\u202e1"  # a character that turns text around: every text field refuses it
UNKNOWN_ID = 987_654_321


@pytest.fixture(params=["nl", "en"])
def language(request, qapp):
    from zkijdesk.views import translations

    installed = translations.install(qapp, request.param) if request.param != "nl" else []
    i18n.set_language(request.param)
    yield request.param
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    i18n.set_language("nl")


@pytest.fixture
def heard(monkeypatch):
    """Every error a form turned into a sentence on screen."""
    from zkijdesk.views import feedback

    seen: list[BaseException] = []
    original = feedback.message

    def message(exc: BaseException) -> str:
        seen.append(exc)
        return original(exc)

    monkeypatch.setattr(feedback, "message", message)
    return seen


@pytest.fixture
def world(window):
    """A client with a route and one of each step, an employer with a vacancy."""
    services = window.ws.services
    intake = services.clients.intake(
        ClientInput(
            first_name="Iris", last_name="Dekker", birth_date="04-03-1985", intake_status="werkend"
        ),
        RouteInput(intake_date="01-06-2026", referral_source="uwv"),
    )
    client, route_id = intake.client, intake.route.id
    guidance = services.routes.add_guidance(route_id, "jobcoaching", "02-06-2026")
    training = services.routes.add_training(
        route_id, TrainingInput(title="VCA", provider="ROC", actual_start="03-06-2026")
    )
    placement = services.routes.add_placement(
        route_id, PlacementInput(start_date="01-07-2026", hours_per_week=24)
    )
    contact = services.activities.record_contact(client.id, "gesprek", "04-06-2026", 30)
    task = services.activities.add_task("Cv nalopen", "01-12-2026", client_id=client.id)
    employer = services.employers.create_employer("Bakkerij Mathol")
    vacancy = services.employers.create_vacancy(employer.id, "Bakker", 24)
    return {
        "client": client,
        "route_id": route_id,
        "guidance": guidance,
        "training": training,
        "placement": placement,
        "contact": contact,
        "task": task,
        "employer": employer,
        "vacancy": vacancy,
    }


def forms(window, world) -> dict[str, Callable[[], QWidget]]:
    """Each form that saves through a service, made afresh with valid input."""
    from zkijdesk.views.client_file import step_dialogs as steps
    from zkijdesk.views.wsp import forms as wsp

    ws = window.ws
    s = ws.services
    route_id = world["route_id"]
    employer = world["employer"]

    def wsp_form(dialog):
        dialog.runner = ws.runner
        return dialog

    def employer_form():
        dialog = wsp_form(wsp.EmployerDialog(ws.ref, s.employers, s.employer_contacts))
        dialog.name.setText("Bakkerij Zeewind")
        return dialog

    def contact_person_form():
        dialog = wsp_form(wsp.ContactPersonDialog(s.employer_contacts, employer.id, employer.name))
        dialog.name.setText("Marieke Jansen")
        return dialog

    def vacancy_form():
        dialog = wsp_form(
            wsp.VacancyDialog(ws.ref, s.employers, [(employer.name, employer.id)], employer.id)
        )
        dialog.occupation.setText("Bakker")
        return dialog

    return {
        "route": lambda: steps.RouteDialog(ws, world["client"].id, s.routes.get(route_id)),
        "close_route": lambda: _chosen(steps.CloseRouteDialog(ws, route_id), "reason"),
        "guidance": lambda: steps.GuidanceDialog(ws, route_id, world["guidance"]),
        "training": lambda: steps.TrainingDialog(ws, route_id, world["training"]),
        "placement": lambda: steps.PlacementDialog(ws, route_id),
        "end_placement": lambda: steps.EndPlacementDialog(ws, world["placement"].id),
        "follow_up": lambda: steps.FollowUpDialog(
            ws, world["placement"].follow_ups[0].id, world["placement"].follow_ups[0].months
        ),
        "contact": lambda: steps.ContactDialog(ws, world["contact"]),
        "task": lambda: steps.TaskDialog(ws, world["task"]),
        "employer": employer_form,
        "contact_person": contact_person_form,
        "vacancy": vacancy_form,
        "vacancy_status": lambda: wsp_form(
            wsp.VacancyStatusDialog(s.employers, world["vacancy"].id, "Bakker", "open", TODAY)
        ),
        "hours": lambda: wsp_form(
            wsp.HoursDialog(s.matching, world["client"].id, "Iris", (20, 32))
        ),
    }


def _chosen(dialog, attribute: str):
    """Pick the first real choice of a combo that starts empty."""
    combo = getattr(dialog, attribute)
    combo.setCurrentIndex(1)
    return dialog


def break_field(name: str, editor: QWidget) -> bool:
    """Give ``editor`` a value its service refuses; False when the widget cannot hold one."""
    if isinstance(editor, QCheckBox) or name in UNBROKEN:
        return False
    if isinstance(editor, QLineEdit):
        editor.setText(BROKEN_TEXT)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(BROKEN_TEXT)
    elif isinstance(editor, QComboBox):
        editor.addItem("?", UNKNOWN_ID if name.endswith("_id") else "onbekende_waarde")
        editor.setCurrentIndex(editor.count() - 1)
    elif isinstance(editor, QSpinBox):
        editor.setMinimum(-5)
        editor.setValue(-5)
    else:
        return False
    return True


def label_params(problem: ValidationError) -> list:
    return [value for name, value in problem.text.params.items() if name.startswith("label")]


def check_field(field, problems: list[ValidationError], where: str) -> list[str]:
    """What is wrong with how ``field`` and the sentences about it name the field."""
    wrong = []
    label = field.label
    named = [p for p in problems if any(value is label for value in label_params(p))]
    if not named:
        said = [(p.text.id, label_params(p)) for p in problems]
        wrong.append(f"{where}: no sentence names it by {label!r}, only {said}")
    caption = field.caption.text()
    shown = i18n.translate_label(label)
    if not caption.startswith(shown):
        wrong.append(f"{where}: caption {caption!r} does not start with {shown!r}")
    if field.has_error and shown.casefold() not in field.error.text().casefold():
        wrong.append(f"{where}: {field.error.text()!r} under {caption!r}")
    return wrong


def refusals(qtbot, window, heard, save, field_name: str) -> list[ValidationError]:
    heard.clear()
    save()
    settle(qtbot, window.runner)
    return [
        problem
        for exc in heard
        if isinstance(exc, ValidationError)
        for problem in each_error(exc)
        if problem.field == field_name
    ]


@pytest.mark.slow
def test_each_form_names_a_field_as_its_service_does(qtbot, window, world, heard, language):
    wrong: list[str] = []
    checked = 0
    for form_name, make in forms(window, world).items():
        first = make()
        qtbot.addWidget(first)
        names = list(first.fields)
        for name in names:
            dialog = make()
            qtbot.addWidget(dialog)
            field = dialog.fields[name]
            where = f"{form_name}.{name}"
            if field.label is None:
                if name not in UNLABELLED:
                    wrong.append(
                        f"{where}: caption {field.caption.text()!r} is not a declared label"
                    )
                continue
            assert type(field.label) is Label
            if not break_field(name, field.editor):
                continue
            dialog.show()
            problems = refusals(qtbot, window, heard, dialog.accept, name)
            wrong += check_field(field, problems, where)
            checked += 1
            dialog.writing = False
            dialog.reject()
    assert checked >= 45
    assert not wrong, "\n".join(wrong)


@pytest.mark.slow
def test_the_new_client_form_names_each_field_as_the_intake_does(qtbot, window, heard, language):
    from zkijdesk.views.client_file.intake import IntakePage

    def page() -> IntakePage:
        intake = IntakePage(window.ws)
        qtbot.addWidget(intake)
        form = intake.form
        form.first_name.setText("Noor")
        form.last_name.setText("Visser")
        form.birth_date.setText("12-12-1990")
        form.intake_status.setCurrentIndex(form.intake_status.findData("werkend"))
        return intake

    first = page()
    names = [("form", n) for n in first.form.fields] + [("route", n) for n in first.route_fields]
    first.drafts.discard()
    wrong: list[str] = []
    for part, name in names:
        intake = page()
        fields_of = intake.form.fields if part == "form" else intake.route_fields
        field = fields_of[name]
        assert type(field.label) is Label, f"{part}.{name}"
        if not break_field(name, field.editor):
            continue
        problems = refusals(qtbot, window, heard, intake.save, name)
        wrong += check_field(field, problems, f"intake {part}.{name}")
        intake.drafts.discard()
    assert len(names) == 15
    assert not wrong, "\n".join(wrong)


@pytest.mark.slow
def test_the_contact_and_task_lines_of_a_file_name_their_fields_alike(
    qtbot, window, world, heard, language
):
    client_id = world["client"].id
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None, timeout=10_000)
    wrong: list[str] = []
    for tab, save in ((file.contacts_tab, "record"), (file.tasks_tab, "add")):
        for name, field in tab.fields.items():
            assert type(field.label) is Label, name
            kept = _value(field.editor)
            if break_field(name, field.editor):
                problems = refusals(qtbot, window, heard, getattr(tab, save), name)
                wrong += check_field(field, problems, f"{type(tab).__name__}.{name}")
            _restore(field.editor, kept)
    assert not wrong, "\n".join(wrong)


def _value(editor: QWidget):
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return editor.currentIndex()
    if isinstance(editor, QSpinBox):
        return editor.minimum(), editor.value()
    return None


def _restore(editor: QWidget, value) -> None:
    if isinstance(editor, QLineEdit):
        editor.setText(value)
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QComboBox):
        editor.removeItem(editor.count() - 1)
        editor.setCurrentIndex(value)
    elif isinstance(editor, QSpinBox):
        editor.setValue(value[1])
        editor.setMinimum(value[0])


def test_captions_without_a_declared_label_do_not_use_a_label_s_words(qtbot, window, world):
    """The forms' other captions are their own: none is a declared label typed again."""
    declared = set(fields.declared().values())
    for form_name, make in forms(window, world).items():
        dialog = make()
        qtbot.addWidget(dialog)
        for name, field in dialog.fields.items():
            if field.label is None:
                caption = field.caption.text().rstrip(" *")
                assert caption not in declared, f"{form_name}.{name}: {caption!r}"


def test_the_other_lines_and_pages_caption_validated_fields_with_labels(
    qtbot, window, world, tmp_path
):
    """The labels tab, the pipeline and the welcome make their captions from declared
    labels too (their refusals are driven in tests of their own)."""
    from types import SimpleNamespace

    from zkijdesk.views.welcome import WelcomeDialog
    from zkijdesk.views.wsp.pipeline import PipelineTab

    client_id = world["client"].id
    window.open_client(client_id)
    file = window.files[client_id]
    qtbot.waitUntil(lambda: file.data is not None, timeout=10_000)
    tab = file.labels_tab
    assert tab.sector_field.label is fields.SECTOR
    assert [f.label for f in tab.skill_fields.values()] == [
        fields.SKILL,
        fields.EVIDENCE,
        fields.SHOWN_ON,
    ]
    s = window.ws.services
    pipeline = PipelineTab(
        SimpleNamespace(placements=s.placements, today=lambda: TODAY, runner=window.runner)
    )
    qtbot.addWidget(pipeline)
    assert {name: f.label for name, f in pipeline.fields.items()} == {
        "interview_on": fields.INTERVIEW_ON,
        "contract_type": fields.CONTRACT_TYPE,
        "hours_per_week": fields.HOURS_PER_WEEK,
        "start_date": fields.START_DATE,
        "reason": fields.REASON,
    }
    welcome = WelcomeDialog(window.runner, tmp_path / "new.db", tmp_path / "demo.db")
    qtbot.addWidget(welcome)
    assert welcome.name_field.label is fields.NAME
    assert welcome.name_field.caption.text() == "Naam *"
