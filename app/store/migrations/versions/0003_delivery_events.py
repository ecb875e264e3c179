"""Dated change events of deliveries; today's moved_from/changed_on become events.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Each delivery keeps its moved_from and changed_on columns (nothing is dropped); from them:
- a delivery that was moved (moved_from set) gets a *reschedule* event dated changed_on, from
  moved_from to its first day; on a delivery that is not cancelled it carries the fee recorded on
  the delivery;
- a cancelled delivery (changed_on set) gets a *cancel* event dated changed_on against its first
  day in force (its first day), carrying the fee recorded on the delivery.
The same reading is app.domain.lifecycle.legacy_events, for rows written without events.
"""
from alembic import op
import sqlalchemy as sa

from app.store.types import amount_ddl


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('delivery_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('delivery_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('first_before', sa.Date(), nullable=True),
    sa.Column('first_after', sa.Date(), nullable=True),
    sa.Column('last_before', sa.Date(), nullable=True),
    sa.Column('last_after', sa.Date(), nullable=True),
    sa.Column('fee', amount_ddl(None), nullable=False),
    sa.Column('fee_unit', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['delivery_id'], ['delivery.id'], name=op.f('fk_delivery_event_delivery_id_delivery'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_delivery_event_work_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_event'))
    )
    with op.batch_alter_table('delivery_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_event_delivery_id'), ['delivery_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delivery_event_work_order_id'), ['work_order_id'], unique=False)
    unit = ("CASE WHEN CAST(credits AS REAL) <> 0 THEN 'credits' "
            "WHEN CAST(hours AS REAL) <> 0 THEN 'hours' ELSE '' END")
    op.execute(
        "INSERT INTO delivery_event (work_order_id, delivery_id, kind, event_date, first_before, "
        "first_after, last_before, last_after, fee, fee_unit) "
        "SELECT work_order_id, id, 'reschedule', changed_on, moved_from, first_day, NULL, last_day, "
        f"CASE WHEN status = 'cancelled' THEN '0' ELSE fee END, {unit} "
        "FROM delivery WHERE moved_from IS NOT NULL AND changed_on IS NOT NULL ORDER BY id")
    op.execute(
        "INSERT INTO delivery_event (work_order_id, delivery_id, kind, event_date, first_before, "
        "first_after, last_before, last_after, fee, fee_unit) "
        "SELECT work_order_id, id, 'cancel', changed_on, first_day, first_day, last_day, last_day, "
        f"fee, {unit} FROM delivery WHERE status = 'cancelled' AND changed_on IS NOT NULL ORDER BY id")


def downgrade() -> None:
    with op.batch_alter_table('delivery_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_event_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_delivery_event_delivery_id'))
    op.drop_table('delivery_event')
