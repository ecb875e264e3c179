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


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quantity', sa.String(), nullable=True))
        batch_op.add_column(sa.Column('travel_prepaid', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('travel_prepaid', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.drop_column('travel_prepaid')
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.drop_column('travel_prepaid')
        batch_op.drop_column('quantity')
