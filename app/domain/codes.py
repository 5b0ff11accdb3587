"""Stable string codes of the domain and their French and English labels.

Codes are stored in the database and exchanged by sync and exports: never rename one.
Labels live here and nowhere else; `label(code_enum_member, lang)` reads them.
"""

from __future__ import annotations

from enum import StrEnum

_code_sets: dict[type, frozenset[str]] = {}


class Coded(StrEnum):
    """A StrEnum whose members carry a French and an English label."""

    def __new__(cls, code: str, fr: str, en: str):
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.fr = fr
        obj.en = en
        return obj

    def label(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr

    @classmethod
    def codes(cls) -> frozenset[str]:
        found = _code_sets.get(cls)
        if found is None:
            found = _code_sets[cls] = frozenset(m.value for m in cls)
        return found

    @classmethod
    def from_label(cls, text: str) -> Coded | None:
        """Find a member by code or by either label, case- and accent-insensitively."""
        from app.domain.text import fold

        key = fold(text)
        for m in cls:
            if key in (fold(m.value), fold(m.fr), fold(m.en)):
                return m
        return None


class OrgKind(Coded):
    LANDLORD = "landlord", "Bailleur", "Landlord"
    TOWN = "town", "Commune", "Town"
    MEDIATION = "mediation", "Équipe de médiation", "Mediation team"
    ASSOCIATION = "association", "Association", "Association"


class Difficulty(Coded):
    """The four-level site classification (AORIF)."""

    GREEN = "1", "Vert : faits isolés", "Green: isolated incidents"
    YELLOW = "2", "Jaune : incivilités récurrentes", "Yellow: recurring incivilities"
    ORANGE = "3", "Orange : délinquance avérée ou économie parallèle", "Orange: criminal activity or informal economy"
    RED = "4", "Rouge : présence du personnel impossible à certaines heures", "Red: staff cannot be present at some hours"

    @property
    def colour(self) -> str:
        return {"1": "vert", "2": "jaune", "3": "orange", "4": "rouge"}[self.value]


class Role(Coded):
    CARETAKER = "caretaker", "Gardien", "Caretaker"
    MEDIATOR = "mediator", "Médiateur", "Mediator"
    OFFICER = "officer", "Référent sûreté", "Security officer"
    ADMIN = "admin", "Administrateur", "Administrator"
    PARTNER = "partner", "Partenaire", "Partner"


class Category(Coded):
    DRUG_DEALING = "drug_dealing", "Trafic de stupéfiants", "Drug dealing"
    DOMESTIC_VIOLENCE = "domestic_violence", "Violences intrafamiliales", "Domestic violence"
    NEIGHBOUR_DISTURBANCE = "neighbour_disturbance", "Troubles de voisinage", "Neighbour disturbance"
    LOITERING = "loitering", "Occupation abusive des parties communes", "Loitering in common areas"
    DAMAGE = "damage", "Dégradations", "Damage / vandalism"
    THEFT = "theft", "Vol", "Theft"
    SQUAT = "squat", "Squat", "Squat"
    ABANDONED_VEHICLE = "abandoned_vehicle", "Épave / véhicule ventouse", "Abandoned vehicle"
    STREET_MECHANICS = "street_mechanics", "Mécanique sauvage", "Street mechanics"
    OBSTRUCTIVE_PARKING = "obstructive_parking", "Stationnement gênant", "Obstructive parking"
    PROSTITUTION = "prostitution", "Prostitution", "Prostitution"
    RODEO = "rodeo", "Rodéo", "Motorbike rodeo"
    FLY_TIPPING = "fly_tipping", "Dépôts sauvages et jets de déchets", "Fly-tipping and thrown waste"
    STAFF_AGGRESSION = "staff_aggression", "Agression ou menace envers le personnel", "Aggression or threat against staff"
    PUBLIC_HEALTH = "public_health", "Non-respect des règles sanitaires", "Breach of public-health rules"
    OTHER = "other", "Autre", "Other"


class LocationKind(Coded):
    HALL = "hall", "Hall", "Hall"
    STAIRWELL = "stairwell", "Cage d'escalier", "Stairwell"
    LIFT = "lift", "Ascenseur", "Lift"
    CELLAR = "cellar", "Cave", "Cellar"
    CAR_PARK = "car_park", "Parking", "Car park"
    GARAGE_BOX = "garage_box", "Box", "Garage box"
    ROOF_TERRACE = "roof_terrace", "Toit-terrasse", "Roof terrace"
    OUTSIDE = "outside", "Espace extérieur / pied d'immeuble", "Outside space / foot of building"
    DWELLING = "dwelling", "Logement", "Dwelling"
    COMMERCIAL = "commercial", "Local commercial", "Commercial premises"


class Recurrence(Coded):
    FIRST_TIME = "first_time", "Première fois", "First time"
    RECURRING = "recurring", "Récurrent", "Recurring"
    DAILY = "daily", "Quotidien", "Daily"


class Severity(Coded):
    LOW = "1", "Faible", "Low"
    MEDIUM = "2", "Moyenne", "Medium"
    HIGH = "3", "Élevée", "High"
    CRITICAL = "4", "Critique", "Critical"


class SignalementStatus(Coded):
    NEW = "new", "Nouveau", "New"
    IN_PROGRESS = "in_progress", "En cours", "In progress"
    REFERRED = "referred", "Transmis", "Referred"
    CLOSED = "closed", "Clos", "Closed"


class ClosingReason(Coded):
    RESOLVED = "resolved", "Résolu", "Resolved"
    NO_FURTHER_ACTION = "no_further_action", "Sans suite", "No further action"
    DUPLICATE = "duplicate", "Doublon", "Duplicate"
    HANDED_OVER = "handed_over", "Pris en charge par un partenaire", "Handed over to a partner"
    MOVED_OUT = "moved_out", "Départ du logement", "Moved out"
    DROPPED = "dropped", "Abandon", "Dropped"
    COURT = "court", "Renvoyé devant le tribunal", "Referred to court"


class ReferralRecipient(Coded):
    POLICE = "police", "Police / gendarmerie", "Police"
    PROSECUTOR = "prosecutor", "Procureur de la République", "Prosecutor"
    TOWN = "town", "Mairie", "Town"
    OTHER_LANDLORD = "other_landlord", "Autre bailleur", "Another landlord"


class ReferralChannel(Coded):
    EMAIL = "email", "Courriel", "Email"
    LETTER = "letter", "Courrier", "Letter"
    PHONE = "phone", "Téléphone", "Phone"
    IN_PERSON = "in_person", "En main propre", "In person"
    PLATFORM = "platform", "Plateforme en ligne", "Online platform"


class ConflictNature(Coded):
    NOISE = "noise", "Bruit", "Noise"
    SMELLS = "smells", "Odeurs", "Smells"
    ANIMALS = "animals", "Animaux", "Animals"
    DAMAGE = "damage", "Dégradations", "Damage"
    INSULTS_THREATS = "insults_threats", "Insultes ou menaces", "Insults or threats"
    COMMON_AREAS = "common_areas", "Parties communes", "Common areas"
    OTHER = "other", "Autre", "Other"


class PartyRole(Coded):
    COMPLAINANT = "complainant", "Plaignant", "Complainant"
    RESPONDENT = "respondent", "Mis en cause", "Respondent"


class ProcedureStep(Coded):
    """The graduated ladder, in order."""

    COMPLAINT = "complaint", "Plainte enregistrée", "Complaint recorded"
    VERBAL_REMINDER = "verbal_reminder", "Rappel verbal / médiation informelle", "Verbal reminder / informal mediation"
    RULES_REMINDER = "rules_reminder", "Rappel au règlement", "Rules reminder"
    SUMMONS = "summons", "Convocation", "Summons"
    MEDIATION = "mediation", "Médiation", "Mediation"
    FORMAL_NOTICE = "formal_notice", "Mise en demeure", "Formal notice"
    COURT = "court", "Tribunal : résiliation du bail", "Court: lease termination"

    @property
    def rank(self) -> int:
        return list(type(self)).index(self) + 1


class CaseStatus(Coded):
    OPEN = "open", "Ouvert", "Open"
    CLOSED = "closed", "Clos", "Closed"


class MediationKind(Coded):
    INTERNAL = "internal", "Médiation interne", "Internal mediation"
    INTER_LANDLORD = "inter_landlord", "Médiation inter-bailleurs", "Inter-landlord mediation"
    CONCILIATOR = "conciliator", "Conciliateur de justice", "Justice conciliator"


class AgeBand(Coded):
    UNDER_70 = "under_70", "Moins de 70 ans", "Under 70"
    FROM_70_TO_79 = "70_79", "70 à 79 ans", "70 to 79"
    FROM_80_TO_89 = "80_89", "80 à 89 ans", "80 to 89"
    OVER_90 = "90_plus", "90 ans et plus", "90 and over"


class ConsentMethod(Coded):
    WRITTEN = "written", "Écrit", "Written"
    ORAL = "oral", "Oral", "Oral"
    PHONE = "phone", "Téléphone", "Phone"
    THIRD_PARTY = "third_party", "Par un tiers", "Through a third party"


class Priority(Coded):
    NORMAL = "normal", "Normale", "Normal"
    HIGH = "high", "Haute", "High"


class CheckMethod(Coded):
    VISIT = "visit", "Visite", "Visit"
    CALL = "call", "Appel", "Call"
    INTERCOM = "intercom", "Interphone", "Intercom"


class CheckOutcome(Coded):
    REACHED_FINE = "reached_fine", "Joint, tout va bien", "Reached and fine"
    REACHED_NEEDS = "reached_needs", "Joint, a besoin de quelque chose", "Reached, needs something"
    NOT_REACHED = "not_reached", "Non joint", "Not reached"
    KNOWN_ABSENCE = "known_absence", "Absence connue", "Known absence"
    ALERT_RAISED = "alert_raised", "Alerte donnée", "Alert raised"


class FollowUp(Coded):
    NONE = "none", "Aucune suite", "None"
    CCAS = "ccas", "Relais CCAS", "Referred to social services"
    FAMILY = "family", "Famille prévenue", "Family informed"
    EMERGENCY = "emergency", "Secours appelés", "Emergency services called"
    OTHER = "other", "Autre", "Other"


class ContactKind(Coded):
    FAMILY = "family", "Famille", "Family"
    NEIGHBOUR = "neighbour", "Voisin", "Neighbour"
    HOME_CARE = "home_care", "Aide à domicile", "Home-care service"
    OTHER = "other", "Autre", "Other"


class AlertKind(Coded):
    HEATWAVE = "heatwave", "Plan canicule", "Heatwave plan"
    COLD = "cold", "Grand froid", "Cold spell"
    LOCKDOWN = "lockdown", "Confinement", "Lockdown"


class MediationExclusion(Coded):
    """Why a case cannot go to external mediation (domain.md): yes/no facts, never details."""

    MENTAL_HEALTH = "mental_health", "Santé mentale en jeu", "Mental health involved"
    GUARDIANSHIP = "guardianship", "Personne sous tutelle ou curatelle", "Person under guardianship"
    MINORS = "minors", "Mineurs concernés", "Minors involved"
    COURT = "court", "Affaire déjà devant un tribunal", "Already before a court"


class EscalationReason(Coded):
    NOT_REACHED_TWICE = "not_reached_twice", "Non joint deux fois de suite", "Not reached twice in a row"
    OVERDUE_HIGH_PRIORITY = "overdue_high_priority", "Priorité haute, contrôle en retard", "High priority, check overdue"


class AlertAction(Coded):
    """What someone did about an escalated welfare alert."""

    CHECK = "check", "Contrôle enregistré", "Check recorded"
    VISIT = "visit", "Passage au domicile", "Home visit"
    FAMILY = "family", "Famille ou contact prévenu", "Family or contact called"
    CCAS = "ccas", "Relais CCAS", "Referred to social services"
    EMERGENCY = "emergency", "Secours appelés", "Emergency services called"
    OTHER = "other", "Autre action", "Other action"


class LandlordRule(Coded):
    """A landlord's own setting for follow-ups: days allowed, or days kept."""

    AFTER_COMPLAINT = "deadline.complaint", "Délai après la plainte", "Deadline after the complaint"
    AFTER_VERBAL_REMINDER = "deadline.verbal_reminder", "Délai après le rappel verbal", "Deadline after the verbal reminder"
    AFTER_RULES_REMINDER = "deadline.rules_reminder", "Délai après le rappel au règlement", "Deadline after the rules reminder"
    AFTER_SUMMONS = "deadline.summons", "Délai après la convocation", "Deadline after the summons"
    AFTER_MEDIATION = "deadline.mediation", "Délai après la médiation", "Deadline after mediation"
    AFTER_FORMAL_NOTICE = "deadline.formal_notice", "Délai après la mise en demeure", "Deadline after the formal notice"
    WELFARE_RETENTION = "retention.welfare", "Conservation après sortie du registre", "Kept after leaving the register"


class AuditAction(Coded):
    CREATE = "create", "Création", "Create"
    UPDATE = "update", "Modification", "Update"
    DELETE = "delete", "Suppression", "Delete"
    IMPORT = "import", "Import", "Import"
    EXPORT = "export", "Export", "Export"
    PRINT = "print", "Impression", "Print"
    SIGN_IN = "sign_in", "Connexion", "Sign-in"
    SIGN_IN_FAILED = "sign_in_failed", "Connexion refusée", "Failed sign-in"
    SHARE = "share", "Partage", "Share"


ALL_CODE_ENUMS: tuple[type[Coded], ...] = (
    OrgKind, Difficulty, Role, Category, LocationKind, Recurrence, Severity,
    SignalementStatus, ClosingReason, ReferralRecipient, ReferralChannel, ConflictNature,
    PartyRole, ProcedureStep, CaseStatus, MediationKind, AgeBand, ConsentMethod, Priority,
    CheckMethod, CheckOutcome, FollowUp, ContactKind, AlertKind, AuditAction,
    MediationExclusion, EscalationReason, AlertAction, LandlordRule,
)
