"""SQL conditions shared by a partial index and the queries that must match it exactly
for SQLite's planner to use it. Standard library only: the fast start-up path reads them.

OR chains, not IN lists: SQLite evaluates a partial index's condition on every inserted
row, and an IN list builds an ephemeral table each time (migration 0008).
"""

# Signalements still waiting for a referral: the Today screen's list.
OPEN_SIGNALEMENT = "(status = 'new' OR status = 'in_progress') AND deleted_at IS NULL"
