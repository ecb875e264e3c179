"""Change notifications for live refresh (issue 17).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

PostgreSQL only (a no-op on SQLite, where one window owns the file): a row trigger on
``work_order`` and its child tables calls ``pg_notify('planner_changed', <work order number>)``
after every INSERT, UPDATE and DELETE, whoever makes it (a window, a command, raw SQL). The
server folds identical notifications of one transaction into one, so a transaction that touches
a work order many times announces it once, at commit (nothing when it rolls back).
"""

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

CHANNEL = "planner_changed"
CHILD_TABLES = ("location", "service_line", "delivery", "delivery_event", "ledger_entry")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # idempotent: 0011 runs it again for databases stamped 0009 while it was still an empty step
    if op.get_bind().exec_driver_sql(
            "SELECT 1 FROM pg_proc WHERE proname = 'planner_notify_work_order'").first():
        return
    op.execute(
        "CREATE FUNCTION planner_notify_work_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
        f"PERFORM pg_notify('{CHANNEL}', NEW.number); END IF; "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        f"PERFORM pg_notify('{CHANNEL}', OLD.number); END IF; "
        "RETURN NULL; END $$")
    op.execute(
        "CREATE FUNCTION planner_notify_child() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE n text; BEGIN "
        "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
        "SELECT number INTO n FROM work_order WHERE id = NEW.work_order_id; "
        f"IF n IS NOT NULL THEN PERFORM pg_notify('{CHANNEL}', n); END IF; END IF; "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        "SELECT number INTO n FROM work_order WHERE id = OLD.work_order_id; "
        f"IF n IS NOT NULL THEN PERFORM pg_notify('{CHANNEL}', n); END IF; END IF; "
        "RETURN NULL; END $$")
    op.execute("CREATE TRIGGER planner_notify AFTER INSERT OR UPDATE OR DELETE ON work_order "
               "FOR EACH ROW EXECUTE FUNCTION planner_notify_work_order()")
    for table in CHILD_TABLES:
        op.execute(f"CREATE TRIGGER planner_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   "FOR EACH ROW EXECUTE FUNCTION planner_notify_child()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("work_order", *CHILD_TABLES):
        op.execute(f"DROP TRIGGER IF EXISTS planner_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS planner_notify_child()")
    op.execute("DROP FUNCTION IF EXISTS planner_notify_work_order()")
