"""The security officer's review of free text saved with sensitive-looking words.

Every service that writes free text calls `flag_sensitive` in its own transaction: when
the text holds words of app.domain.privacy (the person was warned by the form and saved
anyway, or typed them at the command line), the record gets a pending review flag. The
officer lists pending flags and marks them reviewed (ReviewService); the person's-file
erasure flags the records whose free text may still name the person.

Flags point at the record an officer opens: a signalement, a conflict case (its steps
and mediation sessions flag the case) or a welfare register entry (its checks and alerts
flag the entry).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.codes import AuditAction
from app.domain.policy import Action, Kind
from app.domain.privacy import (
    ACCENTED_WORDS,
    SENSITIVE_STEMS,
    SENSITIVE_WORDS,
    sensitive_fields,
)
from app.domain.text import fold
from app.models import (
    ConflictCase,
    Person,
    ReviewFlag,
    Signalement,
    User,
    WelfareEntry,
    utcnow,
)
from app.models.privacy import REVIEW_KINDS
from app.services.base import ServiceBase
from app.services.errors import Errors, NotFound

ERASURE_MARK = "[effacement]"


@dataclass(frozen=True)
class ReviewRow:
    kind: str              # signalement, conflict_case, welfare_entry
    id: str                # the record's id
    reference: str         # SIG-…/VOI-… reference, or the register entry's person
    words: list[str]
    fields: list[str]
    flagged_at: datetime
    flagged_by: str        # display name, "" for the system


def _split(text: str) -> list[str]:
    return [w for w in (text or "").split(", ") if w]


def add_flag(s: Session, kind: str, record_id: str, org_id: str | None, fields: list[str],
             words: list[str], user_id: str | None) -> None:
    """One pending flag per record: a new one, or the pending one with these words added."""
    flag = s.scalar(select(ReviewFlag).where(ReviewFlag.kind == kind,
                                             ReviewFlag.record_id == record_id,
                                             ReviewFlag.reviewed_at.is_(None)))
    if flag is None:
        s.add(ReviewFlag(kind=kind, record_id=record_id, org_id=org_id, fields=", ".join(fields),
                         words=", ".join(words), flagged_at=utcnow(), flagged_by=user_id))
        return
    old_fields, old_words = _split(flag.fields), _split(flag.words)
    flag.fields = ", ".join(old_fields + [f for f in fields if f not in old_fields])
    flag.words = ", ".join(old_words + [w for w in words if w not in old_words])
    flag.flagged_at, flag.flagged_by = utcnow(), user_id


def flag_sensitive(s: Session, service: ServiceBase, kind: str, record_id: str,
                   org_id: str | None, **texts: str | None) -> list[str]:
    """Flag the record when these free-text fields hold sensitive-looking words.

    Returns the words (empty: nothing flagged). Call it with the fields the write set.
    """
    found = sensitive_fields(texts)
    if not found:
        return []
    words: list[str] = []
    for field_words in found.values():
        words += [w for w in field_words if w not in words]
    add_flag(s, kind, record_id, org_id, list(found), words, service.actor.user_id)
    return words


# The signalements' full-text index is folded like the lists (unicode61, no diacritics): a
# batch of new records is first narrowed to those the index finds any listed word in, so
# that a 100,000-record import does not run the Python scan on every text.
_FTS_TERMS = " OR ".join(
    [f"{stem}*" for stem in SENSITIVE_STEMS if stem.isalpha()]
    + [f'"{word}"' for word in sorted(SENSITIVE_WORDS | {fold(w) for w in ACCENTED_WORDS})
       if word.isalpha()])
SIGNALEMENT_TEXTS = ("description", "persons_description", "witnesses", "harm_people",
                     "harm_property", "actions_notes")


def flag_new_signalements(s: Session, service: ServiceBase, first_seq: int) -> int:
    """Flag the signalements inserted from `first_seq` on whose text holds listed words.
    Returns how many were flagged."""
    seqs = [row[0] for row in s.connection().exec_driver_sql(
        "SELECT rowid FROM signalements_fts WHERE signalements_fts MATCH ? AND rowid >= ?",
        (_FTS_TERMS, first_seq))]
    flagged = 0
    for start in range(0, len(seqs), 500):
        rows = s.execute(select(Signalement.id, Signalement.org_id,
                                *(getattr(Signalement, f) for f in SIGNALEMENT_TEXTS))
                         .where(Signalement.seq.in_(seqs[start:start + 500]))).all()
        for rid, org, *texts in rows:
            if flag_sensitive(s, service, "signalement", rid, org,
                              **dict(zip(SIGNALEMENT_TEXTS, texts, strict=True))):
                flagged += 1
    return flagged


class ReviewService(ServiceBase):
    """What the security officer's review screen calls (officer only, or the system)."""

    def _scope(self, query):
        self.authorise(Action.READ, Kind.REVIEW, self.actor.org_id)
        if self.actor.signed_in:
            query = query.where(ReviewFlag.org_id == self.actor.org_id)
        return query

    def pending(self, limit: int = 100, offset: int = 0) -> list[ReviewRow]:
        """Pending flags, oldest first."""
        with self.read() as s:
            rows = s.execute(self._scope(
                select(ReviewFlag, User.display_name)
                .outerjoin(User, User.id == ReviewFlag.flagged_by)
                .where(ReviewFlag.reviewed_at.is_(None))
                .order_by(ReviewFlag.flagged_at, ReviewFlag.id)
                .limit(max(0, limit)).offset(max(0, offset)))).all()
            refs = _references(s, [f for f, _name in rows])
            return [ReviewRow(f.kind, f.record_id, refs.get((f.kind, f.record_id), ""),
                              _split(f.words), _split(f.fields), f.flagged_at, name or "")
                    for f, name in rows]

    def count_pending(self) -> int:
        with self.read() as s:
            return s.scalar(self._scope(select(func.count()).select_from(ReviewFlag)
                                        .where(ReviewFlag.reviewed_at.is_(None)))) or 0

    def mark_reviewed(self, kind: str, record_id: str) -> None:
        """The officer has read the record (and edited it if needed): the flag is closed."""
        errors = Errors()
        if kind not in REVIEW_KINDS:
            errors.add("kind", "unknown_code", value=kind)
        errors.raise_if_any()
        with self.write() as s:
            flag = s.scalar(select(ReviewFlag).where(
                ReviewFlag.kind == kind, ReviewFlag.record_id == record_id,
                ReviewFlag.reviewed_at.is_(None)))
            if flag is None:
                raise NotFound(record_id)
            self.authorise(Action.UPDATE, Kind.REVIEW, flag.org_id)
            flag.reviewed_at, flag.reviewed_by = utcnow(), self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.UPDATE, kind, record_id, "reviewed", org_id=flag.org_id)


def _references(s: Session, flags: list[ReviewFlag]) -> dict[tuple[str, str], str]:
    """The reference an officer recognises, per flagged record."""
    ids: dict[str, list[str]] = {}
    for f in flags:
        ids.setdefault(f.kind, []).append(f.record_id)
    out: dict[tuple[str, str], str] = {}
    for kind, model in (("signalement", Signalement), ("conflict_case", ConflictCase)):
        if ids.get(kind):
            for rid, ref in s.execute(select(model.id, model.reference)
                                      .where(model.id.in_(ids[kind]))):
                out[(kind, rid)] = ref
    if ids.get("welfare_entry"):
        for rid, last, first in s.execute(
                select(WelfareEntry.id, Person.last_name, Person.first_name)
                .join(Person, Person.id == WelfareEntry.person_id)
                .where(WelfareEntry.id.in_(ids["welfare_entry"]))):
            out[("welfare_entry", rid)] = f"{last.upper()} {first}".strip()
    return out
