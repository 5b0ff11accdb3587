"""Audit trail as a hash chain: seq, prev_hash and hash on audit_entries

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26

Hand-written. Entries already present are numbered in the order they were written (time,
then rowid) and chained with app.domain.audit_chain, whose serialisation is frozen.
audit_entries has no triggers, so the batch copy that makes the columns NOT NULL is safe.
"""
from alembic import op
import sqlalchemy as sa

from app.domain.audit_chain import GENESIS, entry_hash

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE audit_entries ADD COLUMN seq INTEGER")
    op.execute("ALTER TABLE audit_entries ADD COLUMN prev_hash VARCHAR(64)")
    op.execute("ALTER TABLE audit_entries ADD COLUMN hash VARCHAR(64)")
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT rowid, id, at, org_id, user_id, action, entity_kind, entity_id, summary"
        " FROM audit_entries ORDER BY at, rowid").fetchall()
    prev = GENESIS
    for seq, (rowid, id_, at, org_id, user_id, action, kind, entity_id, summary) in enumerate(
            rows, start=1):
        digest = entry_hash(seq, id_, at, org_id, user_id, action, kind, entity_id,
                            summary or "", prev)
        conn.exec_driver_sql(
            "UPDATE audit_entries SET seq = ?, prev_hash = ?, hash = ?, summary = ?"
            " WHERE rowid = ?", (seq, prev, digest, summary or "", rowid))
        prev = digest
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index('ix_audit_entries_seq', ['seq'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_seq')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
        batch_op.drop_column('seq')
