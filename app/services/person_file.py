"""A person's file: everything the workspace holds about one person, exported (right of
access) or erased (right to erasure). Both are audited, by ids and counts only.

What concerns a person: the person and their household (its dwelling and members), the
conflict cases where the household is a party (with the signalements linked to them),
the welfare register entries with their contacts, checks and alerts, the signalements
and cases whose free text names them (found through the full-text index: a lead for the
officer, not a proof), and the audit entries about any of these records.

Free text that names the person cannot be rewritten reliably by a machine: erasure
blanks the structured fields and flags those records for the security officer's review
(app.services.review). Security officer only (and the system).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.codes import (
    AuditAction,
    CaseStatus,
    Category,
    ConflictNature,
    ProcedureStep,
    SignalementStatus,
)
from app.domain.policy import Action, Kind
from app.domain.text import fold
from app.models import (
    AuditEntry,
    Building,
    CaseStep,
    ConflictCase,
    ConflictParty,
    Dwelling,
    Entrance,
    Household,
    MediationSession,
    Person,
    Referral,
    Signalement,
    Site,
    WelfareAlert,
    WelfareCheck,
    WelfareContact,
    WelfareEntry,
    case_signalements,
    utcnow,
)
from app.services.base import ServiceBase
from app.services.errors import Errors, NotFound
from app.services.places import household_display_name
from app.services.review import ERASURE_MARK, add_flag
from app.services.welfare import erase_entry

FORMAT = "palier-person-file/1"
ANONYMOUS = "ANONYME"


@dataclass(frozen=True)
class EraseResult:
    changed: int   # records erased or anonymised
    flagged: int   # records left for the officer to review (free text)


def _value(v):
    if isinstance(v, datetime | date):
        return v.isoformat()
    return v


def _row(obj, *names: str) -> dict:
    return {name: _value(getattr(obj, name)) for name in names}


def _label(enum, code: str | None, lang: str = "fr") -> str:
    if code is None:
        return ""
    try:
        return enum(code).label(lang)
    except ValueError:
        return code


def _fts_phrase(text: str) -> str | None:
    words = [w for w in fold(text).replace('"', " ").split() if w]
    return f'"{" ".join(words)}"' if words else None


class PersonFileService(ServiceBase):
    def find(self, name: str) -> str:
        """The id of the one live person called `name` ("NOM Prénom", either order)."""
        wanted = " ".join(fold(name).split())
        errors = Errors()
        if not wanted:
            errors.add("name", "person_id_or_name")
            errors.raise_if_any()
        with self.read() as s:
            found = [pid for pid, last, first in s.execute(
                select(Person.id, Person.last_name, Person.first_name)
                .where(Person.deleted_at.is_(None)))
                if wanted in (" ".join(fold(f"{last} {first}").split()),
                              " ".join(fold(f"{first} {last}").split()))]
        if not found:
            errors.add("name", "person_not_found", value=name)
        elif len(found) > 1:
            errors.add("name", "person_ambiguous", value=name, ids=", ".join(found))
        errors.raise_if_any()
        return found[0]

    # Right of access -------------------------------------------------------------------

    def export(self, person_id: str, write: Callable[[dict], None] | None = None) -> dict:
        """Everything about the person as one JSON-ready document. `write(document)`, if
        given, runs before the export is audited (the CLI writes its file there)."""
        with self.write() as s:
            person = self._person(s, person_id, Action.EXPORT)
            doc = self._document(s, person)
            if write is not None:
                write(doc)
            self.audit(s, AuditAction.EXPORT, "person", person.id,
                       f"person file: {doc['count']} records", org_id=person.org_id)
            return doc

    def _person(self, s: Session, person_id: str, action: Action) -> Person:
        person = s.get(Person, person_id)
        if person is None or person.deleted_at is not None:
            raise NotFound(person_id)
        self.authorise(action, Kind.PERSON_FILE, person.org_id)
        return person

    def _document(self, s: Session, person: Person) -> dict:
        household = s.get(Household, person.household_id) if person.household_id else None
        doc: dict = {"format": FORMAT, "exported_at": utcnow().isoformat(),
                     "person": _row(person, "id", "last_name", "first_name", "phone",
                                    "age_band", "is_head", "created_at", "updated_at"),
                     "household": None}
        ids: set[str] = {person.id}
        if household is not None:
            ids.add(household.id)
            place = s.execute(
                select(Dwelling.reference, Dwelling.floor, Dwelling.door, Entrance.name,
                       Building.name, Site.code, Site.name)
                .join(Entrance, Entrance.id == Dwelling.entrance_id)
                .join(Building, Building.id == Entrance.building_id)
                .join(Site, Site.id == Building.site_id)
                .where(Dwelling.id == household.dwelling_id)).first()
            doc["household"] = {
                **_row(household, "id", "name", "move_in_date"),
                "dwelling": dict(zip(("reference", "floor", "door", "entrance", "building",
                                      "site_code", "site_name"), place or (), strict=False)),
                "members": [_row(m, "id", "last_name", "first_name", "is_head")
                            for m in s.scalars(select(Person).where(
                                Person.household_id == household.id,
                                Person.deleted_at.is_(None)))],
            }
        cases, linked_sigs = self._cases(s, household)
        ids.update(c["id"] for c in cases)
        mentioned_cases = self._mentions(s, "conflict_cases", person) - {c["id"] for c in cases}
        for case_ in s.scalars(select(ConflictCase).where(ConflictCase.id.in_(mentioned_cases))):
            cases.append(self._case(s, case_, role=None, why="mention"))
        sig_ids = {sid: "case" for sid in linked_sigs}
        for sid in self._mentions(s, "signalements", person):
            sig_ids.setdefault(sid, "mention")
        signalements = [self._signalement(s, sig, sig_ids[sig.id]) for sig in s.scalars(
            select(Signalement).where(Signalement.id.in_(sig_ids),
                                      Signalement.deleted_at.is_(None))
            .order_by(Signalement.facts_start))]
        ids.update(sig_ids)
        welfare = []
        for entry in s.scalars(select(WelfareEntry).where(WelfareEntry.person_id == person.id,
                                                         WelfareEntry.deleted_at.is_(None))):
            ids.add(entry.id)
            welfare.append(self._entry(s, entry))
        audit = [_row(a, "at", "action", "entity_kind", "entity_id", "summary")
                 for a in s.scalars(select(AuditEntry).where(AuditEntry.entity_id.in_(ids))
                                    .order_by(AuditEntry.seq))]
        doc.update(conflict_cases=cases, signalements=signalements, welfare=welfare,
                   audit=audit)
        doc["count"] = (1 + (household is not None) + len(cases) + len(signalements)
                        + len(welfare))
        return doc

    def _cases(self, s: Session, household: Household | None) -> tuple[list[dict], set[str]]:
        if household is None:
            return [], set()
        out, sigs = [], set()
        for party, case_ in s.execute(
                select(ConflictParty, ConflictCase)
                .join(ConflictCase, ConflictCase.id == ConflictParty.case_id)
                .where(ConflictParty.household_id == household.id,
                       ConflictParty.deleted_at.is_(None), ConflictCase.deleted_at.is_(None))
                .order_by(ConflictCase.opened_on)):
            out.append(self._case(s, case_, role=party.role, why="party"))
            sigs.update(s.scalars(select(case_signalements.c.signalement_id).where(
                case_signalements.c.case_id == case_.id)))
        return out, sigs

    def _case(self, s: Session, case_: ConflictCase, role: str | None, why: str) -> dict:
        # The other parties are not named: this is the person's file, not the case's.
        return {
            **_row(case_, "id", "reference", "nature", "status", "current_step", "opened_on",
                   "closed_on", "closing_reason", "summary"),
            "nature_label": _label(ConflictNature, case_.nature),
            "status_label": _label(CaseStatus, case_.status),
            "why": why, "role": role,
            "steps": [{**_row(st, "step", "taken_on", "outcome", "next_due_on",
                              "override_reason"),
                       "step_label": _label(ProcedureStep, st.step)}
                      for st in s.scalars(select(CaseStep).where(
                          CaseStep.case_id == case_.id, CaseStep.deleted_at.is_(None))
                          .order_by(CaseStep.taken_on))],
            "mediation_sessions": [_row(m, "kind", "held_on", "participants", "agreement",
                                        "consent_complainant", "consent_respondent")
                                   for m in s.scalars(select(MediationSession).where(
                                       MediationSession.case_id == case_.id,
                                       MediationSession.deleted_at.is_(None)))],
        }

    def _signalement(self, s: Session, sig: Signalement, why: str) -> dict:
        # Never the reporter (staff protection), as in every signalement export.
        return {
            **_row(sig, "id", "reference", "category", "status", "facts_start", "facts_end",
                   "reported_at", "description", "persons_description", "witnesses",
                   "harm_people", "harm_property", "actions_notes"),
            "category_label": _label(Category, sig.category),
            "status_label": _label(SignalementStatus, sig.status),
            "why": why,
            "referrals": [_row(r, "recipient", "referred_on", "channel", "reference_number",
                               "notes")
                          for r in s.scalars(select(Referral).where(
                              Referral.signalement_id == sig.id,
                              Referral.deleted_at.is_(None)))],
        }

    def _entry(self, s: Session, entry: WelfareEntry) -> dict:
        def live(model):
            return s.scalars(select(model).where(model.entry_id == entry.id,
                                                 model.deleted_at.is_(None)))
        return {
            **_row(entry, "id", "age_band", "lives_alone", "consent_on", "consent_method",
                   "consent_given_by", "home_care", "frequency_days", "priority", "active",
                   "left_on"),
            "contacts": [_row(c, "kind", "name", "phone") for c in live(WelfareContact)],
            "checks": [_row(c, "due_on", "done_at", "method", "outcome", "follow_up",
                            "follow_up_to", "notes") for c in live(WelfareCheck)],
            "alerts": [_row(a, "reason", "raised_at", "acted_at", "action", "note")
                       for a in live(WelfareAlert)],
        }

    def _mentions(self, s: Session, table: str, person: Person) -> set[str]:
        """Records of `table` whose indexed free text names the person (last name, or
        first and last name together when the last name alone is a common word)."""
        phrase = _fts_phrase(person.last_name)
        if phrase is None:
            return set()
        model = Signalement if table == "signalements" else ConflictCase
        seqs = [r[0] for r in s.connection().exec_driver_sql(
            f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?", (phrase,))]
        found: set[str] = set()
        for start in range(0, len(seqs), 500):
            found.update(s.scalars(select(model.id).where(model.seq.in_(seqs[start:start + 500]),
                                                         model.deleted_at.is_(None))))
        return found

    # Right to erasure ------------------------------------------------------------------

    def erase(self, person_id: str, anonymise: bool = False) -> EraseResult:
        """Erase the person (tombstones emptied of their data; sync carries them), or
        with `anonymise` keep the records without the identity. Records whose free text
        may still name them are flagged for the officer's review."""
        with self.write() as s:
            person = self._person(s, person_id, Action.DELETE)
            now, user = utcnow(), self.actor.user_id
            # Found before the name is blanked.
            mentions = {"signalement": self._mentions(s, "signalements", person),
                        "conflict_case": self._mentions(s, "conflict_cases", person)}
            changed = 0
            for entry in s.scalars(select(WelfareEntry).where(
                    WelfareEntry.person_id == person.id, WelfareEntry.deleted_at.is_(None))):
                if anonymise:
                    _anonymise_entry(s, entry, user)
                else:
                    erase_entry(s, entry, now, user)
                changed += 1
            household = s.get(Household, person.household_id) if person.household_id else None
            person.last_name, person.first_name, person.phone = ANONYMOUS, "", ""
            person.updated_by = user
            if not anonymise:
                person.age_band, person.deleted_at = None, now
            changed += 1
            party_cases: set[str] = set()
            if household is not None:
                others = [m for m in s.scalars(select(Person).where(
                    Person.household_id == household.id, Person.id != person.id,
                    Person.deleted_at.is_(None)).order_by(Person.last_name))]
                if others:
                    if person.is_head:
                        person.is_head = False
                        others[0].is_head, others[0].updated_by = True, user
                        household.name = household_display_name(others[0].last_name,
                                                                 others[0].first_name)
                        household.updated_by = user
                        changed += 1
                else:
                    household.name, household.updated_by = ANONYMOUS, user
                    if not anonymise:
                        household.deleted_at = now
                    changed += 1
                for party in s.scalars(select(ConflictParty).where(
                        ConflictParty.household_id == household.id,
                        ConflictParty.deleted_at.is_(None))):
                    party_cases.add(party.case_id)
                    if not others and not anonymise:
                        party.deleted_at, party.updated_by = now, user
                        changed += 1
            mentions["conflict_case"] |= party_cases
            flagged = 0
            for kind, ids in mentions.items():
                model = Signalement if kind == "signalement" else ConflictCase
                for rid, org in s.execute(select(model.id, model.org_id).where(
                        model.id.in_(ids), model.deleted_at.is_(None))):
                    add_flag(s, kind, rid, org, ["free_text"], [ERASURE_MARK], user)
                    flagged += 1
            s.flush()
            self.audit(s, AuditAction.UPDATE if anonymise else AuditAction.DELETE, "person",
                       person.id, f"{'anonymised' if anonymise else 'erased'}: {changed} "
                       f"records, {flagged} flagged", org_id=person.org_id)
            return EraseResult(changed, flagged)


def _anonymise_entry(s: Session, entry: WelfareEntry, user: str | None) -> None:
    """The register entry stays (its dates and outcomes count), without what identifies."""
    entry.consent_given_by, entry.home_care, entry.updated_by = "", "", user
    for model, blank in ((WelfareContact, {"name": "–", "phone": ""}),
                         (WelfareCheck, {"notes": "", "follow_up_to": ""}),
                         (WelfareAlert, {"note": ""})):
        for row in s.scalars(select(model).where(model.entry_id == entry.id)):
            if any(getattr(row, k) != v for k, v in blank.items()):
                for k, v in blank.items():
                    setattr(row, k, v)
                row.updated_by = user
