"""The preview: per row what an import would do and why not, without writing anything.

Every field of a row is checked, so a row shows all its problems at once (the form
stops at the first; a sheet of 300 rows should not need 300 rounds). The checks are
the intake form's own: the parsers in ``values`` end in ``domain/validation.py``, and
each client field passes the very validator ``clean_client`` uses for it (a test holds
the two to the same result), and each training goes through the
route service's own check before it counts as good.

Duplicates: the same BSN, or the same name and birth date, either earlier in the same
file or already in the store. Each gets a choice (``Choice``); the default is to skip
the row, which never loses anything the store had. A row that repeats an earlier row's
client to bring something of its own (contacts and skills, a route with another intake
date, a training or placement its route lacks) joins that client instead, unless it
contradicts the rows before it: then it is refused whole, naming the field
(``_ClientRows``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final, Protocol, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import (
    ActivityKind,
    ContractType,
    EmployerSize,
    IntakeStatus,
    ReferralSource,
    SkillEvidence,
    TrainingKind,
    TrainingResult,
    VacancyStatus,
)
from zkijdesk.domain.errors import ValidationError
from zkijdesk.domain.names import fold, search_key
from zkijdesk.domain.text import Text, t
from zkijdesk.services import dto
from zkijdesk.services.base import ColumnValues
from zkijdesk.services.clients import NAME_MAX, NOTE_MAX, PREFIX_MAX
from zkijdesk.services.employer_contacts import NAME_MAX as CONTACT_NAME_MAX
from zkijdesk.services.importing.codes import ValueMaps
from zkijdesk.services.importing.mapping import (
    CONTACT_FIELDS,
    FIELD_BY_KEY,
    Mapping,
    contact_slots,
    numbered,
    split_key,
)
from zkijdesk.services.importing.readers import SheetRow, Table
from zkijdesk.services.importing.values import (
    Cell,
    as_text,
    parse_bsn,
    parse_date,
    parse_email,
    parse_phone,
    parse_postcode,
    parse_whole_number,
    parse_yes_no,
)

T = TypeVar("T")

CleanTraining = Callable[[dto.TrainingInput], ColumnValues]
"""The training form's check (``RouteService._clean_training``)."""
CleanContact = Callable[
    [ActivityKind | str, date | str | None, int, str | None],
    tuple[ActivityKind, date, int | None, str | None],
]
"""The contact form's check (``ActivityService._contact_fields``)."""
CleanEmployer = Callable[
    [str | None, str | None, EmployerSize | str | None],
    tuple[str, str | None, EmployerSize | None],
]
"""The employer form's check (``services.employers.clean_employer``)."""


class Attempt(Protocol):
    """Runs one check of a row: its value, or None with its problem noted on the row
    under ``key`` (unless the problem names its own field)."""

    def __call__(self, fn: Callable[[], T], key: str, /) -> T | None: ...


#: Name prefixes, longest first, for splitting a full name ("Jan van der Berg").
PREFIXES = (
    "van den",
    "van der",
    "van de",
    "in 't",
    "van 't",
    "de la",
    "van",
    "de",
    "den",
    "der",
    "ter",
    "ten",
    "het",
    "'t",
    "la",
    "le",
    "op de",
    "el",
)


def _weekly_hours(value: Cell) -> int:
    """Uren per week, as a placement and a vacancy both ask it: a whole number, 1 to 60."""
    field, label = "hours_per_week", "Uren per week"
    number = parse_whole_number(value, field=field, label=label)
    return v.validate_range(
        v.require(number, field=field, label=label),
        field=field,
        label=label,
        minimum=1,
        maximum=60,
    )


class Action(enum.StrEnum):
    CREATE = "nieuw"
    UPDATE = "aanvullen"
    SKIP = "overslaan"
    REFUSE = "geweigerd"


class Choice(enum.StrEnum):
    """What to do with a duplicate: leave it, add to the existing file, or make a new one."""

    SKIP = "overslaan"
    UPDATE = "aanvullen"
    CREATE = "nieuw"


@dataclass(frozen=True)
class Duplicate:
    reason: str
    """``bsn`` or ``name_birth_date``."""
    in_file_row: int | None = None
    client_id: int | None = None
    client_number: str | None = None
    joins: bool = False
    """The row repeats an earlier row's client to add what it brings to that client's
    file: a sheet with a row per contact moment, per route, per training or placement."""
    brings: str = "contacts"
    """What a joining row adds, for its sentence: ``contacts`` (and skills), ``steps``
    (a training or placement on a route the file already has) or ``route`` (a route
    the client does not have yet)."""

    def sentence(self) -> str | Text:
        if self.joins and self.brings == "route":
            return t(
                "Regel {n} van dit bestand heeft deze cliënt ook; de route van deze regel komt "
                "als extra route in hetzelfde dossier.",
                n=self.in_file_row,
            )
        if self.joins and self.brings == "steps":
            return t(
                "Regel {n} van dit bestand heeft deze cliënt ook; de scholing, plaatsing, "
                "contacten en vaardigheden van deze regel komen bij dezelfde route.",
                n=self.in_file_row,
            )
        if self.joins:
            return t(
                "Regel {n} van dit bestand heeft deze cliënt ook; de contacten en vaardigheden "
                "van deze regel komen in hetzelfde dossier.",
                n=self.in_file_row,
            )
        if self.reason == "employer":
            if self.in_file_row is not None:
                return t("Regel {n} van dit bestand heeft deze werkgever ook.", n=self.in_file_row)
            return "Deze werkgever staat al in zkijdesk."
        if self.in_file_row is not None:
            if self.reason == "bsn":
                return t("Regel {n} van dit bestand heeft dit BSN ook.", n=self.in_file_row)
            return t(
                "Regel {n} van dit bestand heeft deze naam en geboortedatum ook.",
                n=self.in_file_row,
            )
        if not self.client_number:  # a colleague's client (``StoreIndex.load``)
            if self.reason == "bsn":
                return (
                    "Dit BSN hoort al bij een cliënt in het dossier van een collega; vraag "
                    "uw teamleider het dossier aan u over te dragen."
                )
            return (
                "Een collega heeft al een cliënt met deze naam en geboortedatum; is het "
                "dezelfde persoon, vraag dan uw teamleider het dossier aan u over te dragen."
            )
        if self.reason == "bsn":
            return t(
                "Er bestaat al een cliënt met dit BSN (cliëntnummer {x}).", x=self.client_number
            )
        return t(
            "Er bestaat al een cliënt met deze naam en geboortedatum (cliëntnummer {x}).",
            x=self.client_number,
        )

    @property
    def choices(self) -> tuple[Choice, ...]:
        if self.reason == "employer":
            return (Choice.SKIP,)
        if self.joins:
            # Same name and birth date may still be someone else: then a file of its own.
            if self.reason == "bsn":
                return (Choice.UPDATE, Choice.SKIP)
            return (Choice.UPDATE, Choice.SKIP, Choice.CREATE)
        if self.in_file_row is not None:
            return (Choice.SKIP,) if self.reason == "bsn" else (Choice.SKIP, Choice.CREATE)
        if self.reason == "bsn":
            return (Choice.SKIP, Choice.UPDATE)
        return (Choice.SKIP, Choice.UPDATE, Choice.CREATE)


@dataclass
class RowPlan:
    number: int
    action: Action
    problems: list[tuple[str, str | Text]] = field(default_factory=list)
    """(field, Dutch sentence); a sentence never repeats a person's value (only a word
    of a curated list that was not found, such as a skill, is quoted to fix it by)."""
    client: ColumnValues | None = None
    route: ColumnValues | None = None
    training: ColumnValues | None = None
    placement: ColumnValues | None = None
    contacts: list[ColumnValues] = field(default_factory=list)
    """The row's contact moments: the unnumbered contact columns, then "Contact 2" ..."""
    employer: ColumnValues | None = None
    """On a sheet of employers: the employer's fields, and ``id`` once it is known."""
    vacancy: ColumnValues | None = None
    employer_contact: ColumnValues | None = None
    """On a sheet of employers: a contact person at the row's employer."""
    target_group_ids: list[int] = field(default_factory=list)
    skill_ids: list[int] = field(default_factory=list)
    desired_skill_ids: list[int] = field(default_factory=list)
    """On a sheet of employers: the skills the row's vacancy would like but does not
    require (``skill_ids`` are the required ones; a skill named in both is required)."""
    skill_evidence: str = "eigen_opgave"
    """How the row's skills were shown (a ``SkillEvidence`` value); the same for each."""
    skill_shown_on: date | None = None
    client_id: int | None = None
    """On a sheet of contacts: the store's client the row's contacts are added to."""
    duplicate: Duplicate | None = None
    choice: Choice | None = None
    same_client_as_row: int | None = None
    """The earlier row of the file whose client this row repeats (``Duplicate.joins``)."""
    route_row: int | None = None
    """While the row follows another: the row whose route gets its training, placement
    and contacts (its own number when its route is one the client does not have yet;
    the first row's when it names no route). Set by ``follow_leads``."""
    repeats_training: bool = False
    """While the row follows another: its training is already on that route, from an
    earlier row (a sheet that repeats it on every contact moment), so it adds nothing."""
    repeats_placement: bool = False

    @property
    def follows(self) -> int | None:
        """The row whose client gets what this row brings, while it does."""
        if self.same_client_as_row is not None and self.action is Action.UPDATE:
            return self.same_client_as_row
        return None

    @property
    def owns_route(self) -> bool:
        """Writing this row makes its route (not: adds to a route of an earlier row)."""
        if self.route is None:
            return False
        return self.follows is None or self.route_row == self.number

    @property
    def adds_training(self) -> bool:
        return self.training is not None and (self.follows is None or not self.repeats_training)

    @property
    def adds_placement(self) -> bool:
        return self.placement is not None and (self.follows is None or not self.repeats_placement)

    @property
    def summary(self) -> str:
        return " ".join(sentence for _, sentence in self.problems)

    def creates(self) -> dict[str, int]:
        """What writing this row makes, by kind (the preview and the report show it);
        empty for a row that is skipped or refused."""
        if self.action not in (Action.CREATE, Action.UPDATE):
            return {}
        if self.follows is not None:
            # The client is the earlier row's; a route or step an earlier row has is too.
            made = {
                "routes": int(self.owns_route),
                "trainings": int(self.adds_training),
                "placements": int(self.adds_placement),
                "contacts": len(self.contacts),
                "skills": len(self.skill_ids),
            }
            return {key: count for key, count in made.items() if count}
        made = {
            "clients": int(self.action is Action.CREATE and self.client is not None),
            "routes": int(self.route is not None),
            "trainings": int(self.training is not None),
            "placements": int(self.placement is not None),
            "contacts": len(self.contacts),
            "skills": len(self.skill_ids) + len(self.desired_skill_ids),
            "employers": int(
                self.employer is not None
                and "id" not in self.employer
                and "same_as_row" not in self.employer
            ),
            "vacancies": int(self.vacancy is not None),
            "employer_contacts": int(self.employer_contact is not None),
        }
        return {key: count for key, count in made.items() if count}


#: What a row makes, in the Dutch of the preview and the report: (one, more).
CREATED_WORDS: dict[str, tuple[str, str]] = {
    "clients": ("cliënt", "cliënten"),
    "routes": ("route", "routes"),
    "trainings": ("scholing", "scholingen"),
    "placements": ("plaatsing", "plaatsingen"),
    "contacts": ("contact", "contacten"),
    "skills": ("vaardigheid", "vaardigheden"),
    "employers": ("werkgever", "werkgevers"),
    "vacancies": ("vacature", "vacatures"),
    "employer_contacts": ("contactpersoon", "contactpersonen"),
}


def describe_creates(made: dict[str, int]) -> str:
    """ "1 cliënt, 1 route, 3 contacten": what ``RowPlan.creates`` counted, in Dutch."""
    return ", ".join(
        f"{made[key]} {one if made[key] == 1 else more}"
        for key, (one, more) in CREATED_WORDS.items()
        if made.get(key)
    )


@dataclass
class Preview:
    table: Table
    mapping: Mapping
    rows: list[RowPlan]
    complete: bool
    """False when only the first rows were checked (the wizard's quick look)."""

    def count(self, action: Action) -> int:
        return sum(1 for row in self.rows if row.action is action)


@dataclass(frozen=True)
class StoreIndex:
    """What the store already has, to find duplicates without a query per row."""

    by_bsn: dict[str, tuple[int, str]]
    by_name_birth: dict[tuple[str, date], tuple[int, str]]
    by_number: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Client number (upper case) -> (id, number), for a sheet of contacts."""

    @classmethod
    def load(cls, session: Session, visible: Collection[int] | None = None) -> StoreIndex:
        """Every client of the store, to find the file's people in it. A client outside
        ``visible`` (the importer's files) is found, but without its number: a coach is
        told a colleague has the person, never which file, and cannot name it on a sheet
        of contacts either."""
        by_bsn: dict[str, tuple[int, str]] = {}
        by_name: dict[tuple[str, date], tuple[int, str]] = {}
        by_number: dict[str, tuple[int, str]] = {}
        rows = session.execute(
            select(
                m.Client.id,
                m.Client.client_number,
                m.Client.bsn,
                m.Client.search_key,
                m.Client.birth_date,
            )
        )
        for client_id, number, bsn, key, birth in rows:
            if visible is not None and client_id not in visible:
                number = None
            if bsn:
                by_bsn[bsn] = (client_id, number or "")
            by_name.setdefault((key, birth), (client_id, number or ""))
            if number:
                by_number[number.upper()] = (client_id, number)
        return cls(by_bsn, by_name, by_number)


class RowChecker:
    """Turns one sheet row into a plan; holds what every row shares."""

    def __init__(
        self,
        mapping: Mapping,
        maps: ValueMaps,
        today: date,
        *,
        from_text_file: bool,
        actor_id: int,
        clean_training: CleanTraining,
        clean_contact: CleanContact,
    ) -> None:
        self.mapping = mapping
        self.maps = maps
        self.today = today
        self.from_text_file = from_text_file
        self.actor_id = actor_id
        self.clean_training = clean_training
        self.clean_contact = clean_contact
        self._column = {key: column for column, key in mapping.columns.items()}
        self.slots = contact_slots(mapping)

    def cell(self, row: SheetRow, key: str) -> Cell:
        column = self._column.get(key)
        if column is None or column >= len(row.cells):
            return self.mapping.defaults.get(key)
        value = row.cells[column]
        if value is None:
            return self.mapping.defaults.get(key)
        return value

    def text(self, row: SheetRow, key: str) -> str | None:
        return as_text(self.cell(row, key))

    def check(self, row: SheetRow) -> RowPlan:
        plan = RowPlan(row.number, Action.CREATE)
        problems = plan.problems

        def attempt(fn: Callable[[], T], key: str) -> T | None:
            try:
                return fn()
            except ValidationError as error:
                problems.append((error.field or key, error.text))
                return None

        client = self._client(row, attempt)
        plan.target_group_ids = (
            attempt(
                # A target group's code resolves to its row id.
                lambda: cast(
                    "list[int]",
                    self.maps.resolve_many(
                        "target_groups",
                        self.text(row, "target_groups"),
                        label=fields.TARGET_GROUP,
                        own=self.mapping.values.get("target_groups", {}),
                    ),
                ),
                "target_groups",
            )
            or []
        )
        plan.skill_ids = self.skills(row, attempt)
        birth = client.birth_date if client is not None else None
        assert not isinstance(birth, str)  # _client() parsed it
        self._skill_proof(row, attempt, plan, birth)
        if not problems and client is not None:
            plan.client = client_values(client)
        plan.route = self._route(row, attempt, birth)
        plan.training = self._training(row, attempt, plan.route)
        plan.placement = self._placement(row, attempt, plan.route)
        for slot in self.slots:
            numbered_attempt = self._numbered_attempt(attempt, problems, slot)
            contact = self._contact(row, numbered_attempt, birth, slot)
            if contact is not None:
                plan.contacts.append(contact)
        if problems or plan.client is None:
            plan.action = Action.REFUSE
            plan.client = None
            plan.contacts = []
            plan.skill_ids = []
        return plan

    def skills(
        self, row: SheetRow, attempt: Attempt, key: str = "skills", label: str = "Vaardigheden"
    ) -> list[int]:
        """A skills column as skill ids, for a client and a vacancy alike (a vacancy's
        desired skills too); the sheet's own skill words apply to each."""
        found = attempt(
            lambda: self.maps.resolve_skills(
                self.text(row, key),
                label=label,
                own=self.mapping.values.get("skills", {}),
                key=key,
            ),
            key,
        )
        return found or []

    def past_date(
        self,
        row: SheetRow,
        key: str,
        field: str,
        label: str,
        *,
        required: bool = False,
        default: date | None = None,
    ) -> date | None:
        """A date column that may not lie in the future, in the form's sentences."""
        day = parse_date(
            self.cell(row, key), field=field, label=label, latest_year=self.today.year + 1
        )
        if required:
            day = v.require(day, field=field, label=label)
        if day is None:
            day = default
        return v.validate_not_future(day, today=self.today, field=field, label=label)

    def _skill_proof(
        self, row: SheetRow, attempt: Attempt, plan: RowPlan, birth: date | None
    ) -> None:
        """How and when the row's skills were shown (*Bewijs*, *Datum aangetoond*), for
        every skill of the row, checked as the client file's skill form checks them."""
        evidence = attempt(lambda: self._coded_value(row, "skill_evidence"), "evidence")
        shown = attempt(
            lambda: self.past_date(row, "skill_shown_on", "shown_on", fields.SHOWN_ON),
            "shown_on",
        )
        given = self.text(row, "skill_evidence") or self.text(row, "skill_shown_on")
        if given and not self.text(row, "skills"):
            attempt(lambda: v.require(None, field="skills", label=fields.SKILLS), "")
        if shown is not None and birth is not None and shown < birth:
            attempt(lambda: _refuse("shown_on", "Datum aangetoond ligt vóór de geboortedatum."), "")
        plan.skill_evidence = evidence or SkillEvidence.SELF_REPORTED.value
        plan.skill_shown_on = shown

    @staticmethod
    def _numbered_attempt(
        attempt: Attempt, problems: list[tuple[str, str | Text]], slot: int | None
    ) -> Attempt:
        """Problems of a numbered contact say which contact: "Contact 2: Datum contact
        is verplicht." (the row has several contacts with the same columns)."""
        if slot is None:
            return attempt

        def numbered_attempt(fn: Callable[[], T], key: str) -> T | None:
            try:
                return fn()
            except ValidationError as error:
                problems.append(
                    (
                        error.field or key,
                        t("Contact {n}: {sentence}", n=slot, sentence=error.text),
                    )
                )
                return None

        return numbered_attempt

    # ------------------------------------------------------------------ client
    def _coded(self, row: SheetRow, key: str) -> object:
        base, _ = split_key(key)
        spec = FIELD_BY_KEY[base]
        return self.maps.resolve(
            base, self.text(row, key), label=spec.label, own=self.mapping.values.get(base, {})
        )

    def _coded_id(self, row: SheetRow, key: str) -> int | None:
        """A column that names a row of a list (a sector, a municipality): its id, as
        ``load_value_maps`` keeps it for such a column."""
        return cast("int | None", self._coded(row, key))

    def _coded_value(self, row: SheetRow, key: str) -> str | None:
        """A column that names a status or kind: the enum's value, as ``load_value_maps``
        keeps it for such a column."""
        return cast("str | None", self._coded(row, key))

    def _client(self, row: SheetRow, attempt: Attempt) -> dto.ClientInput | None:
        first = self.text(row, "first_name")
        prefix = self.text(row, "name_prefix")
        last = self.text(row, "last_name")
        full = self.text(row, "full_name")
        if full and not (first or last):
            first, prefix, last = split_full_name(full)
        first = attempt(
            lambda: v.clean_text(
                first,
                field="first_name",
                label=fields.FIRST_NAME,
                max_length=NAME_MAX,
                required=True,
            ),
            "first_name",
        )
        prefix = attempt(
            lambda: v.clean_text(
                prefix, field="name_prefix", label=fields.NAME_PREFIX, max_length=PREFIX_MAX
            ),
            "name_prefix",
        )
        last = attempt(
            lambda: v.clean_text(
                last, field="last_name", label=fields.LAST_NAME, max_length=NAME_MAX, required=True
            ),
            "last_name",
        )
        birth = attempt(
            lambda: v.validate_birth_date(
                parse_date(
                    self.cell(row, "birth_date"),
                    field="birth_date",
                    label=fields.BIRTH_DATE,
                    latest_year=self.today.year - v.MINIMUM_AGE_YEARS,
                ),
                today=self.today,
                required=True,
            ),
            "birth_date",
        )
        bsn = attempt(
            lambda: parse_bsn(self.cell(row, "bsn"), from_text_file=self.from_text_file), "bsn"
        )
        email = attempt(lambda: parse_email(self.cell(row, "email")), "email")
        phone = attempt(lambda: parse_phone(self.cell(row, "phone")), "phone")
        postcode = attempt(lambda: parse_postcode(self.cell(row, "postcode")), "postcode")
        municipality = attempt(lambda: self._coded_id(row, "municipality"), "municipality")
        status = attempt(lambda: self._coded_value(row, "intake_status"), "intake_status")
        sector = attempt(lambda: self._coded_id(row, "sector"), "sector")
        register = attempt(
            lambda: parse_yes_no(
                self.cell(row, "doelgroepregister"),
                field="doelgroepregister",
                label=fields.DOELGROEPREGISTER,
            ),
            "doelgroepregister",
        )
        if status is None and self.text(row, "intake_status") is None:
            attempt(lambda: _require_choice("intake_status", fields.INTAKE_STATUS), "")
        return dto.ClientInput(
            first_name=first,
            last_name=last,
            birth_date=birth,
            name_prefix=prefix,
            bsn=bsn,
            email=email,
            phone=phone,
            postcode=postcode,
            municipality_id=municipality,
            intake_status=status,
            doelgroepregister=bool(register),
            sector_id=sector,
        )

    # ------------------------------------------------------------------ route
    def _route(self, row: SheetRow, attempt: Attempt, birth: date | None) -> ColumnValues | None:
        keys = ("intake_date", "referral_source", "coach", "closed_on", "exit_reason", "route_note")
        if not any(self.text(row, key) for key in keys):
            return None
        intake = attempt(
            lambda: self.past_date(
                row, "intake_date", "intake_date", fields.INTAKE_DATE, required=True
            ),
            "intake_date",
        )
        if intake is not None and birth is not None and intake < birth:
            attempt(lambda: _refuse("intake_date", "Intakedatum ligt vóór de geboortedatum."), "")
        closed = attempt(
            lambda: self.past_date(row, "closed_on", "closed_on", fields.CLOSED_ON),
            "closed_on",
        )
        if closed is not None and intake is not None and closed < intake:
            attempt(
                lambda: _refuse("closed_on", "Afsluitdatum mag niet vóór de intakedatum liggen."),
                "",
            )
        reason = attempt(lambda: self._coded(row, "exit_reason"), "exit_reason")
        if closed is not None and reason is None and self.text(row, "exit_reason") is None:
            attempt(lambda: _require_choice("exit_reason", fields.EXIT_REASON), "")
        if closed is None and reason is not None:
            attempt(lambda: v.require(None, field="closed_on", label=fields.CLOSED_ON), "")
        referral = attempt(lambda: self._coded(row, "referral_source"), "referral_source")
        coach = attempt(lambda: self._coded(row, "coach"), "coach")
        note = attempt(
            lambda: v.clean_text(
                self.text(row, "route_note"),
                field="note",
                label=fields.EXPLANATION,
                max_length=NOTE_MAX,
                multiline=True,
            ),
            "note",
        )
        return {
            "intake_date": intake,
            "referral_source": referral or ReferralSource.SELF.value,
            "coach_id": coach or self.actor_id,
            "closed_on": closed,
            "exit_reason": reason,
            "note": note,
        }

    # ------------------------------------------------------------------ steps
    def _training(
        self, row: SheetRow, attempt: Attempt, route: ColumnValues | None
    ) -> ColumnValues | None:
        keys = (
            "training_title",
            "training_provider",
            "training_kind",
            "training_result",
            "training_start",
            "training_end",
        )
        if not any(self.text(row, key) for key in keys):
            return None
        if route is None:
            attempt(lambda: v.require(None, field="intake_date", label=fields.INTAKE_DATE), "")
            return None
        latest = self.today.year + 1
        start = attempt(
            lambda: parse_date(
                self.cell(row, "training_start"),
                field="actual_start",
                label=fields.ACTUAL_START,
                latest_year=latest,
            ),
            "actual_start",
        )
        end = attempt(
            lambda: parse_date(
                self.cell(row, "training_end"),
                field="actual_end",
                label=fields.ACTUAL_END,
                latest_year=latest,
            ),
            "actual_end",
        )
        kind = attempt(lambda: self._coded_value(row, "training_kind"), "kind")
        result = attempt(lambda: self._coded_value(row, "training_result"), "result")
        data = dto.TrainingInput(
            title=self.text(row, "training_title"),
            provider=self.text(row, "training_provider"),
            kind=kind or TrainingKind.MODULAR_COURSE,
            actual_start=start,
            actual_end=end,
            result=result or TrainingResult.ONGOING,
        )
        values = attempt(lambda: self.clean_training(data), "training")
        intake = route.get("intake_date")
        if values and intake and values["actual_start"] and values["actual_start"] < intake:
            attempt(
                lambda: _refuse(
                    "actual_start",
                    t(
                        "{label} mag niet vóór de intakedatum van de route liggen.",
                        label=fields.ACTUAL_START,
                    ),
                ),
                "",
            )
        return values

    def _contact(
        self, row: SheetRow, attempt: Attempt, birth: date | None, slot: int | None = None
    ) -> ColumnValues | None:
        """One contact of the row (the unnumbered columns, or those of "Contact 2" ...),
        checked as the contact form checks it."""

        def key(name: str) -> str:
            return name if slot is None else numbered(name, slot)

        keys = ("contact_date", "contact_kind", "contact_minutes", "contact_note")
        if not any(self.text(row, key(name)) for name in keys):
            return None
        day = attempt(
            lambda: parse_date(
                self.cell(row, key("contact_date")),
                field="occurred_on",
                label=fields.CONTACT_DATE,
                latest_year=self.today.year + 1,
            ),
            "occurred_on",
        )
        kind = attempt(lambda: self._coded_value(row, key("contact_kind")), "kind")
        minutes = attempt(
            lambda: parse_whole_number(
                self.cell(row, key("contact_minutes")), field="minutes", label=fields.MINUTES
            ),
            "minutes",
        )
        checked = attempt(
            lambda: self.clean_contact(
                kind or ActivityKind.MEETING.value,
                day,
                minutes or 0,
                self.text(row, key("contact_note")),
            ),
            "contact",
        )
        if checked is None:
            return None
        kind, day, minutes, note = checked
        if birth is not None and day < birth:
            attempt(lambda: _refuse("occurred_on", "Datum contact ligt vóór de geboortedatum."), "")
            return None
        return {"kind": kind, "occurred_on": day, "minutes": minutes or 0, "note": note}

    def _placement(
        self, row: SheetRow, attempt: Attempt, route: ColumnValues | None
    ) -> ColumnValues | None:
        keys = ("employer", "placement_start", "placement_end", "hours_per_week", "contract_type")
        if not any(self.text(row, key) for key in keys):
            return None
        if route is None:
            attempt(lambda: v.require(None, field="intake_date", label=fields.INTAKE_DATE), "")
            return None
        latest = self.today.year + 1
        start = attempt(
            lambda: v.require(
                parse_date(
                    self.cell(row, "placement_start"),
                    field="start_date",
                    label=fields.START_DATE,
                    latest_year=latest,
                ),
                field="start_date",
                label=fields.START_DATE,
            ),
            "start_date",
        )
        end = attempt(
            lambda: parse_date(
                self.cell(row, "placement_end"),
                field="end_date",
                label=fields.END_DATE,
                latest_year=latest,
            ),
            "end_date",
        )
        attempt(
            lambda: v.validate_date_order(
                start,
                end,
                field="end_date",
                start_label=fields.START_DATE,
                end_label=fields.END_DATE,
            ),
            "end_date",
        )
        intake = route.get("intake_date")
        if start is not None and intake is not None and start < intake:
            attempt(
                lambda: _refuse(
                    "start_date",
                    t(
                        "{label} mag niet vóór de intakedatum van de route liggen.",
                        label=fields.START_DATE,
                    ),
                ),
                "",
            )
        hours = attempt(
            lambda: _weekly_hours(self.cell(row, "hours_per_week")),
            "hours_per_week",
        )
        contract = attempt(lambda: self._coded(row, "contract_type"), "contract_type")
        employer = attempt(
            lambda: v.clean_text(
                self.text(row, "employer"),
                field="employer",
                label=fields.EMPLOYER_NAME,
                max_length=160,
            ),
            "employer",
        )
        return {
            "start_date": start,
            "end_date": end,
            "hours_per_week": hours,
            "contract_type": contract or ContractType.FIXED_TERM.value,
            "employer": employer,
        }


def client_values(client: dto.ClientInput) -> ColumnValues:
    """The checked fields as ``clean_client`` returns them (the same keys and forms).

    ``clean_client`` itself is not run again: every field was already judged by the same
    validator, and running them twice made the check of a region-sized sheet half again
    as slow (tests/importing hold the two to the same output).
    """
    assert client.intake_status is not None  # _client() required it
    return {
        "first_name": client.first_name,
        "name_prefix": client.name_prefix,
        "last_name": client.last_name,
        "birth_date": client.birth_date,
        "bsn": client.bsn,
        "email": client.email,
        "phone": client.phone,
        "postcode": client.postcode,
        "municipality_id": client.municipality_id,
        "intake_status": IntakeStatus(client.intake_status),
        "doelgroepregister": bool(client.doelgroepregister),
        "sector_id": client.sector_id,
        "consent_note": None,
    }


def _refuse(key: str, sentence: str | Text) -> None:
    raise ValidationError(key, sentence)


def _require_choice(key: str, label: str) -> None:
    raise ValidationError(key, t("Kies een {label}.", label=label[:1].lower() + label[1:]))


def split_full_name(text: str) -> tuple[str | None, str | None, str | None]:
    """ "Jan van der Berg" -> ("Jan", "van der", "Berg"); "Berg, Jan van der" likewise."""
    text = " ".join(text.split())
    if "," in text:
        last, _, rest = text.partition(",")
        words = rest.split()
        for prefix in PREFIXES:
            parts = prefix.split()
            if len(words) > len(parts) and [w.lower() for w in words[-len(parts) :]] == parts:
                return " ".join(words[: -len(parts)]) or None, prefix, last.strip() or None
        return rest.strip() or None, None, last.strip() or None
    words = text.split()
    if len(words) < 2:
        return None, None, text or None
    first = words[0]
    others = words[1:]
    for prefix in PREFIXES:
        parts = prefix.split()
        if len(others) > len(parts) and [w.lower() for w in others[: len(parts)]] == parts:
            return first, " ".join(others[: len(parts)]), " ".join(others[len(parts) :])
    return first, None, " ".join(others)


def find_duplicates(plans: list[RowPlan], index: StoreIndex) -> None:
    """Mark duplicates within the file and against the store; default choice: skip."""
    seen_bsn: dict[str, int] = {}
    seen_name: dict[tuple[str, date], int] = {}
    by_number = {plan.number: plan for plan in plans}
    clients: dict[int, _ClientRows] = {}
    for plan in plans:
        if plan.client is None:
            continue
        client = plan.client
        key = (
            search_key(client["first_name"], client["name_prefix"], client["last_name"]),
            client["birth_date"],
        )
        bsn = client["bsn"]
        duplicate = None
        if bsn and bsn in seen_bsn:
            duplicate = Duplicate("bsn", in_file_row=seen_bsn[bsn])
        elif bsn and bsn in index.by_bsn:
            found = index.by_bsn[bsn]
            duplicate = Duplicate("bsn", client_id=found[0], client_number=found[1])
        elif key in seen_name:
            duplicate = Duplicate("name_birth_date", in_file_row=seen_name[key])
        elif key in index.by_name_birth:
            found = index.by_name_birth[key]
            duplicate = Duplicate("name_birth_date", client_id=found[0], client_number=found[1])
        if duplicate is not None and duplicate.in_file_row is not None:
            lead = by_number[duplicate.in_file_row]
            known = clients.get(lead.number)
            if known is None:
                known = clients[lead.number] = _ClientRows(lead)
            if _joins(plan, lead, duplicate, known):
                continue
        if bsn:
            seen_bsn.setdefault(bsn, plan.number)
        seen_name.setdefault(key, plan.number)
        plan.duplicate = duplicate
        if duplicate is not None:
            apply_choice(plan, Choice.SKIP)
    follow_leads(plans)


#: What a row that repeats a client must repeat as the earlier row has it, by label.
_CLIENT_LABELS: dict[str, str] = {
    "first_name": "Voornaam",
    "name_prefix": "Tussenvoegsel",
    "last_name": "Achternaam",
    "birth_date": "Geboortedatum",
    "bsn": "BSN",
    "email": "E-mailadres",
    "phone": "Telefoonnummer",
    "postcode": "Postcode",
    "municipality_id": "Gemeente",
    "intake_status": "Status bij intake",
    "doelgroepregister": "Doelgroepregister",
    "sector_id": "Sector",
}
#: What a row must repeat of a route with the same intake date (which makes it the same
#: route), by label.
_ROUTE_LABELS: dict[str, str] = {
    "referral_source": "Aanmelder",
    "coach_id": "Coach",
    "closed_on": "Afsluitdatum",
    "exit_reason": "Reden uitstroom",
    "note": "Toelichting",
}
_TRAINING_LABELS: dict[str, str] = {
    "title": "Opleiding",
    "provider": "Aanbieder",
    "kind": "Soort scholing",
    "actual_start": "Werkelijke start",
    "actual_end": "Werkelijk einde",
    "result": "Resultaat",
}
_PLACEMENT_LABELS: dict[str, str] = {
    "employer": "Werkgever",
    "start_date": "Startdatum",
    "end_date": "Einddatum",
    "hours_per_week": "Uren per week",
    "contract_type": "Soort contract",
}


def _same(mine: object, theirs: object) -> bool:
    if isinstance(mine, str) and isinstance(theirs, str):
        return fold(mine) == fold(theirs)
    return mine == theirs


def _client_difference(plan: RowPlan, lead: RowPlan) -> tuple[str, str] | None:
    """(field, label) of the first thing ``plan`` says otherwise than ``lead`` about the
    same client; what ``plan`` leaves empty is no difference."""
    assert plan.client is not None and lead.client is not None  # both rows make the client
    for key, label in _CLIENT_LABELS.items():
        mine = plan.client.get(key)
        if mine not in (None, "", False) and not _same(mine, lead.client.get(key)):
            return key, label
    if plan.target_group_ids and set(plan.target_group_ids) != set(lead.target_group_ids):
        return "target_groups", "Focusdoelgroep"
    return None


def _step_difference(
    mine: ColumnValues, theirs: ColumnValues, labels: dict[str, str]
) -> tuple[str, str] | None:
    for key, value in mine.items():
        if not _same(value, theirs.get(key)):
            return key, labels.get(key, next(iter(labels.values())))
    return None


_TrainingKey = tuple[str, str, date | None]
_PlacementKey = tuple[str, date]


def _training_key(training: ColumnValues) -> _TrainingKey:
    """A training is the same training when its title, provider and start are."""
    return fold(training["title"] or ""), fold(training["provider"] or ""), training["actual_start"]


def _placement_key(placement: ColumnValues) -> _PlacementKey:
    """A placement is the same placement when its employer and start date are."""
    return fold(placement["employer"] or ""), placement["start_date"]


def _overlap(mine: ColumnValues, other: ColumnValues, number: int) -> ValidationError | None:
    """Two routes of one client may not run at the same time: the route service keeps
    one open route per client, so a later route begins on or after the closing of the
    earlier one (the same day is allowed, as a coach closes one route and opens the
    next). ``number`` is the row of ``other``."""
    start, end = mine["intake_date"], mine["closed_on"]
    other_start, other_end = other["intake_date"], other["closed_on"]
    if start > other_start:
        if other_end is None:
            return ValidationError(
                "intake_date",
                t(
                    "Intakedatum valt in de lopende route van regel {n} met dezelfde cliënt; "
                    "geef die route een afsluitdatum op of vóór deze intakedatum.",
                    n=number,
                ),
            )
        if start < other_end:
            return ValidationError(
                "intake_date",
                t(
                    "Intakedatum valt in de route van regel {n} met dezelfde cliënt; een "
                    "volgende route begint op of na de afsluitdatum van de vorige.",
                    n=number,
                ),
            )
        return None
    if end is None:
        return ValidationError(
            "closed_on",
            t(
                "Afsluitdatum ontbreekt, maar regel {n} heeft een latere route voor dezelfde "
                "cliënt; sluit deze route af op of vóór de intakedatum daarvan.",
                n=number,
            ),
        )
    if end > other_start:
        return ValidationError(
            "closed_on",
            t(
                "Afsluitdatum valt na de intakedatum van de latere route van regel {n} met "
                "dezelfde cliënt; sluit deze route af op of vóór die intakedatum.",
                n=number,
            ),
        )
    return None


def overlap_in_store(
    mine: ColumnValues, other_start: date, other_end: date | None
) -> ValidationError | None:
    """A route an import adds to a client the store already has, against one of that
    client's routes there: the same rule as between the file's own routes, so no client
    ends up with two routes at once (the figures count a route's months once per person).
    A route with the same intake date is that route again, and an import does not add to
    a route the store already has."""
    start, end = mine["intake_date"], mine["closed_on"]
    if start == other_start:
        return ValidationError(
            "intake_date",
            "Intakedatum is die van een route die deze cliënt al in zkijdesk heeft; een import "
            "voegt niets toe aan een bestaande route, laat de routekolommen van deze regel leeg.",
        )
    if start > other_start:
        if other_end is None:
            return ValidationError(
                "intake_date",
                "Intakedatum valt in de lopende route die deze cliënt al in zkijdesk heeft; "
                "sluit die route daar eerst af.",
            )
        if start < other_end:
            return ValidationError(
                "intake_date",
                "Intakedatum valt in een route die deze cliënt al in zkijdesk heeft; een "
                "volgende route begint op of na de afsluitdatum daarvan.",
            )
        return None
    if end is None:
        return ValidationError(
            "closed_on",
            "Afsluitdatum ontbreekt, maar deze cliënt heeft in zkijdesk al een latere route; "
            "sluit deze route af op of vóór de intakedatum daarvan.",
        )
    if end > other_start:
        return ValidationError(
            "closed_on",
            "Afsluitdatum valt na de intakedatum van een latere route die deze cliënt al in "
            "zkijdesk heeft; sluit deze route af op of vóór die intakedatum.",
        )
    return None


@dataclass
class _Placing:
    """Where a row that repeats a client goes: the route it adds to (by the row that
    brought it), and whether its route, training and placement are new there."""

    route_row: int | None
    new_route: bool = False
    new_training: bool = False
    new_placement: bool = False

    @property
    def brings(self) -> str:
        """What ``Duplicate.sentence`` says the row adds."""
        if self.new_route:
            return "route"
        if self.new_training or self.new_placement:
            return "steps"
        return "contacts"


class _ClientRows:
    """What the rows of one client in a file have said so far (its first row and the
    rows that joined it): its routes by the row that brought each, and the trainings
    and placements on each route. A route is known by its intake date, a training by
    its title, provider and start, a placement by its employer and start date; a row
    that names one again must say the same about it."""

    def __init__(self, lead: RowPlan) -> None:
        self.lead = lead
        self.routes: dict[int, ColumnValues] = {}
        self.trainings: dict[int | None, dict[_TrainingKey, tuple[int, ColumnValues]]] = {}
        self.placements: dict[int | None, dict[_PlacementKey, tuple[int, ColumnValues]]] = {}
        own = lead.number if lead.route is not None else None
        self.add(
            lead,
            _Placing(
                own,
                new_route=own is not None,
                new_training=lead.training is not None,
                new_placement=lead.placement is not None,
            ),
        )

    def place(self, plan: RowPlan) -> tuple[_Placing, ValidationError | None]:
        """Where ``plan`` goes, and the first thing it contradicts (a route it overlaps,
        or a route or step it names with other details), if any."""
        problems: list[ValidationError | None] = []
        route = plan.route
        if route is None:  # no route columns filled in: the first row's route
            placing = _Placing(self.lead.number if self.lead.route is not None else None)
        else:
            same = next(
                (n for n, r in self.routes.items() if r["intake_date"] == route["intake_date"]),
                None,
            )
            if same is None:
                placing = _Placing(plan.number, new_route=True)
                problems.extend(_overlap(route, other, n) for n, other in self.routes.items())
            else:
                placing = _Placing(same)
                theirs = self.routes[same]
                for key, label in _ROUTE_LABELS.items():
                    if not _same(route[key], theirs[key]):
                        problems.append(
                            ValidationError(
                                key,
                                t(
                                    "{label} verschilt van regel {n}, waar dezelfde route "
                                    "staat; maak de route op elke regel gelijk.",
                                    label=label,
                                    n=same,
                                ),
                            )
                        )
                        break
        if plan.training is not None:
            trainings_on_route = self.trainings.get(placing.route_row, {})
            known = trainings_on_route.get(_training_key(plan.training))
            if known is None:
                placing.new_training = True
            else:
                number, theirs = known
                different = _step_difference(plan.training, theirs, _TRAINING_LABELS)
                if different is not None:
                    key, label = different
                    problems.append(
                        ValidationError(
                            key,
                            t(
                                "{label} verschilt van regel {n}, waar dezelfde scholing staat;"
                                " maak de scholing op elke regel gelijk.",
                                label=label,
                                n=number,
                            ),
                        )
                    )
        if plan.placement is not None:
            placements_on_route = self.placements.get(placing.route_row, {})
            known = placements_on_route.get(_placement_key(plan.placement))
            if known is None:
                placing.new_placement = True
            else:
                number, theirs = known
                different = _step_difference(plan.placement, theirs, _PLACEMENT_LABELS)
                if different is not None:
                    key, label = different
                    problems.append(
                        ValidationError(
                            key,
                            t(
                                "{label} verschilt van regel {n}, waar dezelfde plaatsing "
                                "staat; maak de plaatsing op elke regel gelijk.",
                                label=label,
                                n=number,
                            ),
                        )
                    )
        return placing, next((p for p in problems if p is not None), None)

    def add(self, plan: RowPlan, placing: _Placing) -> None:
        if placing.new_route:
            assert plan.route is not None  # a new route is the row's own
            self.routes[plan.number] = plan.route
        if placing.new_training:
            assert plan.training is not None
            trainings = self.trainings.setdefault(placing.route_row, {})
            trainings[_training_key(plan.training)] = (plan.number, plan.training)
        if placing.new_placement:
            assert plan.placement is not None
            placements = self.placements.setdefault(placing.route_row, {})
            placements[_placement_key(plan.placement)] = (plan.number, plan.placement)


def _refuse_row(plan: RowPlan, error: ValidationError) -> None:
    plan.problems.append((error.field, error.text))
    plan.action = Action.REFUSE
    plan.client = None
    plan.contacts = []
    plan.skill_ids = []


def _joins(plan: RowPlan, lead: RowPlan, found: Duplicate, known: _ClientRows) -> bool:
    """A row that repeats an earlier row's client and brings something the file does not
    have yet for it: contacts or skills (a row per contact moment), a route with another
    intake date (a row per route), a training or placement its route does not have yet.
    It joins that client (true), or is refused, naming the field, when it says something
    else about the client, overlaps another of its routes, or names a route or step with
    other details (true); a plain repeat that brings nothing, or only a route or step
    under other client details, stays a duplicate to skip (false)."""
    placing, problem = known.place(plan)
    different = _client_difference(plan, lead)
    # A route or step of its own makes a row join only when it names the client as the
    # first row does: the same BSN with another person's name is a duplicate to look at.
    brings = different is None and (
        placing.new_route or placing.new_training or placing.new_placement
    )
    if not (plan.contacts or plan.skill_ids or brings):
        return False
    if different is not None:
        key, label = different
        problem = ValidationError(
            key,
            t(
                "{label} verschilt van regel {n}, waar dezelfde cliënt staat; maak de gegevens "
                "van de cliënt op elke regel gelijk.",
                label=label,
                n=lead.number,
            ),
        )
    if problem is not None:
        _refuse_row(plan, problem)
        return True
    known.add(plan, placing)
    plan.duplicate = Duplicate(
        found.reason, in_file_row=lead.number, joins=True, brings=placing.brings
    )
    plan.same_client_as_row = lead.number
    apply_choice(plan, Choice.UPDATE)
    return True


def follow_leads(plans: list[RowPlan]) -> None:
    """A row that joins an earlier row's client goes where that row goes: written when
    it is, skipped when it is skipped, refused (with a sentence) when it is refused."""
    by_number = {plan.number: plan for plan in plans}
    for plan in plans:
        if plan.same_client_as_row is None or plan.choice in (Choice.CREATE, Choice.SKIP):
            continue
        if plan.action is Action.REFUSE:
            continue
        lead = by_number[plan.same_client_as_row]
        if lead.action is Action.REFUSE:
            error = ValidationError(
                "client",
                t(
                    "Regel {n} van dit bestand, met dezelfde cliënt, is geweigerd; verbeter die"
                    " regel en importeer beide regels opnieuw.",
                    n=lead.number,
                ),
            )
            plan.problems.append((error.field, error.text))
            plan.action = Action.REFUSE
        elif lead.action is Action.SKIP:
            plan.action = Action.SKIP
        else:
            plan.action = Action.UPDATE
    _place_followers(plans, by_number)


def _place_followers(plans: list[RowPlan], by_number: dict[int, RowPlan]) -> None:
    """The route each following row adds to and which of its steps are new, among the
    rows written now: a row that is skipped (or made a client of its own) leaves its
    route and steps to the next row that names them, so nothing is lost and nothing is
    made twice. The preview already refused every row that contradicted the others,
    and leaving rows out cannot make a contradiction."""
    clients: dict[int, _ClientRows] = {}
    for plan in plans:
        lead_number = plan.follows
        if lead_number is None:
            continue
        known = clients.get(lead_number)
        if known is None:
            known = clients[lead_number] = _ClientRows(by_number[lead_number])
        placing, problem = known.place(plan)
        if problem is not None:
            _refuse_row(plan, problem)
            continue
        known.add(plan, placing)
        plan.route_row = placing.route_row
        plan.repeats_training = plan.training is not None and not placing.new_training
        plan.repeats_placement = plan.placement is not None and not placing.new_placement
        if plan.duplicate is not None and plan.duplicate.joins:
            plan.duplicate = replace(plan.duplicate, brings=placing.brings)


def apply_choice(plan: RowPlan, choice: Choice) -> None:
    """Set a duplicate row's choice; a choice the duplicate does not offer is refused."""
    if plan.duplicate is None or plan.client is None:
        return
    if choice not in plan.duplicate.choices:
        raise ValidationError(
            "choice", t("Regel {n}: deze keuze kan niet bij deze dubbele cliënt.", n=plan.number)
        )
    plan.choice = choice
    plan.action = {
        Choice.SKIP: Action.SKIP,
        Choice.UPDATE: Action.UPDATE,
        Choice.CREATE: Action.CREATE,
    }[choice]


#: The columns that make a row of an employers sheet a vacancy.
VACANCY_FIELDS: Final = (
    "occupation",
    "vacancy_status",
    "opened_on",
    "hours_per_week",
    "skills",
    "desired_skills",
)


#: What a sheet of employers reads; any other column there would be left out unsaid.
EMPLOYER_SHEET_FIELDS: Final = frozenset(
    {
        "employer",
        "kvk_number",
        "employer_size",
        "sector",
        "municipality",
        *VACANCY_FIELDS,
        "contact_person",
        "contact_person_title",
        "contact_person_email",
        "contact_person_phone",
        "email",
        "phone",
    }
)
#: What only a sheet of employers reads: on a sheet of clients these columns say nothing.
EMPLOYER_ONLY_FIELDS: Final = frozenset(
    {
        "kvk_number",
        "employer_size",
        "occupation",
        "vacancy_status",
        "opened_on",
        "desired_skills",
        "contact_person",
        "contact_person_title",
        "contact_person_email",
        "contact_person_phone",
    }
)


def unused_columns(mapping: Mapping) -> list[tuple[int, str]]:
    """(column, field) of the columns this kind of sheet would not read: an employer's
    sheet with a *Bewijs* column, a client's with a *KvK-nummer*. A sheet of contacts
    may carry names for its reader (documented), so it has none."""
    if is_contacts_sheet(mapping):
        return []
    if is_employer_sheet(mapping):
        used = EMPLOYER_SHEET_FIELDS.__contains__
    else:
        used = lambda key: key not in EMPLOYER_ONLY_FIELDS  # noqa: E731
    return [
        (column, key)
        for column, key in sorted(mapping.columns.items())
        if not used(split_key(key)[0])
    ]


def is_employer_sheet(mapping: Mapping) -> bool:
    """A sheet of employers (and their vacancies): an employer column and no person."""
    keys = set(mapping.columns.values())
    return "employer" in keys and not keys & {"first_name", "last_name", "full_name"}


class EmployerChecker:
    """One row of an employers sheet: the employer, and a vacancy if the row has one.

    A vacancy's *Vaardigheden* are read as a client's are (``SkillIndex``, the skill
    picker's rule) and become the skills the vacancy requires (``plan.skill_ids``); its
    *Gewenste vaardigheden* the ones it would like (``plan.desired_skill_ids``)."""

    def __init__(self, base: RowChecker, clean_employer: CleanEmployer, today: date) -> None:
        self.base = base
        self.clean_employer = clean_employer
        self.today = today

    def check(self, row: SheetRow) -> RowPlan:
        base = self.base
        plan = RowPlan(row.number, Action.CREATE)

        def attempt(fn: Callable[[], T], key: str) -> T | None:
            try:
                return fn()
            except ValidationError as error:
                plan.problems.append((error.field or key, error.text))
                return None

        cleaned = attempt(
            lambda: self.clean_employer(
                base.text(row, "employer"),
                base.text(row, "kvk_number"),
                base._coded_value(row, "employer_size"),
            ),
            "employer",
        )
        sector = attempt(lambda: base._coded(row, "sector"), "sector")
        municipality = attempt(lambda: base._coded(row, "municipality"), "municipality")
        if any(base.text(row, key) for key in VACANCY_FIELDS):
            plan.vacancy = self._vacancy(row, attempt)
            plan.skill_ids = base.skills(row, attempt)
            required = set(plan.skill_ids)
            desired = base.skills(row, attempt, "desired_skills", fields.DESIRED_SKILLS)
            plan.desired_skill_ids = [i for i in desired if i not in required]
        plan.employer_contact = self._contact_person(row, attempt)
        if plan.problems or cleaned is None:
            plan.action = Action.REFUSE
            plan.vacancy = None
            plan.employer_contact = None
            plan.skill_ids = []
            plan.desired_skill_ids = []
            return plan
        name, kvk, size = cleaned
        plan.employer = {
            "name": name,
            "kvk_number": kvk,
            "size_class": size,
            "sector_id": sector,
            "municipality_id": municipality,
        }
        if plan.vacancy is not None:
            plan.vacancy.update(sector_id=sector, municipality_id=municipality)
        return plan

    def _contact_person(self, row: SheetRow, attempt: Attempt) -> ColumnValues | None:
        """A contact person at the employer, checked as the employer's page checks one.
        On a sheet of employers a plain "E-mail" or "Telefoon" column is the contact
        person's when the sheet names one."""
        base = self.base
        keys = (
            "contact_person",
            "contact_person_title",
            "contact_person_email",
            "contact_person_phone",
        )
        if not any(base.text(row, key) for key in keys):
            return None
        name = attempt(
            lambda: v.clean_text(
                base.text(row, "contact_person"),
                field="contact_person",
                label=fields.CONTACT_NAME,
                max_length=CONTACT_NAME_MAX,
                required=True,
            ),
            "contact_person",
        )
        title = attempt(
            lambda: v.clean_text(
                base.text(row, "contact_person_title"),
                field="contact_person_title",
                label=fields.JOB_TITLE,
                max_length=CONTACT_NAME_MAX,
            ),
            "contact_person_title",
        )
        email = attempt(
            lambda: v.validate_email(
                base.text(row, "contact_person_email") or base.text(row, "email"),
                field="contact_person_email",
                label=fields.CONTACT_EMAIL,
            ),
            "contact_person_email",
        )
        phone = attempt(
            lambda: parse_phone(
                base.cell(row, "contact_person_phone") or base.cell(row, "phone"),
                field="contact_person_phone",
                label=fields.CONTACT_PHONE,
            ),
            "contact_person_phone",
        )
        return {"name": name, "job_title": title, "email": email, "phone": phone}

    def _vacancy(self, row: SheetRow, attempt: Attempt) -> ColumnValues | None:
        base = self.base
        occupation = attempt(
            lambda: v.clean_text(
                base.text(row, "occupation"),
                field="occupation",
                label=fields.OCCUPATION,
                max_length=120,
                required=True,
            ),
            "occupation",
        )
        hours = attempt(
            lambda: _weekly_hours(base.cell(row, "hours_per_week")),
            "hours_per_week",
        )
        opened = attempt(
            lambda: base.past_date(
                row, "opened_on", "opened_on", fields.OPENED_ON, default=self.today
            ),
            "opened_on",
        )
        status = attempt(lambda: base._coded(row, "vacancy_status"), "vacancy_status")
        return {
            "occupation": occupation,
            "hours_per_week": hours,
            "opened_on": opened,
            "status": status or VacancyStatus.OPEN.value,
        }


def is_contacts_sheet(mapping: Mapping) -> bool:
    """A sheet of contact moments for clients the store has: contact columns and a BSN or
    client number, but no birth date (without one no new client can be made; a name
    column may be there for the reader and is not used)."""
    keys = set(mapping.columns.values())
    return (
        any(split_key(key)[0] in CONTACT_FIELDS for key in keys)
        and bool(keys & {"bsn", "client_number"})
        and "birth_date" not in keys
        and "employer" not in keys
    )


class ContactsChecker:
    """One row of a sheet of contacts: the client it names (by BSN, else by client
    number) must be in the store; its contacts (unnumbered and numbered columns) are
    added to that file."""

    def __init__(self, base: RowChecker, index: StoreIndex) -> None:
        self.base = base
        self.index = index

    def check(self, row: SheetRow) -> RowPlan:
        base = self.base
        plan = RowPlan(row.number, Action.UPDATE)
        problems = plan.problems

        def attempt(fn: Callable[[], T], key: str) -> T | None:
            try:
                return fn()
            except ValidationError as error:
                problems.append((error.field or key, error.text))
                return None

        bsn = attempt(
            lambda: parse_bsn(base.cell(row, "bsn"), from_text_file=base.from_text_file), "bsn"
        )
        number = (base.text(row, "client_number") or "").strip().upper()
        found = None
        if bsn:
            found = self.index.by_bsn.get(bsn)
            if found is None:
                problems.append(("bsn", "Er is geen cliënt met dit BSN in zkijdesk."))
        elif number:
            found = self.index.by_number.get(number)
            if found is None:
                problems.append(("client_number", "Er is geen cliënt met dit cliëntnummer."))
        elif not problems:
            problems.append(("bsn", "Vul het BSN of het cliëntnummer van de cliënt in."))
        for slot in base.slots:
            numbered_attempt = base._numbered_attempt(attempt, problems, slot)
            contact = base._contact(row, numbered_attempt, None, slot)
            if contact is not None:
                plan.contacts.append(contact)
        if problems:
            plan.action = Action.REFUSE
            plan.contacts = []
        elif not plan.contacts:
            plan.action = Action.SKIP
        else:
            assert found is not None  # without a client found, a problem was noted
            plan.client_id = found[0]
        return plan


def find_known_employers(plans: list[RowPlan], maps: ValueMaps) -> None:
    """An employer the store or an earlier row has is the same employer: a row that only
    names it again is skipped; a row with a vacancy or a new contact person adds it to
    that employer. A contact person the employer already has (by name) is not added
    again."""
    seen: dict[str, int] = {}
    people: set[tuple[str, str]] = set()
    for plan in plans:
        if plan.employer is None:
            continue
        kvk, name = plan.employer["kvk_number"], fold(plan.employer["name"])
        existing = (maps.employers_by_kvk.get(kvk) if kvk else None) or maps.employers.get(name)
        earlier = seen.get(f"kvk:{kvk}") if kvk else None
        earlier = earlier or seen.get(f"name:{name}")
        if existing is not None:
            plan.employer["id"] = existing
            duplicate = Duplicate("employer")
            owner = f"id:{existing}"
        elif earlier is not None:
            plan.employer["same_as_row"] = earlier
            duplicate = Duplicate("employer", in_file_row=earlier)
            owner = f"row:{earlier}"
        else:
            duplicate = None
            if kvk:
                seen[f"kvk:{kvk}"] = plan.number
            seen[f"name:{name}"] = plan.number
            owner = f"row:{plan.number}"
        person = plan.employer_contact
        if person is not None:
            key = (owner, fold(person["name"]))
            if key in people or (existing, key[1]) in maps.employer_contacts:
                plan.employer_contact = None
            people.add(key)
        if duplicate is not None and plan.vacancy is None and plan.employer_contact is None:
            plan.duplicate = duplicate
            plan.choice = Choice.SKIP
            plan.action = Action.SKIP


def build_preview(
    table: Table,
    mapping: Mapping,
    maps: ValueMaps,
    index: StoreIndex,
    today: date,
    *,
    from_text_file: bool,
    actor_id: int,
    clean_training: CleanTraining,
    clean_contact: CleanContact,
    clean_employer: CleanEmployer,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Preview:
    checker = RowChecker(
        mapping,
        maps,
        today,
        from_text_file=from_text_file,
        actor_id=actor_id,
        clean_training=clean_training,
        clean_contact=clean_contact,
    )
    rows = table.rows if limit is None else table.rows[:limit]
    employers = is_employer_sheet(mapping)
    row_checker: RowChecker | EmployerChecker | ContactsChecker = (
        EmployerChecker(checker, clean_employer, today) if employers else checker
    )
    if is_contacts_sheet(mapping):
        row_checker = ContactsChecker(checker, index)
    plans: list[RowPlan] = []
    total = len(rows)
    for position, row in enumerate(rows, start=1):
        plans.append(row_checker.check(row))
        if progress is not None and position % 500 == 0:
            progress(position, total)
    if employers:
        find_known_employers(plans, maps)
    else:
        find_duplicates(plans, index)
    return Preview(table, mapping, plans, complete=limit is None or limit >= len(table.rows))
