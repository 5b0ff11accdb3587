"""The SQLAlchemy 2 typed model of a workspace. Importing this package registers every table."""

from app.models.base import Base, RecordMixin, utcnow
from app.models.conflicts import (
    CaseStep,
    ConflictCase,
    ConflictParty,
    MediationSession,
    case_signalements,
)
from app.models.drafts import FormDraft
from app.models.people import Household, Person, User, user_sites
from app.models.places import Building, Dwelling, Entrance, Organisation, Site
from app.models.privacy import ReviewFlag, WorkspaceSetting
from app.models.records import Attachment, AttachmentBlob, AuditEntry
from app.models.reports import LetterTemplate, ReportSettings
from app.models.rules import LandlordRuleValue
from app.models.signalements import Referral, Signalement
from app.models.sync import SyncOutbox  # noqa: F401  (and the other sync client tables)
from app.models.welfare import (
    AlertPlan,
    WelfareAlert,
    WelfareCheck,
    WelfareContact,
    WelfareEntry,
)

__all__ = [
    "AlertPlan", "Attachment", "AttachmentBlob", "AuditEntry", "Base", "Building", "CaseStep",
    "ConflictCase", "ConflictParty", "Dwelling", "Entrance", "FormDraft", "Household", "LandlordRuleValue", "LetterTemplate",
    "MediationSession", "Organisation", "Person", "RecordMixin", "Referral", "ReportSettings", "ReviewFlag", "Signalement", "Site", "User",
    "WelfareAlert", "WelfareCheck", "WelfareContact", "WelfareEntry", "WorkspaceSetting", "case_signalements", "user_sites", "utcnow",
]
