"""Labels: the focus sector, this year's focus target groups, earlier years' tags, skills.

Focus target groups are chosen anew every year; only this year's can be changed here,
earlier years' tags are shown as they were given. Changes are saved at once.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.enums import SkillEvidence
from zkijdesk.domain.errors import ValidationError, ZkijdeskError
from zkijdesk.services import dto
from zkijdesk.services.changes import Changes, Written
from zkijdesk.views import feedback, fmt, labels, widgets
from zkijdesk.views.workspace import Workspace


def client_input(view: dto.ClientView, **changes) -> dto.ClientInput:
    names = dto.ClientInput.__dataclass_fields__
    values = {k: v for k, v in asdict(view).items() if k in names}
    values.update(changes)
    return dto.ClientInput(**values)


class LabelsTab(QWidget):
    changed = Signal(object)  # the updated ClientView

    def __init__(self, ws: Workspace, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelsTab")
        self.ws = ws
        self.client_id = client_id
        self.client: dto.ClientView | None = None
        self._filling = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 14, 4, 14)
        column.setSpacing(12)

        frame, layout = widgets.card(spacing=8)
        layout.addWidget(widgets.label(self.tr("Focussector"), "sectionTitle"))
        layout.addWidget(
            widgets.label(
                self.tr(
                    "De sector waar de cliënt naartoe werkt: Zorg & Welzijn, Onderwijs, "
                    "Techniek of een overige sector."
                ),
                "muted",
                wrap=True,
            )
        )
        self.sector = widgets.combo(
            self.tr("Focussector"), ws.ref.sectors_tree(), empty=self.tr("Geen sector")
        )
        self.sector.setMaximumWidth(360)
        self.sector_field = widgets.Field(self.tr("Sector"), self.sector)
        self.sector.currentIndexChanged.connect(self._sector_changed)
        layout.addWidget(self.sector_field)
        column.addWidget(frame)

        frame, layout = widgets.card(spacing=8)
        self.year = ws.today().year
        layout.addWidget(
            widgets.label(
                self.tr("Focusdoelgroepen %1").replace("%1", str(self.year)), "sectionTitle"
            )
        )
        self.groups_box = QVBoxLayout()
        layout.addLayout(self.groups_box)
        self.group_checks: dict[int, QCheckBox] = {}
        for group in ws.ref.groups_of(self.year):
            check = QCheckBox(group.name)
            check.setAccessibleName(self.tr("Focusdoelgroep %1").replace("%1", group.name))
            check.toggled.connect(self._groups_changed)
            self.group_checks[group.id] = check
            self.groups_box.addWidget(check)
        if not self.group_checks:
            self.groups_box.addWidget(
                widgets.label(
                    self.tr("Voor dit jaar zijn nog geen focusdoelgroepen vastgesteld."), "muted"
                )
            )
        self.earlier = QVBoxLayout()
        layout.addSpacing(6)
        layout.addWidget(widgets.label(self.tr("Eerdere jaren (alleen lezen)"), "muted"))
        layout.addLayout(self.earlier)
        column.addWidget(frame)

        frame, layout = widgets.card(spacing=8)
        layout.addWidget(widgets.label(self.tr("Vaardigheden en certificaten"), "sectionTitle"))
        self.skills_box = QVBoxLayout()
        self.skills_box.setSpacing(2)
        layout.addLayout(self.skills_box)
        add = QGridLayout()
        add.setHorizontalSpacing(10)
        self.skill = widgets.combo(self.tr("Vaardigheid"), [(s.name, s.id) for s in ws.ref.skills])
        self.evidence = widgets.combo(self.tr("Bewijs"), labels.choices(SkillEvidence))
        self.shown_on = widgets.date_edit(self.tr("Datum aangetoond"))
        self.skill_fields = {
            "skill_id": widgets.Field(self.tr("Vaardigheid"), self.skill),
            "evidence": widgets.Field(self.tr("Bewijs"), self.evidence),
            "shown_on": widgets.Field(self.tr("Datum aangetoond"), self.shown_on),
        }
        for position, field in enumerate(self.skill_fields.values()):
            add.addWidget(field, 0, position)
        add.addWidget(
            widgets.button(self.tr("Toevoegen"), icon_name="plus", on_click=self.add_skill),
            0,
            3,
            Qt.AlignmentFlag.AlignBottom,
        )
        add.setColumnStretch(0, 1)
        layout.addLayout(add)
        column.addWidget(frame)
        column.addStretch(1)

    def show_client(self, client: dto.ClientView) -> None:
        self.client = client
        self._filling = True
        widgets.set_combo_value(self.sector, client.sector_id)
        current = {t.target_group_id for t in client.tags if t.year == self.year}
        for group_id, check in self.group_checks.items():
            check.setChecked(group_id in current)
        widgets.clear_layout(self.earlier)
        earlier = [t for t in client.tags if t.year != self.year]
        if not earlier:
            self.earlier.addWidget(
                widgets.label(self.tr("Geen labels uit eerdere jaren."), "muted")
            )
        for year in sorted({t.year for t in earlier}, reverse=True):
            line = QHBoxLayout()
            line.addWidget(widgets.label(str(year), "muted"))
            for tag in (t for t in earlier if t.year == year):
                chip = widgets.Chip(tag.name, "muted")
                chip.setToolTip(self.tr("Gegeven op %1").replace("%1", fmt.day(tag.tagged_on)))
                line.addWidget(chip)
            line.addStretch(1)
            self.earlier.addLayout(line)
        widgets.clear_layout(self.skills_box)
        if not client.skills:
            self.skills_box.addWidget(
                widgets.label(self.tr("Nog geen vaardigheden vastgelegd."), "muted")
            )
        for skill in client.skills:
            line = QHBoxLayout()
            line.addWidget(widgets.label(skill.name), 1)
            line.addWidget(widgets.Chip(labels.label(skill.evidence), "muted"))
            line.addWidget(widgets.label(fmt.day(skill.shown_on), "muted"))
            line.addWidget(
                widgets.icon_button(
                    "trash",
                    self.tr("Vaardigheid %1 verwijderen").replace("%1", skill.name),
                    partial(self._remove_skill, skill.skill_id),
                    "danger",
                )
            )
            self.skills_box.addLayout(line)
        self._filling = False

    def _apply(self, call) -> None:
        """Run ``call`` (a service call that reads no widget) on the writer."""
        client_id = self.client_id
        self.ws.runner.write(
            lambda: Written(call(), Changes.of_client(client_id)),
            on_done=self._applied,
            on_error=self._refused,
            initiator=self,
        )

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ZkijdeskError):
            raise exc
        field = None
        if isinstance(exc, ValidationError):
            field = self.skill_fields.get(exc.field) or (
                self.sector_field if exc.field == "sector_id" else None
            )
        if field is not None:
            field.set_error(feedback.message(exc))
        else:
            feedback.show_error(self, exc)
        if self.client is not None:  # shown before anything could be written
            self.show_client(self.client)

    def _applied(self, view: dto.ClientView) -> None:
        self.show_client(view)
        self.changed.emit(view)

    def _sector_changed(self, _index: int) -> None:
        if self._filling or self.client is None:
            return
        clients, client_id = self.ws.services.clients, self.client_id
        data = client_input(self.client, sector_id=self.sector.currentData())
        self._apply(lambda: clients.update(client_id, data))

    def _groups_changed(self, _on: bool) -> None:
        if self._filling or self.client is None:
            return
        chosen = [gid for gid, check in self.group_checks.items() if check.isChecked()]
        clients, client_id = self.ws.services.clients, self.client_id
        self._apply(lambda: clients.set_target_groups(client_id, chosen))

    def add_skill(self) -> None:
        for field in self.skill_fields.values():
            field.clear_error()
        skill = self.skill.currentData()
        if skill is None:
            return
        clients, client_id = self.ws.services.clients, self.client_id
        evidence, shown_on = self.evidence.currentData(), self.shown_on.text() or None
        self._apply(lambda: clients.add_skill(client_id, skill, evidence, shown_on))

    def _remove_skill(self, skill_id: int) -> None:
        clients, client_id = self.ws.services.clients, self.client_id
        self._apply(lambda: clients.remove_skill(client_id, skill_id))
