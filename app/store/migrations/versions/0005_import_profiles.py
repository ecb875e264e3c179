"""Import profiles: remembered column mappings and service-name choices.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('headers', sa.String(), nullable=False),
    sa.Column('columns', sa.String(), nullable=False),
    sa.Column('services', sa.String(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_profile')),
    sa.UniqueConstraint('name', name=op.f('uq_import_profile_name'))
    )


def downgrade() -> None:
    op.drop_table('import_profile')
