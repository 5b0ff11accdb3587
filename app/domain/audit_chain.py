"""The audit trail as a hash chain: each entry seals its own content and the previous
entry's hash, so that altering, removing or inserting an entry anywhere but at the very
end breaks every link after it.

Pure Python (no SQLAlchemy): the migration that chained existing entries, the service
layer that appends and `palier check` that verifies all use these functions. The
serialisation is frozen: changing it would break every workspace's chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS = "0" * 64

# The columns an entry's hash covers, in this order (prev_hash last).
FIELDS = ("seq", "id", "at", "org_id", "user_id", "action", "entity_kind", "entity_id",
          "summary", "prev_hash")


def canonical(seq: int, id: str, at: int, org_id: str | None, user_id: str | None,
              action: str, entity_kind: str, entity_id: str | None, summary: str,
              prev_hash: str) -> bytes:
    """One entry as bytes: a JSON array, UTF-8, no spaces. `at` is the stored integer
    (microseconds since 1970 UTC), never a formatted date."""
    values = [seq, id, at, org_id, user_id, action, entity_kind, entity_id, summary or "",
              prev_hash]
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(seq: int, id: str, at: int, org_id: str | None, user_id: str | None,
               action: str, entity_kind: str, entity_id: str | None, summary: str,
               prev_hash: str) -> str:
    return hashlib.sha256(canonical(seq, id, at, org_id, user_id, action, entity_kind,
                                    entity_id, summary, prev_hash)).hexdigest()


def next_entry(last: tuple[int, str] | None, id: str, at: int, org_id: str | None,
               user_id: str | None, action: str, entity_kind: str, entity_id: str | None,
               summary: str) -> dict:
    """The columns of the entry appended after `last`, the chain's end as (seq, hash), or
    None for an empty trail. Appenders hold the write lock between reading `last` and
    inserting this."""
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    summary = summary or ""
    return {"seq": seq, "id": id, "at": at, "org_id": org_id, "user_id": user_id,
            "action": action, "entity_kind": entity_kind, "entity_id": entity_id,
            "summary": summary, "prev_hash": prev,
            "hash": entry_hash(seq, id, at, org_id, user_id, action, entity_kind, entity_id,
                               summary, prev)}


@dataclass(frozen=True)
class Break:
    """Where the chain fails. `kind`: 'altered' (content does not match its hash),
    'link' (prev_hash is not the previous entry's hash: one removed or inserted before),
    'gap' (sequence numbers missing: entries removed)."""

    seq: int
    entry_id: str
    kind: str


def verify(rows: Iterable[tuple], anchor: tuple[int, str] | None = None) -> list[Break]:
    """Check rows given as tuples in FIELDS order plus the stored hash, sorted by seq.

    `anchor`: (seq, hash) of the last entry the retention purge removed, where the
    remaining chain starts (app.services.retention); None: the chain starts at genesis.
    """
    breaks: list[Break] = []
    expected_prev = GENESIS if anchor is None else anchor[1]
    expected_seq = 1 if anchor is None else anchor[0] + 1
    for row in rows:
        *fields, stored = row
        seq, entry_id, prev_hash = fields[0], fields[1], fields[-1]
        if seq != expected_seq:
            breaks.append(Break(seq, entry_id, "gap"))
        if prev_hash != expected_prev:
            breaks.append(Break(seq, entry_id, "link"))
        if entry_hash(*fields) != stored:
            breaks.append(Break(seq, entry_id, "altered"))
        expected_prev = stored
        expected_seq = seq + 1
    return breaks
