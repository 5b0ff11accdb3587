"""Record identifiers: UUIDv7, time-ordered so that new rows land at the end of indexes."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def short_code(record_id: str, length: int = 6) -> str:
    """A short, unambiguous code taken from the random tail of a UUID (for references)."""
    value = int(record_id.replace("-", "")[-15:], 16)
    out = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        out.append(_CROCKFORD[digit])
    return "".join(out)
