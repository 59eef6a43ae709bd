"""Nieuwe cliënt: intake through the same form as the file, with the first route.

A BSN or a name and birth date that match an existing client are refused by the
service; the page then offers the existing file instead, and for a matching name only,
lets the coach confirm it is someone else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from zkijdesk.domain import fields
from zkijdesk.domain.enums import ReferralSource
from zkijdesk.domain.errors import (
    DuplicateClientError,
    FormValidationError,
    ValidationError,
    ZkijdeskError,
    each_error,
)
from zkijdesk.services import dto
from zkijdesk.services.changes import Changes, Written
from zkijdesk.services.drafts import draft_key
from zkijdesk.views import feedback, fmt, labels, widgets
from zkijdesk.views.client_file.drafting import DraftKeeper
from zkijdesk.views.client_file.person import PersonForm
from zkijdesk.views.workspace import Workspace

ROUTE_FIELDS = ("intake_date", "referral_source", "route_sector", "project_id", "with_route")


class IntakePage(QWidget):
    created = Signal(int)  # the new client's id
    cancelled = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.ws = ws
        self.allow_same_name = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(28, 22, 28, 8)
        head.addWidget(
            widgets.page_header(
                self.tr("Nieuwe cliënt"),
                self.tr("Velden met * zijn verplicht. Wat u typt, wordt tussentijds bewaard."),
            )
        )
        head.addStretch(1)
        self.cancel_button = widgets.button(self.tr("Annuleren"), on_click=self.cancel)
        self.save_button = widgets.button(
            self.tr("Inschrijven"), icon_name="check", primary=True, on_click=self.save
        )
        self.save_button.setToolTip(self.tr("Inschrijven (Ctrl+S)"))
        head.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(head)

        scroll = QScrollArea()

        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        column = QVBoxLayout(body)
        column.setContentsMargins(28, 6, 28, 24)
        column.setSpacing(14)
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        self.form = PersonForm(ws.ref)
        column.addWidget(self.form)

        frame, layout = widgets.card(spacing=8)
        self.with_route = QCheckBox(self.tr("Direct een route starten"))
        self.with_route.setAccessibleName(self.tr("Direct een route starten"))
        self.with_route.setChecked(True)
        layout.addWidget(self.with_route)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        layout.addLayout(grid)
        self.route_fields: dict[str, widgets.Field] = {}
        self.intake_date = widgets.date_edit(fields.INTAKE_DATE, ws.today())
        self.referral = widgets.combo(fields.REFERRAL_SOURCE, labels.choices(ReferralSource))
        self.route_sector = widgets.combo(
            fields.ORIENTATION_SECTOR, ws.ref.sectors_tree(), empty=self.tr("Nog onbekend")
        )
        self.project = widgets.combo(
            fields.PROJECT,
            [(p.name, p.id) for p in ws.ref.projects],
            empty=self.tr("Geen project"),
        )
        for position, (name, caption, editor) in enumerate(
            (
                ("intake_date", fields.INTAKE_DATE, self.intake_date),
                ("referral_source", fields.REFERRAL_SOURCE, self.referral),
                ("sector_id", fields.ORIENTATION_SECTOR, self.route_sector),
                ("project_id", fields.PROJECT, self.project),
            )
        ):
            field = widgets.Field(caption, editor)
            self.route_fields[name] = field
            grid.addWidget(field, 0, position)
            grid.setColumnStretch(position, 1)
        self.with_route.toggled.connect(self._route_toggled)
        column.addWidget(frame)
        column.addStretch(1)
        QWidget.setTabOrder(self.form.consent_note, self.with_route)

        self.drafts = DraftKeeper(ws, draft_key("new_client"), self._draft_values, self)
        self.form.changed.connect(self.drafts.touch)
        self.form.edit_finished.connect(self.drafts.flush)
        for editor in (self.intake_date,):
            editor.textChanged.connect(lambda _t: self.drafts.touch())
        self._restore_draft()

    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def keep_drafts(self) -> None:
        """At closing: keep the half-filled intake as a draft for the next start."""
        self.drafts.settle_now(self.dirty)

    def title(self) -> str:
        return self.tr("Nieuwe cliënt")

    def _route_toggled(self, on: bool) -> None:
        for field in self.route_fields.values():
            field.setEnabled(on)

    def _draft_values(self) -> dict:
        values = self.form.raw_values()
        values["intake_date"] = self.intake_date.text()
        values["with_route"] = self.with_route.isChecked()
        return values

    def _restore_draft(self) -> None:
        try:
            draft = self.drafts.load()
        except ZkijdeskError:
            return
        if draft is None or not any(
            v for k, v in draft.fields.items() if k not in ("intake_date", "with_route")
        ):
            return
        self.form.apply_draft(draft.fields)
        self.intake_date.setText(str(draft.fields.get("intake_date", self.intake_date.text())))
        self.with_route.setChecked(bool(draft.fields.get("with_route", True)))
        self.banner.show_message(
            self.tr("Niet-afgeronde invoer van %1 is teruggezet.").replace(
                "%1", fmt.moment(draft.saved_at)
            ),
            "info",
            [widgets.button(self.tr("Leegmaken"), flat=True, on_click=self.discard)],
        )

    def discard(self) -> None:
        self.drafts.discard()
        self.form.load(None)
        self.banner.hide()

    def cancel(self) -> None:
        if self.dirty and not feedback.confirm(
            self,
            self.tr("Stoppen met inschrijven?"),
            self.tr("De ingevulde gegevens worden niet bewaard."),
            self.tr("Niet inschrijven"),
            destructive=True,
            reject=self.tr("Verder invullen"),
        ):
            return
        self.drafts.discard()
        self.form.dirty = False
        self.cancelled.emit()

    def save(self) -> None:
        """Ctrl+S: the intake runs on the writer with the buttons disabled; a refusal is
        shown at its fields and the form keeps what was typed."""
        self.form.clear_errors()
        for field in self.route_fields.values():
            field.clear_error()
        self.banner.hide()
        route = None
        if self.with_route.isChecked():
            route = dto.RouteInput(
                intake_date=self.intake_date.text() or None,
                referral_source=self.referral.currentData(),
                coach_id=self.ws.actor.user_id,
                sector_id=self.route_sector.currentData(),
                project_id=self.project.currentData(),
            )
        try:
            data = self.form.to_input()
        except ValidationError as exc:
            self._refused(exc)
            return
        clients, allow_same_name = self.ws.services.clients, self.allow_same_name

        def intake() -> Written:
            result = clients.intake(data, route, allow_same_name=allow_same_name)
            return Written(result, Changes.of_client(result.client.id, clients=True))

        self.ws.runner.write(
            intake,
            on_done=self._saved,
            on_error=self._refused,
            busy=(self.save_button, self.cancel_button),
        )

    def _saved(self, result) -> None:
        self.drafts.discard()
        self.form.dirty = False
        feedback.saved(
            self,
            self.tr("Ingeschreven als %1.").replace("%1", result.client.client_number or ""),
        )
        self.created.emit(result.client.id)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, DuplicateClientError):
            self._duplicate(exc)
        elif isinstance(exc, ValidationError):
            elsewhere = self.form.show_error(exc)
            if elsewhere:
                # The route's fields below the person's: they take the cursor only when
                # every problem is theirs.
                all_route = len(elsewhere) == len(each_error(exc))
                elsewhere = feedback.show_field_errors(
                    FormValidationError(elsewhere), self.route_fields, focus=all_route
                )
            if elsewhere:
                self.banner.show_message(" ".join(feedback.message(e) for e in elsewhere), "danger")
        elif isinstance(exc, ZkijdeskError):
            self.banner.show_message(feedback.message(exc), "danger")
        else:
            raise exc

    def _duplicate(self, exc: DuplicateClientError) -> None:
        actions = []
        if exc.existing_id is not None:  # a colleague's file is not the user's to open
            existing = exc.existing_id
            actions.append(
                widgets.button(
                    self.tr("Bestaand dossier openen"),
                    on_click=lambda: self.ws.events.open_client.emit(existing),
                )
            )
        if exc.reason != "bsn":
            actions.append(
                widgets.button(
                    self.tr("Toch inschrijven: andere persoon"), on_click=self._confirm_other
                )
            )
        self.banner.show_message(feedback.message(exc), "warning", actions)

    def _confirm_other(self) -> None:
        self.allow_same_name = True
        self.save()
