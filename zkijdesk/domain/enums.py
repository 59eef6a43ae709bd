"""The closed vocabularies of the domain.

Values are stable ASCII codes stored in the database and used in exports; the Dutch
labels live next to them so that every screen and report uses the same wording.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What a user may do: coaches keep files, team leads steer, admins keep reference data."""

    COACH = "coach"
    TEAMLEAD = "teamlead"
    ADMIN = "admin"


class IntakeStatus(StrEnum):
    """A client's position at intake, as the region counts it (werkend / werkzoekend)."""

    EMPLOYED = "werkend"
    JOBSEEKER_WW = "werkzoekend_ww"
    JOBSEEKER_BIJSTAND = "werkzoekend_bijstand"
    JOBSEEKER_WIA_WAJONG = "werkzoekend_wia_wajong"
    JOBSEEKER_NO_BENEFIT = "werkzoekend_zonder_uitkering"


class ReferralSource(StrEnum):
    """Who sent the client: the 'no wrong door' promise means any partner can."""

    SELF = "zelfmelder"
    UWV = "uwv"
    MUNICIPALITY = "gemeente"
    EMPLOYER = "werkgever"
    SCHOOL = "onderwijs"
    SOCIAL_TEAM = "sociaal_team"
    OTHER = "anders"


class ExitReason(StrEnum):
    """Why a route was closed; drives the uitstroom figures."""

    WORK = "werk"
    TRAINING = "scholing"
    HELPED_ELSEWHERE = "elders_geholpen"
    MOVED = "verhuisd"
    STOPPED = "gestopt"
    NO_CONTACT = "geen_contact"
    OTHER = "anders"


class GuidanceKind(StrEnum):
    CAREER_ADVICE = "loopbaanadvies"
    JOB_COACHING = "jobcoaching"
    APPLICATION_TRAINING = "sollicitatietraining"
    WORKPLACE_LEARNING = "werkervaringsplek"
    OTHER = "anders"


class TrainingKind(StrEnum):
    """The agenda wants flexible, modular and certifiable learning; these are its forms."""

    MBO_CERTIFICATE = "mbo_certificaat"
    BBL = "bbl"
    MODULAR_COURSE = "modulaire_cursus"
    SKILLS_COURSE = "skills_cursus"
    DIPLOMA = "diploma"
    OTHER = "anders"


class TrainingResult(StrEnum):
    ONGOING = "lopend"
    ACHIEVED = "behaald"
    STOPPED = "gestopt"


class ContractType(StrEnum):
    PERMANENT = "vast"
    FIXED_TERM = "bepaalde_tijd"
    TEMPORARY_AGENCY = "uitzend"
    ON_CALL = "oproep"
    APPRENTICESHIP = "leerwerk"
    SELF_EMPLOYED = "zzp"


class ActivityKind(StrEnum):
    MEETING = "gesprek"
    PHONE = "telefoon"
    EMAIL = "email"
    VIDEO = "video"
    EMPLOYER_VISIT = "werkgeversbezoek"
    NOTE = "notitie"


class VacancyStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_behandeling"
    FILLED = "vervuld"
    WITHDRAWN = "ingetrokken"


class EmployerSize(StrEnum):
    MICRO = "micro"  # < 10
    SMALL = "klein"  # 10-49
    MEDIUM = "middel"  # 50-249
    LARGE = "groot"  # 250+


class SkillEvidence(StrEnum):
    """How a skill was shown; the agenda's 'skills gericht' work needs more than diplomas."""

    DIPLOMA = "diploma"
    CERTIFICATE = "certificaat"
    WORK_EXPERIENCE = "werkervaring"
    ASSESSMENT = "assessment"
    SELF_REPORTED = "eigen_opgave"


FOLLOW_UP_MONTHS: tuple[int, ...] = (3, 6, 12)
"""Placement follow-ups: 'duurzaam' means still working at 6 and 12 months."""


#: The Dutch label of every enum value, per enum: the one source for screens, reports,
#: the CLI and the import template. Per enum, because values of different enums share
#: their stored code ("anders" is a referral source, an exit reason and a guidance) and
#: a StrEnum member is equal to its code. The English of each label is in the message
#: catalogue (``resources/i18n/messages_en.po``, context ``keuze``).
LABELS_NL: dict[type[StrEnum], dict[StrEnum, str]] = {
    Role: {
        Role.COACH: "Coach",
        Role.TEAMLEAD: "Teamleider",
        Role.ADMIN: "Functioneel beheerder",
    },
    IntakeStatus: {
        IntakeStatus.EMPLOYED: "Werkend",
        IntakeStatus.JOBSEEKER_WW: "Werkzoekend met WW",
        IntakeStatus.JOBSEEKER_BIJSTAND: "Werkzoekend met bijstand",
        IntakeStatus.JOBSEEKER_WIA_WAJONG: "Werkzoekend met WIA/Wajong",
        IntakeStatus.JOBSEEKER_NO_BENEFIT: "Werkzoekend zonder uitkering",
    },
    ReferralSource: {
        ReferralSource.SELF: "Zelfmelder",
        ReferralSource.UWV: "UWV",
        ReferralSource.MUNICIPALITY: "Gemeente",
        ReferralSource.EMPLOYER: "Werkgever",
        ReferralSource.SCHOOL: "Onderwijs",
        ReferralSource.SOCIAL_TEAM: "Sociaal team",
        ReferralSource.OTHER: "Anders",
    },
    ExitReason: {
        ExitReason.WORK: "Werk",
        ExitReason.TRAINING: "Scholing",
        ExitReason.HELPED_ELSEWHERE: "Elders geholpen",
        ExitReason.MOVED: "Verhuisd",
        ExitReason.STOPPED: "Gestopt",
        ExitReason.NO_CONTACT: "Geen contact meer",
        ExitReason.OTHER: "Anders",
    },
    GuidanceKind: {
        GuidanceKind.CAREER_ADVICE: "Loopbaanadvies",
        GuidanceKind.JOB_COACHING: "Jobcoaching",
        GuidanceKind.APPLICATION_TRAINING: "Sollicitatietraining",
        GuidanceKind.WORKPLACE_LEARNING: "Werkervaringsplek",
        GuidanceKind.OTHER: "Andere begeleiding",
    },
    TrainingKind: {
        TrainingKind.MBO_CERTIFICATE: "Mbo-certificaat",
        TrainingKind.BBL: "Bbl-opleiding",
        TrainingKind.MODULAR_COURSE: "Modulaire cursus",
        TrainingKind.SKILLS_COURSE: "Skillscursus",
        TrainingKind.DIPLOMA: "Diploma-opleiding",
        TrainingKind.OTHER: "Andere scholing",
    },
    TrainingResult: {
        TrainingResult.ONGOING: "Lopend",
        TrainingResult.ACHIEVED: "Behaald",
        TrainingResult.STOPPED: "Gestopt",
    },
    ContractType: {
        ContractType.PERMANENT: "Vast contract",
        ContractType.FIXED_TERM: "Bepaalde tijd",
        ContractType.TEMPORARY_AGENCY: "Uitzendwerk",
        ContractType.ON_CALL: "Oproepcontract",
        ContractType.APPRENTICESHIP: "Leerwerkbaan",
        ContractType.SELF_EMPLOYED: "Zzp",
    },
    ActivityKind: {
        ActivityKind.MEETING: "Gesprek",
        ActivityKind.PHONE: "Telefoon",
        ActivityKind.EMAIL: "E-mail",
        ActivityKind.VIDEO: "Videobellen",
        ActivityKind.EMPLOYER_VISIT: "Werkgeversbezoek",
        ActivityKind.NOTE: "Notitie",
    },
    SkillEvidence: {
        SkillEvidence.DIPLOMA: "Diploma",
        SkillEvidence.CERTIFICATE: "Certificaat",
        SkillEvidence.WORK_EXPERIENCE: "Werkervaring",
        SkillEvidence.ASSESSMENT: "Assessment",
        SkillEvidence.SELF_REPORTED: "Eigen opgave",
    },
}

#: A client's route status as the screens show it ("open", "closed", or no route).
ROUTE_STATUS_NL: dict[str, str] = {
    "open": "Lopend",
    "closed": "Afgesloten",
    "none": "Geen route",
}


def dutch_label(value: StrEnum) -> str | None:
    """The declared Dutch label of an enum value, or None."""
    return LABELS_NL.get(type(value), {}).get(value)


def label(value: StrEnum) -> str:
    """Dutch label of an enum value; falls back to the code so nothing shows blank."""
    found = dutch_label(value)
    return found if found is not None else str(value).replace("_", " ").capitalize()
