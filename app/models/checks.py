"""Helpers for CHECK constraints built from the domain's code lists."""

from __future__ import annotations

from app.domain.codes import Coded


def in_codes(column: str, codes: type[Coded], nullable: bool = False) -> str:
    listed = ", ".join(f"'{c}'" for c in codes.codes())
    clause = f"{column} IN ({listed})"
    return f"({column} IS NULL OR {clause})" if nullable else clause
