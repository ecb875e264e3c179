"""Row versions for concurrent edits (issue 17).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

Each table a person edits (work_order, location, service_line, delivery) gets an integer
``version``: 1 for every existing row, one more on each update (written by
app.services.changes, the same on SQLite and PostgreSQL, no trigger). An edit carries the
version it was based on and is refused (StaleEdit) when the row has moved on since.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

TABLES = ('work_order', 'location', 'service_line', 'delivery')


def upgrade() -> None:
    # plain ADD COLUMN: a batch rebuild of work_order would cascade-delete its children
    # idempotent: 0011 runs it again for files stamped 0007 while it was still an empty step
    inspector = sa.inspect(op.get_bind())
    for table in TABLES:
        if 'version' in {c['name'] for c in inspector.get_columns(table)}:
            continue
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False, server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.execute(f'ALTER TABLE {table} DROP COLUMN version')
