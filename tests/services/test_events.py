"""Dated change events through the services and the store: each change is a row; the check and
the dialog's fee preview read the same computation; an old database's moved_from/changed_on
become events."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal as D

from app.domain.catalog import catalog
from app.domain.findings import CheckSettings
from app.domain.lifecycle import Action
from app.domain.rules import r_cancel_14
from app.services import changes, planning

from .test_planning import delivery, dump

B = "UES-KZ-2026-027"


def late(wo, today):
    return [f for f in r_cancel_14(wo, today, CheckSettings(), catalog()) if f.key.startswith("late_")
            and f.subject.key == "D-106"]


def test_reschedule_then_cancel_in_the_database_dialog_and_check_agree(demo_db):
    d = delivery(demo_db, B, "D-106")            # scheduled, first day 4 Jan 2027, credits
    first = d.first_day
    moved = date(2027, 1, 11)
    planning.reschedule_delivery(demo_db, B, "D-106", moved, moved, date(2026, 12, 1))  # free
    on = date(2026, 12, 30)                      # free until 28 Dec for 11 Jan: late
    fee = planning.change_fee(demo_db, B, "D-106", on)
    assert fee is not None and fee[1] == "credits"
    before_cancel = dump(demo_db)
    cs = planning.cancel_delivery(demo_db, B, "D-106", on)
    wo = planning.work_order(demo_db, B)
    d = delivery(demo_db, B, "D-106")
    assert [(e.kind, e.on, e.first_before, e.first_after, e.fee) for e in d.events] == [
        (Action.RESCHEDULE, date(2026, 12, 1), first, moved, D(0)),
        (Action.CANCEL, on, moved, moved, fee[0])]
    [entry] = [e for e in wo.ledger if e.reference == "D-106" and e.kind.value == "fee"]
    assert entry.credits == fee[0]
    [f] = late(wo, on)
    assert (f.key, f.params["first_day"], f.params["fee"]) == ("late_cancel", moved.isoformat(), str(fee[0]))
    changes.undo(demo_db, cs)                    # the event goes with the undo
    assert dump(demo_db) == before_cancel
    assert [e.kind for e in delivery(demo_db, B, "D-106").events] == [Action.RESCHEDULE]


def test_old_database_moves_become_events(tmp_path):
    from app.store.db import open_db
    from tests.store.test_upgrade import make_old_database

    path = tmp_path / "planner.db"
    make_old_database(path, "0002")
    con = sqlite3.connect(path)
    con.execute("UPDATE delivery SET status='scheduled', moved_from='2026-02-20', changed_on='2026-02-19', "
                "fee='3' WHERE id=1")
    con.execute("UPDATE delivery SET status='cancelled', changed_on='2026-05-02', fee='4' WHERE id=2")
    con.commit()
    con.close()
    db = open_db(path)
    try:
        rows = db.engine.connect().exec_driver_sql(
            "SELECT delivery_id, kind, event_date, first_before, first_after, fee, fee_unit "
            "FROM delivery_event ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [
            (1, "reschedule", "2026-02-19", "2026-02-20", "2026-03-02", "3", "credits"),
            (2, "cancel", "2026-05-02", None, None, "4", "hours")]
        d1 = next(d for d in planning.work_order(db, "UES-KZ-2025-014").deliveries if d.ref == "D-001")
        assert (d1.moved_from, d1.changed_on) == (date(2026, 2, 20), date(2026, 2, 19))  # kept too
        assert d1.events[0].first_before == date(2026, 2, 20)
    finally:
        db.close()
