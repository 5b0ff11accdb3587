"""Landlords' settings for printed documents: logo, contacts, signatory, letter templates

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_settings',
    sa.Column('landlord_id', sa.String(length=36), nullable=False),
    sa.Column('logo', sa.LargeBinary(), nullable=True),
    sa.Column('officer_id', sa.String(length=36), nullable=True),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('contact_email', sa.String(length=200), nullable=False),
    sa.Column('signatory_name', sa.String(length=200), nullable=False),
    sa.Column('signatory_title', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.BigInteger(), nullable=True),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint('logo IS NULL OR length(logo) <= 2097152', name=op.f('ck_report_settings_logo_size')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_report_settings_created_by_users'), use_alter=True),
    sa.ForeignKeyConstraint(['landlord_id'], ['organisations.id'], name=op.f('fk_report_settings_landlord_id_organisations')),
    sa.ForeignKeyConstraint(['officer_id'], ['users.id'], name=op.f('fk_report_settings_officer_id_users')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_report_settings_org_id_organisations')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_report_settings_updated_by_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_settings'))
    )
    with op.batch_alter_table('report_settings', schema=None) as batch_op:
        batch_op.create_index('uq_report_settings_landlord_live', ['landlord_id'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))

    op.create_table('letter_templates',
    sa.Column('landlord_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.BigInteger(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.BigInteger(), nullable=True),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.CheckConstraint("kind = 'rules_reminder' OR kind = 'summons' OR kind = 'formal_notice'", name=op.f('ck_letter_templates_kind')),
    sa.CheckConstraint('length(trim(subject)) > 0', name=op.f('ck_letter_templates_subject_not_blank')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_letter_templates_created_by_users'), use_alter=True),
    sa.ForeignKeyConstraint(['landlord_id'], ['organisations.id'], name=op.f('fk_letter_templates_landlord_id_organisations')),
    sa.ForeignKeyConstraint(['org_id'], ['organisations.id'], name=op.f('fk_letter_templates_org_id_organisations')),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_letter_templates_updated_by_users'), use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_templates'))
    )
    with op.batch_alter_table('letter_templates', schema=None) as batch_op:
        batch_op.create_index('uq_letter_templates_landlord_kind_live', ['landlord_id', 'kind'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('letter_templates', schema=None) as batch_op:
        batch_op.drop_index('uq_letter_templates_landlord_kind_live', sqlite_where=sa.text('deleted_at IS NULL'))
    op.drop_table('letter_templates')
    with op.batch_alter_table('report_settings', schema=None) as batch_op:
        batch_op.drop_index('uq_report_settings_landlord_live', sqlite_where=sa.text('deleted_at IS NULL'))
    op.drop_table('report_settings')
