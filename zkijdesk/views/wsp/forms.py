"""The accountmanager's forms: employer, contact person, vacancy, vacancy status, hours.

Each form hands its raw input to one service call, which judges every field and refuses
them all at once (a ``ValidationError`` per field, several in a ``FormValidationError``):
the form shows each Dutch sentence under its own field, marks them, moves the cursor to
the first and stays open, so nothing typed is lost. An empty required choice is the
service's to name too ("Kies een werkgever."), so it is said with the others. Other
refusals (no permission, a closed vacancy) appear as a banner above the fields; a save
that landed is confirmed in the status bar.
Tab walks the fields top to bottom, left to right, then Annuleren and Opslaan; Enter
saves and Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from zkijdesk.domain.enums import VacancyStatus
from zkijdesk.services import dto
from zkijdesk.views import widgets
from zkijdesk.views.form import FormDialog
from zkijdesk.views.workspace import RefData
from zkijdesk.views.wsp.common import SIZE_LABELS, STATUS_LABELS, SkillChoice, choices
from zkijdesk.views.wsp.skill_picker import SkillPicker


class WspForm(FormDialog):
    """An accountmanager's form: the tab that opens it sets its runner and what it
    changes, and is the save's initiator (it reads itself again on ``saved``)."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, name=name, parent=parent)

    def initiator(self) -> QObject:
        return self.parent() or self


def _line(accessible: str, text: str | None = None, *, name: str | None = None) -> QLineEdit:
    editor = QLineEdit(text or "")
    editor.setAccessibleName(accessible)
    if name:
        editor.setObjectName(name)
    return editor


def _text(editor: QLineEdit) -> str | None:
    value = editor.text()
    return value if value.strip() else None


def _whole(editor: QLineEdit):
    """Digits become a number; anything else goes to the service as typed, which names it."""
    value = editor.text().strip()
    if not value:
        return None
    return int(value) if value.isdigit() else value


def _combo(accessible: str, items, value=None, *, empty: str | None = None, name: str = ""):
    widget = widgets.combo(accessible, items, empty=empty)
    widget.setObjectName(name)
    if value is not None:
        widgets.set_combo_value(widget, value)
    return widget


# --------------------------------------------------------------------------- employer
class EmployerDialog(WspForm):
    """A new employer, or the details of an existing one."""

    def __init__(
        self,
        ref: RefData,
        employers,
        contacts,
        employer: dto.EmployerView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Werkgever wijzigen") if employer else self.tr("Nieuwe werkgever")
        super().__init__(title, "employerDialog", parent)
        self.employers, self.contacts, self.employer = employers, contacts, employer
        self.name = self.add(
            "name",
            self.tr("Naam *"),
            _line(self.tr("Naam werkgever"), employer.name if employer else "", name="name"),
            0,
            0,
            2,
        )
        self.kvk = self.add(
            "kvk_number",
            self.tr("KvK-nummer"),
            _line(self.tr("KvK-nummer"), employer.kvk_number if employer else "", name="kvk"),
            1,
            0,
        )
        self.kvk.setPlaceholderText(self.tr("8 cijfers"))
        self.kvk.setMaxLength(12)
        self.size_combo = self.add(  # not `size`: that is QWidget.size()
            "size_class",
            self.tr("Omvang"),
            _combo(
                self.tr("Omvang"),
                choices(SIZE_LABELS),
                employer.size_class if employer else None,
                empty=self.tr("Onbekend"),
                name="size",
            ),
            1,
            1,
        )
        self.sector = self.add(
            "sector_id",
            self.tr("Sector"),
            _combo(
                self.tr("Sector"),
                ref.sectors_tree(),
                employer.sector_id if employer else None,
                empty=self.tr("Geen sector"),
                name="sector",
            ),
            2,
            0,
        )
        self.municipality = self.add(
            "municipality_id",
            self.tr("Gemeente"),
            _combo(
                self.tr("Gemeente"),
                [(m.name, m.id) for m in ref.municipalities],
                employer.municipality_id if employer else None,
                empty=self.tr("Onbekend"),
                name="municipality",
            ),
            2,
            1,
        )
        self.banen = QCheckBox(self.tr("Doet mee aan de banenafspraak"))
        self.banen.setObjectName("banenafspraak")
        self.banen.setChecked(bool(employer and employer.banenafspraak))
        self.add("banenafspraak", self.tr("Banenafspraak"), self.banen, 3, 0, 2)
        self.finish()

    def submit(self) -> Callable[[], dto.EmployerView]:
        values = {
            "kvk_number": _text(self.kvk),
            "sector_id": self.sector.currentData(),
            "size_class": self.size_combo.currentData(),
            "municipality_id": self.municipality.currentData(),
            "banenafspraak": self.banen.isChecked(),
        }
        name, employers, contacts, employer = (
            self.name.text(),
            self.employers,
            self.contacts,
            self.employer,
        )
        if employer is None:
            return lambda: employers.create_employer(name, **values)
        return lambda: contacts.update_employer(employer.id, name, **values)


# --------------------------------------------------------------------------- contact person
class ContactPersonDialog(WspForm):
    """A contact person at an employer (work details only)."""

    def __init__(self, contacts, employer_id: int, employer_name: str, parent=None) -> None:
        super().__init__(
            self.tr("Contactpersoon bij {employer}").format(employer=employer_name),
            "contactPersonDialog",
            parent,
        )
        self.contacts, self.employer_id = contacts, employer_id
        self.name = self.add(
            "name", self.tr("Naam *"), _line(self.tr("Naam contactpersoon"), name="name"), 0, 0
        )
        self.job_title = self.add(
            "job_title", self.tr("Functie"), _line(self.tr("Functie"), name="jobTitle"), 0, 1
        )
        self.email = self.add(
            "email", self.tr("E-mailadres"), _line(self.tr("E-mailadres"), name="email"), 1, 0
        )
        self.phone = self.add(
            "phone", self.tr("Telefoonnummer"), _line(self.tr("Telefoonnummer"), name="phone"), 1, 1
        )
        self.finish()

    def submit(self):
        contacts, employer_id, name = self.contacts, self.employer_id, self.name.text()
        values = {
            "job_title": _text(self.job_title),
            "email": _text(self.email),
            "phone": _text(self.phone),
        }
        return lambda: contacts.add_contact(employer_id, name, **values)


# --------------------------------------------------------------------------- vacancy
class VacancyDialog(WspForm):
    """A new vacancy: where, how many hours, and the skills it asks for."""

    def __init__(
        self,
        ref: RefData,
        employers,
        employer_choices: list[tuple[str, int]],
        employer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Nieuwe vacature"), "vacancyDialog", parent)
        self.setMinimumWidth(820)
        self.employers = employers
        self.employer = self.add(
            "employer_id",
            self.tr("Werkgever *"),
            _combo(self.tr("Werkgever"), employer_choices, employer_id, name="employer"),
            0,
            0,
        )
        self.occupation = self.add(
            "occupation", self.tr("Beroep *"), _line(self.tr("Beroep"), name="occupation"), 0, 1
        )
        self.sector = self.add(
            "sector_id",
            self.tr("Sector"),
            _combo(
                self.tr("Sector"), ref.sectors_tree(), empty=self.tr("Geen sector"), name="sector"
            ),
            1,
            0,
        )
        self.municipality = self.add(
            "municipality_id",
            self.tr("Werkplek (gemeente)"),
            _combo(
                self.tr("Werkplek (gemeente)"),
                [(m.name, m.id) for m in ref.municipalities],
                empty=self.tr("Onbekend"),
                name="municipality",
            ),
            1,
            1,
        )
        hours = QSpinBox()
        hours.setObjectName("hours")
        hours.setRange(1, 60)
        hours.setValue(24)
        hours.setSuffix(self.tr(" uur per week"))
        hours.setAccessibleName(self.tr("Uren per week"))
        hours.setMaximumWidth(200)
        self.hours = self.add("hours_per_week", self.tr("Uren per week *"), hours, 2, 0)
        self.start = self.add(
            "start_date",
            self.tr("Startdatum"),
            widgets.date_edit(self.tr("Startdatum")),
            2,
            1,
        )
        self.start.setObjectName("startDate")
        names = ref.sector_names
        self.skills = SkillPicker([SkillChoice.of(s, names) for s in ref.skills])
        self.skills.setAccessibleName(self.tr("Vaardigheden"))
        self.add("skills", self.tr("Vaardigheden en certificaten"), self.skills, 3, 0, 2)
        self.order[-1:] = [
            self.skills.search,
            self.skills.results,
            self.skills.add_required,
            self.skills.add_desired,
            self.skills.required,
            self.skills.desired,
            self.skills.remove,
        ]
        self.finish()

    def submit(self) -> Callable[[], dto.VacancyView]:
        employer_id = self.employer.currentData()
        employers, occupation, hours = self.employers, self.occupation.text(), self.hours.value()
        values = {
            "sector_id": self.sector.currentData(),
            "municipality_id": self.municipality.currentData(),
            "start_date": _text(self.start),
            "required_skill_ids": self.skills.required_ids(),
            "desired_skill_ids": self.skills.desired_ids(),
        }
        return lambda: employers.create_vacancy(employer_id, occupation, hours, **values)


class VacancyStatusDialog(WspForm):
    """Move a vacancy to open, in behandeling, vervuld or ingetrokken, on a date."""

    def __init__(
        self, employers, vacancy_id: int, title: str, status: VacancyStatus, today, parent=None
    ):
        super().__init__(
            self.tr("Status van {vacancy}").format(vacancy=title), "statusDialog", parent
        )
        self.setMinimumWidth(480)
        self.employers, self.vacancy_id = employers, vacancy_id
        self.status = self.add(
            "status",
            self.tr("Nieuwe status"),
            _combo(self.tr("Nieuwe status"), choices(STATUS_LABELS), status, name="status"),
            0,
            0,
        )
        self.when = self.add(
            "closed_on",
            self.tr("Datum"),
            widgets.date_edit(self.tr("Datum"), today),
            0,
            1,
        )
        self.when.setObjectName("statusDate")
        self.finish()

    def submit(self) -> Callable[[], dto.VacancyView]:
        employers, vacancy_id = self.employers, self.vacancy_id
        status, when = self.status.currentData(), _text(self.when)
        return lambda: employers.set_vacancy_status(vacancy_id, status, when)


# --------------------------------------------------------------------------- hours wanted
class HoursDialog(WspForm):
    """How many hours a week a client wants to work; either end may stay open."""

    def __init__(
        self,
        matching,
        client_id: int,
        who: str,
        current: tuple[int | None, int | None],
        parent=None,
    ) -> None:
        super().__init__(self.tr("Urenwens van {who}").format(who=who), "hoursDialog", parent)
        self.setMinimumWidth(480)
        self.matching, self.client_id = matching, client_id
        low, high = current
        self.low = self.add(
            "hours_min",
            self.tr("Minimaal (uur per week)"),
            _line(
                self.tr("Minimaal aantal uren per week"),
                "" if low is None else str(low),
                name="hoursMin",
            ),
            0,
            0,
        )
        self.high = self.add(
            "hours_max",
            self.tr("Maximaal (uur per week)"),
            _line(
                self.tr("Maximaal aantal uren per week"),
                "" if high is None else str(high),
                name="hoursMax",
            ),
            0,
            1,
        )
        for editor in (self.low, self.high):
            editor.setPlaceholderText(self.tr("leeg = geen grens"))
            editor.setMaxLength(3)
        self.finish()

    def submit(self):
        matching, client_id = self.matching, self.client_id
        low, high = _whole(self.low), _whole(self.high)
        return lambda: matching.set_work_preference(client_id, low, high)


def describe_hours(current: tuple[int | None, int | None]) -> str:
    """'20-32 uur', 'minstens 20 uur', ... for the matching view's summary line."""
    low, high = current
    if low is None and high is None:
        return QCoreApplication.translate("Wsp", "geen urenwens vastgelegd")
    if low is not None and high is not None:
        return QCoreApplication.translate("Wsp", "{low}-{high} uur").format(low=low, high=high)
    if low is not None:
        return QCoreApplication.translate("Wsp", "minstens {low} uur").format(low=low)
    return QCoreApplication.translate("Wsp", "hoogstens {high} uur").format(high=high)
