"""The server's tunable limits: token lifetime, sign-in throttling, request sizes.

Read once at start from the environment (systemd's `EnvironmentFile`, see
docs/deploy-server.md), so that every API process behind a load balancer applies the same
rules; `palier server --token-days N` overrides the lifetime. The defaults and what each
limit means are in docs/sync-protocol.md §2.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

DAY = 86_400_000_000  # microseconds
KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class Settings:
    # A device token is refused this many days after it was issued (0: never).
    token_days: float = 30.0
    # Sign-in throttling, per login: from the `login_delay_after`-th failure in a row, the
    # next attempt must wait base, 2 x base, 4 x base ... (at most `login_delay_cap`
    # seconds); the `login_lock_after`-th failure locks the login for `login_lock_minutes`.
    login_delay_after: int = 3
    login_delay_base: float = 1.0
    login_delay_cap: float = 300.0
    login_lock_after: int = 10
    login_lock_minutes: float = 15.0
    # Per client address (many logins tried from one place): the same doubling delays from
    # the `address_delay_after`-th failure, no lock.
    address_delay_after: int = 20
    # Failures older than this are forgotten (the count starts again).
    login_window_minutes: float = 60.0
    # Request bodies, in bytes: a push, an attachment chunk, anything else.
    max_push_bytes: int = 32 * MIB
    max_chunk_bytes: int = 8 * MIB
    max_body_bytes: int = 64 * KIB
    # An attachment's announced size.
    max_blob_bytes: int = 64 * MIB
    # Records in one push (mutations, plus the rows of bulk ones) and audit entries.
    max_batch: int = 5000
    max_audit: int = 5000

    @property
    def token_lifetime(self) -> int | None:
        """Microseconds a token lives after it is issued, or None for ever."""
        return int(self.token_days * DAY) if self.token_days > 0 else None

    @classmethod
    def from_env(cls, env=None, **overrides) -> Settings:
        """PALIER_SERVER_<FIELD> (upper case) for each field, e.g. PALIER_SERVER_TOKEN_DAYS."""
        env = os.environ if env is None else env
        values = {}
        for f in fields(cls):
            raw = env.get(f"PALIER_SERVER_{f.name.upper()}")
            if raw not in (None, ""):
                kind = float if f.type == "float" else int
                try:
                    values[f.name] = kind(raw)
                except ValueError as exc:
                    raise ValueError(f"PALIER_SERVER_{f.name.upper()}: {raw!r}") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
