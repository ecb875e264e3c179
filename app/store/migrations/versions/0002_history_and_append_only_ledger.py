"""History of every change; the ledger and the history are append-only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

#: A batch migration that rebuilds ledger_entry or history drops these: create them again.
TRIGGERS = {
    "ledger_entry_append_only": "BEFORE UPDATE ON ledger_entry BEGIN SELECT RAISE(ABORT, "
                                "'ledger entries cannot be changed: add a correcting entry'); END",
    "history_append_only": "BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, "
                           "'history cannot be changed'); END",
}
#: The same refusals on PostgreSQL: a trigger function that raises (SQLSTATE 23000,
#: integrity_constraint_violation, as SQLite's RAISE(ABORT) is an integrity error too).
PG_TRIGGERS = {
    "ledger_entry_append_only": ("ledger_entry", "ledger entries cannot be changed: add a correcting entry"),
    "history_append_only": ("history", "history cannot be changed"),
}


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (table, words) in PG_TRIGGERS.items():
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       f"RAISE EXCEPTION '{words}' USING ERRCODE = '23000'; END $$")
            op.execute(f"CREATE TRIGGER {name} BEFORE UPDATE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION {name}()")
        return
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (table, _words) in PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def upgrade() -> None:
    op.create_table('history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=200), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('work_order_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old', sa.String(), nullable=True),
    sa.Column('new', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history'))
    )
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_history_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_history_work_order_id'), ['work_order_id'], unique=False)
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_history_work_order_id'))
        batch_op.drop_index(batch_op.f('ix_history_at'))
    op.drop_table('history')
