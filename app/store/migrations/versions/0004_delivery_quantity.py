"""Delivery quantities; travel prepaid on deliveries and purchased lines.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

delivery.quantity is how much of its line's unit a delivery uses (attendees, sessions, events,
days...), an exact amount stored as text like every other amount. Existing rows get NULL, which
means "derived": 1 per delivery, or, for lines sold in days, the working days of the delivery's
location from its first to its last day (docs/balances.md). delivery.travel_prepaid and
service_line.travel_prepaid start false for every existing row.
"""
from alembic import op
import sqlalchemy as sa

from app.store.types import amount_ddl


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN, not a batch rebuild: rebuilding delivery would drop the table that
    # delivery_event references ON DELETE CASCADE, and with it every event
    op.add_column('delivery', sa.Column('quantity', amount_ddl(None), nullable=True))
    op.add_column('delivery', sa.Column('travel_prepaid', sa.Boolean(), nullable=False,
                                        server_default=sa.false()))
    op.add_column('service_line', sa.Column('travel_prepaid', sa.Boolean(), nullable=False,
                                            server_default=sa.false()))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), for the same reason: no table rebuild
    op.execute('ALTER TABLE service_line DROP COLUMN travel_prepaid')
    op.execute('ALTER TABLE delivery DROP COLUMN travel_prepaid')
    op.execute('ALTER TABLE delivery DROP COLUMN quantity')
