"""Plain data that services return: no sessions, no lazy loading, safe on any thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from zkijdesk.domain.enums import (
    ActivityKind,
    ContractType,
    EmployerSize,
    ExitReason,
    GuidanceKind,
    IntakeStatus,
    ReferralSource,
    Role,
    SkillEvidence,
    TrainingKind,
    TrainingResult,
    VacancyStatus,
)


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class RefItem:
    """A reference-data row as a form's choice list needs it."""

    id: int
    code: str
    name: str
    parent_id: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class TagView:
    target_group_id: int
    code: str
    name: str
    year: int
    tagged_on: date


@dataclass(frozen=True)
class SkillView:
    skill_id: int
    code: str
    name: str
    evidence: SkillEvidence
    shown_on: date | None


@dataclass(frozen=True)
class ClientView:
    id: int
    client_number: str
    first_name: str
    name_prefix: str | None
    last_name: str
    full_name: str
    birth_date: date
    bsn: str | None
    email: str | None
    phone: str | None
    postcode: str | None
    municipality_id: int | None
    intake_status: IntakeStatus
    doelgroepregister: bool
    sector_id: int | None
    consent_note: str | None
    tags: tuple[TagView, ...] = ()
    skills: tuple[SkillView, ...] = ()
    version: int = 1


@dataclass(frozen=True)
class FollowUpView:
    id: int
    placement_id: int
    months: int
    due_date: date
    checked_on: date | None
    still_working: bool | None


@dataclass(frozen=True)
class GuidanceView:
    id: int
    route_id: int
    kind: GuidanceKind
    start_date: date
    end_date: date | None
    note: str | None


@dataclass(frozen=True)
class TrainingView:
    id: int
    route_id: int
    title: str
    provider: str
    kind: TrainingKind
    sector_id: int | None
    planned_start: date | None
    planned_end: date | None
    actual_start: date | None
    actual_end: date | None
    result: TrainingResult
    credential: str | None


@dataclass(frozen=True)
class PlacementView:
    id: int
    route_id: int
    employer_id: int | None
    vacancy_id: int | None
    sector_id: int | None
    contract_type: ContractType
    hours_per_week: int
    start_date: date
    end_date: date | None
    banenafspraak: bool
    follow_ups: tuple[FollowUpView, ...] = ()


@dataclass(frozen=True)
class RouteView:
    id: int
    client_id: int
    coach_id: int | None
    referral_source: ReferralSource
    intake_date: date
    sector_id: int | None
    project_id: int | None
    closed_on: date | None
    exit_reason: ExitReason | None
    note: str | None
    guidances: tuple[GuidanceView, ...] = ()
    trainings: tuple[TrainingView, ...] = ()
    placements: tuple[PlacementView, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class ActivityView:
    id: int
    client_id: int
    route_id: int | None
    kind: ActivityKind
    occurred_on: date
    minutes: int
    note: str | None
    author_id: int | None


@dataclass(frozen=True)
class TaskView:
    id: int
    client_id: int | None
    route_id: int | None
    follow_up_id: int | None
    title: str
    due_date: date
    done_at: datetime | None
    owner_id: int | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class EmployerView:
    id: int
    name: str
    kvk_number: str | None
    sector_id: int | None
    size_class: EmployerSize | None
    municipality_id: int | None
    banenafspraak: bool


@dataclass(frozen=True)
class VacancyView:
    id: int
    employer_id: int
    occupation: str
    sector_id: int | None
    hours_per_week: int
    municipality_id: int | None
    start_date: date | None
    status: VacancyStatus
    opened_on: date
    closed_on: date | None
    required_skill_ids: tuple[int, ...] = ()
    desired_skill_ids: tuple[int, ...] = ()


@dataclass
class ClientInput:
    """What an intake or edit form hands in; the service validates and normalises it."""

    first_name: str | None = None
    last_name: str | None = None
    birth_date: date | str | None = None
    name_prefix: str | None = None
    bsn: str | None = None
    email: str | None = None
    phone: str | None = None
    postcode: str | None = None
    municipality_id: int | None = None
    intake_status: IntakeStatus | str | None = None
    doelgroepregister: bool = False
    sector_id: int | None = None
    consent_note: str | None = None
    version: int | None = None
    """The version an edit form was loaded from; a save is refused when the file moved on
    since (None: no check, for a new client)."""


@dataclass
class RouteInput:
    intake_date: date | str | None = None
    referral_source: ReferralSource | str = ReferralSource.SELF
    coach_id: int | None = None
    sector_id: int | None = None
    project_id: int | None = None
    note: str | None = None


@dataclass
class TrainingInput:
    title: str | None = None
    provider: str | None = None
    kind: TrainingKind | str = TrainingKind.MODULAR_COURSE
    sector_id: int | None = None
    planned_start: date | str | None = None
    planned_end: date | str | None = None
    actual_start: date | str | None = None
    actual_end: date | str | None = None
    result: TrainingResult | str = TrainingResult.ONGOING
    credential: str | None = None


@dataclass
class PlacementInput:
    start_date: date | str | None = None
    contract_type: ContractType | str = ContractType.FIXED_TERM
    hours_per_week: int | None = None
    employer_id: int | None = None
    vacancy_id: int | None = None
    sector_id: int | None = None
    end_date: date | str | None = None
    banenafspraak: bool = False


@dataclass
class IntakeResult:
    client: ClientView
    route: RouteView | None
    warnings: list[str] = field(default_factory=list)
