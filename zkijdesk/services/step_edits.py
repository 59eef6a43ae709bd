"""Corrections the client file needs that the route and activity services do not offer.

A coach fixes typos and mistakes: a guidance period's dates or its end, a contact's
note, a task recorded twice, a step that was added to the wrong client. Each method
here is one unit of work with the same access rule, restriction check and audit
entry as the services it complements, and the same field labels in its messages.
Once these exist in ``routes.py`` and ``activities.py`` this module can go.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum
from zkijdesk.domain.enums import ActivityKind, GuidanceKind
from zkijdesk.domain.errors import ValidationError
from zkijdesk.services import dto
from zkijdesk.services.activities import NOTE_MAX as CONTACT_NOTE_MAX
from zkijdesk.services.activities import TITLE_MAX as TASK_TITLE_MAX
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.services.convert import activity_view, guidance_view, task_view
from zkijdesk.services.routes import NOTE_MAX as STEP_NOTE_MAX


class StepEditService(Service):
    def _step_route(self, s, model, step_id: int, what: str):
        item = get_or_raise(s, model, step_id, what)
        self.client_for(s, item.route.client_id, change=True)
        return item

    # ----------------------------------------------------------------- guidance
    def update_guidance(
        self,
        guidance_id: int,
        kind: GuidanceKind | str,
        start_date: date | str | None,
        end_date: date | str | None = None,
        note: str | None = None,
    ) -> dto.GuidanceView:
        """Change a guidance period; setting its end date closes it."""
        kind = coerce_enum(GuidanceKind, kind, field="kind", label="Soort begeleiding")
        start = v.require(
            v.parse_date(start_date, field="start_date", label="Startdatum"),
            field="start_date",
            label="Startdatum",
        )
        end = v.parse_date(end_date, field="end_date", label="Einddatum")
        v.validate_date_order(
            start, end, field="end_date", start_label="Startdatum", end_label="Einddatum"
        )
        note = v.clean_text(
            note, field="note", label="Notitie", max_length=STEP_NOTE_MAX, multiline=True
        )
        with self.store.session() as s:
            item = self._step_route(s, m.Guidance, guidance_id, "Begeleiding")
            if start < item.route.intake_date:
                raise ValidationError(
                    "start_date", "Startdatum mag niet vóór de intakedatum van de route liggen."
                )
            item.kind, item.start_date, item.end_date, item.note = kind, start, end, note
            s.flush()
            self.audit(s, "change", "guidance", guidance_id)
            return guidance_view(item)

    def delete_guidance(self, guidance_id: int) -> None:
        with self.store.session() as s:
            item = self._step_route(s, m.Guidance, guidance_id, "Begeleiding")
            s.delete(item)
            self.audit(s, "delete", "guidance", guidance_id)

    # ----------------------------------------------------------------- training, placement
    def delete_training(self, training_id: int) -> None:
        with self.store.session() as s:
            item = self._step_route(s, m.Training, training_id, "Scholing")
            s.delete(item)
            self.audit(s, "delete", "training", training_id)

    def delete_placement(self, placement_id: int) -> None:
        """Remove a placement recorded by mistake, with its follow-ups and their tasks."""
        with self.store.session() as s:
            item = self._step_route(s, m.Placement, placement_id, "Plaatsing")
            follow_up_ids = [f.id for f in item.follow_ups]
            if follow_up_ids:
                for task in s.scalars(select(m.Task).where(m.Task.follow_up_id.in_(follow_up_ids))):
                    s.delete(task)
            s.delete(item)
            self.audit(s, "delete", "placement", placement_id)

    # ----------------------------------------------------------------- contacts
    def update_contact(
        self,
        activity_id: int,
        kind: ActivityKind | str,
        occurred_on: date | str | None,
        minutes: int = 0,
        note: str | None = None,
    ) -> dto.ActivityView:
        kind = coerce_enum(ActivityKind, kind, field="kind", label="Soort contact")
        day = v.require(
            v.parse_date(occurred_on, field="occurred_on", label="Datum contact"),
            field="occurred_on",
            label="Datum contact",
        )
        v.validate_not_future(day, today=self.today(), field="occurred_on", label="Datum contact")
        minutes = v.validate_range(
            minutes, field="minutes", label="Duur in minuten", minimum=0, maximum=1440
        )
        note = v.clean_text(
            note, field="note", label="Notitie", max_length=CONTACT_NOTE_MAX, multiline=True
        )
        with self.store.session() as s:
            item = get_or_raise(s, m.Activity, activity_id, "Contact")
            self.client_for(s, item.client_id, change=True)
            item.kind, item.occurred_on, item.minutes, item.note = kind, day, minutes or 0, note
            s.flush()
            self.audit(s, "change", "activity", activity_id)
            return activity_view(item)

    def delete_contact(self, activity_id: int) -> None:
        with self.store.session() as s:
            item = get_or_raise(s, m.Activity, activity_id, "Contact")
            self.client_for(s, item.client_id, change=True)
            s.delete(item)
            self.audit(s, "delete", "activity", activity_id)

    # ----------------------------------------------------------------- tasks
    def _task(self, s, task_id: int) -> m.Task:
        task = get_or_raise(s, m.Task, task_id, "Taak")
        if task.client_id is not None:
            self.client_for(s, task.client_id, change=True)
        elif task.owner_id != self.actor.user_id:
            raise self.deny("Deze taak is van een collega.", "task", task_id)
        return task

    def update_task(self, task_id: int, title: str, due_date: date | str | None) -> dto.TaskView:
        title = v.clean_text(
            title, field="title", label="Taak", max_length=TASK_TITLE_MAX, required=True
        )
        due = v.require(
            v.parse_date(due_date, field="due_date", label="Uiterste datum"),
            field="due_date",
            label="Uiterste datum",
        )
        with self.store.session() as s:
            task = self._task(s, task_id)
            task.title, task.due_date = title, due
            s.flush()
            self.audit(s, "change", "task", task_id)
            return task_view(task)

    def delete_task(self, task_id: int) -> None:
        with self.store.session() as s:
            task = self._task(s, task_id)
            if task.follow_up_id is not None:
                raise ValidationError(
                    "task", "Taak hoort bij een nazorgmoment; leg de nazorg vast in plaats daarvan."
                )
            s.delete(task)
            self.audit(s, "delete", "task", task_id)
