"""The signalement status workflow: new -> in progress -> referred -> closed."""

from __future__ import annotations

from app.domain.codes import SignalementStatus as S

ALLOWED_MOVES: dict[S, frozenset[S]] = {
    S.NEW: frozenset({S.IN_PROGRESS, S.REFERRED, S.CLOSED}),
    S.IN_PROGRESS: frozenset({S.REFERRED, S.CLOSED}),
    S.REFERRED: frozenset({S.IN_PROGRESS, S.CLOSED}),
    # Reopening is allowed: new facts about the same report.
    S.CLOSED: frozenset({S.IN_PROGRESS}),
}


def can_move(old: S, new: S) -> bool:
    return old == new or new in ALLOWED_MOVES[old]
