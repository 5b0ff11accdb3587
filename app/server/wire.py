"""The push request as pydantic validates it (docs/sync-protocol.md §4).

The body is parsed and checked from its bytes in one pass (pydantic-core: as fast as
json.loads, into plain dicts that app/server/core.py works on). When that strict pass
fails, the envelope alone is checked (client id, each mutation's identity), then each
mutation on its own: a malformed mutation is rejected alone, as a dead letter, and never
blocks the mutations after it. Only a body whose envelope is broken is refused whole (400).
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal, NotRequired, Required

from pydantic import ConfigDict, Field, Strict, TypeAdapter, ValidationError
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

INT63 = 2**63 - 1

Count = Annotated[int, Strict(), Field(ge=0, le=INT63)]
Position = Annotated[int, Strict(), Field(ge=0, le=2**30)]
Version = Annotated[int, Strict(), Field(ge=0, le=2**31 - 1)]
# Record ids are UUIDs ("<uuid>:<uuid>" for a link): letters, digits and . _ : - only.
ID_PATTERN = r"^[0-9A-Za-z._:-]{1,80}$"
RecordId = Annotated[str, Field(pattern=ID_PATTERN)]
ShortId = Annotated[str, Field(pattern=r"^[0-9A-Za-z._:-]{1,36}$")]
EntityName = Annotated[str, Field(pattern=r"^[a-z_]{1,40}$")]
ColumnName = Annotated[str, Field(pattern=r"^[a-z_0-9]{1,64}$")]
Hash = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
# Text stored in the server's own columns: no NUL (PostgreSQL text cannot hold one).
Text = Annotated[str, Field(pattern=r"^[^\x00]*$")]

is_id = re.compile(ID_PATTERN).match


class Mutation(TypedDict, total=False):
    __pydantic_config__ = ConfigDict(extra="ignore")  # type: ignore[misc]
    n: Required[Count]
    i: Position
    entity: Required[EntityName]
    op: Required[Literal["create", "update", "delete", "create_many"]]
    id: RecordId
    base_version: Version
    fields: dict[ColumnName, Any] | None
    base: dict[ColumnName, Any] | None
    # create_many: the outbox row's ids from `i` on, and the records as columns and rows.
    ids: list[RecordId]
    columns: list[ColumnName]
    rows: list[list[Any]]


class PushBody(TypedDict):
    __pydantic_config__ = ConfigDict(extra="ignore")  # type: ignore[misc]
    client_id: Annotated[str, Field(min_length=1, max_length=64)]
    mutations: list[Mutation]
    # The workspace's audit entries (app.domain.audit_chain.FIELDS, then the hash).
    audit: NotRequired[list[list[Any]]]


class MutationKey(TypedDict):
    __pydantic_config__ = ConfigDict(extra="allow")  # type: ignore[misc]
    n: Count
    i: NotRequired[Position]


class PushEnvelope(TypedDict):
    __pydantic_config__ = ConfigDict(extra="ignore")  # type: ignore[misc]
    client_id: Annotated[str, Field(min_length=1, max_length=64)]
    mutations: list[MutationKey]
    audit: NotRequired[list[list[Any]]]


AuditRow = tuple[
    Annotated[int, Strict(), Field(ge=1, le=INT63)],           # seq
    ShortId,                                                   # id
    Annotated[int, Strict(), Field(ge=0, le=INT63)],           # at (µs UTC)
    ShortId | None,                                            # org_id
    ShortId | None,                                            # user_id
    Annotated[str, Field(pattern=r"^[a-z_]{1,20}$")],          # action
    Annotated[str, Field(pattern=r"^[a-z0-9_]{1,40}$")],       # entity_kind
    RecordId | None,                                           # entity_id
    Annotated[Text, Field(max_length=4000)],                   # summary
    Hash,                                                      # prev_hash
    Hash,                                                      # hash
]

_STRICT = TypeAdapter(PushBody)
_LOOSE = TypeAdapter(PushEnvelope)
_MUTATION = TypeAdapter(Mutation)
_AUDIT_ROW = TypeAdapter(AuditRow)


class Malformed(Exception):
    """The envelope itself is broken: the whole request is refused (400 bad_request)."""


def first_error(exc: ValidationError) -> str:
    err = exc.errors(include_url=False, include_input=False)[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else err["msg"]


def parse_push(raw: bytes) -> tuple[dict, dict[tuple[int, int], str]]:
    """The push body, and the mutations that are malformed ((n, i) -> reason)."""
    try:
        body = _STRICT.validate_json(raw)
        _unique(body["mutations"])
        return body, {}
    except ValidationError:
        pass
    try:
        body = _LOOSE.validate_json(raw)
    except ValidationError as exc:
        raise Malformed(first_error(exc)) from exc
    _unique(body["mutations"])
    invalid = {}
    mutations = []
    for m in body["mutations"]:
        try:
            mutations.append(_MUTATION.validate_python(m))
        except ValidationError as exc:
            invalid[(m["n"], m.get("i", 0))] = first_error(exc)
            mutations.append(m)
    body["mutations"] = mutations
    return body, invalid


def _unique(mutations: list[dict]) -> None:
    """A mutation's identity (n, i) appears once in a push: it is what a replay is
    recognised by (the client never sends one twice; a duplicated request is a replay)."""
    keys = {(m["n"], m.get("i", 0)) for m in mutations}
    if len(keys) != len(mutations):
        raise Malformed("the same mutation (n, i) twice in one push")


def audit_row(row: Any) -> tuple | str:
    """An audit entry as its validated tuple, or the reason it is refused."""
    try:
        return _AUDIT_ROW.validate_python(row)
    except ValidationError as exc:
        return first_error(exc)


def clean(text: Any, limit: int | None = None) -> str:
    """A value as text for the server's own columns: no NUL, at most `limit` characters."""
    out = str(text).replace("\x00", "\\x00")
    return out[:limit] if limit else out


def push_schema(ref_template: str) -> dict:
    """The push body's JSON schema, for the OpenAPI document."""
    return _STRICT.json_schema(ref_template=ref_template)
