"""Contacts and tasks: recording a conversation must take seconds."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum
from zkijdesk.domain.enums import ActivityKind, Role
from zkijdesk.domain.errors import FieldErrors, ValidationError
from zkijdesk.models.base import utcnow
from zkijdesk.services import dto
from zkijdesk.services.base import Service, get_or_raise
from zkijdesk.services.convert import activity_view, task_view

NOTE_MAX = 10_000
TITLE_MAX = 200


def contacts_of(client_id: int) -> Select[m.Activity]:
    """A client's contact moments, newest first."""
    return (
        select(m.Activity)
        .where(m.Activity.client_id == client_id)
        .order_by(m.Activity.occurred_on.desc(), m.Activity.id.desc())
    )


def tasks_of(client_id: int) -> Select[m.Task]:
    """Every task of a client's file, done or not, by due date."""
    return select(m.Task).where(m.Task.client_id == client_id).order_by(m.Task.due_date, m.Task.id)


class ActivityService(Service):
    def _contact_fields(
        self,
        kind: ActivityKind | str,
        occurred_on: date | str | None,
        minutes: int,
        note: str | None,
    ) -> tuple[ActivityKind, date, int | None, str | None]:
        """A contact's fields, checked the same way when it is recorded and corrected;
        every problem at once, so the form can show each under its field."""
        problems = FieldErrors()
        check = problems.check
        clean_kind = check(
            lambda: coerce_enum(ActivityKind, kind, field="kind", label=fields.CONTACT_KIND)
        )
        day = check(lambda: self._day_passed(occurred_on, "occurred_on", fields.CONTACT_DATE))
        clean_minutes = check(
            lambda: v.validate_range(
                minutes, field="minutes", label=fields.MINUTES, minimum=0, maximum=1440
            )
        )
        clean_note = check(
            lambda: v.clean_text(
                note, field="note", label=fields.NOTE, max_length=NOTE_MAX, multiline=True
            )
        )
        problems.raise_any()
        assert clean_kind is not None and day is not None  # raise_any() raised if not
        return clean_kind, day, clean_minutes, clean_note

    def _day_passed(self, value: date | str | None, field: str, label: str) -> date:
        day = v.require(v.parse_date(value, field=field, label=label), field=field, label=label)
        return v.validate_not_future(day, today=self.today(), field=field, label=label)

    def _task_fields(
        self,
        title: str | None,
        due_date: date | str | None,
        note: str | None = None,
        *,
        kept: date | None = None,
    ) -> tuple[str, date, str | None]:
        """A task's fields, checked the same way when it is added and changed; every
        problem at once. A due date is plausible (``validate_plausible``) unless it is
        the one the task already had (``kept``): renaming an old task stays possible."""
        problems = FieldErrors()
        check = problems.check
        clean_title = check(
            lambda: v.clean_text(
                title, field="title", label=fields.TASK, max_length=TITLE_MAX, required=True
            )
        )
        due = check(
            lambda: v.require(
                v.parse_date(due_date, field="due_date", label=fields.DUE_DATE),
                field="due_date",
                label=fields.DUE_DATE,
            )
        )
        if due is not None and due != kept:
            planned: date = due
            due = check(
                lambda: v.validate_plausible(
                    planned, today=self.today(), field="due_date", label=fields.DUE_DATE
                )
            )
        clean_note = check(
            lambda: v.clean_text(
                note, field="note", label=fields.NOTE, max_length=NOTE_MAX, multiline=True
            )
        )
        problems.raise_any()
        assert clean_title is not None and due is not None  # raise_any() raised if not
        return clean_title, due, clean_note

    def record_contact(
        self,
        client_id: int,
        kind: ActivityKind | str,
        occurred_on: date | str | None,
        minutes: int = 0,
        note: str | None = None,
        route_id: int | None = None,
    ) -> dto.ActivityView:
        kind, day, spent, note = self._contact_fields(kind, occurred_on, minutes, note)
        with self.store.session() as s:
            self.client_for(s, client_id, change=True)
            if route_id is not None:
                route = get_or_raise(s, m.Route, route_id, "Route")
                if route.client_id != client_id:
                    raise ValidationError("route_id", "Route hoort niet bij deze cliënt.")
            item = m.Activity(
                client_id=client_id,
                route_id=route_id,
                kind=kind,
                occurred_on=day,
                minutes=spent or 0,
                note=note,
                author_id=self.actor.user_id,
            )
            s.add(item)
            s.flush()
            self.audit(s, "create", "activity", item.id)
            return activity_view(item)

    def contacts(self, client_id: int) -> list[dto.ActivityView]:
        with self.store.session() as s:
            self.client_for(s, client_id)
            self.audit(s, "view", "client", client_id, detail="contacts")
            return [activity_view(a) for a in s.scalars(contacts_of(client_id))]

    def add_task(
        self,
        title: str,
        due_date: date | str | None,
        *,
        client_id: int | None = None,
        route_id: int | None = None,
        owner_id: int | None = None,
        note: str | None = None,
    ) -> dto.TaskView:
        title, due, note = self._task_fields(title, due_date, note)
        with self.store.session() as s:
            if client_id is not None:
                self.client_for(s, client_id, change=True)
            if route_id is not None:
                route = get_or_raise(s, m.Route, route_id, "Route")
                if route.client_id != client_id:
                    raise ValidationError("route_id", "Route hoort niet bij deze cliënt.")
            owner = owner_id if owner_id is not None else self.actor.user_id
            get_or_raise(s, m.User, owner, "Gebruiker")
            task = m.Task(
                title=title,
                due_date=due,
                client_id=client_id,
                route_id=route_id,
                owner_id=owner,
                note=note,
            )
            s.add(task)
            s.flush()
            self.audit(s, "create", "task", task.id)
            return task_view(task)

    def set_done(self, task_id: int, done: bool = True) -> dto.TaskView:
        with self.store.session() as s:
            task = get_or_raise(s, m.Task, task_id, "Taak")
            if task.owner_id != self.actor.user_id and task.client_id is not None:
                self.client_for(s, task.client_id)
            elif task.owner_id != self.actor.user_id:
                raise self.deny("Deze taak is van een collega.", "task", task_id)
            task.done_at = (task.done_at or utcnow()) if done else None
            s.flush()
            self.audit(s, "change", "task", task_id, detail="done" if done else "open")
            return task_view(task)

    def tasks(
        self,
        *,
        owner_id: int | None = None,
        client_id: int | None = None,
        include_done: bool = False,
    ) -> list[dto.TaskView]:
        """Tasks of one owner (yourself, unless you are a team lead) or of one client's file."""
        stmt = select(m.Task).order_by(m.Task.due_date, m.Task.id)
        if owner_id is not None and owner_id != self.actor.user_id:
            self.require_role(Role.TEAMLEAD, what="taken van collega's bekijkt")
        if client_id is None and owner_id is None:
            owner_id = self.actor.user_id
        if owner_id is not None:
            stmt = stmt.where(m.Task.owner_id == owner_id)
        if client_id is not None:
            stmt = stmt.where(m.Task.client_id == client_id)
        if not include_done:
            stmt = stmt.where(m.Task.done_at.is_(None))
        with self.store.read_session() as s:
            if client_id is not None:
                self.client_for(s, client_id)
            return [task_view(t) for t in s.scalars(stmt)]

    # ----------------------------------------------------------------- contacts
    def update_contact(
        self,
        activity_id: int,
        kind: ActivityKind | str,
        occurred_on: date | str | None,
        minutes: int = 0,
        note: str | None = None,
    ) -> dto.ActivityView:
        kind, day, spent, note = self._contact_fields(kind, occurred_on, minutes, note)
        with self.store.session() as s:
            item = get_or_raise(s, m.Activity, activity_id, "Contact")
            self.client_for(s, item.client_id, change=True)
            item.kind, item.occurred_on, item.minutes, item.note = kind, day, spent or 0, note
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
    def _task(self, s: Session, task_id: int) -> m.Task:
        task = get_or_raise(s, m.Task, task_id, "Taak")
        if task.client_id is not None:
            self.client_for(s, task.client_id, change=True)
        elif task.owner_id != self.actor.user_id:
            raise self.deny("Deze taak is van een collega.", "task", task_id)
        return task

    def update_task(self, task_id: int, title: str, due_date: date | str | None) -> dto.TaskView:
        with self.store.session() as s:
            task = self._task(s, task_id)
            title, due, _note = self._task_fields(title, due_date, kept=task.due_date)
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
