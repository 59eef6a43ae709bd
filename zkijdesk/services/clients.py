"""Intake and upkeep of a client's personal file."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, joinedload

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.choices import coerce_enum
from zkijdesk.domain.enums import IntakeStatus, Role, SkillEvidence
from zkijdesk.domain.errors import (
    ConflictError,
    DuplicateClientError,
    FieldErrors,
    StateError,
    TakenBsnError,
    ValidationError,
)
from zkijdesk.domain.names import fold, search_key
from zkijdesk.domain.text import t
from zkijdesk.services import dto
from zkijdesk.services.access import visible_clients_clause
from zkijdesk.services.base import ColumnValues, Service, get_or_raise
from zkijdesk.services.convert import client_view, route_view

NAME_MAX = 80
PREFIX_MAX = 20
NOTE_MAX = 4000


def _exists(session: Session, model: type, object_id: int | None, field: str, label: str) -> None:
    if object_id is not None and session.get(model, object_id) is None:
        raise ValidationError(field, t("{label} bestaat niet in de referentielijst.", label=label))


def clean_client(data: dto.ClientInput, today: date) -> ColumnValues:
    """Validate every field of an intake or edit form; every problem is raised at once."""
    problems = FieldErrors()
    check = problems.check
    values = {
        "first_name": check(
            lambda: v.clean_text(
                data.first_name,
                field="first_name",
                label=fields.FIRST_NAME,
                max_length=NAME_MAX,
                required=True,
            )
        ),
        "name_prefix": check(
            lambda: v.clean_text(
                data.name_prefix,
                field="name_prefix",
                label=fields.NAME_PREFIX,
                max_length=PREFIX_MAX,
            )
        ),
        "last_name": check(
            lambda: v.clean_text(
                data.last_name,
                field="last_name",
                label=fields.LAST_NAME,
                max_length=NAME_MAX,
                required=True,
            )
        ),
        "birth_date": check(
            lambda: v.validate_birth_date(
                v.parse_date(data.birth_date, field="birth_date", label=fields.BIRTH_DATE),
                today=today,
                required=True,
            )
        ),
        "bsn": check(lambda: v.validate_bsn(data.bsn)),
        "email": check(lambda: v.validate_email(data.email)),
        "phone": check(lambda: v.validate_phone(data.phone)),
        "postcode": check(lambda: v.validate_postcode(data.postcode)),
        "municipality_id": data.municipality_id,
        "intake_status": check(
            lambda: coerce_enum(
                IntakeStatus, data.intake_status, field="intake_status", label=fields.INTAKE_STATUS
            )
        ),
        "doelgroepregister": bool(data.doelgroepregister),
        "sector_id": data.sector_id,
        "consent_note": check(
            lambda: v.clean_text(
                data.consent_note,
                field="consent_note",
                label=fields.CONSENT_NOTE,
                max_length=NOTE_MAX,
                multiline=True,
            )
        ),
    }
    problems.raise_any()
    return values


#: What a client's file shows of the person besides the row: this year's and earlier
#: focus groups, and skills with their names, joined into the person's query (a file
#: holds a handful of each; on a team database each query is a round trip).
CLIENT_DETAILS = (
    joinedload(m.Client.target_groups).joinedload(m.ClientTargetGroup.target_group),
    joinedload(m.Client.skills).joinedload(m.ClientSkill.skill),
)


def routes_of(client_id: int) -> Select[m.Route]:
    """A client's routes, newest first, with every step joined into the same query; the
    result repeats a route per step, so read it with ``.unique()``."""
    return (
        select(m.Route)
        .where(m.Route.client_id == client_id)
        .order_by(m.Route.intake_date.desc(), m.Route.id.desc())
        .options(
            joinedload(m.Route.guidances),
            joinedload(m.Route.trainings),
            joinedload(m.Route.placements).joinedload(m.Placement.follow_ups),
        )
    )


class ClientService(Service):
    def _check_references(self, session: Session, values: ColumnValues) -> None:
        _exists(
            session,
            m.Municipality,
            values["municipality_id"],
            "municipality_id",
            fields.MUNICIPALITY,
        )
        _exists(session, m.Sector, values["sector_id"], "sector_id", fields.SECTOR)

    def _find_duplicate(
        self, session: Session, values: ColumnValues, exclude_id: int | None = None
    ) -> DuplicateClientError | TakenBsnError | None:
        """Same BSN, or the same name and birth date: most likely the same person.

        A colleague's client is named by neither number nor link: the user may not open
        that file, only ask the team lead for it."""
        base = select(m.Client.id, m.Client.client_number)
        if exclude_id is not None:
            base = base.where(m.Client.id != exclude_id)
        if values["bsn"]:
            row = session.execute(base.where(m.Client.bsn == values["bsn"])).first()
            if row and not self._may_open(session, row.id):
                return TakenBsnError(values["bsn"])
            if row:
                return DuplicateClientError(
                    t(
                        "Er bestaat al een cliënt met dit BSN (cliëntnummer {x}).",
                        x=row.client_number,
                    ),
                    row.id,
                    "bsn",
                )
        key = search_key(values["first_name"], values["name_prefix"], values["last_name"])
        row = session.execute(
            base.where(m.Client.birth_date == values["birth_date"], m.Client.search_key == key)
        ).first()
        if row and not self._may_open(session, row.id):
            return DuplicateClientError(
                t(
                    "Een collega heeft al een cliënt met deze naam en geboortedatum; is het "
                    "dezelfde persoon, vraag dan uw teamleider het dossier aan u over te dragen."
                ),
                None,
                "name_birth_date",
            )
        if row:
            return DuplicateClientError(
                t(
                    "Er bestaat al een cliënt met deze naam en geboortedatum (cliëntnummer {x}).",
                    x=row.client_number,
                ),
                row.id,
                "name_birth_date",
            )
        return None

    def _may_open(self, session: Session, client_id: int) -> bool:
        if self.actor.role is Role.ADMIN:
            return False
        found = session.scalar(
            select(m.Client.id).where(
                m.Client.id == client_id, visible_clients_clause(self.actor, few=True)
            )
        )
        return found is not None

    def intake(
        self,
        data: dto.ClientInput,
        route: dto.RouteInput | None = None,
        *,
        allow_same_name: bool = False,
    ) -> dto.IntakeResult:
        """Register a new client, optionally with their first route, in one transaction.

        A matching BSN is always refused; a matching name and birth date is refused unless
        the coach confirmed it is another person (``allow_same_name``).
        """
        from zkijdesk.services.routes import RouteService

        self.require_role(Role.COACH, Role.TEAMLEAD, what="cliënten inschrijft")
        # The person and the first route are one form: all their problems at once.
        problems = FieldErrors()
        values = problems.check(lambda: clean_client(data, self.today()))
        if route is not None:
            routes = RouteService(self.store, self.actor, self._today)
            problems.check(lambda: routes.route_fields(route))
        problems.raise_any()
        assert values is not None  # raise_any() raised if it was not cleaned
        with self.store.session() as s:
            self._check_references(s, values)
            duplicate = self._find_duplicate(s, values)
            if isinstance(duplicate, TakenBsnError):
                raise duplicate
            if duplicate and (duplicate.reason == "bsn" or not allow_same_name):
                raise duplicate
            client = m.Client(**values, created_by_id=self.actor.user_id)
            client.search_key = search_key(
                values["first_name"], values["name_prefix"], values["last_name"]
            )
            s.add(client)
            s.flush()
            client.client_number = f"ZK{client.id:07d}"
            self.audit(s, "create", "client", client.id)
            route_obj = None
            if route is not None:
                route_obj = RouteService(self.store, self.actor, self._today).open_in(
                    s, client, route
                )
            s.flush()
            return dto.IntakeResult(
                client_view(client), route_view(route_obj) if route_obj is not None else None
            )

    def update(self, client_id: int, data: dto.ClientInput) -> dto.ClientView:
        values = clean_client(data, self.today())
        with self.store.session() as s:
            client = self.client_for(s, client_id, change=True)
            if data.version is not None and client.version != data.version:
                raise self._conflict(s, client)
            self._check_references(s, values)
            duplicate = self._find_duplicate(s, values, exclude_id=client_id)
            if isinstance(duplicate, TakenBsnError) or (duplicate and duplicate.reason == "bsn"):
                raise duplicate
            for name, value in values.items():
                setattr(client, name, value)
            client.search_key = search_key(
                values["first_name"], values["name_prefix"], values["last_name"]
            )
            client.updated_by_id = self.actor.user_id
            self.audit(s, "change", "client", client.id)
            s.flush()
            return client_view(client)

    @staticmethod
    def _conflict(s: Session, client: m.Client) -> ConflictError:
        """Who saved the file since this form was loaded, and when (local time)."""
        editor = s.get(m.User, client.updated_by_id) if client.updated_by_id else None
        stamp = client.updated_at
        when = stamp.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M") if stamp else ""
        if editor is None and when:
            text = t(
                "Dit dossier is intussen gewijzigd door een collega ({x2}); uw wijziging is niet "
                "opgeslagen. Open het dossier opnieuw en voer uw wijziging nog eens in.",
                x2=when,
            )
        elif editor is None:
            text = t(
                "Dit dossier is intussen gewijzigd door een collega; uw wijziging is niet "
                "opgeslagen. Open het dossier opnieuw en voer uw wijziging nog eens in."
            )
        elif when:
            text = t(
                "Dit dossier is intussen gewijzigd door {x} ({x2}); uw wijziging is niet "
                "opgeslagen. Open het dossier opnieuw en voer uw wijziging nog eens in.",
                x=editor.display_name,
                x2=when,
            )
        else:
            text = t(
                "Dit dossier is intussen gewijzigd door {x}; uw wijziging is niet "
                "opgeslagen. Open het dossier opnieuw en voer uw wijziging nog eens in.",
                x=editor.display_name,
            )
        return ConflictError(text)

    def get(self, client_id: int) -> dto.ClientView:
        """Open a client's file; the opening is logged, as the AVG asks."""
        with self.store.session() as s:
            client = self.client_for(s, client_id, options=CLIENT_DETAILS)
            self.audit(s, "view", "client", client_id)
            return client_view(client)

    def as_input(self, client_id: int) -> dto.ClientInput:
        """The stored values in the shape the edit form hands back."""
        view = self.get(client_id)
        names = dto.ClientInput.__dataclass_fields__
        return dto.ClientInput(**{k: val for k, val in asdict(view).items() if k in names})

    def find(self, query: str, limit: int = 50) -> list[dto.ClientView]:
        """Simple lookup by name, client number, postcode or birth date (dd-mm-jjjj)."""
        text = fold(query or "")
        stmt = (
            select(m.Client)
            .where(visible_clients_clause(self.actor))
            .order_by(m.Client.last_name, m.Client.first_name)
            .limit(limit)
        )
        if text:
            like = f"%{text.replace('%', '').replace('_', '')}%"
            conditions: list[ColumnElement[bool]] = [
                m.Client.search_key.like(like),
                func.lower(m.Client.client_number).like(like),
                func.lower(func.replace(m.Client.postcode, " ", "")).like(like.replace(" ", "")),
            ]
            try:
                day = v.parse_date(query.strip(), field="q", label=fields.SEARCH_TERM)
            except ValidationError:
                day = None
            if day is not None:
                conditions.append(m.Client.birth_date == day)
            stmt = stmt.where(or_(*conditions))
        with self.store.read_session() as s:
            return [client_view(c, with_details=False) for c in s.scalars(stmt)]

    def routes(self, client_id: int) -> list[dto.RouteView]:
        """All routes of a client, newest first, with their steps."""
        with self.store.session() as s:
            self.client_for(s, client_id)
            self.audit(s, "view", "client", client_id, detail="routes")
            return [route_view(r) for r in s.scalars(routes_of(client_id)).unique()]

    def set_target_groups(self, client_id: int, group_ids: list[int]) -> dto.ClientView:
        """Replace this year's focus-group tags; earlier years' tags are never touched."""
        year = self.today().year
        with self.store.session() as s:
            client = self.client_for(s, client_id, change=True)
            groups = s.scalars(
                select(m.FocusTargetGroup).where(m.FocusTargetGroup.id.in_(group_ids))
            ).all()
            if len(groups) != len(set(group_ids)):
                raise ValidationError("target_groups", "Focusdoelgroep bestaat niet.")
            if any(g.year != year for g in groups):
                raise StateError(
                    t(
                        "Focusdoelgroepen kunnen alleen voor {n} worden gekozen; labels van "
                        "eerdere jaren blijven zoals ze waren.",
                        n=year,
                    )
                )
            wanted = {g.id for g in groups}
            for tag in list(client.target_groups):
                if tag.target_group.year == year and tag.target_group_id not in wanted:
                    client.target_groups.remove(tag)
            have = {t.target_group_id for t in client.target_groups}
            for group_id in sorted(wanted - have):
                client.target_groups.append(
                    m.ClientTargetGroup(
                        target_group_id=group_id,
                        tagged_on=self.today(),
                        tagged_by_id=self.actor.user_id,
                    )
                )
            self.audit(s, "change", "client", client_id, detail="labels")
            s.flush()
        return self.get(client_id)

    def add_skill(
        self,
        client_id: int,
        skill_id: int,
        evidence: SkillEvidence | str,
        shown_on: date | str | None = None,
    ) -> dto.ClientView:
        evidence = coerce_enum(SkillEvidence, evidence, field="evidence", label=fields.EVIDENCE)
        day = v.validate_not_future(
            v.parse_date(shown_on, field="shown_on", label=fields.SHOWN_ON),
            today=self.today(),
            field="shown_on",
            label=fields.SHOWN_ON,
        )
        with self.store.session() as s:
            client = self.client_for(s, client_id, change=True)
            get_or_raise(s, m.Skill, skill_id, "Vaardigheid")
            existing = next((x for x in client.skills if x.skill_id == skill_id), None)
            if existing is None:
                client.skills.append(
                    m.ClientSkill(skill_id=skill_id, evidence=evidence, shown_on=day)
                )
            else:
                existing.evidence, existing.shown_on = evidence, day
            self.audit(s, "change", "client", client_id, detail="skills")
        return self.get(client_id)

    def remove_skill(self, client_id: int, skill_id: int) -> dto.ClientView:
        with self.store.session() as s:
            client = self.client_for(s, client_id, change=True)
            for item in list(client.skills):
                if item.skill_id == skill_id:
                    client.skills.remove(item)
            self.audit(s, "change", "client", client_id, detail="skills")
        return self.get(client_id)

    def count(self) -> int:
        """How many clients the actor may see."""
        with self.store.read_session() as s:
            return (
                s.scalar(select(func.count(m.Client.id)).where(visible_clients_clause(self.actor)))
                or 0
            )

    def set_restriction(self, client_id: int, restricted: bool) -> dto.ClientView:
        """The AVG's restriction of processing: while set, the file cannot be changed."""
        self.require_role(Role.COACH, Role.TEAMLEAD, what="een verwerkingsbeperking zet")
        with self.store.session() as s:
            client = self.client_for(s, client_id)
            client.restricted = bool(restricted)
            self.audit(s, "change", "client", client_id, detail=f"restricted={int(restricted)}")
        return self.get(client_id)
