"""The open-signalements index tests its statuses with an OR chain, not an IN list

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# SQLite evaluates a partial index's WHERE on every inserted row, and an IN list there
# builds an ephemeral table each time: with every new signalement "new", it made a
# 100,000-row import a quarter slower. The Today query repeats this exact expression,
# so the planner still sees that the index applies.
OPEN = "(status = 'new' OR status = 'in_progress') AND deleted_at IS NULL"


def upgrade() -> None:
    op.drop_index('ix_signalements_open_facts', table_name='signalements')
    op.create_index('ix_signalements_open_facts', 'signalements', ['facts_start'], unique=False,
                    sqlite_where=sa.text(OPEN))


def downgrade() -> None:
    op.drop_index('ix_signalements_open_facts', table_name='signalements')
    op.create_index('ix_signalements_open_facts', 'signalements', ['facts_start'], unique=False,
                    sqlite_where=sa.text("status IN ('new', 'in_progress') AND deleted_at IS NULL"))
