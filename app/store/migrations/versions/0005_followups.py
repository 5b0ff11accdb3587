"""Follow-ups: mediation exclusions, landlord rules, welfare alerts, Today indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

Hand-written. Columns are added with plain ALTER TABLE (no batch copy of the table):
conflict_cases carries the triggers of its full-text index, which a table copy would drop.
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

EXCLUSIONS = ('exclusion_mental_health', 'exclusion_guardianship', 'exclusion_minors',
              'exclusion_court')


def _record_columns():
    """The sync and audit columns of RecordMixin; datetimes as UTC microseconds."""
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.BigInteger(), nullable=False),
        sa.Column('updated_at', sa.BigInteger(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('deleted_at', sa.BigInteger(), nullable=True),
        sa.Column('org_id', sa.String(length=36), nullable=False),
        sa.Column('created_by', sa.String(length=36), nullable=True),
        sa.Column('updated_by', sa.String(length=36), nullable=True),
    ]


def _record_keys(table: str):
    return [
        sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f(f'fk_{table}_created_by_users'), use_alter=True),
        sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f(f'fk_{table}_org_id_organisations')),
        sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f(f'fk_{table}_updated_by_users'), use_alter=True),
        sa.PrimaryKeyConstraint('id', name=op.f(f'pk_{table}')),
    ]


def upgrade() -> None:
    # Neighbour-conflict cases: yes / no / not asked, for each mediation exclusion.
    for name in EXCLUSIONS:
        op.add_column('conflict_cases', sa.Column(name, sa.Boolean(), nullable=True))
    op.create_index('ix_conflict_cases_open_due', 'conflict_cases', ['next_due_on'], unique=False,
                    sqlite_where=sa.text("status = 'open' AND deleted_at IS NULL"))

    # A landlord's deadlines and retention periods, one row per rule.
    op.create_table('landlord_rules',
    sa.Column('landlord_id', sa.String(length=36), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    *_record_columns(),
    sa.CheckConstraint("rule = 'deadline.complaint' OR rule = 'deadline.verbal_reminder' OR rule = 'deadline.rules_reminder' OR rule = 'deadline.summons' OR rule = 'deadline.mediation' OR rule = 'deadline.formal_notice' OR rule = 'retention.welfare'", name=op.f('ck_landlord_rules_rule')),
    sa.CheckConstraint('days BETWEEN 0 AND 3650', name=op.f('ck_landlord_rules_days')),
    sa.ForeignKeyConstraint(['landlord_id'], ['organisations.id'], name=op.f('fk_landlord_rules_landlord_id_organisations')),
    *_record_keys('landlord_rules'),
    )
    op.create_index('uq_landlord_rules_landlord_rule_live', 'landlord_rules', ['landlord_id', 'rule'],
                    unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    # Escalated welfare alerts, open until someone acts on them.
    op.create_table('welfare_alerts',
    sa.Column('entry_id', sa.String(length=36), nullable=False),
    sa.Column('check_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('raised_at', sa.BigInteger(), nullable=False),
    sa.Column('acted_at', sa.BigInteger(), nullable=True),
    sa.Column('acted_by', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_record_columns(),
    sa.CheckConstraint("reason = 'not_reached_twice' OR reason = 'overdue_high_priority'", name=op.f('ck_welfare_alerts_reason')),
    sa.CheckConstraint("action IS NULL OR action = 'check' OR action = 'visit' OR action = 'family' OR action = 'ccas' OR action = 'emergency' OR action = 'other'", name=op.f('ck_welfare_alerts_action')),
    sa.CheckConstraint('(acted_at IS NULL) = (action IS NULL)', name=op.f('ck_welfare_alerts_acted_has_action')),
    sa.ForeignKeyConstraint(['acted_by'], ['users.id'], name=op.f('fk_welfare_alerts_acted_by_users')),
    sa.ForeignKeyConstraint(['check_id'], ['welfare_checks.id'], name=op.f('fk_welfare_alerts_check_id_welfare_checks')),
    sa.ForeignKeyConstraint(['entry_id'], ['welfare_entries.id'], name=op.f('fk_welfare_alerts_entry_id_welfare_entries')),
    *_record_keys('welfare_alerts'),
    )
    op.create_index('ix_welfare_alerts_entry_id', 'welfare_alerts', ['entry_id'], unique=False)
    op.create_index('ix_welfare_alerts_check_id', 'welfare_alerts', ['check_id'], unique=False)
    op.create_index('ix_welfare_alerts_open', 'welfare_alerts', ['raised_at'], unique=False,
                    sqlite_where=sa.text('acted_at IS NULL AND deleted_at IS NULL'))

    # The Today screen and escalations.
    op.create_index('ix_welfare_checks_entry_done', 'welfare_checks', ['entry_id', 'done_at'],
                    unique=False)
    op.create_index('ix_welfare_checks_done_at', 'welfare_checks', ['done_at'], unique=False,
                    sqlite_where=sa.text('done_at IS NOT NULL'))
    op.create_index('ix_signalements_open_facts', 'signalements', ['facts_start'], unique=False,
                    sqlite_where=sa.text("status IN ('new', 'in_progress') AND deleted_at IS NULL"))
    op.create_index('ix_welfare_checks_pending_due', 'welfare_checks', ['due_on'], unique=False,
                    sqlite_where=sa.text('done_at IS NULL AND deleted_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_welfare_checks_pending_due', table_name='welfare_checks')
    op.drop_index('ix_signalements_open_facts', table_name='signalements')
    op.drop_index('ix_welfare_checks_done_at', table_name='welfare_checks')
    op.drop_index('ix_welfare_checks_entry_done', table_name='welfare_checks')
    for index in ('ix_welfare_alerts_open', 'ix_welfare_alerts_check_id', 'ix_welfare_alerts_entry_id'):
        op.drop_index(index, table_name='welfare_alerts')
    op.drop_table('welfare_alerts')
    op.drop_index('uq_landlord_rules_landlord_rule_live', table_name='landlord_rules')
    op.drop_table('landlord_rules')
    op.drop_index('ix_conflict_cases_open_due', table_name='conflict_cases')
    for name in reversed(EXCLUSIONS):
        # SQLite 3.35+ drops a column in place (no table copy: the FTS triggers stay).
        op.execute(f'ALTER TABLE conflict_cases DROP COLUMN {name}')
