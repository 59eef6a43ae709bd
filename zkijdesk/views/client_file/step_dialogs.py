"""Small forms for the steps of a route, contacts and tasks.

Each dialog hands its raw input to one service call, which refuses every wrong field of
the form at once (a ``FormValidationError`` when there are several); the dialog shows
each sentence under its own field and stays open, so nothing typed is lost. A save that
landed is confirmed in the status bar. Dialogs open window-modal with ``open()``
(never a nested event loop), Esc cancels, Enter saves.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from zkijdesk.domain.enums import (
    ActivityKind,
    ContractType,
    ExitReason,
    GuidanceKind,
    ReferralSource,
    TrainingKind,
    TrainingResult,
)
from zkijdesk.domain.errors import (
    FieldErrors,
    FormValidationError,
    ValidationError,
)
from zkijdesk.services import dto
from zkijdesk.services.routes import placement_fields
from zkijdesk.views import fmt, labels, widgets
from zkijdesk.views.form import FormDialog
from zkijdesk.views.lookup import LookupEdit
from zkijdesk.views.workspace import Workspace


class StepDialog(FormDialog):
    """A form about a client's route: it saves through the workspace's runner, and is
    itself the save's initiator (the file reads itself again on ``saved``)."""

    def __init__(self, ws: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, runner=ws.runner, width=520, parent=parent)
        self.ws = ws


def _text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    return value if value.strip() else None


def _note(accessible: str, text: str | None = None) -> QPlainTextEdit:
    editor = QPlainTextEdit(text or "")
    editor.setAccessibleName(accessible)
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(90)
    return editor


def _enum_combo(accessible: str, enum_cls, value=None, *, empty: str | None = None):
    widget = widgets.combo(accessible, labels.choices(enum_cls), empty=empty)
    if value is not None:
        widgets.set_combo_value(widget, value)
    return widget


def _sector_combo(ws: Workspace, accessible: str, value: int | None = None):
    widget = widgets.combo(
        accessible,
        ws.ref.sectors_tree(),
        empty=QCoreApplication.translate("StepDialogs", "Geen sector"),
    )
    widgets.set_combo_value(widget, value)
    return widget


# --------------------------------------------------------------------------- routes
class RouteDialog(StepDialog):
    """Open a new route, or change the intake data of an existing one."""

    def __init__(self, ws, client_id: int, route: dto.RouteView | None = None, parent=None):
        title = self.tr("Route wijzigen") if route else self.tr("Nieuwe route starten")
        super().__init__(ws, title, parent)
        self.client_id, self.route = client_id, route
        self.intake = self.add(
            "intake_date",
            self.tr("Intakedatum"),
            widgets.date_edit(self.tr("Intakedatum"), route.intake_date if route else ws.today()),
            0,
            0,
        )
        self.referral = self.add(
            "referral_source",
            self.tr("Aanmelder"),
            _enum_combo(
                self.tr("Aanmelder"), ReferralSource, route.referral_source if route else None
            ),
            0,
            1,
        )
        self.sector = self.add(
            "sector_id",
            self.tr("Sector van oriëntatie"),
            _sector_combo(ws, self.tr("Sector van oriëntatie"), route.sector_id if route else None),
            1,
            0,
        )
        self.project = self.add(
            "project_id",
            self.tr("Project"),
            widgets.combo(
                self.tr("Project"),
                [(p.name, p.id) for p in ws.ref.projects],
                empty=self.tr("Geen project"),
            ),
            1,
            1,
        )
        if route:
            widgets.set_combo_value(self.project, route.project_id)
        self.note = self.add(
            "note",
            self.tr("Toelichting"),
            _note(self.tr("Toelichting"), route.note if route else None),
            2,
            0,
            2,
        )

    def submit(self):
        data = dto.RouteInput(
            intake_date=self.intake.text(),
            referral_source=self.referral.currentData(),
            coach_id=self.route.coach_id if self.route else self.ws.actor.user_id,
            sector_id=self.sector.currentData(),
            project_id=self.project.currentData(),
            note=_text(self.note),
        )
        routes, client_id, route = self.ws.services.routes, self.client_id, self.route
        if route is None:
            return lambda: routes.open(client_id, data)
        return lambda: routes.update(route.id, data)


class CloseRouteDialog(StepDialog):
    def __init__(self, ws, route_id: int, parent=None):
        super().__init__(ws, self.tr("Route afsluiten"), parent)
        self.route_id = route_id
        self.closed_on = self.add(
            "closed_on",
            self.tr("Afsluitdatum"),
            widgets.date_edit(self.tr("Afsluitdatum"), ws.today()),
            0,
            0,
        )
        self.reason = self.add(
            "exit_reason",
            self.tr("Reden uitstroom"),
            _enum_combo(self.tr("Reden uitstroom"), ExitReason, empty=self.tr("Kies een reden")),
            0,
            1,
        )
        self.ok_button.setText(self.tr("Route afsluiten"))

    def submit(self):
        routes, route_id = self.ws.services.routes, self.route_id
        closed_on, reason = self.closed_on.text(), self.reason.currentData() or ""
        return lambda: routes.close(route_id, closed_on, reason)


# --------------------------------------------------------------------------- steps
class GuidanceDialog(StepDialog):
    def __init__(self, ws, route_id: int, item: dto.GuidanceView | None = None, parent=None):
        super().__init__(
            ws,
            self.tr("Begeleiding wijzigen") if item else self.tr("Begeleiding toevoegen"),
            parent,
        )
        self.route_id, self.item = route_id, item
        self.kind = self.add(
            "kind",
            self.tr("Soort begeleiding"),
            _enum_combo(self.tr("Soort begeleiding"), GuidanceKind, item.kind if item else None),
            0,
            0,
            2,
        )
        self.start = self.add(
            "start_date",
            self.tr("Startdatum"),
            widgets.date_edit(self.tr("Startdatum"), item.start_date if item else ws.today()),
            1,
            0,
        )
        self.end = self.add(
            "end_date",
            self.tr("Einddatum"),
            widgets.date_edit(self.tr("Einddatum"), item.end_date if item else None),
            1,
            1,
        )
        self.note = self.add(
            "note",
            self.tr("Notitie"),
            _note(self.tr("Notitie"), item.note if item else None),
            2,
            0,
            2,
        )
        if item:
            self.add_delete(
                self.tr("Deze begeleiding verwijderen?"),
                lambda: ws.services.routes.delete_guidance(item.id),
            )

    def submit(self):
        args = (self.kind.currentData(), self.start.text(), _text(self.end), _text(self.note))
        routes, route_id, item = self.ws.services.routes, self.route_id, self.item
        if item is None:
            return lambda: routes.add_guidance(route_id, *args)
        return lambda: routes.update_guidance(item.id, *args)


class TrainingDialog(StepDialog):
    def __init__(self, ws, route_id: int, item: dto.TrainingView | None = None, parent=None):
        super().__init__(
            ws, self.tr("Scholing wijzigen") if item else self.tr("Scholing toevoegen"), parent
        )
        self.route_id, self.item = route_id, item
        self.title_edit = self.add(
            "title", self.tr("Opleiding"), QLineEdit(item.title if item else ""), 0, 0
        )
        self.provider = self.add(
            "provider", self.tr("Aanbieder"), QLineEdit(item.provider if item else ""), 0, 1
        )
        self.kind = self.add(
            "kind",
            self.tr("Soort scholing"),
            _enum_combo(self.tr("Soort scholing"), TrainingKind, item.kind if item else None),
            1,
            0,
        )
        self.sector = self.add(
            "sector_id",
            self.tr("Sector"),
            _sector_combo(ws, self.tr("Sector"), item.sector_id if item else None),
            1,
            1,
        )
        self.planned_start = self.add(
            "planned_start",
            self.tr("Geplande start"),
            widgets.date_edit(self.tr("Geplande start"), item.planned_start if item else None),
            2,
            0,
        )
        self.planned_end = self.add(
            "planned_end",
            self.tr("Gepland einde"),
            widgets.date_edit(self.tr("Gepland einde"), item.planned_end if item else None),
            2,
            1,
        )
        self.actual_start = self.add(
            "actual_start",
            self.tr("Werkelijke start"),
            widgets.date_edit(self.tr("Werkelijke start"), item.actual_start if item else None),
            3,
            0,
        )
        self.actual_end = self.add(
            "actual_end",
            self.tr("Werkelijk einde"),
            widgets.date_edit(self.tr("Werkelijk einde"), item.actual_end if item else None),
            3,
            1,
        )
        self.result_combo = self.add(  # not `result`: that is QDialog.result()
            "result",
            self.tr("Resultaat"),
            _enum_combo(self.tr("Resultaat"), TrainingResult, item.result if item else None),
            4,
            0,
        )
        self.credential = self.add(
            "credential",
            self.tr("Behaald certificaat"),
            QLineEdit((item.credential or "") if item else ""),
            4,
            1,
        )
        if item:
            self.add_delete(
                self.tr("Deze scholing verwijderen?"),
                lambda: ws.services.routes.delete_training(item.id),
            )

    def submit(self):
        data = dto.TrainingInput(
            title=_text(self.title_edit),
            provider=_text(self.provider),
            kind=self.kind.currentData(),
            sector_id=self.sector.currentData(),
            planned_start=_text(self.planned_start),
            planned_end=_text(self.planned_end),
            actual_start=_text(self.actual_start),
            actual_end=_text(self.actual_end),
            result=self.result_combo.currentData(),
            credential=_text(self.credential),
        )
        routes, route_id, item = self.ws.services.routes, self.route_id, self.item
        if item is None:
            return lambda: routes.add_training(route_id, data)
        return lambda: routes.update_training(item.id, data)


class PlacementDialog(StepDialog):
    def __init__(self, ws, route_id: int, parent=None):
        super().__init__(ws, self.tr("Plaatsing toevoegen"), parent)
        self.route_id = route_id
        # Asked as the user types: a region's employers are never loaded whole.
        self.employer = self.add(
            "employer_id",
            self.tr("Werkgever"),
            LookupEdit(
                self.tr("Werkgever"),
                lambda typed: [
                    (name, eid) for eid, name in ws.services.employers.search_names(typed)
                ],
                ws.runner,
                placeholder=self.tr("Typ een deel van de naam; leeg: werkgever onbekend"),
            ),
            0,
            0,
            2,
        )
        self.start = self.add(
            "start_date",
            self.tr("Startdatum"),
            widgets.date_edit(self.tr("Startdatum"), ws.today()),
            1,
            0,
        )
        self.end = self.add(
            "end_date",
            self.tr("Einddatum (optioneel)"),
            widgets.date_edit(self.tr("Einddatum")),
            1,
            1,
        )
        self.contract = self.add(
            "contract_type",
            self.tr("Soort contract"),
            _enum_combo(self.tr("Soort contract"), ContractType, ContractType.FIXED_TERM),
            2,
            0,
        )
        hours = QSpinBox()
        hours.setRange(0, 60)
        hours.setValue(24)
        hours.setSuffix(self.tr(" uur"))
        self.hours = self.add("hours_per_week", self.tr("Uren per week"), hours, 2, 1)
        self.sector = self.add(
            "sector_id", self.tr("Sector"), _sector_combo(ws, self.tr("Sector")), 3, 0
        )
        self.banen = QCheckBox(self.tr("Banenafspraakplaatsing"))
        self.banen.setAccessibleName(self.tr("Banenafspraakplaatsing"))
        self.grid.addWidget(self.banen, 3, 1, Qt.AlignmentFlag.AlignBottom)
        hint = widgets.label(
            self.tr("Nazorg na 3, 6 en 12 maanden wordt automatisch als taak gepland."),
            "muted",
            wrap=True,
        )
        self.grid.addWidget(hint, 4, 0, 1, 2)

    def accept(self) -> None:
        """An employer typed but not picked stops the save here; the placement's own
        fields are judged now too, so every problem shows at once."""
        if not self.employer.unresolved:
            super().accept()
            return
        for field in self.fields.values():
            field.clear_error()
        self.banner.hide()
        problems = FieldErrors()
        problems.found.append(
            ValidationError(
                "employer_id", self.tr("Kies een werkgever uit de lijst, of maak het veld leeg.")
            )
        )
        problems.check(lambda: placement_fields(self._input()))
        self._refused(FormValidationError(problems.found))

    def _input(self) -> dto.PlacementInput:
        return dto.PlacementInput(
            start_date=self.start.text(),
            end_date=_text(self.end),
            contract_type=self.contract.currentData(),
            hours_per_week=self.hours.value() or None,
            employer_id=self.employer.value(),
            sector_id=self.sector.currentData(),
            banenafspraak=self.banen.isChecked(),
        )

    def submit(self):
        routes, route_id, data = self.ws.services.routes, self.route_id, self._input()
        return lambda: routes.add_placement(route_id, data)


class EndPlacementDialog(StepDialog):
    def __init__(self, ws, placement_id: int, parent=None):
        super().__init__(ws, self.tr("Einde plaatsing vastleggen"), parent)
        self.placement_id = placement_id
        self.end = self.add(
            "end_date",
            self.tr("Einddatum"),
            widgets.date_edit(self.tr("Einddatum"), ws.today()),
            0,
            0,
        )
        self.add_delete(
            self.tr("Deze plaatsing met haar nazorgmomenten verwijderen?"),
            lambda: ws.services.routes.delete_placement(placement_id),
        )

    def submit(self):
        routes, placement_id, end = self.ws.services.routes, self.placement_id, self.end.text()
        return lambda: routes.end_placement(placement_id, end)


class FollowUpDialog(StepDialog):
    def __init__(self, ws, follow_up_id: int, months: int, parent=None):
        super().__init__(ws, self.tr("Nazorg na %1 maanden").replace("%1", str(months)), parent)
        self.follow_up_id = follow_up_id
        self.checked_on = self.add(
            "checked_on",
            self.tr("Datum nazorg"),
            widgets.date_edit(self.tr("Datum nazorg"), ws.today()),
            0,
            0,
        )
        self.working = QCheckBox(self.tr("Werkt nog bij deze werkgever"))
        self.working.setChecked(True)
        self.working.setAccessibleName(self.tr("Werkt nog bij deze werkgever"))
        self.grid.addWidget(self.working, 0, 1, Qt.AlignmentFlag.AlignBottom)

    def submit(self):
        routes, follow_up_id = self.ws.services.routes, self.follow_up_id
        working, checked_on = self.working.isChecked(), self.checked_on.text()
        return lambda: routes.record_follow_up(follow_up_id, working, checked_on)


# --------------------------------------------------------------------------- contacts, tasks
class ContactDialog(StepDialog):
    def __init__(self, ws, item: dto.ActivityView, parent=None):
        super().__init__(ws, self.tr("Contact wijzigen"), parent)
        self.item = item
        self.kind = self.add(
            "kind",
            self.tr("Soort contact"),
            _enum_combo(self.tr("Soort contact"), ActivityKind, item.kind),
            0,
            0,
        )
        self.day = self.add(
            "occurred_on",
            self.tr("Datum contact"),
            widgets.date_edit(self.tr("Datum contact"), item.occurred_on),
            0,
            1,
        )
        minutes = QSpinBox()
        minutes.setRange(0, 1440)
        minutes.setValue(item.minutes)
        minutes.setSuffix(self.tr(" min"))
        self.minutes = self.add("minutes", self.tr("Duur in minuten"), minutes, 0, 2)
        self.note = self.add(
            "note", self.tr("Notitie"), _note(self.tr("Notitie"), item.note), 1, 0, 3
        )
        self.note.setFixedHeight(160)
        self.add_delete(
            self.tr("Dit contact verwijderen?"),
            lambda: ws.services.activities.delete_contact(item.id),
        )

    def submit(self):
        activities, item_id = self.ws.services.activities, self.item.id
        args = (self.kind.currentData(), self.day.text(), self.minutes.value(), _text(self.note))
        return lambda: activities.update_contact(item_id, *args)


class TaskDialog(StepDialog):
    def __init__(self, ws, item: dto.TaskView, parent=None):
        super().__init__(ws, self.tr("Taak wijzigen"), parent)
        self.item = item
        self.title_edit = self.add("title", self.tr("Taak"), QLineEdit(item.title), 0, 0)
        self.due = self.add(
            "due_date",
            self.tr("Uiterste datum"),
            widgets.date_edit(self.tr("Uiterste datum"), item.due_date),
            0,
            1,
        )
        if item.follow_up_id is None:
            self.add_delete(
                self.tr("Deze taak verwijderen?"),
                lambda: ws.services.activities.delete_task(item.id),
            )

    def submit(self):
        activities, item_id = self.ws.services.activities, self.item.id
        title, due = self.title_edit.text(), self.due.text()
        return lambda: activities.update_task(item_id, title, due)


def describe_dates(start, end) -> str:
    if start and end:
        return f"{fmt.day(start)} – {fmt.day(end)}"
    if start:
        return QCoreApplication.translate("StepDialogs", "vanaf %1").replace("%1", fmt.day(start))
    return ""
