"""Synthetic demo data: a whole region's caseload, made up but shaped like the real thing.

``generate_demo`` fills a freshly created store with users, projects of the
uitvoeringsplan, employers with vacancies, and clients with five years of routes
(guidance, trainings, placements with their follow-ups, contacts and tasks), all
dated before the pinned ``today`` except what is planned. The same seed, client count
and ``today`` always give the same rows, so a demo, a benchmark or a screenshot can be
reproduced exactly.

Speed matters because demos and benchmarks ask for tens of thousands of clients: rows
are built as plain dicts with precomputed pools of names (Faker is slow per call) and
written with SQLAlchemy Core executemany in one transaction, with primary keys assigned
here instead of by the ORM's unit of work.
"""

from __future__ import annotations

import functools
import operator
import random
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker
from faker.providers.company.nl_NL import Provider as _FakerCompanies
from sqlalchemy import Boolean, Date, DateTime, Dialect, Table, func, insert, select, text, update
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.dates import add_months, age_on
from zkijdesk.domain.enums import (
    FOLLOW_UP_MONTHS,
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
from zkijdesk.domain.errors import StateError
from zkijdesk.domain.matching import CandidacyStage, ContactKind, NotPlacedReason
from zkijdesk.domain.names import fold, search_key
from zkijdesk.storage.store import Store

__all__ = ["DemoSummary", "generate_demo"]

Progress = Callable[[int, int], None]

#: Clients generated and written per batch; also how often ``progress`` is called.
CHUNK_CLIENTS = 2000
#: Five years of history before ``today``.
HISTORY_MONTHS = 60
#: Skills per sector that most vacancies ask for and most profiles hold, and how often
#: a draw comes from that core rather than the whole curated list.
CORE_SKILLS = 10
CORE_SHARE = 0.8


@dataclass(frozen=True)
class DemoSummary:
    """How many rows ``generate_demo`` wrote, per table."""

    clients: int
    routes: int
    trainings: int
    placements: int
    follow_ups: int
    activities: int
    tasks: int
    employers: int
    vacancies: int
    users: int
    projects: int
    guidances: int = 0
    client_skills: int = 0
    client_target_groups: int = 0
    vacancy_skills: int = 0
    employer_contacts: int = 0
    contact_logs: int = 0
    candidacies: int = 0
    work_preferences: int = 0

    @property
    def total_rows(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


# --------------------------------------------------------------------------------------
# Distributions. Numbers are plausible for the region, not measured: see CONTEXT.md.
# --------------------------------------------------------------------------------------

#: Population of the seven municipalities (CBS, 2023, rounded): Haarlem is about 40%.
MUNICIPALITY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("GM0392", 162_900),  # Haarlem
    ("GM0453", 69_000),  # Velsen
    ("GM0375", 42_000),  # Beverwijk
    ("GM0396", 39_500),  # Heemskerk
    ("GM0397", 27_700),  # Heemstede
    ("GM0377", 24_200),  # Bloemendaal
    ("GM0473", 17_200),  # Zandvoort
)
OUTSIDE_REGION = "BUITEN"
OUTSIDE_SHARE = 0.05

#: Four-digit postcode ranges per municipality (inclusive).
POSTCODE_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "GM0392": ((2011, 2037),),
    "GM0397": ((2101, 2106),),
    "GM0377": ((2051, 2061), (2111, 2121)),
    "GM0473": ((2041, 2042),),
    "GM0453": ((1951, 1951), (1971, 1976), (1985, 1991), (2071, 2082)),
    "GM0375": ((1941, 1948),),
    "GM0396": ((1961, 1969),),
    # Amsterdam, Zaanstad, Alkmaar, Haarlemmermeer, Leiden, Utrecht, Rotterdam.
    OUTSIDE_REGION: (
        (1011, 1109),
        (1501, 1567),
        (1811, 1834),
        (2131, 2159),
        (2311, 2334),
        (3511, 3585),
        (3011, 3089),
    ),
}
_POSTCODE_LETTERS: tuple[str, ...] = tuple(
    a + b
    for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if a + b not in ("SA", "SD", "SS")
)

#: The job mix: 41% of the region's jobs are in the three focus sectors.
SECTOR_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("ZW", 18),
    ("OND", 7),
    ("TECH_PROD", 8),
    ("TECH_ICT", 5),
    ("TECH_CIRC", 3),
    ("OV_HANDEL", 17),
    ("OV_LOGISTIEK", 9),
    ("OV_HORECA", 10),
    ("OV_ZAKELIJK", 15),
    ("OV_OVERHEID", 5),
    ("OVERIG", 3),
)
#: Coaches steer routes towards the focus sectors: with this chance a route of a client
#: oriented elsewhere gets a focus sector, which brings routes to about 55% focus.
FOCUS_PUSH = 0.24

INTAKE_STATUS_WEIGHTS = (
    (IntakeStatus.EMPLOYED, 30),
    (IntakeStatus.JOBSEEKER_WW, 18),
    (IntakeStatus.JOBSEEKER_BIJSTAND, 25),
    (IntakeStatus.JOBSEEKER_WIA_WAJONG, 7),
    (IntakeStatus.JOBSEEKER_NO_BENEFIT, 20),
)

#: Age at first intake: young people and people over 50 are both well represented.
AGE_BANDS = (((17, 26), 30), ((27, 39), 22), ((40, 49), 16), ((50, 59), 22), ((60, 66), 10))
MAX_AGE_AT_INTAKE = 67

ROUTE_COUNT_WEIGHTS = ((1, 74), (2, 21), (3, 5))
LAST_ROUTE_OPEN = 0.44

EXIT_WEIGHTS = (
    (ExitReason.WORK, 40),
    (ExitReason.TRAINING, 10),
    (ExitReason.HELPED_ELSEWHERE, 12),
    (ExitReason.MOVED, 6),
    (ExitReason.STOPPED, 12),
    (ExitReason.NO_CONTACT, 14),
    (ExitReason.OTHER, 6),
)
REFERRAL_WEIGHTS = (
    (ReferralSource.SELF, 25),
    (ReferralSource.UWV, 20),
    (ReferralSource.MUNICIPALITY, 25),
    (ReferralSource.EMPLOYER, 9),
    (ReferralSource.SCHOOL, 9),
    (ReferralSource.SOCIAL_TEAM, 8),
    (ReferralSource.OTHER, 4),
)
GUIDANCE_WEIGHTS = (
    (GuidanceKind.CAREER_ADVICE, 45),
    (GuidanceKind.APPLICATION_TRAINING, 20),
    (GuidanceKind.JOB_COACHING, 15),
    (GuidanceKind.WORKPLACE_LEARNING, 12),
    (GuidanceKind.OTHER, 8),
)
CONTRACT_WEIGHTS = (
    (ContractType.PERMANENT, 15),
    (ContractType.FIXED_TERM, 40),
    (ContractType.TEMPORARY_AGENCY, 20),
    (ContractType.ON_CALL, 8),
    (ContractType.APPRENTICESHIP, 12),
    (ContractType.SELF_EMPLOYED, 5),
)
HOURS_WEIGHTS = ((8, 3), (12, 5), (16, 9), (20, 12), (24, 15), (28, 10), (32, 18), (36, 16))
HOURS_WEIGHTS += ((38, 6), (40, 6))
SIZE_WEIGHTS = (
    (EmployerSize.MICRO, 40),
    (EmployerSize.SMALL, 35),
    (EmployerSize.MEDIUM, 18),
    (EmployerSize.LARGE, 7),
)
ACTIVITY_WEIGHTS = (
    (ActivityKind.MEETING, 35),
    (ActivityKind.PHONE, 25),
    (ActivityKind.EMAIL, 20),
    (ActivityKind.VIDEO, 8),
    (ActivityKind.EMPLOYER_VISIT, 4),
    (ActivityKind.NOTE, 8),
)
ACTIVITY_MINUTES = {
    ActivityKind.MEETING: (30, 90),
    ActivityKind.PHONE: (5, 30),
    ActivityKind.EMAIL: (5, 15),
    ActivityKind.VIDEO: (30, 60),
    ActivityKind.EMPLOYER_VISIT: (45, 120),
    ActivityKind.NOTE: (0, 10),
}
ACTIVITY_NOTES = {
    ActivityKind.MEETING: (
        "Voortgangsgesprek: cv bijgewerkt en doelen opnieuw vastgesteld.",
        "Gesprek over scholingsmogelijkheden in een focussector.",
        "Loopbaangesprek: interesses en vaardigheden in kaart gebracht.",
        "Drempels besproken (kinderopvang, vervoer, werktijden).",
        "Sollicitatiebrief samen doorgenomen.",
        "Vacatures bekeken die passen bij de vaardigheden van de cliënt.",
        "Oefengesprek gedaan; feedback op presentatie gegeven.",
    ),
    ActivityKind.PHONE: (
        "Telefonisch contact: afspraak verzet naar volgende week.",
        "Gebeld over een vacature; cliënt wil solliciteren.",
        "Niet bereikt, voicemail ingesproken.",
        "Teruggebeld over de uitslag van een sollicitatie.",
        "Kort telefonisch overleg over de voortgang.",
    ),
    ActivityKind.EMAIL: (
        "Vacatures per e-mail toegestuurd.",
        "Cv en motivatiebrief ontvangen.",
        "Bevestiging van de afspraak gemaild.",
        "Informatie over een opleiding doorgestuurd.",
    ),
    ActivityKind.VIDEO: (
        "Videogesprek: voortgang besproken.",
        "Online oefensollicitatie gedaan.",
    ),
    ActivityKind.EMPLOYER_VISIT: (
        "Kennismaking met werkgever; werkplek bekeken.",
        "Driegesprek met werkgever en cliënt over een proefplaatsing.",
        "Evaluatie op de werkplek.",
    ),
    ActivityKind.NOTE: (
        "Cliënt heeft een afspraak bij het UWV.",
        "Dossier bijgewerkt na overleg met de teamleider.",
        "Toestemming voor gegevensdeling vastgelegd.",
    ),
}
INTAKE_NOTES = (
    "Intakegesprek gevoerd; wensen en mogelijkheden besproken.",
    "Intake: werkervaring, opleiding en vaardigheden doorgenomen.",
    "Intakegesprek; afspraken over contactmomenten gemaakt.",
)
CLOSING_NOTES = {
    ExitReason.WORK: "Route afgesloten: cliënt is aan het werk; nazorg gepland.",
    ExitReason.TRAINING: "Route afgesloten: cliënt volgt een opleiding.",
    ExitReason.HELPED_ELSEWHERE: "Route afgesloten: cliënt wordt elders geholpen.",
    ExitReason.MOVED: "Route afgesloten: cliënt is verhuisd.",
    ExitReason.STOPPED: "Route afgesloten op verzoek van de cliënt.",
    ExitReason.NO_CONTACT: "Route afgesloten: geen contact meer na herhaalde pogingen.",
    ExitReason.OTHER: "Route afgesloten.",
}
#: The WSP side: who an accountmanager talks to at an employer, what about, and how
#: many hours people say they want (a range; part-timers often want more).
CONTACT_TITLES = (
    "HR-adviseur",
    "Recruiter",
    "Teamleider",
    "Bedrijfsleider",
    "Eigenaar",
    "Locatiemanager",
    "P&O-medewerker",
)
CONTACT_WEIGHTS = (
    (ContactKind.VISIT, 30),
    (ContactKind.PHONE, 35),
    (ContactKind.EMAIL, 20),
    (ContactKind.AGREEMENT, 10),
    (ContactKind.OTHER, 5),
)
CONTACT_SUMMARIES = {
    ContactKind.VISIT: (
        "Kennismakingsbezoek; rondleiding over de werkvloer.",
        "Bezoek: besproken welke functies zij-instromers kunnen vervullen.",
        "Werkplekbezoek met de jobcoach; inwerkplan doorgenomen.",
    ),
    ContactKind.PHONE: (
        "Gebeld over de openstaande vacature; profiel aangescherpt.",
        "Telefonisch: voortgang van de geplaatste kandidaat besproken.",
        "Gebeld over mogelijkheden voor een leerwerkbaan.",
    ),
    ContactKind.EMAIL: (
        "Vacaturetekst en functie-eisen per e-mail ontvangen.",
        "Informatie over loonkostensubsidie gemaild.",
    ),
    ContactKind.AGREEMENT: (
        "Afspraak: twee kandidaten voordragen voor de volgende selectieronde.",
        "Afspraak: plek voor een banenafspraakbaan in het komende kwartaal.",
    ),
    ContactKind.OTHER: ("Ontmoet op de regionale banenmarkt.",),
}
HOURS_WISHES = ((16, 24), (20, 32), (24, 32), (24, 36), (32, 40), (8, 16), (12, 20), (36, 40))
#: Share of clients with an open route whose hours wish is on file.
HOURS_WISH_SHARE = 0.55

TASK_TITLES = (
    "Cv nabespreken",
    "Terugbellen over vacature",
    "Aanmelding scholing controleren",
    "Voortgangsgesprek inplannen",
    "Werkgever benaderen voor proefplaatsing",
    "Toestemmingsformulier laten ondertekenen",
    "Intakeverslag afronden",
    "Reiskostenvergoeding aanvragen",
    "Uitslag sollicitatie navragen",
    "Loonkostensubsidie aanvragen bij de gemeente",
)
FOLLOW_UP_TITLE = "Nazorg plaatsing: werkt de cliënt er na {months} maanden nog?"

#: Name, pillar, funding source, partners, expected results. The first runs throughout.
PROJECTS: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "Leerwerkloket Zuid-Kennemerland & IJmond",
        "Onderwijs & opleiding",
        "Gemeente",
        "Nova College, UWV, gemeenten ZKIJ",
        "Advies over leren en werken voor 1.500 inwoners per jaar",
    ),
    (
        "Zorgtalent Kennemerland: zij-instroom in zorg en welzijn",
        "Focussectoren",
        "ESF+",
        "Zorgaanbieders in de regio, Nova College, UWV",
        "200 zij-instromers in de zorg, 70% na een jaar nog aan het werk",
    ),
    (
        "Techniek Werkt IJmond",
        "Focussectoren",
        "Regio Deal",
        "Technische werkgevers IJmond, Techniek College, gemeenten",
        "150 plaatsingen in de techniek",
    ),
    (
        "Jongeren aan de slag",
        "Inclusiviteit",
        "Gemeente",
        "Gemeenten, Jongerenloket, scholen",
        "300 jongeren zonder startkwalificatie naar werk of school",
    ),
    (
        "50+ Werkt in de regio",
        "Inclusiviteit",
        "UWV",
        "UWV, uitzendbureaus, werkgevers",
        "250 werkzoekenden van 50 jaar en ouder naar duurzaam werk",
    ),
    (
        "Statushouders naar werk: taal en werk",
        "Inclusiviteit",
        "Gemeente",
        "Gemeenten, VluchtelingenWerk, taalaanbieders",
        "120 statushouders aan het werk met een taaltraject ernaast",
    ),
    (
        "Van Werk naar Werk: crisisdienstverlening",
        "Route van/naar werk",
        "REACT-EU",
        "UWV, vakbonden, werkgeversorganisaties",
        "Begeleiding van 500 werkenden die hun baan dreigen te verliezen",
    ),
    (
        "Skills-paspoort ZKIJ",
        "Innovatieve projecten",
        "Regio Deal",
        "Werkgevers, scholen, RMT",
        "Vaardigheden zichtbaar maken voor 1.000 werkzoekenden",
    ),
    (
        "Meer uren voor deeltijders",
        "Route van/naar werk",
        "ESF+",
        "Zorg- en onderwijswerkgevers, gemeenten",
        "400 deeltijders werken gemiddeld 4 uur per week meer",
    ),
    (
        "Leraar van de toekomst: zij-instroom onderwijs",
        "Focussectoren",
        "ESF+",
        "Schoolbesturen, pabo Inholland",
        "60 zij-instromers voor de klas",
    ),
    (
        "Praktijkverklaring in techniek en zorg",
        "Onderwijs & opleiding",
        "UWV",
        "Nova College, leerbedrijven",
        "300 praktijkverklaringen",
    ),
    (
        "Banenafspraak: inclusieve werkgevers",
        "Inclusiviteit",
        "UWV",
        "WSP, werkgevers, sociale ontwikkelbedrijven",
        "100 banenafspraakbanen",
    ),
)
PROJECT_SHARE = 0.40

#: Title, kind, credential when achieved (None: no certificate).
TrainingTemplate = tuple[str, TrainingKind, str | None]
TRAININGS: dict[str, tuple[TrainingTemplate, ...]] = {
    "ZW": (
        (
            "Helpende Zorg & Welzijn niveau 2 (bbl)",
            TrainingKind.BBL,
            "Diploma Helpende Zorg & Welzijn",
        ),
        ("Verzorgende-IG", TrainingKind.MBO_CERTIFICATE, "Mbo-certificaat Verzorgende-IG"),
        ("Omgaan met dementie", TrainingKind.SKILLS_COURSE, None),
        (
            "Medicatie aanreiken en registreren",
            TrainingKind.MODULAR_COURSE,
            "Certificaat Medicatie",
        ),
        (
            "Pedagogisch medewerker kinderopvang",
            TrainingKind.DIPLOMA,
            "Diploma Pedagogisch medewerker",
        ),
    ),
    "OND": (
        ("Onderwijsassistent (verkort)", TrainingKind.DIPLOMA, "Diploma Onderwijsassistent"),
        (
            "Zij-instroom leraar basisonderwijs",
            TrainingKind.OTHER,
            "Bekwaamheidsverklaring zij-instroom",
        ),
        ("Klassenmanagement voor instromers", TrainingKind.SKILLS_COURSE, None),
    ),
    "TECH_PROD": (
        ("VCA-basis", TrainingKind.SKILLS_COURSE, "VCA-basis"),
        ("Lassen MIG/MAG", TrainingKind.MODULAR_COURSE, "Lascertificaat MIG/MAG"),
        ("NEN 3140 vakbekwaam persoon", TrainingKind.MODULAR_COURSE, "NEN 3140 VP"),
        (
            "Eerste monteur elektrotechniek (bbl)",
            TrainingKind.BBL,
            "Mbo-diploma Eerste monteur",
        ),
        ("CNC-verspanen", TrainingKind.MBO_CERTIFICATE, "Mbo-certificaat CNC"),
    ),
    "TECH_CIRC": (
        ("Zonnepanelen installeren", TrainingKind.MODULAR_COURSE, "Certificaat PV-installateur"),
        ("Monteur warmtepompen", TrainingKind.MBO_CERTIFICATE, "Mbo-certificaat Warmtepompen"),
        ("Circulair werken in de bouw", TrainingKind.SKILLS_COURSE, None),
    ),
    "TECH_ICT": (
        ("Medewerker ICT-servicedesk", TrainingKind.MBO_CERTIFICATE, "Mbo-certificaat ICT"),
        ("Programmeren: de basis", TrainingKind.SKILLS_COURSE, None),
        ("Data-analyse met spreadsheets", TrainingKind.MODULAR_COURSE, "Certificaat Data"),
    ),
    "": (
        ("Nederlands op B1-niveau", TrainingKind.SKILLS_COURSE, "Staatsexamen NT2 I"),
        ("Digitale basisvaardigheden", TrainingKind.SKILLS_COURSE, None),
        ("Heftruckcertificaat", TrainingKind.SKILLS_COURSE, "Heftruckcertificaat"),
        ("Klantcontact en gastvrijheid", TrainingKind.MODULAR_COURSE, None),
        ("Logistiek medewerker (bbl)", TrainingKind.BBL, "Mbo-diploma Logistiek medewerker"),
        (
            "Administratief medewerker",
            TrainingKind.MBO_CERTIFICATE,
            "Mbo-certificaat Administratie",
        ),
        ("Rijbewijs B", TrainingKind.OTHER, "Rijbewijs B"),
    ),
}
TRAINING_DAYS = {
    TrainingKind.SKILLS_COURSE: (7, 60),
    TrainingKind.MODULAR_COURSE: (30, 180),
    TrainingKind.MBO_CERTIFICATE: (90, 365),
    TrainingKind.BBL: (300, 730),
    TrainingKind.DIPLOMA: (300, 730),
    TrainingKind.OTHER: (14, 365),
}
PROVIDERS: dict[str, tuple[str, ...]] = {
    "ZW": ("Nova College", "Zorgacademie Kennemerland", "Leerwerkloket ZKIJ"),
    "OND": ("Hogeschool Inholland", "Nova College", "Opleidingsschool Kennemerland"),
    "TECH": ("Techniek College IJmond", "Nova College", "Opleidingsbedrijf Techniek"),
    "": ("Nova College", "Taalhuis Haarlem", "Leerwerkloket ZKIJ", "Opleidingscentrum Velsen"),
}

OCCUPATIONS: dict[str, tuple[str, ...]] = {
    "ZW": (
        "Verzorgende IG",
        "Helpende zorg en welzijn",
        "Begeleider gehandicaptenzorg",
        "Medewerker thuiszorg",
        "Pedagogisch medewerker kinderopvang",
        "Verpleegkundige",
    ),
    "OND": (
        "Onderwijsassistent",
        "Leraar basisonderwijs (zij-instroom)",
        "Docent techniek",
        "Conciërge",
        "Leraarondersteuner",
    ),
    "TECH_PROD": (
        "Onderhoudsmonteur",
        "Lasser",
        "CNC-operator",
        "Elektromonteur",
        "Procesoperator",
    ),
    "TECH_CIRC": ("Monteur zonnepanelen", "Installateur warmtepompen", "Medewerker recycling"),
    "TECH_ICT": ("Servicedeskmedewerker", "Junior developer", "Netwerkbeheerder", "Data-analist"),
    "OV_HANDEL": ("Verkoopmedewerker", "Kassamedewerker", "Vakkenvuller"),
    "OV_LOGISTIEK": ("Orderpicker", "Magazijnmedewerker", "Chauffeur C", "Heftruckchauffeur"),
    "OV_HORECA": ("Medewerker bediening", "Zelfstandig werkend kok", "Receptionist hotel"),
    "OV_ZAKELIJK": ("Administratief medewerker", "Klantenservicemedewerker", "Schoonmaker"),
    "OV_OVERHEID": ("Medewerker publiekszaken", "Handhaver", "Medewerker groenvoorziening"),
    "": ("Productiemedewerker", "Medewerker algemene dienst"),
}
#: Sector-flavoured employer names; {s} = a surname, {p} = a place, {n} = a noun.
EMPLOYER_PATTERNS: dict[str, tuple[str, ...]] = {
    "ZW": ("Zorggroep {p}", "Thuiszorg {s}", "Woonzorgcentrum De {n}", "Kinderopvang De {n}"),
    "OND": ("Basisschool De {n}", "Scholengroep {p}", "Kindcentrum De {n}"),
    "TECH_PROD": ("Installatiebedrijf {s}", "{s} Techniek", "Metaalbewerking {p}"),
    "TECH_CIRC": ("{s} Duurzaam", "Zon op {p}", "Recycling {p}"),
    "TECH_ICT": ("{s} IT", "Digitaal Bureau {p}", "{s} Software"),
    "OV_HANDEL": ("Supermarkt {s}", "Bakkerij {s}", "{s} Mode"),
    "OV_LOGISTIEK": ("Transportbedrijf {s}", "Distributiecentrum {p}"),
    "OV_HORECA": ("Strandpaviljoen De {n}", "Hotel-Restaurant De {n}", "Eetcafé {s}"),
    "OV_ZAKELIJK": ("{s} Administratie", "Schoonmaakbedrijf {s}", "Adviesbureau {s}"),
    "OV_OVERHEID": ("Gemeentelijke dienst {p}", "Omgevingsdienst {p}"),
    "": ("{s} & Zonen", "Bedrijf {s}"),
}
PLACES = (
    "Haarlem",
    "IJmuiden",
    "Velsen-Noord",
    "Santpoort",
    "Driehuis",
    "Beverwijk",
    "Wijk aan Zee",
    "Heemskerk",
    "Heemstede",
    "Bloemendaal",
    "Overveen",
    "Aerdenhout",
    "Bennebroek",
    "Vogelenzang",
    "Zandvoort",
    "Kennemerland",
    "IJmond",
)
NOUNS = (
    "Linde",
    "Eik",
    "Duinroos",
    "Branding",
    "Spaarne",
    "Hoeksteen",
    "Regenboog",
    "Vuurtoren",
    "Meeuw",
    "Helmgras",
    "Zeereep",
    "Kiem",
    "Wilg",
    "Duinpan",
    "Kompas",
)
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")
#: Names for status holders (Syrian, Eritrean, Afghan), which nl_NL Faker rarely gives.
STATUS_FIRST_NAMES = (
    "Mohammed",
    "Ahmad",
    "Fatima",
    "Yonas",
    "Senait",
    "Omar",
    "Rahaf",
    "Hamid",
    "Aziz",
    "Zahra",
    "Tesfay",
    "Merhawi",
    "Lina",
    "Hiba",
    "Yasin",
    "Nour",
)
STATUS_LAST_NAMES = (
    "Al-Hassan",
    "Haile",
    "Tesfaye",
    "Ahmadi",
    "Rahimi",
    "Mahmoud",
    "Kebede",
    "Ghebremedhin",
    "Haddad",
    "Nasser",
    "Hosseini",
    "Abraha",
)
NAME_PREFIXES = (
    "van der",
    "van den",
    "van de",
    "van 't",
    "in 't",
    "van",
    "de",
    "den",
    "ter",
    "ten",
)
PREFIX_SHARE = 0.25
_DEFAULT_PREFIXES = (("de", 40), ("van", 30), ("van der", 14), ("van den", 10), ("van de", 6))


#: Tables whose integer ids are assigned here rather than by the database.
_ID_TABLES = (
    m.User,
    m.Project,
    m.Employer,
    m.Vacancy,
    m.Client,
    m.ClientSkill,
    m.Route,
    m.Guidance,
    m.Training,
    m.Placement,
    m.PlacementFollowUp,
    m.Activity,
    m.Task,
    m.EmployerContact,
    m.EmployerContactLog,
    m.Candidacy,
)


class _Weighted:
    """Draws from fixed weights with one ``random()`` and a bisect: much cheaper than choices."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum: list[float] = []
        running = 0.0
        for _, weight in pairs:
            running += weight
            self.cum.append(running)
        self.total = running

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


_WORKING_MINUTES = tuple(timedelta(minutes=480 + minute) for minute in range(540))


@functools.lru_cache(maxsize=8192)
def _midnight(ordinal: int) -> datetime:
    return datetime.fromordinal(ordinal)


def _stamp(ordinal: int, salt: int) -> datetime:
    """A working-hours timestamp on a day, derived from an id so output stays deterministic."""
    return _midnight(ordinal) + _WORKING_MINUTES[(salt * 37) % 540]


def _sqlite_datetime(value: datetime) -> str:
    text = value.isoformat(" ")
    return text if value.microsecond else text + ".000000"


def _sqlite_converters(dialect: Dialect) -> list[tuple[type, Callable[[Any], Any] | None]] | None:
    """Fast converters for the driver-level insert on SQLite, or None to use plain Core.

    Strings of enums are already their stored codes and sqlite3 stores booleans as 0/1,
    so those need nothing. Dates and timestamps are formatted with ``isoformat``, but
    only if that gives exactly what SQLAlchemy's own bind processors give; otherwise
    (a future SQLAlchemy storing another format) the Core path is used.
    """
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark":
        return None
    samples = (datetime(2024, 2, 29, 13, 5), datetime(1999, 12, 31, 8, 0, 0, 120))
    stamp = DateTime().dialect_impl(dialect).bind_processor(dialect)
    day = Date().dialect_impl(dialect).bind_processor(dialect)
    flag = Boolean().dialect_impl(dialect).bind_processor(dialect)
    if stamp is None or day is None:
        return None
    for sample in samples:
        if stamp(sample) != _sqlite_datetime(sample):
            return None
        if day(sample.date()) != sample.date().isoformat():
            return None
    if flag is not None and (flag(True), flag(False)) != (1, 0):
        return None
    return [
        (DateTime, _sqlite_datetime),
        (Date, date.isoformat),
        (Boolean, None),
        (SAEnum, None),
    ]


def _bsn(rng: random.Random, used: set[str]) -> str:
    """Nine digits passing the eleven-test, not yet used."""
    while True:
        first = rng.randrange(10_000_000, 100_000_000)
        digits = str(first)
        check = sum((9 - i) * int(d) for i, d in enumerate(digits)) % 11
        if check == 10:
            continue
        number = digits + str(check)
        if number not in used:
            used.add(number)
            return number


def _ascii_word(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


class _Generator:
    def __init__(self, session: Session, *, clients: int, seed: int, today: date) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.converters = _sqlite_converters(self.dialect)
        self.n_clients = clients
        self.rng = random.Random(seed)
        # The WSP records (contacts, proposals, hours wishes) draw from their own stream,
        # so adding them left every other table of a seeded demo exactly as it was.
        self.wsp_rng = random.Random(f"{seed}-wsp")
        self.open_routes: list[tuple[int, int, int, int, int]] = []
        self.faker = Faker("nl_NL")
        self.faker.seed_instance(seed)
        self.today = today
        self.today_n = today.toordinal()
        self.window_n = add_months(today, -HISTORY_MONTHS).toordinal()
        self.counts: dict[str, int] = {f.name: 0 for f in fields(DemoSummary)}
        self._load_reference()
        self._next_ids()
        self._pools()

    # ---------------------------------------------------------------- reference data
    def _load_reference(self) -> None:
        s = self.session
        sectors = s.execute(
            select(m.Sector.id, m.Sector.code, m.Sector.parent_id, m.Sector.is_focus)
        )
        self.sector_by_code: dict[str, int] = {}
        self.sector_parent: dict[int, int | None] = {}
        self.sector_focus: dict[int, bool] = {}
        self.sector_code: dict[int, str] = {}
        for sid, code, parent, focus in sectors:
            self.sector_by_code[code] = sid
            self.sector_parent[sid] = parent
            self.sector_focus[sid] = bool(focus)
            self.sector_code[sid] = code
        pairs = [(self.sector_by_code[c], w) for c, w in SECTOR_WEIGHTS if c in self.sector_by_code]
        if not pairs:
            raise StateError("De opslag mist de sectoren uit de referentiegegevens.")
        self.sector_mix = _Weighted(pairs)
        focus_pairs = [(sid, w) for sid, w in pairs if self.sector_focus[sid]]
        self.focus_mix = _Weighted(focus_pairs) if focus_pairs else self.sector_mix

        municipalities = dict(s.execute(select(m.Municipality.code, m.Municipality.id)).all())
        self.municipality_id: dict[str, int] = municipalities
        inside = [(c, w) for c, w in MUNICIPALITY_WEIGHTS if c in municipalities]
        share_inside = 1.0 - OUTSIDE_SHARE if OUTSIDE_REGION in municipalities else 1.0
        total = sum(w for _, w in inside)
        mix = [(c, share_inside * w / total) for c, w in inside]
        if OUTSIDE_REGION in municipalities:
            mix.append((OUTSIDE_REGION, OUTSIDE_SHARE))
        self.municipality_mix = _Weighted(mix)
        self.postcode_mix = {
            code: _Weighted([(r, r[1] - r[0] + 1) for r in POSTCODE_RANGES[code]])
            for code, _ in mix
        }

        self.groups: dict[int, list[tuple[str, int]]] = {}
        rows = s.execute(
            select(m.FocusTargetGroup.year, m.FocusTargetGroup.code, m.FocusTargetGroup.id)
            .where(m.FocusTargetGroup.active.is_(True))
            .order_by(m.FocusTargetGroup.year, m.FocusTargetGroup.id)
        )
        for year, code, gid in rows:
            self.groups.setdefault(year, []).append((code, gid))

        skills = s.execute(
            select(m.Skill.id, m.Skill.name, m.Skill.sector_id, m.Skill.is_credential)
            .where(m.Skill.active.is_(True))
            .order_by(m.Skill.id)
        ).all()
        self.skill_credential = {sid: bool(cred) for sid, _, _, cred in skills}
        self.skill_is_diploma = {sid: "diploma" in name.lower() for sid, name, _, _ in skills}
        self.general_skills = [sid for sid, _, sector, _ in skills if sector is None]
        self.sector_skills: dict[int, list[int]] = {}
        for sector_id in self.sector_code:
            family = {sector_id, self.sector_parent[sector_id]}
            family |= {c for c, p in self.sector_parent.items() if p == sector_id}
            self.sector_skills[sector_id] = [sid for sid, _, sec, _ in skills if sec in family]
        if not self.general_skills:
            self.general_skills = [sid for sid, _, _, _ in skills]
        # Vacancies and profiles draw mostly from a core of common skills per sector (the
        # starter list comes first by id), so the demo shows meaningful matches even with
        # a few hundred skills in the curated list.
        self.sector_core = {sec: ids[:CORE_SKILLS] for sec, ids in self.sector_skills.items()}
        self.general_core = self.general_skills[:CORE_SKILLS]

    def _next_ids(self) -> None:
        self.ids = {
            model.__tablename__: self.session.scalar(select(func.coalesce(func.max(model.id), 0)))
            for model in _ID_TABLES
        }
        self.bsns_used: set[str] = set(
            self.session.scalars(select(m.Client.bsn).where(m.Client.bsn.is_not(None)))
        )

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    # ---------------------------------------------------------------- name pools
    def _pools(self) -> None:
        fk = self.faker
        self.first_names = [fk.first_name() for _ in range(600)]
        plain: list[str] = []
        prefixed: list[tuple[str, str]] = []
        for _ in range(1500):
            name = fk.last_name()
            if "," in name or not name[:1].isalpha():
                continue
            for prefix in NAME_PREFIXES:
                if name.startswith(prefix + " "):
                    rest = name[len(prefix) + 1 :]
                    if rest[:1].isupper():
                        prefixed.append((prefix, rest))
                    break
            else:
                if name[:1].isupper() and " " not in name:
                    plain.append(name)
        prefix_mix = _Weighted(_DEFAULT_PREFIXES)
        while len(prefixed) < 100:  # a Faker version without prefixed names still gets some
            prefixed.append((prefix_mix.pick(self.rng), self.rng.choice(plain)))
        self.plain_last_names = plain
        self.prefixed_last_names = prefixed
        # Faker mixes in real large firms; a demo should not give them made-up vacancies.
        real = set(getattr(_FakerCompanies, "large_companies", ()))
        companies = [fk.company() for _ in range(300)]
        self.companies = [c for c in companies if c not in real and "," not in c] or plain

    def _name(self, status_holder: bool) -> tuple[str, str | None, str]:
        rng = self.rng
        if status_holder and rng.random() < 0.8:
            return rng.choice(STATUS_FIRST_NAMES), None, rng.choice(STATUS_LAST_NAMES)
        first = rng.choice(self.first_names)
        if rng.random() < PREFIX_SHARE:
            prefix, last = rng.choice(self.prefixed_last_names)
            return first, prefix, last
        return first, None, rng.choice(self.plain_last_names)

    def _postcode(self, municipality_code: str) -> str:
        rng = self.rng
        low, high = self.postcode_mix[municipality_code].pick(rng)
        return f"{rng.randint(low, high)} {rng.choice(_POSTCODE_LETTERS)}"

    # ---------------------------------------------------------------- writing
    def _write(self, table: Table, rows: list[dict]) -> None:
        """Insert rows that all have the same keys, in one executemany.

        On SQLite the Core statement is compiled once and the rows go to the driver as
        tuples, skipping SQLAlchemy's per-row parameter assembly and type processing,
        which cost more than SQLite's own work. Dates and timestamps are written in
        exactly the text form SQLAlchemy would write (checked in ``_sqlite_converters``).
        Elsewhere the plain Core executemany is used.
        """
        if not rows:
            return
        if self.converters is None:
            self.session.execute(insert(table), rows)
            return
        compiled = insert(table).compile(dialect=self.dialect, column_keys=list(rows[0]))
        order = list(compiled.positiontup or ())
        # Columns this generator does not know (added by a later migration) come in with
        # their Python-side default; only plain values can be filled in here.
        fill = {}
        for key in order:
            if key not in rows[0]:
                default = table.c[key].default
                if default is None or not default.is_scalar:
                    self.session.execute(insert(table), rows)
                    return
                fill[key] = default.arg
        if fill:
            for row in rows:
                row.update(fill)
        getter = operator.itemgetter(*order)
        converts = []
        for index, key in enumerate(order):
            converter = self._converter(table.c[key].type)
            if converter is not None:
                converts.append((index, converter))
        if converts:
            params = []
            for row in rows:
                values = list(getter(row))
                for index, converter in converts:
                    value = values[index]
                    if value is not None:
                        values[index] = converter(value)
                params.append(tuple(values))
        else:
            params = [getter(row) for row in rows]
        self.session.connection().exec_driver_sql(compiled.string, params)

    def _converter(self, column_type: Any) -> Callable[[Any], Any] | None:
        """What turns a Python value into the driver value for a column on the fast path."""
        assert self.converters is not None
        for kind, converter in self.converters:
            if isinstance(column_type, kind):
                return converter
        return column_type.dialect_impl(self.dialect).bind_processor(self.dialect)

    # ---------------------------------------------------------------- users, projects
    def users(self) -> None:
        existing = set(self.session.scalars(select(m.User.username)))
        coaches = max(3, round(self.n_clients / 120))
        width = max(2, len(str(coaches)))
        plan = [("admin", Role.ADMIN)]
        plan += [(f"teamlead{i:02d}", Role.TEAMLEAD) for i in (1, 2)]
        plan += [(f"coach{i:0{width}d}", Role.COACH) for i in range(1, coaches + 1)]
        created = _stamp(self.window_n - 30, 0)
        rows = []
        self.coach_ids: list[int] = []
        self.teamlead_ids: list[int] = []
        for username, role in plan:
            name = username
            suffix = 2
            while name in existing:
                name = f"{username}_{suffix}"
                suffix += 1
            existing.add(name)
            first, prefix, last = self._name(False)
            uid = self._id("app_user")
            rows.append(
                {
                    "id": uid,
                    "username": name,
                    "display_name": " ".join(p for p in (first, prefix, last) if p),
                    "role": role.value,
                    "active": True,
                    "created_at": created,
                }
            )
            if role is Role.COACH:
                self.coach_ids.append(uid)
            elif role is Role.TEAMLEAD:
                self.teamlead_ids.append(uid)
        self.admin_id = rows[0]["id"]
        self._write(m.User.__table__, rows)
        self.counts["users"] = len(rows)

    def projects(self) -> None:
        rng = self.rng
        chosen = [PROJECTS[0], *rng.sample(PROJECTS[1:], rng.randint(5, 9))]
        span = self.today_n - self.window_n
        plans = []
        for index, item in enumerate(chosen):
            if index == 0:
                start, end = self.window_n - 400, None
            else:
                start = self.window_n + rng.randint(-240, span - 120)
                end = None if rng.random() < 0.25 else start + rng.randint(540, 1460)
            plans.append((start, end, item))
        plans.sort(key=lambda p: (p[0], p[2][0]))
        rows = []
        self.project_spans: list[tuple[int, int, int]] = []
        per_year: dict[int, int] = {}
        for start, end, (name, pillar, funding, partners, expected) in plans:
            pid = self._id("project")
            year = date.fromordinal(start).year
            per_year[year] = per_year.get(year, 0) + 1
            rows.append(
                {
                    "id": pid,
                    "code": f"UP{year}-{per_year[year]:02d}",
                    "name": name,
                    "pillar": pillar,
                    "funding_source": funding,
                    "partners": partners,
                    "expected_results": expected,
                    "start_date": date.fromordinal(start),
                    "end_date": date.fromordinal(end) if end is not None else None,
                }
            )
            self.project_spans.append((start, end if end is not None else 10**9, pid))
        self._write(m.Project.__table__, rows)
        self.counts["projects"] = len(rows)

    # ---------------------------------------------------------------- employers, vacancies
    def _employer_name(self, sector_code: str, used: set[str]) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            name = rng.choice(self.companies)
        else:
            patterns = EMPLOYER_PATTERNS.get(sector_code) or EMPLOYER_PATTERNS[""]
            name = rng.choice(patterns).format(
                s=rng.choice(self.plain_last_names), p=rng.choice(PLACES), n=rng.choice(NOUNS)
            )
        base, number = name, 2
        if name in used:
            name = f"{base} {rng.choice(PLACES)}"
        while name in used:
            name = f"{base} ({number})"
            number += 1
        used.add(name)
        return name

    def employers(self) -> None:
        rng = self.rng
        count = max(10, round(self.n_clients / 15))
        size_mix = _Weighted(SIZE_WEIGHTS)
        rows = []
        used_names: set[str] = set()
        used_kvk: set[str] = set()
        self.employer_sector: dict[int, int] = {}
        self.employers_by_sector: dict[int, list[int]] = {}
        self.employers_by_family: dict[int, list[int]] = {}
        self.banen_employers: list[int] = []
        self.employer_municipality: dict[int, int | None] = {}
        for _ in range(count):
            eid = self._id("employer")
            sector = self.sector_mix.pick(rng)
            code = self.municipality_mix.pick(rng)
            while True:
                kvk = str(rng.randrange(10_000_000, 100_000_000))
                if kvk not in used_kvk:
                    used_kvk.add(kvk)
                    break
            banen = rng.random() < 0.2
            created = self.window_n + rng.randint(-365, (self.today_n - self.window_n) // 2)
            rows.append(
                {
                    "id": eid,
                    "name": self._employer_name(self.sector_code[sector], used_names),
                    "kvk_number": kvk,
                    "sector_id": sector,
                    "size_class": size_mix.pick(rng).value,
                    "municipality_id": self.municipality_id[code],
                    "banenafspraak": banen,
                    "note": "Werkgever staat open voor banenafspraakbanen." if banen else None,
                    "created_at": _stamp(created, eid),
                    "updated_at": _stamp(created, eid),
                }
            )
            self.employer_sector[eid] = sector
            self.employer_municipality[eid] = self.municipality_id[code]
            self.employers_by_sector.setdefault(sector, []).append(eid)
            family = self.sector_parent[sector] or sector
            self.employers_by_family.setdefault(family, []).append(eid)
            if banen:
                self.banen_employers.append(eid)
        self.all_employers = [r["id"] for r in rows]
        self._write(m.Employer.__table__, rows)
        self.counts["employers"] = len(rows)
        self._employer_contacts(rows)

    def _employer_contacts(self, employers: list[dict]) -> None:
        """One or two contact persons per employer, and the accountmanagers' log with them."""
        rng, today_n = self.wsp_rng, self.today_n
        kinds = _Weighted(CONTACT_WEIGHTS)
        people, log = [], []
        for employer in employers:
            eid = employer["id"]
            domain = "".join(c for c in _ascii_word(employer["name"]).lower() if c.isalnum())[:20]
            persons = []
            for _ in range(rng.randint(1, 2)):
                pid = self._id("employer_contact")
                first, last = rng.choice(self.first_names), rng.choice(self.plain_last_names)
                local = f"{_ascii_word(first)[:1]}.{_ascii_word(last)}".lower()
                created = _stamp(today_n - rng.randint(30, 900), pid)
                people.append(
                    {
                        "id": pid,
                        "employer_id": eid,
                        "name": f"{first} {last}",
                        "job_title": rng.choice(CONTACT_TITLES),
                        "email": f"{local}@{domain or 'werkgever'}.nl",
                        "phone": f"+3123{rng.randint(5_000_000, 5_999_999)}",
                        "active": True,
                        "created_at": created,
                        "updated_at": created,
                    }
                )
                persons.append(pid)
            for _ in range(rng.choice((0, 1, 1, 2, 3, 4))):
                lid = self._id("employer_contact_log")
                kind = kinds.pick(rng)
                day = today_n - int(rng.expovariate(1 / 120)) % 540
                follow = day + rng.randint(14, 60) if rng.random() < 0.3 else None
                log.append(
                    {
                        "id": lid,
                        "employer_id": eid,
                        "contact_id": rng.choice(persons),
                        "kind": kind.value,
                        "occurred_on": date.fromordinal(day),
                        "summary": rng.choice(CONTACT_SUMMARIES[kind]),
                        "follow_up_on": date.fromordinal(follow) if follow else None,
                        "author_id": rng.choice(self.coach_ids),
                        "created_at": _stamp(day, lid),
                        "updated_at": _stamp(day, lid),
                    }
                )
        self._write(m.EmployerContact.__table__, people)
        self._write(m.EmployerContactLog.__table__, log)
        self.counts["employer_contacts"] = len(people)
        self.counts["contact_logs"] = len(log)

    def vacancies(self) -> None:
        rng, today_n, window_n = self.rng, self.today_n, self.window_n
        count = max(5, round(self.n_clients / 10))
        hours_mix = _Weighted(HOURS_WEIGHTS)
        recent_mix = _Weighted(
            ((VacancyStatus.OPEN, 60), (VacancyStatus.IN_PROGRESS, 30), (VacancyStatus.FILLED, 10))
        )
        older_mix = _Weighted(
            (
                (VacancyStatus.FILLED, 65),
                (VacancyStatus.WITHDRAWN, 25),
                (VacancyStatus.OPEN, 5),
                (VacancyStatus.IN_PROGRESS, 5),
            )
        )
        rows, skill_rows = [], []
        self.vacancies_by_employer: dict[int, list[tuple[int, int]]] = {}
        self.running_vacancies: list[tuple[int, int, int]] = []
        for _ in range(count):
            vid = self._id("vacancy")
            employer = rng.choice(self.all_employers)
            sector = self.employer_sector[employer]
            code = self.sector_code[sector]
            occupations = OCCUPATIONS.get(code) or OCCUPATIONS[""]
            opened = window_n + int((today_n - window_n) * rng.random() ** 0.8)
            age = today_n - opened
            status = (recent_mix if age < 90 else older_mix).pick(rng)
            closed = None
            if status in (VacancyStatus.FILLED, VacancyStatus.WITHDRAWN):
                closed = min(today_n, opened + rng.randint(14, 120))
            if status is VacancyStatus.FILLED:
                start = closed + rng.randint(14, 45)
            elif status is VacancyStatus.WITHDRAWN:
                start = None
            else:
                start = opened + rng.randint(30, 90)
            occupation = rng.choice(occupations)
            rows.append(
                {
                    "id": vid,
                    "employer_id": employer,
                    "occupation": occupation,
                    "sector_id": sector,
                    "hours_per_week": hours_mix.pick(rng),
                    "municipality_id": self.employer_municipality[employer],
                    "start_date": date.fromordinal(start) if start is not None else None,
                    "status": status.value,
                    "opened_on": date.fromordinal(opened),
                    "closed_on": date.fromordinal(closed) if closed is not None else None,
                    "description": f"{occupation} gezocht; inwerken op de werkvloer mogelijk.",
                    "created_at": _stamp(opened, vid),
                    "updated_at": _stamp(closed if closed is not None else opened, vid),
                }
            )
            self.vacancies_by_employer.setdefault(employer, []).append((opened, vid))
            if status is VacancyStatus.IN_PROGRESS:
                self.running_vacancies.append((vid, opened, sector))
            specific = self._skill_pool(sector)
            required = rng.sample(specific, min(len(specific), rng.randint(1, 3)))
            if not required:
                required = [rng.choice(self.general_core)]
            desired = [
                s for s in rng.sample(self.general_core, rng.randint(1, 2)) if s not in required
            ]
            skill_rows += [{"vacancy_id": vid, "skill_id": s, "required": True} for s in required]
            skill_rows += [{"vacancy_id": vid, "skill_id": s, "required": False} for s in desired]
        self._write(m.Vacancy.__table__, rows)
        self._write(m.VacancySkill.__table__, skill_rows)
        self.counts["vacancies"] = len(rows)
        self.counts["vacancy_skills"] = len(skill_rows)

    def candidacies(self) -> None:
        """Proposals for the vacancies 'in behandeling': the live pipeline of the WSP.

        Each such vacancy has one to three running proposals (voorgedragen or gesprek)
        of clients with an open route, mostly from the vacancy's sector, and sometimes
        an earlier proposal that ended without a placement.
        """
        rng, today_n = self.wsp_rng, self.today_n
        by_sector: dict[int, list[tuple[int, int, int, int, int]]] = {}
        for route in self.open_routes:
            by_sector.setdefault(route[3], []).append(route)
        reasons = list(NotPlacedReason)
        rows = []
        for vid, opened, sector in self.running_vacancies:
            pool = by_sector.get(sector) or self.open_routes
            if not pool:
                continue
            chosen = {r[0]: r for r in rng.sample(pool, min(len(pool), rng.randint(1, 4)))}
            for index, (cid, rid, coach, _, intake) in enumerate(chosen.values()):
                first = max(opened, intake)
                if first > today_n:
                    continue
                proposed = rng.randint(first, today_n)
                ended = index == 3 or (index > 0 and rng.random() < 0.2)
                interview = proposed + rng.randint(3, 21) if rng.random() < 0.45 else None
                if ended and interview is not None and interview > today_n:
                    interview = None  # an ended proposal has no interview still to come
                decided = None
                if ended:
                    stage = CandidacyStage.NOT_PLACED
                    decided = min(today_n, (interview or proposed) + rng.randint(1, 14))
                elif interview is not None:
                    stage = CandidacyStage.INTERVIEW
                else:
                    stage = CandidacyStage.PROPOSED
                kid = self._id("candidacy")
                rows.append(
                    {
                        "id": kid,
                        "vacancy_id": vid,
                        "client_id": cid,
                        "route_id": rid,
                        "coach_id": coach,
                        "stage": stage.value,
                        "proposed_on": date.fromordinal(proposed),
                        "interview_on": date.fromordinal(interview) if interview else None,
                        "decided_on": date.fromordinal(decided) if decided else None,
                        "reason": rng.choice(reasons).value if ended else None,
                        "placement_id": None,
                        "score": None,
                        "created_at": _stamp(proposed, kid),
                        "updated_at": _stamp(decided or proposed, kid),
                    }
                )
        self._write(m.Candidacy.__table__, rows)
        self.counts["candidacies"] = len(rows)

    # ---------------------------------------------------------------- clients and routes
    def _timeline(self) -> list[tuple[int, int | None]]:
        """Intake and closing ordinals of a client's routes, oldest first, none overlapping."""
        rng, today_n, window_n = self.rng, self.today_n, self.window_n
        wanted = self.route_count_mix.pick(rng)
        if rng.random() < LAST_ROUTE_OPEN:
            intake = today_n - min(int(rng.expovariate(1 / 220)), 1000)
            routes: list[tuple[int, int | None]] = [(intake, None)]
        else:
            closed = window_n + 15 + rng.randrange(today_n - window_n - 14)
            intake = closed - 14 - min(int(rng.expovariate(1 / 170)), 720)
            if intake < window_n:
                intake = window_n + rng.randint(0, closed - window_n - 14)
            routes = [(intake, closed)]
        for _ in range(wanted - 1):
            closed = intake - 30 - int(rng.expovariate(1 / 240))
            intake = closed - 14 - min(int(rng.expovariate(1 / 170)), 720)
            if intake < window_n:
                break
            routes.append((intake, closed))
        routes.reverse()
        return routes

    def clients(self, progress: Progress | None) -> None:
        self.route_count_mix = _Weighted(ROUTE_COUNT_WEIGHTS)
        self.status_mix = _Weighted(INTAKE_STATUS_WEIGHTS)
        self.age_mix = _Weighted(AGE_BANDS)
        self.exit_mix = _Weighted(EXIT_WEIGHTS)
        self.referral_mix = _Weighted(REFERRAL_WEIGHTS)
        self.guidance_mix = _Weighted(GUIDANCE_WEIGHTS)
        self.contract_mix = _Weighted(CONTRACT_WEIGHTS)
        self.hours_mix = _Weighted(HOURS_WEIGHTS)
        self.activity_mix = _Weighted(ACTIVITY_WEIGHTS)
        self.evidence_mix = _Weighted(
            (
                (SkillEvidence.WORK_EXPERIENCE, 45),
                (SkillEvidence.ASSESSMENT, 20),
                (SkillEvidence.SELF_REPORTED, 35),
            )
        )
        done = 0
        if progress is not None:
            progress(0, self.n_clients)
        while done < self.n_clients:
            batch = min(CHUNK_CLIENTS, self.n_clients - done)
            self.rows: dict[str, list[dict]] = {
                name: []
                for name in (
                    "client",
                    "client_skill",
                    "client_target_group",
                    "route",
                    "guidance",
                    "training",
                    "placement",
                    "follow_up",
                    "activity",
                    "task",
                    "work_preference",
                )
            }
            for _ in range(batch):
                self._client()
            self._flush_clients()
            done += batch
            if progress is not None:
                progress(done, self.n_clients)

    def _flush_clients(self) -> None:
        tables = (
            ("client", m.Client, "clients"),
            ("client_skill", m.ClientSkill, "client_skills"),
            ("client_target_group", m.ClientTargetGroup, "client_target_groups"),
            ("route", m.Route, "routes"),
            ("guidance", m.Guidance, "guidances"),
            ("training", m.Training, "trainings"),
            ("placement", m.Placement, "placements"),
            ("follow_up", m.PlacementFollowUp, "follow_ups"),
            ("activity", m.Activity, "activities"),
            ("task", m.Task, "tasks"),
            ("work_preference", m.ClientWorkPreference, "work_preferences"),
        )
        for key, model, counter in tables:
            rows = self.rows[key]
            self._write(model.__table__, rows)
            self.counts[counter] += len(rows)

    def _client(self) -> None:
        rng, today_n = self.rng, self.today_n
        rows = self.rows
        timeline = self._timeline()
        first_intake = timeline[0][0]
        low, high = self.age_mix.pick(rng)
        age = rng.randint(low, high)
        birth = date.fromordinal(first_intake - int(age * 365.25) - rng.randint(1, 364))
        timeline = [
            r for r in timeline if age_on(birth, date.fromordinal(r[0])) <= MAX_AGE_AT_INTAKE
        ]
        status = self.status_mix.pick(rng)
        wia = status is IntakeStatus.JOBSEEKER_WIA_WAJONG
        register = rng.random() < (0.5 if wia else 0.05)
        status_holder = rng.random() < (0.12 if status is IntakeStatus.JOBSEEKER_BIJSTAND else 0.04)
        part_timer = status is IntakeStatus.EMPLOYED and rng.random() < 0.45
        first, prefix, last = self._name(status_holder)
        municipality = self.municipality_mix.pick(rng)
        client_sector = None if rng.random() < 0.06 else self.sector_mix.pick(rng)
        coach = rng.choice(self.coach_ids)
        cid = self._id("client")
        email = None
        if rng.random() < 0.8:
            local = ".".join(w for w in (_ascii_word(p) for p in (first, prefix, last) if p) if w)
            if rng.random() < 0.4:
                local += str(rng.randint(1, 99))
            email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
        last_day = max(r[1] if r[1] is not None else today_n for r in timeline)
        rows["client"].append(
            {
                "id": cid,
                "client_number": f"ZK{cid:07d}",
                "first_name": first,
                "name_prefix": prefix,
                "last_name": last,
                "birth_date": birth,
                "bsn": _bsn(rng, self.bsns_used) if rng.random() < 0.7 else None,
                "email": email,
                "phone": f"+316{rng.randint(10_000_000, 59_999_999)}"
                if rng.random() < 0.85
                else None,
                "postcode": self._postcode(municipality),
                "municipality_id": self.municipality_id[municipality],
                "intake_status": status.value,
                "doelgroepregister": register,
                "sector_id": client_sector,
                "consent_note": (
                    "Toestemming voor gegevensdeling met UWV en gemeente besproken bij de intake."
                    if rng.random() < 0.5
                    else None
                ),
                "search_key": search_key(first, prefix, last),
                "created_by_id": coach,
                "created_at": _stamp(first_intake, cid),
                "updated_at": _stamp(last_day, cid),
            }
        )
        self._client_skills(cid, client_sector, birth.toordinal(), first_intake)
        tags: dict[int, dict] = {}
        person = (cid, birth, register, status_holder, part_timer)
        for intake, closed in timeline:
            if rng.random() > 0.8:
                coach = rng.choice(self.coach_ids)
            self._route(person, status, client_sector, coach, intake, closed, tags)
        rows["client_target_group"] += tags.values()
        if timeline and timeline[-1][1] is None and self.wsp_rng.random() < HOURS_WISH_SHARE:
            low, high = self.wsp_rng.choice(HOURS_WISHES)
            if part_timer:
                low, high = max(low, 24), max(high, 32)
            rows["work_preference"].append(
                {
                    "client_id": cid,
                    "hours_min": low,
                    "hours_max": high,
                    "updated_on": date.fromordinal(timeline[-1][0]),
                }
            )

    def _skill_pool(self, sector: int) -> list[int]:
        """Mostly the sector's core skills, sometimes its whole list."""
        if self.rng.random() < CORE_SHARE:
            return self.sector_core.get(sector) or []
        return self.sector_skills.get(sector) or []

    def _client_skills(self, cid: int, sector: int | None, birth: int, intake: int) -> None:
        rng, today_n = self.rng, self.today_n
        k = rng.randint(2, 6)
        specific = self._skill_pool(sector) if sector is not None else []
        chosen = rng.sample(specific, min(len(specific), rng.randint(0, 3)))
        general = self.general_core if rng.random() < CORE_SHARE else self.general_skills
        for skill in rng.sample(general, min(len(general), k)):
            if len(chosen) >= k:
                break
            if skill not in chosen:
                chosen.append(skill)
        earliest = birth + 16 * 365
        for skill in chosen:
            if self.skill_credential[skill]:
                evidence = (
                    SkillEvidence.DIPLOMA
                    if self.skill_is_diploma[skill]
                    else SkillEvidence.CERTIFICATE
                )
            else:
                evidence = self.evidence_mix.pick(rng)
            if evidence is SkillEvidence.SELF_REPORTED:
                shown = intake
            elif evidence is SkillEvidence.ASSESSMENT:
                shown = min(today_n, intake + rng.randint(7, 60))
            else:
                shown = max(min(earliest, intake), intake - rng.randint(30, 3650))
            self.rows["client_skill"].append(
                {
                    "id": self._id("client_skill"),
                    "client_id": cid,
                    "skill_id": skill,
                    "evidence": evidence.value,
                    "shown_on": date.fromordinal(shown),
                }
            )

    def _route(
        self,
        person: tuple[int, date, bool, bool, bool],
        status: IntakeStatus,
        client_sector: int | None,
        coach: int,
        intake: int,
        closed: int | None,
        tags: dict[int, dict],
    ) -> None:
        rng, today_n = self.rng, self.today_n
        rows = self.rows
        cid, birth, register, status_holder, part_timer = person
        rid = self._id("route")
        end = closed if closed is not None else today_n
        if client_sector is None:
            sector = self.sector_mix.pick(rng)
        elif not self.sector_focus[client_sector] and rng.random() < FOCUS_PUSH:
            sector = self.focus_mix.pick(rng)
        else:
            sector = client_sector
        referral = self.referral_mix.pick(rng)
        if status is IntakeStatus.JOBSEEKER_WW and rng.random() < 0.5:
            referral = ReferralSource.UWV
        elif status is IntakeStatus.JOBSEEKER_BIJSTAND and rng.random() < 0.5:
            referral = ReferralSource.MUNICIPALITY
        project = None
        if rng.random() < PROJECT_SHARE:
            active = [pid for start, stop, pid in self.project_spans if start <= intake <= stop]
            if active:
                project = rng.choice(active)
        exit_reason = self.exit_mix.pick(rng) if closed is not None else None
        rows["route"].append(
            {
                "id": rid,
                "client_id": cid,
                "coach_id": coach,
                "referral_source": referral.value,
                "intake_date": date.fromordinal(intake),
                "sector_id": sector,
                "project_id": project,
                "closed_on": date.fromordinal(closed) if closed is not None else None,
                "exit_reason": exit_reason.value if exit_reason is not None else None,
                "note": None,
                "created_at": _stamp(intake, rid),
                "updated_at": _stamp(end, rid),
            }
        )
        self._guidance(rid, intake, closed, exit_reason)
        if closed is None:
            self.open_routes.append((cid, rid, coach, sector, intake))

        wants_training = exit_reason is ExitReason.TRAINING or rng.random() < 0.30
        if wants_training:
            self._training(rid, sector, intake, closed)

        placed = exit_reason is ExitReason.WORK
        if closed is None and today_n - intake >= 45 and rng.random() < 0.14:
            placed = True
        if placed:
            if closed is not None:
                start = max(intake, closed - rng.randint(0, 21))
            else:
                start = intake + rng.randint(30, today_n - intake)
            self._placement(cid, rid, coach, sector, register, start)

        self._activities(cid, rid, coach, intake, closed, exit_reason)
        if closed is None:
            for _ in range(rng.randint(1, 3)):
                tid = self._id("task")
                due = max(intake, today_n + rng.randint(-14, 35))
                rows["task"].append(
                    {
                        "id": tid,
                        "client_id": cid,
                        "route_id": rid,
                        "follow_up_id": None,
                        "title": rng.choice(TASK_TITLES),
                        "due_date": date.fromordinal(due),
                        "done_at": None,
                        "owner_id": coach,
                        "note": None,
                        "created_at": _stamp(max(intake, min(today_n, due - 14)), tid),
                        "updated_at": _stamp(max(intake, min(today_n, due - 14)), tid),
                    }
                )
        self._tags(cid, coach, birth, register, status_holder, part_timer, intake, end, tags)

    def _guidance(
        self, rid: int, intake: int, closed: int | None, exit_reason: ExitReason | None
    ) -> None:
        rng, today_n = self.rng, self.today_n
        kind = self.guidance_mix.pick(rng)
        if exit_reason is ExitReason.WORK and rng.random() < 0.3:
            kind = GuidanceKind.JOB_COACHING
        rows = self.rows["guidance"]
        rows.append(
            {
                "id": self._id("guidance"),
                "route_id": rid,
                "kind": kind.value,
                "start_date": date.fromordinal(intake),
                "end_date": date.fromordinal(closed) if closed is not None else None,
                "note": None,
            }
        )
        end = closed if closed is not None else today_n
        if rng.random() < 0.3 and end - intake > 30:
            start = intake + rng.randint(14, end - intake)
            stop = start + rng.randint(14, 60)
            if closed is not None:
                stop = min(stop, closed)
            rows.append(
                {
                    "id": self._id("guidance"),
                    "route_id": rid,
                    "kind": GuidanceKind.APPLICATION_TRAINING.value,
                    "start_date": date.fromordinal(start),
                    "end_date": date.fromordinal(stop) if stop <= today_n else None,
                    "note": "Groepstraining solliciteren (4 bijeenkomsten).",
                }
            )

    def _training(self, rid: int, sector: int, intake: int, closed: int | None) -> None:
        rng, today_n = self.rng, self.today_n
        code = self.sector_code[sector]
        if code in TRAININGS and rng.random() >= 0.25:
            templates, training_sector = TRAININGS[code], sector
        else:
            # General courses (language, digital skills, licences) count for the route's
            # sector only when that is not a focus sector with its own trainings.
            templates = TRAININGS[""]
            training_sector = None if code in TRAININGS else sector
        title, kind, credential = rng.choice(templates)
        family = self.sector_code.get(self.sector_parent[sector] or sector, "")
        providers = PROVIDERS.get(code) or PROVIDERS.get(family) or PROVIDERS[""]
        if closed is not None:
            planned_start = intake + rng.randint(0, max(0, min(90, closed - intake)))
        else:
            planned_start = intake + rng.randint(7, 90)
        low, high = TRAINING_DAYS[kind]
        planned_end = planned_start + rng.randint(low, high)
        actual_start = planned_start + rng.randint(0, 14)
        actual_end = None
        result = TrainingResult.ONGOING
        if actual_start > today_n:
            actual_start = None
        else:
            finish = planned_end + rng.randint(-7, 30)
            finish = max(finish, actual_start)
            if finish <= today_n:
                if rng.random() < 0.72:
                    result, actual_end = TrainingResult.ACHIEVED, finish
                else:
                    result = TrainingResult.STOPPED
                    actual_end = actual_start + rng.randint(0, finish - actual_start)
            elif rng.random() < 0.1:
                result = TrainingResult.STOPPED
                actual_end = actual_start + rng.randint(0, today_n - actual_start)
        self.rows["training"].append(
            {
                "id": self._id("training"),
                "route_id": rid,
                "title": title,
                "provider": rng.choice(providers),
                "kind": kind.value,
                "sector_id": training_sector,
                "planned_start": date.fromordinal(planned_start),
                "planned_end": date.fromordinal(planned_end),
                "actual_start": date.fromordinal(actual_start)
                if actual_start is not None
                else None,
                "actual_end": date.fromordinal(actual_end) if actual_end is not None else None,
                "result": result.value,
                "credential": credential if result is TrainingResult.ACHIEVED else None,
            }
        )

    def _employer_for(self, sector: int, banen: bool) -> int:
        rng = self.rng
        if banen and self.banen_employers and rng.random() < 0.7:
            return rng.choice(self.banen_employers)
        pool = self.employers_by_sector.get(sector)
        if not pool or rng.random() < 0.15:
            pool = self.employers_by_family.get(self.sector_parent[sector] or sector)
        return rng.choice(pool or self.all_employers)

    def _placement(
        self, cid: int, rid: int, coach: int, sector: int, register: bool, start: int
    ) -> None:
        rng, today_n = self.rng, self.today_n
        rows = self.rows
        pid = self._id("placement")
        banen = register and rng.random() < 0.6
        placement_sector = sector if rng.random() < 0.85 else self.sector_mix.pick(rng)
        employer = self._employer_for(placement_sector, banen)
        vacancy = None
        if rng.random() < 0.35:
            candidates = [
                vid
                for opened, vid in self.vacancies_by_employer.get(employer, ())
                if opened <= start
            ]
            if candidates:
                vacancy = candidates[-1]
        hours = self.hours_mix.pick(rng)
        if register:
            hours = min(hours, 24)
        start_day = date.fromordinal(start)
        placement = {
            "id": pid,
            "route_id": rid,
            "employer_id": employer,
            "vacancy_id": vacancy,
            "sector_id": placement_sector,
            "contract_type": self.contract_mix.pick(rng).value,
            "hours_per_week": hours,
            "start_date": start_day,
            "end_date": None,
            "banenafspraak": banen,
        }
        rows["placement"].append(placement)
        # Whether the person still works there at each check: about 75% at 6 months.
        working = True
        previous = start
        for months in FOLLOW_UP_MONTHS:
            fid = self._id("placement_follow_up")
            due_day = add_months(start_day, months)
            due = due_day.toordinal()
            if working:
                stay = {3: 0.87, 6: 0.86, 12: 0.85}.get(months, 0.85)
                working = rng.random() < stay
                if not working and due <= today_n:
                    # Left somewhere after the last check that still found them working.
                    placement["end_date"] = date.fromordinal(rng.randint(previous + 1, due))
            answered = due <= today_n
            checked = min(today_n, due + rng.randint(0, 14)) if answered else None
            rows["follow_up"].append(
                {
                    "id": fid,
                    "placement_id": pid,
                    "months": months,
                    "due_date": due_day,
                    "checked_on": date.fromordinal(checked) if checked is not None else None,
                    "still_working": working if answered else None,
                    "note": None,
                }
            )
            tid = self._id("task")
            rows["task"].append(
                {
                    "id": tid,
                    "client_id": cid,
                    "route_id": rid,
                    "follow_up_id": fid,
                    "title": FOLLOW_UP_TITLE.format(months=months),
                    "due_date": due_day,
                    "done_at": _stamp(checked, tid) if checked is not None else None,
                    "owner_id": coach,
                    "note": None,
                    "created_at": _stamp(start, tid),
                    "updated_at": _stamp(checked if checked is not None else start, tid),
                }
            )
            previous = checked if checked is not None and checked < due else due

    def _activities(
        self,
        cid: int,
        rid: int,
        coach: int,
        intake: int,
        closed: int | None,
        exit_reason: ExitReason | None,
    ) -> None:
        rng, today_n = self.rng, self.today_n
        rows = self.rows["activity"]
        end = closed if closed is not None else today_n
        length = end - intake
        count = rng.randint(4, 8) if length >= 14 else rng.randint(1, 3)
        days = [intake]
        days += sorted(intake + rng.randint(0, length) for _ in range(count - 1))
        if closed is not None:
            days[-1] = closed
        for index, day in enumerate(days):
            aid = self._id("activity")
            stamp = _stamp(day, aid)
            if index == 0:
                kind, note = ActivityKind.MEETING, rng.choice(INTAKE_NOTES)
            elif closed is not None and index == len(days) - 1:
                kind = ActivityKind.MEETING if rng.random() < 0.6 else ActivityKind.PHONE
                note = CLOSING_NOTES[exit_reason or ExitReason.OTHER]
            else:
                kind = self.activity_mix.pick(rng)
                note = rng.choice(ACTIVITY_NOTES[kind]) if rng.random() < 0.85 else None
            low, high = ACTIVITY_MINUTES[kind]
            rows.append(
                {
                    "id": aid,
                    "client_id": cid,
                    "route_id": rid,
                    "kind": kind.value,
                    "occurred_on": date.fromordinal(day),
                    "minutes": rng.randint(low, high) // 5 * 5,
                    "note": note,
                    "author_id": coach,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )

    def _tags(
        self,
        cid: int,
        coach: int,
        birth: date,
        register: bool,
        status_holder: bool,
        part_timer: bool,
        intake: int,
        end: int,
        tags: dict[int, dict],
    ) -> None:
        """Tag with the focus groups of every year the route runs in, as that year defines them."""
        rng = self.rng
        first_year = date.fromordinal(intake).year
        last_year = date.fromordinal(end).year
        for year in range(first_year, last_year + 1):
            groups = self.groups.get(year)
            if not groups:
                continue
            low = max(intake, date(year, 1, 1).toordinal())
            high = min(end, date(year, 12, 31).toordinal())
            day = low + min(rng.randint(0, 30), high - low)
            tagged_on = date.fromordinal(day)
            age = age_on(birth, tagged_on)
            for code, gid in groups:
                if gid in tags:
                    continue
                if (
                    (code == "JONG" and age < 27)
                    or (code == "50PLUS" and age >= 50)
                    or (code == "BANEN" and register)
                    or (code == "STATUS" and status_holder)
                    or (code == "DEELTIJD" and part_timer)
                ):
                    tags[gid] = {
                        "client_id": cid,
                        "target_group_id": gid,
                        "tagged_on": tagged_on,
                        "tagged_by_id": coach,
                        "created_at": _stamp(day, cid),
                    }


def _fix_sequences(session: Session) -> None:
    """On PostgreSQL, move each id sequence past the ids written here explicitly.

    Otherwise the next row a service adds would get an id the demo already used.
    """
    for model in _ID_TABLES:
        name = model.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
            )
        )


def generate_demo(
    store: Store,
    *,
    clients: int,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill a fresh store with synthetic data for the region; same arguments, same rows.

    Refuses a store that already holds clients: made-up files must never mix with real
    ones. Marks the store as a demo store. ``progress(done, total)`` is called with the
    number of clients written so far.
    """
    if clients < 0:
        raise ValueError("clients must be zero or more")
    today = today or date.today()
    with store.session() as session:
        if session.scalar(select(func.count()).select_from(m.Client)):
            raise StateError(
                "Demogegevens kunnen alleen in een lege opslag worden gemaakt; "
                "deze opslag bevat al cliënten."
            )
        generator = _Generator(session, clients=clients, seed=seed, today=today)
        generator.users()
        generator.projects()
        generator.employers()
        generator.vacancies()
        generator.clients(progress)
        generator.candidacies()
        session.execute(update(m.StoreInfo).values(is_demo=True))
        if session.get_bind().dialect.name == "postgresql":
            _fix_sequences(session)
    if not store.is_sqlite:
        # Autovacuum may not have run (or be off): without statistics the planner walks
        # every route for the figures (48.8 s against 0.2 s at 300,000 clients).
        with store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    return DemoSummary(**generator.counts)
