"""Sync client tables: outbox, state, seen-during-refetch, conflicts, dead letters

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_outbox',
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('op', sa.String(length=12), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('base', sa.Text(), nullable=True),
    sa.Column('ids', sa.Text(), nullable=True),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('n', name=op.f('pk_sync_outbox')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_sync_outbox_record', ['entity', 'record_id'], unique=False)
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('sync_seen',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'record_id', name=op.f('pk_sync_seen'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('base_value', sa.Text(), nullable=True),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('other_value', sa.Text(), nullable=True),
    sa.Column('other_client', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.Column('resolved_at', sa.BigInteger(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index('ix_sync_conflicts_record', ['entity', 'record_id'], unique=False)
    op.create_table('sync_dead_letters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('n', sa.Integer(), nullable=False),
    sa.Column('i', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=80), nullable=False),
    sa.Column('op', sa.String(length=12), nullable=False),
    sa.Column('fields', sa.Text(), nullable=True),
    sa.Column('base', sa.Text(), nullable=True),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('rejected_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_dead_letters'))
    )

    _enqueue_existing_records()


# Records a workspace already holds wait in the outbox like new ones: a workspace used
# before sync existed loses nothing when it first signs in. Organisations and users are
# the server's (palier server org/user add) and are not sent.
RECORD_TABLES = (
    'sites', 'buildings', 'entrances', 'dwellings', 'households', 'persons', 'signalements',
    'referrals', 'conflict_cases', 'conflict_parties', 'case_steps', 'mediation_sessions',
    'welfare_entries', 'welfare_contacts', 'welfare_checks', 'welfare_alerts', 'alert_plans',
    'attachments', 'report_settings', 'letter_templates', 'landlord_rules',
)


def _enqueue_existing_records() -> None:
    conn = op.get_bind()
    present = {r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    now = "CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)"
    for table in RECORD_TABLES:
        if table in present:
            conn.exec_driver_sql(
                "INSERT INTO sync_outbox (entity, record_id, op, base_version, ids, done,"
                " created_at) SELECT * FROM (SELECT ?, '*', 'create_many', 0,"
                f" json_group_array(id) AS ids, 0, {now} FROM (SELECT id FROM {table}"
                " ORDER BY rowid)) WHERE ids != '[]'", (table,))
    if 'case_signalements' in present:
        conn.exec_driver_sql(
            "INSERT INTO sync_outbox (entity, record_id, op, base_version, fields, done,"
            " created_at) SELECT 'case_signalements', case_id || ':' || signalement_id,"
            " 'create', 0, json_object('case_id', case_id, 'signalement_id', signalement_id),"
            f" 0, {now} FROM case_signalements")


def downgrade() -> None:
    op.drop_table('sync_dead_letters')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflicts_record')
    op.drop_table('sync_conflicts')
    op.drop_table('sync_seen')
    op.drop_table('sync_state')
    with op.batch_alter_table('sync_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_outbox_record')
    op.drop_table('sync_outbox')
