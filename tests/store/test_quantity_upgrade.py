"""Migration 0004 (delivery quantity, travel prepaid): a database written at 0003 with the demo
keeps its meaning. Balances are the same except on lines sold in days, which now count the
working days of the delivery's location instead of calendar days (docs/balances.md)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from decimal import Decimal as D

import holidays

from app.services.balances import balance_dict, portfolio_balances
from app.services.portfolio import load_demo
from app.store.db import alembic_config, head_revision, open_db

from ..conftest import TODAY


def _columns(path, table):
    con = sqlite3.connect(path)
    try:
        return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
    finally:
        con.close()


def _calendar_and_working_days(first, last):
    kz = holidays.country_holidays("KZ", years=range(first.year, last.year + 1))
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return len(days), sum(1 for d in days if kz.is_working_day(d))


def test_a_0003_demo_database_keeps_its_balances(tmp_path):
    from alembic import command

    path = tmp_path / "planner.db"
    db = open_db(path)
    load_demo(db, TODAY)
    db.close()
    # the file as main's 0003 wrote it: no quantity, no travel prepaid
    db = open_db(path)
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
    db.close()
    assert "quantity" not in _columns(path, "delivery") and "travel_prepaid" not in _columns(path, "service_line")
    con = sqlite3.connect(path)
    first, last = con.execute("SELECT first_day, last_day FROM delivery WHERE ref='D-104'").fetchone()
    events = con.execute("SELECT COUNT(*) FROM delivery_event").fetchone()[0]
    con.close()

    db = open_db(path)  # upgrades to the head
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM delivery WHERE quantity IS NOT NULL "
                                        "OR travel_prepaid <> 0").scalar() == 0
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM delivery_event").scalar() == events  # kept
        upgraded = {(b["work_order"], str(b["entitlement"])): b
                    for b in map(balance_dict, portfolio_balances(db, TODAY))}
    finally:
        db.close()

    fresh = tmp_path / "fresh.db"
    db = open_db(fresh)
    load_demo(db, TODAY)
    try:
        now = {(b["work_order"], str(b["entitlement"])): b for b in map(balance_dict, portfolio_balances(db, TODAY))}
    finally:
        db.close()
    # the upgraded file reads as the demo does today, but for the one delivery whose quantity the
    # demo now states (D-002, a 12-attendee workshop): without a quantity it counts 1, as before
    seats = ("UES-KZ-2025-014", "{'line': 3}")
    assert {k: v for k, v in upgraded.items() if k != seats} == {k: v for k, v in now.items() if k != seats}
    assert (upgraded[seats]["delivered"], now[seats]["delivered"]) == ("1", "12")

    # the one line sold in days: D-104's working days in Kazakhstan, not its calendar days
    from datetime import date

    calendar, working = _calendar_and_working_days(date.fromisoformat(first), date.fromisoformat(last))
    days = upgraded[("UES-KZ-2026-027", "{'line': 2}")]
    assert days["unit"] == "days" and D(days["scheduled"]) == working
    assert calendar == 3
    # every other entitlement: credits, hours and per-delivery counts are unchanged by quantities
    assert all(b["unit"] != "days" for k, b in upgraded.items() if k != ("UES-KZ-2026-027", "{'line': 2}"))
