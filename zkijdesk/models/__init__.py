"""ORM tables. Importing this package registers every table on ``Base.metadata``."""

from zkijdesk.models.activities import Activity, Task
from zkijdesk.models.audit import AuditEntry, AuditHead
from zkijdesk.models.base import Base
from zkijdesk.models.clients import Client, ClientSkill, ClientTargetGroup
from zkijdesk.models.employers import Employer, Vacancy, VacancySkill
from zkijdesk.models.importing import ImportBatch
from zkijdesk.models.meta import StoreInfo
from zkijdesk.models.reference import FocusTargetGroup, Municipality, Project, Sector, Skill
from zkijdesk.models.reporting import Contribution, Contributor, Publication, ReportKey
from zkijdesk.models.routes import Guidance, Placement, PlacementFollowUp, Route, Training
from zkijdesk.models.settings import ClientShare, StoreSetting, UserSetting
from zkijdesk.models.users import User
from zkijdesk.models.wsp import (
    Candidacy,
    ClientWorkPreference,
    EmployerContact,
    EmployerContactLog,
)

__all__ = [
    "Activity",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Candidacy",
    "Client",
    "ClientShare",
    "ClientSkill",
    "ClientTargetGroup",
    "ClientWorkPreference",
    "Contribution",
    "Contributor",
    "Employer",
    "EmployerContact",
    "EmployerContactLog",
    "FocusTargetGroup",
    "Guidance",
    "ImportBatch",
    "Municipality",
    "Placement",
    "PlacementFollowUp",
    "Project",
    "Publication",
    "ReportKey",
    "Route",
    "Sector",
    "Skill",
    "StoreInfo",
    "StoreSetting",
    "Task",
    "Training",
    "User",
    "UserSetting",
    "Vacancy",
    "VacancySkill",
]
