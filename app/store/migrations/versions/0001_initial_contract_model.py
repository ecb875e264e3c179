"""Initial contract model: customers, work orders, locations, service lines, deliveries, ledger.

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

from app.store.types import amount_ddl


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('name', name=op.f('uq_customer_name'))
    )
    op.create_table('work_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('term_start', sa.Date(), nullable=False),
    sa.Column('term_end', sa.Date(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('rate_to_usd', amount_ddl(), nullable=False),
    sa.Column('base_amount', amount_ddl(), nullable=False),
    sa.Column('flex_allowance', amount_ddl(), nullable=False),
    sa.Column('cancel_fee_pct', amount_ddl(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_work_order_customer_id_customer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_order')),
    sa.UniqueConstraint('number', name=op.f('uq_work_order_number'))
    )
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_order_customer_id'), ['customer_id'], unique=False)

    op.create_table('location',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('rate_to_usd', amount_ddl(), nullable=False),
    sa.Column('credit_value', amount_ddl(), nullable=False),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_location_work_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_location')),
    sa.UniqueConstraint('work_order_id', 'country', name=op.f('uq_location_work_order_id'))
    )
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_location_work_order_id'), ['work_order_id'], unique=False)

    op.create_table('delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('ref', sa.String(length=40), nullable=False),
    sa.Column('service', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=True),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=True),
    sa.Column('first_day', sa.Date(), nullable=True),
    sa.Column('last_day', sa.Date(), nullable=True),
    sa.Column('credits', amount_ddl(), nullable=False),
    sa.Column('hours', amount_ddl(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=True),
    sa.Column('moved_from', sa.Date(), nullable=True),
    sa.Column('fee', amount_ddl(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], name=op.f('fk_delivery_location_id_location'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_delivery_work_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery')),
    sa.UniqueConstraint('work_order_id', 'ref', name=op.f('uq_delivery_work_order_id'))
    )
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_delivery_work_order_id'), ['work_order_id'], unique=False)

    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('entry_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('credits', amount_ddl(), nullable=False),
    sa.Column('hours', amount_ddl(), nullable=False),
    sa.Column('reference', sa.String(), nullable=False),
    sa.Column('counterparty', sa.String(length=2), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], name=op.f('fk_ledger_entry_location_id_location'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_ledger_entry_work_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_entry_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ledger_entry_work_order_id'), ['work_order_id'], unique=False)

    op.create_table('service_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('work_order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('service', sa.String(length=40), nullable=False),
    sa.Column('quantity', amount_ddl(), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=True),
    sa.Column('funding', sa.String(length=20), nullable=False),
    sa.Column('unit_price', amount_ddl(), nullable=False),
    sa.Column('flex_year', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['location.id'], name=op.f('fk_service_line_location_id_location'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['work_order_id'], ['work_order.id'], name=op.f('fk_service_line_work_order_id_work_order'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_line')),
    sa.UniqueConstraint('work_order_id', 'line_no', name=op.f('uq_service_line_work_order_id'))
    )
    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_line_location_id'), ['location_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_line_work_order_id'), ['work_order_id'], unique=False)



def downgrade() -> None:
    
    with op.batch_alter_table('service_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_line_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_service_line_location_id'))

    op.drop_table('service_line')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_entry_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_ledger_entry_location_id'))

    op.drop_table('ledger_entry')
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_delivery_location_id'))

    op.drop_table('delivery')
    with op.batch_alter_table('location', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_location_work_order_id'))

    op.drop_table('location')
    with op.batch_alter_table('work_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_order_customer_id'))

    op.drop_table('work_order')
    op.drop_table('customer')
