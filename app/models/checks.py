"""Helpers for CHECK constraints built from the domain's code lists."""

from __future__ import annotations

from app.domain.codes import Coded


def in_codes(column: str, codes: type[Coded], nullable: bool = False) -> str:
    # An OR chain, not IN (...): SQLite builds an ephemeral table for every IN list it
    # checks, which tripled the cost of bulk inserts.
    clause = " OR ".join(f"{column} = '{c}'" for c in (m.value for m in codes))
    return f"{column} IS NULL OR {clause}" if nullable else clause
