"""Record identifiers: UUIDv7 (RFC 9562), time-ordered so that new rows land at the end of indexes.

Python gets uuid.uuid7 only in 3.14. This generator makes ids in batches, because a
100,000-row import spent a fifth of its time in a one-at-a-time generator. Within a
process ids are strictly increasing: the 12-bit rand_a field counts within a millisecond
and, when it overflows, the timestamp moves on by one (RFC 9562, section 6.2, method 3).
"""

from __future__ import annotations

import base64
import os
import threading
import time
from collections.abc import Callable

_lock = threading.Lock()
_last_ms = 0
_counter = 0
_VARIANT_NIBBLE = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def new_ids(n: int) -> list[str]:
    """`n` fresh UUIDv7 strings, increasing."""
    global _last_ms, _counter
    if n <= 0:
        return []
    rand = os.urandom(8 * n).hex()
    out = []
    with _lock:
        ms = max(time.time_ns() // 1_000_000, _last_ms)
        counter = _counter if ms == _last_ms else 0
        stamp = f"{ms:012x}"
        for i in range(n):
            counter += 1
            if counter > 0xFFF:
                ms, counter = ms + 1, 0
                stamp = f"{ms:012x}"
            r = rand[16 * i: 16 * i + 16]
            # variant bits 10xx in the first nibble of rand_b
            out.append(f"{stamp[:8]}-{stamp[8:]}-7{counter:03x}-{_VARIANT_NIBBLE[r[0]]}{r[1:4]}-{r[4:]}")
        _last_ms, _counter = ms, counter
    return out


def new_id() -> str:
    return new_ids(1)[0]


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Crockford's base32: no I, L, O or U, so a reference reads aloud without ambiguity.
_TO_CROCKFORD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", b"0123456789ABCDEFGHJKMNPQRSTVWXYZ")
CODE_LENGTH = 10


def random_codes(n: int, length: int = CODE_LENGTH) -> list[str]:
    """`n` random codes of `length` Crockford characters (5 bits each)."""
    nbytes = -(-n * length // 8) * 5  # whole 5-byte groups: base32 without padding
    stream = base64.b32encode(os.urandom(nbytes)).translate(_TO_CROCKFORD).decode()
    return [stream[i * length:(i + 1) * length] for i in range(n)]


_EPOCH_MINUTES = 28_401_120  # 2024-01-01T00:00Z in minutes since 1970


def _crockford(value: int, length: int) -> str:
    out = []
    for _ in range(length):
        value, digit = divmod(value, 32)
        out.append(_CROCKFORD[digit])
    return "".join(reversed(out))


def references(prefix: str, years: list[int], taken: Callable[[str], set[str]] | None = None) -> list[str]:
    """Human references such as SIG-2026-0K3M9-Q2XWD: kind, year, creation minute, random.

    The third part counts minutes since 2024 (enough for 63 years), so new references
    sort after old ones and their unique index grows at its end, like the UUIDv7 ids;
    the last part is 25 random bits, redrawn on a clash within the batch or with the
    references `taken(minute_prefix)` reports as already used in that minute.
    """
    minute = _crockford(time.time_ns() // 60_000_000_000 - _EPOCH_MINUTES, 5)
    used = set(taken(minute)) if taken else set()
    tails = random_codes(len(years), 5)
    if len(set(tails)) < len(tails) or not used.isdisjoint(tails):
        seen = set(used)
        for i, tail in enumerate(tails):
            while tail in seen:
                tail = random_codes(1, 5)[0]
            seen.add(tail)
            tails[i] = tail
    return [f"{prefix}-{year}-{minute}-{tail}" for year, tail in zip(years, tails, strict=True)]
