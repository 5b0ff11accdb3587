"""Signalements: validation, creation (one or in bulk), edits, and the list's reads.

Every write is one transaction. Creation, of one record or of 100,000, goes through
`create_many`: whole-column validation, then a driver-level executemany, so that a
large import stays close to raw SQLite speed; the ORM is used where one record is read
or edited. The list queries themselves live in app/services/signalement_list.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from itertools import repeat
from operator import attrgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.codes import (
    AuditAction,
    Category,
    ClosingReason,
    LocationKind,
    Recurrence,
    ReferralChannel,
    ReferralRecipient,
    SignalementStatus,
)
from app.domain.ids import new_ids, references
from app.domain.limits import DESCRIPTION_LIMIT, TEXT_LIMIT
from app.domain.messages import language
from app.domain.policy import Action, Kind
from app.domain.privacy import sensitive_words
from app.domain.workflow import can_move
from app.models import Building, Entrance, Referral, Signalement, Site, utcnow
from app.services.base import ServiceBase
from app.services.errors import Errors, NotFound, StaleVersion
from app.services.review import flag_new_signalements, flag_sensitive
from app.services.signalement_list import NO_FILTER, SignalementList
from app.services.signalement_types import (
    DRAFT_FIELDS,
    ReferralInfo,
    SignalementDetail,
    SignalementDraft,
    SignalementFilter,
    SignalementRow,
)
from app.store import bulk, fts
from app.store.bulk import sql_datetime

# Clocks of office PCs drift: a few minutes ahead is not "in the future".
CLOCK_TOLERANCE = timedelta(minutes=10)
TEXT_FIELDS = ("persons_description", "witnesses", "harm_people", "harm_property", "actions_notes")
text_fields = attrgetter(*TEXT_FIELDS)


# Draft fields sqlite3 stores as they are (str, int, bool, None); the others are converted.
PLAIN_FIELDS = tuple(n for n in DRAFT_FIELDS
                     if n not in ("facts_start", "facts_end", "reported_at", "reporter_id"))
INSERT_COLUMNS = (*PLAIN_FIELDS, "facts_start", "facts_end", "reported_at", "reporter_id", "id",
                  "reference", "org_id", "created_at", "updated_at", "created_by", "updated_by",
                  "version")


class PlaceIndex:
    """Which site each building and entrance belongs to, loaded once per validation batch."""

    def __init__(self, s: Session) -> None:
        self.site_org = dict(s.execute(select(Site.id, Site.org_id).where(Site.deleted_at.is_(None))).all())
        self.building_site = dict(s.execute(select(Building.id, Building.site_id)).all())
        self.entrance_building = dict(s.execute(select(Entrance.id, Entrance.building_id)).all())


CATEGORIES = Category.codes()
LOCATION_KINDS = LocationKind.codes()
RECURRENCES = Recurrence.codes()
STATUSES = SignalementStatus.codes()
CLOSING_REASONS = ClosingReason.codes()
CLOSED = SignalementStatus.CLOSED.value


def validate(d: SignalementDraft, places: PlaceIndex, now: datetime) -> Errors:
    """Field-by-field checks of a draft; returns the errors, raises nothing.

    Kept lean on purpose: bulk imports run it on every row.
    """
    e = Errors()
    if not d.category:
        e.add("category", "required")
    elif d.category not in CATEGORIES:
        e.add("category", "unknown_code", value=d.category)
    if not d.site_id:
        e.add("site_id", "required")
    elif d.site_id not in places.site_org:
        e.add("site_id", "unknown_site", value=d.site_id)
    else:
        if d.building_id and places.building_site.get(d.building_id) != d.site_id:
            e.add("building_id", "place_mismatch")
        if d.entrance_id and (
            not d.building_id or places.entrance_building.get(d.entrance_id) != d.building_id
        ):
            e.add("entrance_id", "place_mismatch")
    if d.location_kind and d.location_kind not in LOCATION_KINDS:
        e.add("location_kind", "unknown_code", value=d.location_kind)
    if d.floor is not None and not -5 <= d.floor <= 60:
        e.add("floor", "unknown_code", value=d.floor)
    latest = now + CLOCK_TOLERANCE
    if d.facts_start is None:
        e.add("facts_start", "required")
    else:
        if d.facts_start > latest:
            e.add("facts_start", "in_future")
        if d.facts_end is not None and d.facts_end < d.facts_start:
            e.add("facts_end", "end_before_start")
        if d.reported_at is not None and d.reported_at < d.facts_start:
            e.add("reported_at", "report_before_facts")
    if d.reported_at is not None and d.reported_at > latest:
        e.add("reported_at", "in_future")
    if len(d.description) > DESCRIPTION_LIMIT:
        e.add("description", "too_long", length=len(d.description), limit=DESCRIPTION_LIMIT)
    if max(map(len, text_fields(d))) > TEXT_LIMIT:
        for name in TEXT_FIELDS:
            value = getattr(d, name)
            if len(value) > TEXT_LIMIT:
                e.add(name, "too_long", length=len(value), limit=TEXT_LIMIT)
    if d.recurrence not in RECURRENCES:
        e.add("recurrence", "unknown_code", value=d.recurrence)
    if d.severity not in (1, 2, 3, 4):
        e.add("severity", "unknown_code", value=d.severity)
    if d.persons_count < 0:
        e.add("persons_count", "not_negative")
    if d.estimated_cost_cents < 0:
        e.add("estimated_cost_cents", "not_negative")
    if d.status not in STATUSES:
        e.add("status", "unknown_code", value=d.status)
    elif d.status == CLOSED and not d.closing_reason:
        e.add("closing_reason", "closing_reason_needed")
    elif d.status != CLOSED and d.closing_reason:
        e.add("closing_reason", "closing_reason_only_when_closed")
    if d.closing_reason and d.closing_reason not in CLOSING_REASONS:
        e.add("closing_reason", "unknown_code", value=d.closing_reason)
    return e


class Columns:
    """The drafts of a batch read column by column, each column read once (C-level map)."""

    def __init__(self, drafts: list[SignalementDraft]) -> None:
        self.drafts = drafts
        self._cache: dict[str, list] = {}

    def __getitem__(self, name: str) -> list:
        col = self._cache.get(name)
        if col is None:
            col = self._cache[name] = list(map(attrgetter(name), self.drafts))
        return col


def batch_is_valid(cols: Columns, places: PlaceIndex, now: datetime) -> bool:
    """True only if `validate` would accept every draft; False means "check row by row".

    Whole-column checks cost a tenth of 100,000 calls to `validate`. They may answer
    False for a valid batch (the row-by-row pass then accepts it) but never True for an
    invalid one: tests/test_signalements_service.py checks that on random batches.
    """
    latest = now + CLOCK_TOLERANCE
    starts = cols["facts_start"]
    if None in starts or max(starts) > latest:
        return False
    if not (set(cols["category"]) <= CATEGORIES and set(cols["site_id"]) <= places.site_org.keys()
            and set(cols["recurrence"]) <= RECURRENCES and set(cols["severity"]) <= {1, 2, 3, 4}
            and set(cols["location_kind"]) - {None, ""} <= LOCATION_KINDS):
        return False
    floors = set(cols["floor"]) - {None}
    if floors and not (min(floors) >= -5 and max(floors) <= 60):
        return False
    for building, site in set(zip(cols["building_id"], cols["site_id"], strict=True)):
        if building and places.building_site.get(building) != site:
            return False
    for entrance, building in set(zip(cols["entrance_id"], cols["building_id"], strict=True)):
        if entrance and (not building or places.entrance_building.get(entrance) != building):
            return False
    for later in (cols["facts_end"], cols["reported_at"]):
        pairs = [(x, st) for x, st in zip(later, starts, strict=True) if x is not None]
        if pairs and (any(x < st for x, st in pairs) or max(x for x, _ in pairs) > latest):
            return False
    if max(map(len, cols["description"])) > DESCRIPTION_LIMIT:
        return False
    if any(max(map(len, cols[name])) > TEXT_LIMIT for name in TEXT_FIELDS):
        return False
    if min(cols["persons_count"]) < 0 or min(cols["estimated_cost_cents"]) < 0:
        return False
    for status, reason in set(zip(cols["status"], cols["closing_reason"], strict=True)):
        if status not in STATUSES or (status == CLOSED) != bool(reason):
            return False
        if reason and reason not in CLOSING_REASONS:
            return False
    return True


def privacy_warnings(d: SignalementDraft) -> list[str]:
    """Words that look like sensitive data in the free text, to warn about before saving."""
    words: list[str] = []
    for name in ("description", *TEXT_FIELDS):
        for w in sensitive_words(getattr(d, name)):
            if w not in words:
                words.append(w)
    return words


class SignalementService(ServiceBase):
    # Writing -----------------------------------------------------------------------

    def create(self, draft: SignalementDraft) -> str:
        return self.create_many([draft])[0]

    def create_many(self, drafts: list[SignalementDraft]) -> list[str]:
        """Validate every draft, then insert them all in one transaction, or none."""
        now = utcnow()
        n = len(drafts)
        if n == 0:
            return []
        cols = Columns(drafts)
        with self.write() as s:
            places = PlaceIndex(s)
            if self.actor.signed_in:
                for site_id in set(cols["site_id"]):
                    self.authorise(Action.CREATE, Kind.SIGNALEMENT, places.site_org.get(site_id),
                                   site_id)
            if not batch_is_valid(cols, places, now):
                for i, d in enumerate(drafts):
                    errors = validate(d, places, now)
                    if errors:
                        if n > 1:
                            errors.found = {f"{i}.{k}": v for k, v in errors.found.items()}
                        errors.raise_if_any()
            ids = new_ids(n)
            years = [(r or now).year for r in cols["reported_at"]]
            refs = references("SIG", years, taken=lambda minute: taken_tails(
                s, Signalement.reference, "SIG", set(years), minute))
            user = self.actor.user_id
            stamp = sql_datetime(now)
            rows = list(zip(
                *(cols[name] for name in PLAIN_FIELDS),
                map(sql_datetime, cols["facts_start"]),
                [sql_datetime(e) if e else None for e in cols["facts_end"]],
                [sql_datetime(r) if r else stamp for r in cols["reported_at"]],
                [r or user for r in cols["reporter_id"]],
                ids, refs, map(places.site_org.__getitem__, cols["site_id"]),
                repeat(stamp), repeat(stamp), repeat(user), repeat(user), repeat(1),
                strict=False,  # the repeat() columns are endless
            ))
            conn = s.connection()
            first_seq = s.scalar(select(func.coalesce(func.max(Signalement.seq), 0))) + 1
            with fts.bulk_load(conn, "signalements"):
                bulk.insert_rows(conn, Signalement.__table__, INSERT_COLUMNS, rows)
            # Sensitive-looking words: the form warned, the officer reviews (app.services.review).
            flag_new_signalements(s, self, first_seq)
            if n == 1:
                self.audit(s, AuditAction.CREATE, "signalement", ids[0], refs[0],
                           org_id=places.site_org[drafts[0].site_id])
            else:
                self.audit(s, AuditAction.CREATE, "signalement", None, f"{n}")
            return ids

    def update(self, signalement_id: str, expected_version: int, draft: SignalementDraft) -> int:
        """Save an edited draft over the record the editor opened. Returns the new version."""
        now = utcnow()
        with self.write() as s:
            sig = self._live(s, signalement_id, Action.UPDATE)
            if sig.version != expected_version:
                raise StaleVersion(sig.version, expected_version)
            # Dates already on the record are not "in the future" for a PC whose clock is
            # behind the one that wrote them (sync brings records from other desktops).
            known = max(d for d in (now, sig.facts_start, sig.facts_end, sig.reported_at) if d)
            errors = validate(draft, PlaceIndex(s), known)
            old_status = SignalementStatus(sig.status)
            if draft.status in SignalementStatus.codes() and not can_move(
                old_status, SignalementStatus(draft.status)
            ):
                errors.add("status", "bad_status_move", old=old_status.label(language()),
                           new=SignalementStatus(draft.status).label(language()))
            errors.raise_if_any()
            changed = []
            for name in DRAFT_FIELDS:
                value = getattr(draft, name)
                if name == "reported_at" and value is None:
                    continue
                if getattr(sig, name) != value:
                    setattr(sig, name, value)
                    changed.append(name)
            if not changed:
                return sig.version
            sig.updated_by = self.actor.user_id
            flag_sensitive(s, self, "signalement", sig.id, sig.org_id,
                           **{name: getattr(draft, name) for name in changed
                              if name in ("description", *TEXT_FIELDS)})
            s.flush()
            self.audit(s, AuditAction.UPDATE, "signalement", sig.id, ", ".join(changed),
                       org_id=sig.org_id)
            return sig.version

    def delete(self, signalement_id: str, expected_version: int) -> None:
        """Tombstone: the row stays so that sync can carry the delete."""
        with self.write() as s:
            sig = self._live(s, signalement_id, Action.DELETE)
            if sig.version != expected_version:
                raise StaleVersion(sig.version, expected_version)
            sig.deleted_at = utcnow()
            sig.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.DELETE, "signalement", sig.id, sig.reference,
                       org_id=sig.org_id)

    def add_referral(self, signalement_id: str, recipient: str, referred_on: date, channel: str,
                     reference_number: str = "", notes: str = "") -> str:
        """Record a referral; a new or in-progress signalement becomes 'referred'."""
        errors = Errors()
        if recipient not in ReferralRecipient.codes():
            errors.add("recipient", "unknown_code", value=recipient)
        if channel not in ReferralChannel.codes():
            errors.add("channel", "unknown_code", value=channel)
        if referred_on is None:
            errors.add("referred_on", "required")
        elif referred_on > (utcnow() + CLOCK_TOLERANCE).date():
            errors.add("referred_on", "in_future")
        errors.raise_if_any()
        with self.write() as s:
            sig = self._live(s, signalement_id, Action.UPDATE)
            ref = Referral(signalement_id=sig.id, recipient=recipient, referred_on=referred_on,
                           channel=channel, reference_number=reference_number.strip(),
                           notes=notes, org_id=sig.org_id, created_by=self.actor.user_id,
                           updated_by=self.actor.user_id)
            s.add(ref)
            flag_sensitive(s, self, "signalement", sig.id, sig.org_id, referral_notes=notes)
            if sig.status in (SignalementStatus.NEW, SignalementStatus.IN_PROGRESS):
                sig.status = SignalementStatus.REFERRED.value
                sig.updated_by = self.actor.user_id
            s.flush()
            self.audit(s, AuditAction.CREATE, "referral", ref.id, f"{sig.reference} → {recipient}",
                       org_id=sig.org_id)
            return ref.id

    # Reading -----------------------------------------------------------------------

    def get(self, signalement_id: str) -> SignalementDetail:
        with self.read() as s:
            sig = self._live(s, signalement_id)
            draft = SignalementDraft(**{n: getattr(sig, n) for n in DRAFT_FIELDS})
            refs = [ReferralInfo(r.id, r.recipient, r.referred_on, r.channel, r.reference_number,
                                 r.notes) for r in sig.referrals if r.deleted_at is None]
            return SignalementDetail(sig.id, sig.reference, sig.version, sig.created_at,
                                     sig.updated_at, draft, refs)

    # Reading the list: app/services/signalement_list.py, on this service's connection.

    def page(self, flt: SignalementFilter = NO_FILTER, *, sort: str = "facts_start",
             descending: bool = True, limit: int = 100,
             after: tuple | None = None) -> list[SignalementRow]:
        with self._list() as reader:
            return reader.page(flt, sort=sort, descending=descending, limit=limit, after=after)

    page_key = staticmethod(SignalementList.page_key)

    def count(self, flt: SignalementFilter = NO_FILTER) -> int:
        with self._list() as reader:
            return reader.count(flt)

    def search(self, user_text: str, flt: SignalementFilter = NO_FILTER,
               limit: int = 200) -> list[SignalementRow]:
        with self._list() as reader:
            return reader.search(user_text, flt, limit)

    @contextmanager
    def _list(self) -> Iterator[SignalementList]:
        with self.read() as s:
            yield SignalementList(s.connection().connection.driver_connection,
                                  self.list_scope(Kind.SIGNALEMENT))

    def _live(self, s: Session, signalement_id: str,
              action: Action = Action.READ) -> Signalement:
        """The live signalement, once the actor's role allows `action` on it."""
        sig = s.get(Signalement, signalement_id)
        if sig is None or sig.deleted_at is not None:
            raise NotFound(signalement_id)
        self.authorise(action, Kind.SIGNALEMENT, sig.org_id, sig.site_id)
        return sig


def taken_tails(s: Session, column, prefix: str, years: set[int], minute: str) -> set[str]:
    """The random tails of references already given out in that minute (see ids.references)."""
    tails: set[str] = set()
    for year in years:
        start = f"{prefix}-{year}-{minute}-"
        tails.update(s.scalars(select(func.substr(column, -5)).where(
            column >= start, column < start + "~")))
    return tails
