"""Archived work orders.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

work_order.archived_on is the day a work order was archived (kept, out of the portfolio's way:
hidden from the Portfolio by default, skipped by `check` and `statements` unless named); NULL for
every existing row (not archived).
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN: a batch rebuild of work_order would cascade-delete its children
    op.add_column('work_order', sa.Column('archived_on', sa.Date(), nullable=True))


def downgrade() -> None:
    op.execute('ALTER TABLE work_order DROP COLUMN archived_on')
