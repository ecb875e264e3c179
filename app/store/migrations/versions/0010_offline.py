"""Offline copies of a team database (issue 17).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

offline_copy says where a laptop file made by ``offline take`` came from; offline_base holds the
base state of every record copied, for the three-way compare of ``offline bring``. Both are empty
in any database that is not such a copy.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # idempotent: 0011 runs it again for files stamped 0010 while it was still an empty step
    if sa.inspect(op.get_bind()).has_table('offline_copy'):
        return
    op.create_table(
        'offline_copy',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=500), nullable=False),
        sa.Column('taken_at', sa.DateTime(), nullable=False),
        sa.Column('user', sa.String(length=200), nullable=False),
        sa.Column('work_orders', sa.String(), nullable=False),
        sa.Column('brought_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_offline_copy')),
    )
    op.create_table(
        'offline_base',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('table_name', sa.String(length=40), nullable=False),
        sa.Column('row_id', sa.Integer(), nullable=False),
        sa.Column('server_id', sa.Integer(), nullable=False),
        sa.Column('values', sa.String(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_offline_base')),
    )


def downgrade() -> None:
    op.drop_table('offline_base')
    op.drop_table('offline_copy')
