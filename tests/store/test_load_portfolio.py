"""Reading the whole portfolio (the DB-API cursor of the session's connection, app.store.repo)
gives the same domain objects, amounts to the digit, as reading each work order alone and as
the ORM rows (DecimalText), on both engines."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel import select

from app.services.portfolio import load_demo
from app.store import repo
from app.store.db import open_db
from app.store.tables import DeliveryRow, LedgerRow, WorkOrderRow
from tests.conftest import TODAY


def test_the_whole_portfolio_reads_as_each_work_order_alone_and_as_the_rows(engine_target):
    db = open_db(engine_target)
    try:
        load_demo(db, TODAY)
        with db.read() as s:
            whole = repo.load_portfolio(s).work_orders
            ids = s.exec(select(WorkOrderRow.id)).all()
            alone = [wo for i in ids for wo in repo.load_portfolio(s, [i]).work_orders]
            ledger_rows = {r.id: r for r in s.exec(select(LedgerRow)).all()}
            delivery_rows = {r.id: r for r in s.exec(select(DeliveryRow)).all()}
        assert len(whole) == len(ids) >= 5
        assert sorted(whole, key=lambda wo: wo.id) == sorted(alone, key=lambda wo: wo.id)
        entries = [e for wo in whole for e in wo.ledger]
        assert len(entries) == len(ledger_rows) > 0
        for e in entries:
            row = ledger_rows[e.id]
            assert (str(e.credits), str(e.hours), e.on, e.kind.value) == (
                str(row.credits), str(row.hours), row.entry_date, row.kind)
        for d in (d for wo in whole for d in wo.deliveries):
            row = delivery_rows[d.id]
            assert (str(d.credits), str(d.hours), str(d.fee), d.first_day, d.travel_prepaid) == (
                str(row.credits), str(row.hours), str(row.fee), row.first_day, bool(row.travel_prepaid))
    finally:
        db.close()


def test_a_numeric_written_with_trailing_zeros_reads_as_the_orm_reads_it(pg_planner_url):
    """PostgreSQL's NUMERIC keeps the digits another program wrote (1.50); DecimalText reads it
    normalised (1.5), and so does the whole portfolio's read, whichever of the equal values it
    met first."""
    import psycopg

    db = open_db(pg_planner_url)
    try:
        load_demo(db, TODAY)
        with psycopg.connect(pg_planner_url) as con:
            first, second = (r[0] for r in con.execute("SELECT id FROM delivery ORDER BY id LIMIT 2"))
            con.execute("UPDATE delivery SET credits = 1.50 WHERE id = %s", (first,))
            con.execute("UPDATE delivery SET credits = 1.5 WHERE id = %s", (second,))
            assert con.execute("SELECT credits::text FROM delivery WHERE id = %s", (first,)).fetchone()[0] == "1.50"
        with db.read() as s:
            read = {d.id: d for wo in repo.load_portfolio(s).work_orders for d in wo.deliveries}
            orm = s.get(DeliveryRow, first).credits
        assert str(orm) == "1.5"
        assert str(read[first].credits) == str(read[second].credits) == "1.5"
        assert read[first].credits == Decimal("1.5")
    finally:
        db.close()
