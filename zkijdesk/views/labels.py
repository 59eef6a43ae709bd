"""Screen wording for the domain's codes (enums, route status), through Qt's translator.

The domain keeps Dutch labels for reports and the CLI; the screens use these, which
``lupdate`` can see (``QT_TRANSLATE_NOOP``) and the English translation covers.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from zkijdesk.domain.enums import (
    ActivityKind,
    ContractType,
    ExitReason,
    GuidanceKind,
    IntakeStatus,
    ReferralSource,
    Role,
    SkillEvidence,
    TrainingKind,
    TrainingResult,
)

CONTEXT = "Labels"

_LABELS: dict[object, str] = {
    Role.COACH: QT_TRANSLATE_NOOP("Labels", "Coach"),
    Role.TEAMLEAD: QT_TRANSLATE_NOOP("Labels", "Teamleider"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Functioneel beheerder"),
    IntakeStatus.EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Werkend"),
    IntakeStatus.JOBSEEKER_WW: QT_TRANSLATE_NOOP("Labels", "Werkzoekend met WW"),
    IntakeStatus.JOBSEEKER_BIJSTAND: QT_TRANSLATE_NOOP("Labels", "Werkzoekend met bijstand"),
    IntakeStatus.JOBSEEKER_WIA_WAJONG: QT_TRANSLATE_NOOP("Labels", "Werkzoekend met WIA/Wajong"),
    IntakeStatus.JOBSEEKER_NO_BENEFIT: QT_TRANSLATE_NOOP("Labels", "Werkzoekend zonder uitkering"),
    ReferralSource.SELF: QT_TRANSLATE_NOOP("Labels", "Zelfmelder"),
    ReferralSource.UWV: QT_TRANSLATE_NOOP("Labels", "UWV"),
    ReferralSource.MUNICIPALITY: QT_TRANSLATE_NOOP("Labels", "Gemeente"),
    ReferralSource.EMPLOYER: QT_TRANSLATE_NOOP("Labels", "Werkgever"),
    ReferralSource.SCHOOL: QT_TRANSLATE_NOOP("Labels", "Onderwijs"),
    ReferralSource.SOCIAL_TEAM: QT_TRANSLATE_NOOP("Labels", "Sociaal team"),
    ReferralSource.OTHER: QT_TRANSLATE_NOOP("Labels", "Anders"),
    ExitReason.WORK: QT_TRANSLATE_NOOP("Labels", "Werk"),
    ExitReason.TRAINING: QT_TRANSLATE_NOOP("Labels", "Scholing"),
    ExitReason.HELPED_ELSEWHERE: QT_TRANSLATE_NOOP("Labels", "Elders geholpen"),
    ExitReason.MOVED: QT_TRANSLATE_NOOP("Labels", "Verhuisd"),
    ExitReason.STOPPED: QT_TRANSLATE_NOOP("Labels", "Gestopt"),
    ExitReason.NO_CONTACT: QT_TRANSLATE_NOOP("Labels", "Geen contact meer"),
    ExitReason.OTHER: QT_TRANSLATE_NOOP("Labels", "Anders"),
    GuidanceKind.CAREER_ADVICE: QT_TRANSLATE_NOOP("Labels", "Loopbaanadvies"),
    GuidanceKind.JOB_COACHING: QT_TRANSLATE_NOOP("Labels", "Jobcoaching"),
    GuidanceKind.APPLICATION_TRAINING: QT_TRANSLATE_NOOP("Labels", "Sollicitatietraining"),
    GuidanceKind.WORKPLACE_LEARNING: QT_TRANSLATE_NOOP("Labels", "Werkervaringsplek"),
    GuidanceKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Andere begeleiding"),
    TrainingKind.MBO_CERTIFICATE: QT_TRANSLATE_NOOP("Labels", "Mbo-certificaat"),
    TrainingKind.BBL: QT_TRANSLATE_NOOP("Labels", "Bbl-opleiding"),
    TrainingKind.MODULAR_COURSE: QT_TRANSLATE_NOOP("Labels", "Modulaire cursus"),
    TrainingKind.SKILLS_COURSE: QT_TRANSLATE_NOOP("Labels", "Skillscursus"),
    TrainingKind.DIPLOMA: QT_TRANSLATE_NOOP("Labels", "Diploma-opleiding"),
    TrainingKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Andere scholing"),
    TrainingResult.ONGOING: QT_TRANSLATE_NOOP("Labels", "Lopend"),
    TrainingResult.ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Behaald"),
    TrainingResult.STOPPED: QT_TRANSLATE_NOOP("Labels", "Gestopt"),
    ContractType.PERMANENT: QT_TRANSLATE_NOOP("Labels", "Vast contract"),
    ContractType.FIXED_TERM: QT_TRANSLATE_NOOP("Labels", "Bepaalde tijd"),
    ContractType.TEMPORARY_AGENCY: QT_TRANSLATE_NOOP("Labels", "Uitzendwerk"),
    ContractType.ON_CALL: QT_TRANSLATE_NOOP("Labels", "Oproepcontract"),
    ContractType.APPRENTICESHIP: QT_TRANSLATE_NOOP("Labels", "Leerwerkbaan"),
    ContractType.SELF_EMPLOYED: QT_TRANSLATE_NOOP("Labels", "Zzp"),
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Gesprek"),
    ActivityKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Telefoon"),
    ActivityKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    ActivityKind.VIDEO: QT_TRANSLATE_NOOP("Labels", "Videobellen"),
    ActivityKind.EMPLOYER_VISIT: QT_TRANSLATE_NOOP("Labels", "Werkgeversbezoek"),
    ActivityKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Notitie"),
    SkillEvidence.DIPLOMA: QT_TRANSLATE_NOOP("Labels", "Diploma"),
    SkillEvidence.CERTIFICATE: QT_TRANSLATE_NOOP("Labels", "Certificaat"),
    SkillEvidence.WORK_EXPERIENCE: QT_TRANSLATE_NOOP("Labels", "Werkervaring"),
    SkillEvidence.ASSESSMENT: QT_TRANSLATE_NOOP("Labels", "Assessment"),
    SkillEvidence.SELF_REPORTED: QT_TRANSLATE_NOOP("Labels", "Eigen opgave"),
    "route:open": QT_TRANSLATE_NOOP("Labels", "Lopend"),
    "route:closed": QT_TRANSLATE_NOOP("Labels", "Afgesloten"),
    "route:none": QT_TRANSLATE_NOOP("Labels", "Geen route"),
}


def label(value: StrEnum | str) -> str:
    """The translated screen label of an enum value (or ``route:<status>``)."""
    text = _LABELS.get(value)
    if text is None:
        return str(value).replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, text)


def route_status(code: str) -> str:
    return label(f"route:{code}")


def choices(enum_cls: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, value) pairs in the enum's own order, for a combo box."""
    return [(label(member), member) for member in enum_cls]
