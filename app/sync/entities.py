"""What is synced, read from the workspace's own models (shared by client and server).

Every table with the RecordMixin columns is an entity, under its table name, plus the
link table `case_signalements` and the server's conflict records. For each entity this
module knows its columns, the columns that name a user, and where its scope comes from:
its own `site_id`, or its parent's (a case step takes its case's site), so that the server
can decide who may see it (docs/sync-protocol.md §7).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from app.store.outbox import LINK_TABLES, NOT_PUSHED

SCHEMA_VERSION = 1  # the shape of synced entities; see docs/sync-protocol.md §2
SCHEMA_HEADER = "X-Palier-Schema"

CONFLICTS = "sync_conflicts"
ROOTS = ("signalements", "conflict_cases")  # what can be shared with another organisation
# What has a human reference (SIG-…, CAS-…) the server keeps unique, with its name in the
# audit trail (docs/sync-protocol.md §4, "References").
REFERENCED = {"signalements": "signalement", "conflict_cases": "conflict_case"}
ATTACHMENT_OWNERS = {"signalement": "signalements", "conflict_case": "conflict_cases",
                     "welfare_entry": "welfare_entries"}
# Which foreign key leads to the parent when a table has several.
PARENT_PREFERENCE = {"welfare_entries": "dwelling_id"}
UNSCOPED_TARGETS = {"organisations", "users", "attachment_blobs"}
# Pulled but never pushed: the server's directory and its conflict records' creation.
PULL_ONLY = frozenset({"users", "organisations"})


@dataclass(frozen=True)
class Entity:
    name: str
    columns: tuple[str, ...]                 # every synced column, in table order
    user_refs: tuple[str, ...] = ()          # columns holding a user id
    parent: tuple[str, str] | None = None    # (column, parent entity) giving the scope
    is_root: bool = False
    is_link: bool = False
    blob_column: str | None = None
    binary: tuple[str, ...] = ()             # LargeBinary columns ({"$b64": ...} on the wire)
    types: dict[str, str] = field(default_factory=dict)  # column -> int, str, float, bytes

    @property
    def org_wide(self) -> bool:
        return self.parent is None and self.name not in ("sites",) and not self.is_root \
            and self.name != "attachments"


def _python_type(column) -> str:
    from sqlalchemy import TypeDecorator

    kind = column.type
    if isinstance(kind, TypeDecorator):  # UTCDateTime: integer microseconds
        kind = kind.impl_instance
    try:
        t = kind.python_type
    except NotImplementedError:
        return "any"
    if t is bool or t is int:
        return "int"
    if t is bytes:
        return "bytes"
    if t is float:
        return "float"
    return "str"


@cache
def registry() -> dict[str, Entity]:
    from app.models import Base

    out: dict[str, Entity] = {}
    for table in Base.metadata.sorted_tables:
        name = table.name
        cols = [c for c in table.c if c.name != "seq"]
        if name in LINK_TABLES:
            left, _right = LINK_TABLES[name]
            parent_fk = next(iter(table.c[left].foreign_keys)).column.table.name
            out[name] = Entity(name, tuple(c.name for c in cols), parent=(left, parent_fk),
                               is_link=True, types={c.name: "str" for c in cols})
            continue
        if name == CONFLICTS:
            out[name] = Entity(name, tuple(c.name for c in cols),
                               types={c.name: _python_type(c) for c in cols})
            continue
        if "version" not in table.c or "org_id" not in table.c or name in NOT_PUSHED - {"users"}:
            continue
        user_refs, parents = [], []
        for c in cols:
            for fk in c.foreign_keys:
                target = fk.column.table.name
                if target == "users":
                    user_refs.append(c.name)
                elif target not in UNSCOPED_TARGETS:
                    parents.append((c.name, target))
        parent = None
        if name in ROOTS or name == "sites":
            parent = None
        elif "site_id" in table.c:
            parent = ("site_id", "sites")
        elif parents:
            wanted = PARENT_PREFERENCE.get(name)
            parent = next((p for p in parents if p[0] == wanted), parents[0])
        binary = tuple(c.name for c in cols if _python_type(c) == "bytes")
        out[name] = Entity(
            name, tuple(c.name for c in cols), tuple(user_refs), parent,
            is_root=name in ROOTS,
            blob_column="sha256" if name == "attachments" else None,
            binary=binary, types={c.name: _python_type(c) for c in cols})
    return out


def entity(name: str) -> Entity | None:
    return registry().get(name)


def record_key(entity_name: str, row: dict) -> str:
    """The record id of a row (links have none: "<left>:<right>")."""
    if entity_name in LINK_TABLES:
        left, right = LINK_TABLES[entity_name]
        return f"{row[left]}:{row[right]}"
    return row["id"]
