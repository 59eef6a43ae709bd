"""The monthly indicators, their breakdowns and tables: defined once, used everywhere.

Every figure zkijdesk publishes is one of the indicators below, broken down by one
dimension at a time, for one period. The SQL that counts them
(``services/reporting_queries.py``), the disclosure control, the writers and
``docs/indicators.md`` all follow these definitions; the counting rules themselves
are spelled out in the docstring of each query and in the documentation.

Two kinds of indicator exist, and the difference matters for disclosure control:

- ``EVENT``: things that happen on a date (a route opened, a placement started). A
  year-to-date figure is the sum of the months, so a reader can subtract.
- ``DISTINCT``: units counted once per period (persons in guidance, employers
  served). Year-to-date counts a unit once, in the categories of the first month of
  the year in which it appears, so year-to-date is still the sum of "new this year"
  per month; the month figure adds the units that were already counted earlier.

A client can belong to several focus groups; each group is reported as its own
yes/no dimension, never as overlapping categories of one table, so every table adds up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from zkijdesk.domain.enums import ContractType, ExitReason, label

TOTAL = "TOTAL"
"""Category code of every total, in every dimension (also in the JSON export)."""

YES, NO = "JA", "NEE"
REGION = "ZKIJ"


class Kind(StrEnum):
    EVENT = "event"
    DISTINCT = "distinct"


class Population(StrEnum):
    """Whose attributes a breakdown uses: a person's, or an employer's."""

    PERSONS = "personen"
    EMPLOYERS = "werkgevers"


@dataclass(frozen=True)
class Category:
    code: str
    nl: str
    en: str


@dataclass(frozen=True)
class Dimension:
    """A way to split a count; ``stable`` means a unit keeps its category all year.

    Stability matters to the audit: for a stable dimension a reader knows that a
    person counted in a category this month was counted in the same category in the
    year-to-date figure, which narrows what can be derived.
    """

    code: str
    nl: str
    en: str
    categories: tuple[Category, ...]
    stable: bool
    has_total: bool = True
    short: str = ""
    """A short name for listings (the focus group's own name); defaults to ``nl``."""

    @property
    def short_nl(self) -> str:
        return self.short or self.nl

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.categories)

    def label(self, code: str, lang: str = "nl") -> str:
        if code == TOTAL:
            return "Totaal" if lang == "nl" else "Total"
        for c in self.categories:
            if c.code == code:
                return c.nl if lang == "nl" else c.en
        return code


FOCUS_SECTORS = ("ZW", "OND", "TECH")
OTHER_SECTOR = "OVERIG"
SECTOR = Dimension(
    "sector",
    "Focussector",
    "Focus sector",
    (
        Category("ZW", "Zorg & Welzijn", "Care & Welfare"),
        Category("OND", "Onderwijs", "Education"),
        Category("TECH", "Techniek", "Technology"),
        Category(OTHER_SECTOR, "Overige sectoren en onbekend", "Other sectors and unknown"),
    ),
    stable=False,
)

OUTSIDE = "BUITEN"
MUNICIPALITY = Dimension(
    "gemeente",
    "Gemeente",
    "Municipality",
    (
        Category("GM0375", "Beverwijk", "Beverwijk"),
        Category("GM0377", "Bloemendaal", "Bloemendaal"),
        Category("GM0392", "Haarlem", "Haarlem"),
        Category("GM0396", "Heemskerk", "Heemskerk"),
        Category("GM0397", "Heemstede", "Heemstede"),
        Category("GM0453", "Velsen", "Velsen"),
        Category("GM0473", "Zandvoort", "Zandvoort"),
        Category(OUTSIDE, "Buiten de regio of onbekend", "Outside the region or unknown"),
    ),
    stable=True,
)

AGE_BANDS = ("TOT27", "27_49", "50PLUS")
AGE = Dimension(
    "leeftijd",
    "Leeftijd op 1 januari",
    "Age on 1 January",
    (
        Category("TOT27", "Jonger dan 27 jaar", "Under 27"),
        Category("27_49", "27 tot en met 49 jaar", "27 to 49"),
        Category("50PLUS", "50 jaar en ouder", "50 and over"),
    ),
    stable=True,
)

EXIT_REASON = Dimension(
    "reden",
    "Reden van uitstroom",
    "Exit reason",
    tuple(
        Category(r.value, label(r), en)
        for r, en in zip(
            ExitReason,
            (
                "Work",
                "Training",
                "Helped elsewhere",
                "Moved",
                "Stopped",
                "No contact",
                "Other",
            ),
            strict=True,
        )
    ),
    stable=False,
)

CONTRACT_LABELS_NL = {
    ContractType.PERMANENT: "Vast contract",
    ContractType.FIXED_TERM: "Bepaalde tijd",
    ContractType.TEMPORARY_AGENCY: "Uitzendwerk",
    ContractType.ON_CALL: "Oproepcontract",
    ContractType.APPRENTICESHIP: "Leerwerkbaan",
    ContractType.SELF_EMPLOYED: "Zelfstandige (zzp)",
}
CONTRACT_LABELS_EN = {
    ContractType.PERMANENT: "Permanent",
    ContractType.FIXED_TERM: "Fixed term",
    ContractType.TEMPORARY_AGENCY: "Temporary agency",
    ContractType.ON_CALL: "On call",
    ContractType.APPRENTICESHIP: "Apprenticeship",
    ContractType.SELF_EMPLOYED: "Self-employed",
}
CONTRACT = Dimension(
    "contractvorm",
    "Contractvorm",
    "Contract type",
    tuple(Category(c.value, CONTRACT_LABELS_NL[c], CONTRACT_LABELS_EN[c]) for c in ContractType),
    stable=False,
)


def focus_group_dimension(code: str, name_nl: str, name_en: str, year: int) -> Dimension:
    """One focus group of one year as its own yes/no split (never overlapping categories)."""
    return Dimension(
        f"doelgroep_{code}",
        f"Focusdoelgroep {year}: {name_nl}",
        f"Focus group {year}: {name_en}",
        (Category(YES, "Ja", "Yes"), Category(NO, "Nee", "No")),
        stable=True,
        short=name_nl,
    )


@dataclass(frozen=True)
class Indicator:
    code: str
    nl: str
    en: str
    unit_nl: str
    unit_en: str
    kind: Kind
    population: Population
    own: Dimension | None = None
    """A dimension the indicator always carries (exit reason, contract type)."""
    short_nl: str = ""

    @property
    def own_codes(self) -> tuple[str, ...]:
        return self.own.codes if self.own is not None else ("",)


IN_GUIDANCE = Indicator(
    "in_begeleiding",
    "Personen in begeleiding",
    "Persons in guidance",
    "personen",
    "persons",
    Kind.DISTINCT,
    Population.PERSONS,
    short_nl="In begeleiding",
)
INFLOW = Indicator(
    "instroom",
    "Instroom: routes gestart",
    "Inflow: routes opened",
    "routes",
    "routes",
    Kind.EVENT,
    Population.PERSONS,
    short_nl="Instroom",
)
OUTFLOW = Indicator(
    "uitstroom",
    "Uitstroom: routes afgesloten",
    "Outflow: routes closed",
    "routes",
    "routes",
    Kind.EVENT,
    Population.PERSONS,
    own=EXIT_REASON,
    short_nl="Uitstroom",
)
TRAINING_STARTED = Indicator(
    "scholing_gestart",
    "Scholingen gestart",
    "Trainings started",
    "scholingen",
    "trainings",
    Kind.EVENT,
    Population.PERSONS,
    short_nl="Gestart",
)
TRAINING_CREDENTIAL = Indicator(
    "scholing_behaald",
    "Scholingen afgerond met diploma of certificaat",
    "Trainings completed with a credential",
    "scholingen",
    "trainings",
    Kind.EVENT,
    Population.PERSONS,
    short_nl="Behaald",
)
TRAINING_STOPPED = Indicator(
    "scholing_gestopt",
    "Scholingen voortijdig gestopt",
    "Trainings stopped early",
    "scholingen",
    "trainings",
    Kind.EVENT,
    Population.PERSONS,
    short_nl="Gestopt",
)
IN_TRAINING = Indicator(
    "in_scholing",
    "Personen in scholing",
    "Persons in training",
    "personen",
    "persons",
    Kind.DISTINCT,
    Population.PERSONS,
    short_nl="In scholing",
)
PLACEMENTS = Indicator(
    "plaatsingen",
    "Plaatsingen gestart",
    "Placements started",
    "plaatsingen",
    "placements",
    Kind.EVENT,
    Population.PERSONS,
    own=CONTRACT,
    short_nl="Plaatsingen",
)
PLACEMENTS_JOB_AGREEMENT = Indicator(
    "plaatsingen_banenafspraak",
    "Plaatsingen in het kader van de banenafspraak",
    "Placements under the job agreement",
    "plaatsingen",
    "placements",
    Kind.EVENT,
    Population.PERSONS,
    short_nl="Banenafspraak",
)
SUSTAINED = Indicator(
    "duurzaam_6m",
    "Duurzaam: na 6 maanden nog aan het werk",
    "Sustained: still working after 6 months",
    "plaatsingen",
    "placements",
    Kind.EVENT,
    Population.PERSONS,
    short_nl="Duurzaam (6 mnd)",
)
EMPLOYERS_SERVED = Indicator(
    "werkgevers_bediend",
    "Werkgevers bediend",
    "Employers served",
    "werkgevers",
    "employers",
    Kind.DISTINCT,
    Population.EMPLOYERS,
    short_nl="Werkgevers",
)
VACANCIES_OPENED = Indicator(
    "vacatures_geopend",
    "Vacatures aangemeld",
    "Vacancies opened",
    "vacatures",
    "vacancies",
    Kind.EVENT,
    Population.EMPLOYERS,
    short_nl="Vacatures aangemeld",
)
VACANCIES_FILLED = Indicator(
    "vacatures_vervuld",
    "Vacatures vervuld",
    "Vacancies filled",
    "vacatures",
    "vacancies",
    Kind.EVENT,
    Population.EMPLOYERS,
    short_nl="Vacatures vervuld",
)

INDICATORS: tuple[Indicator, ...] = (
    IN_GUIDANCE,
    INFLOW,
    OUTFLOW,
    TRAINING_STARTED,
    TRAINING_CREDENTIAL,
    TRAINING_STOPPED,
    IN_TRAINING,
    PLACEMENTS,
    PLACEMENTS_JOB_AGREEMENT,
    SUSTAINED,
    EMPLOYERS_SERVED,
    VACANCIES_OPENED,
    VACANCIES_FILLED,
)
BY_CODE: dict[str, Indicator] = {i.code: i for i in INDICATORS}


@dataclass(frozen=True)
class Theme:
    """A family of tables: the same columns, one table per breakdown dimension.

    Either ``indicators`` are the columns (a column dimension without a total, since
    different indicators do not add up), or ``own_of`` names one indicator whose own
    dimension (exit reason, contract type) gives the columns, with a total column.
    """

    code: str
    nl: str
    en: str
    population: Population
    indicators: tuple[Indicator, ...] = ()
    own_of: Indicator | None = None

    @property
    def column_dimension(self) -> str:
        if self.own_of is None:
            return "indicator"
        own = self.own_of.own
        assert own is not None, "own_of names an indicator with an own dimension"
        return own.code


THEMES: tuple[Theme, ...] = (
    Theme(
        "begeleiding",
        "Begeleiding",
        "Guidance",
        Population.PERSONS,
        (IN_GUIDANCE, INFLOW, OUTFLOW),
    ),
    Theme(
        "uitstroom", "Uitstroom naar reden", "Outflow by reason", Population.PERSONS, (), OUTFLOW
    ),
    Theme(
        "scholing",
        "Scholing",
        "Training",
        Population.PERSONS,
        (TRAINING_STARTED, TRAINING_CREDENTIAL, TRAINING_STOPPED, IN_TRAINING),
    ),
    Theme(
        "plaatsingen",
        "Plaatsingen en duurzaamheid",
        "Placements and sustainability",
        Population.PERSONS,
        (PLACEMENTS, PLACEMENTS_JOB_AGREEMENT, SUSTAINED),
    ),
    Theme(
        "contractvorm",
        "Plaatsingen naar contractvorm",
        "Placements by contract type",
        Population.PERSONS,
        (),
        PLACEMENTS,
    ),
    Theme(
        "werkgevers",
        "Werkgevers en vacatures",
        "Employers and vacancies",
        Population.EMPLOYERS,
        (EMPLOYERS_SERVED, VACANCIES_OPENED, VACANCIES_FILLED),
    ),
)

KEY_FIGURES: tuple[Indicator, ...] = INDICATORS

DEFINITIONS: dict[str, tuple[str, str]] = {
    "in_begeleiding": (
        "Personen met een open route op ten minste één dag van de periode: intake op of vóór "
        "de laatste dag, niet afgesloten vóór de eerste dag. Elke persoon telt één keer, in de "
        "sector van de route die het laatst begon. Jaar tot en met de maand: elke persoon één "
        "keer, ingedeeld zoals in de eerste maand van het jaar waarin hij of zij begeleid werd.",
        "Persons with an open route on at least one day of the period: intake on or before "
        "its last day, not closed before its first day. Each person counts once, in the sector "
        "of the route that started last. Year to date: each person once, classified as in the "
        "first month of the year in which they were guided.",
    ),
    "instroom": (
        "Routes met een intakedatum in de periode; wie er twee start, telt twee keer.",
        "Routes with an intake date in the period; someone who starts two counts twice.",
    ),
    "uitstroom": (
        "Routes met een afsluitdatum in de periode, naar reden van afsluiten (zonder reden: "
        "anders). Een heropende route telt niet meer als uitstroom; sluit hij opnieuw, dan telt "
        "hij in de maand van de nieuwe afsluitdatum.",
        "Routes with a closing date in the period, by exit reason (none recorded: other). A "
        "reopened route no longer counts as outflow; when it closes again it counts in the "
        "month of the new closing date.",
    ),
    "scholing_gestart": (
        "Scholingen met een werkelijke startdatum in de periode.",
        "Trainings with an actual start date in the period.",
    ),
    "scholing_behaald": (
        "Scholingen met resultaat behaald, een vastgelegd diploma of certificaat en een "
        "werkelijke einddatum in de periode.",
        "Trainings with result achieved, a recorded credential and an actual end date in the "
        "period.",
    ),
    "scholing_gestopt": (
        "Scholingen met resultaat gestopt en een werkelijke einddatum in de periode.",
        "Trainings with result stopped and an actual end date in the period.",
    ),
    "in_scholing": (
        "Personen met een scholing die op ten minste één dag van de periode liep (begonnen op of "
        "vóór de laatste dag, niet geëindigd vóór de eerste); één keer per persoon, in de sector "
        "van de laatst begonnen scholing. Jaar tot en met de maand: als bij personen in "
        "begeleiding.",
        "Persons with a training running on at least one day of the period (started on or "
        "before its last day, not ended before its first); once per person, in the sector of "
        "the training that started last. Year to date: as for persons in guidance.",
    ),
    "plaatsingen": (
        "Plaatsingen met een startdatum in de periode, naar contractvorm; sector van de "
        "plaatsing, anders van de route.",
        "Placements with a start date in the period, by contract type; sector of the "
        "placement, else of the route.",
    ),
    "plaatsingen_banenafspraak": (
        "Plaatsingen met een startdatum in de periode die als banenafspraakbaan zijn vastgelegd.",
        "Placements with a start date in the period recorded as job-agreement jobs.",
    ),
    "duurzaam_6m": (
        "Plaatsingen waarvan de nazorgcontrole na 6 maanden in de periode valt en vastlegt dat "
        "de persoon er nog werkt. Een controle die later wordt ingevoerd, telt met "
        "terugwerkende kracht in de maand van de controledatum.",
        "Placements whose 6-month follow-up falls in the period and records that the person "
        "still works there. A check entered later counts retroactively in the month it was "
        "due.",
    ),
    "werkgevers_bediend": (
        "Werkgevers met in de periode een gestarte plaatsing of een aangemelde vacature; één "
        "keer per werkgever, naar sector en gemeente van de werkgever.",
        "Employers with a placement started or a vacancy opened in the period; once per "
        "employer, by the employer's sector and municipality.",
    ),
    "vacatures_geopend": (
        "Vacatures met een aanmelddatum in de periode; sector en gemeente van de vacature, "
        "anders van de werkgever.",
        "Vacancies opened in the period; the vacancy's sector and municipality, else the "
        "employer's.",
    ),
    "vacatures_vervuld": (
        "Vacatures met status vervuld en een sluitdatum in de periode.",
        "Vacancies with status filled and a closing date in the period.",
    ),
}


@dataclass(frozen=True)
class FocusGroup:
    """A focus group of the reporting year, as the store defines it."""

    id: int
    code: str
    nl: str
    en: str


@dataclass(frozen=True)
class Breakdowns:
    """The dimensions a year's tables are split by, in the order of their tables."""

    year: int
    groups: tuple[FocusGroup, ...] = ()
    person_dims: tuple[Dimension, ...] = field(init=False)
    employer_dims: tuple[Dimension, ...] = field(init=False)

    def __post_init__(self) -> None:
        group_dims = tuple(
            focus_group_dimension(g.code, g.nl, g.en, self.year) for g in self.groups
        )
        object.__setattr__(self, "person_dims", (SECTOR, MUNICIPALITY, AGE, *group_dims))
        object.__setattr__(self, "employer_dims", (SECTOR, MUNICIPALITY))

    def dims_for(self, population: Population) -> tuple[Dimension, ...]:
        return self.person_dims if population is Population.PERSONS else self.employer_dims

    def dim(self, code: str) -> Dimension:
        for d in (*self.person_dims, EXIT_REASON, CONTRACT):
            if d.code == code:
                return d
        raise KeyError(code)
