"""Review flags for the security officer and the workspace's own settings (retention)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

Two new local tables (never synced); nothing existing changes.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'review_flags',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('org_id', sa.String(length=36), nullable=True),
        sa.Column('fields', sa.Text(), nullable=False),
        sa.Column('words', sa.Text(), nullable=False),
        sa.Column('flagged_at', sa.BigInteger(), nullable=False),
        sa.Column('flagged_by', sa.String(length=36), nullable=True),
        sa.Column('reviewed_at', sa.BigInteger(), nullable=True),
        sa.Column('reviewed_by', sa.String(length=36), nullable=True),
        sa.CheckConstraint("kind = 'signalement' OR kind = 'conflict_case' OR kind = 'welfare_entry'",
                           name=op.f('ck_review_flags_kind')),
        sa.CheckConstraint('length(trim(words)) > 0', name=op.f('ck_review_flags_words_not_blank')),
        sa.CheckConstraint('reviewed_by IS NULL OR reviewed_at IS NOT NULL',
                           name=op.f('ck_review_flags_reviewer_has_date')),
        sa.ForeignKeyConstraint(['flagged_by'], ['users.id'],
                                name=op.f('fk_review_flags_flagged_by_users')),
        sa.ForeignKeyConstraint(['org_id'], ['organisations.id'],
                                name=op.f('fk_review_flags_org_id_organisations')),
        sa.ForeignKeyConstraint(['reviewed_by'], ['users.id'],
                                name=op.f('fk_review_flags_reviewed_by_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_review_flags')),
    )
    op.create_index('ix_review_flags_pending', 'review_flags', ['flagged_at'], unique=False,
                    sqlite_where=sa.text('reviewed_at IS NULL'))
    op.create_index('uq_review_flags_record_pending', 'review_flags', ['kind', 'record_id'],
                    unique=True, sqlite_where=sa.text('reviewed_at IS NULL'))
    op.create_table(
        'workspace_settings',
        sa.Column('key', sa.String(length=60), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_workspace_settings')),
    )


def downgrade() -> None:
    op.drop_table('workspace_settings')
    op.drop_index('uq_review_flags_record_pending', table_name='review_flags')
    op.drop_index('ix_review_flags_pending', table_name='review_flags')
    op.drop_table('review_flags')
