"""Row versions (issue 17, migration 0007) on both engines: every edited table has one, 1 for a
new row, one more per update; Undo and Redo put back the version with the values; an edit based
on an older version is refused with StaleEdit, whose message says who changed what and when,
and nothing of it is written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import inspect
from sqlmodel import select

from app.services import changes, planning
from app.services.portfolio import load_demo
from app.store import audit
from app.texts import stale_edit_text

A = "UES-KZ-2025-014"
TODAY = date(2026, 11, 25)


@pytest.fixture
def db(engine_target):
    from app.store.db import open_db

    database = open_db(engine_target)
    load_demo(database, TODAY)
    yield database
    database.close()


def dump(db):
    with db.read() as s:
        return {t: sorted(map(repr, s.exec(select(m)).all())) for t, m in changes.TABLES.items()}


def delivery(db, ref):
    return next(d for d in planning.work_order(db, A).deliveries if d.ref == ref)


def test_every_edited_table_has_a_version_not_null_default_1(db):
    with db.engine.connect() as conn:
        insp = inspect(conn)
        for table in sorted(changes.VERSIONED):
            col = next(c for c in insp.get_columns(table) if c["name"] == "version")
            assert col["nullable"] is False and "1" in str(col["default"]), (table, col)
    wo = planning.work_order(db, A)
    assert {wo.version} | {x.version for x in (*wo.locations, *wo.lines, *wo.deliveries)} == {1}


def test_update_bumps_undo_and_redo_put_it_back(db):
    before = dump(db)
    cs = planning.update_delivery(db, A, "D-003", title="Chalk talk, moved")
    assert delivery(db, "D-003").version == 2
    cs2 = planning.update_work_order(db, A, cancel_fee_pct=Decimal(50))
    assert planning.work_order(db, A).version == 2
    changes.undo(db, cs2)
    changes.undo(db, cs)
    assert dump(db) == before  # version included: the rows are as they were
    changes.redo(db, cs)
    assert (delivery(db, "D-003").version, delivery(db, "D-003").title) == (2, "Chalk talk, moved")


def test_stale_edit_says_who_changed_what_and_nothing_is_saved(db, monkeypatch):
    opened = delivery(db, "D-006")  # this window opened D-006 ...
    monkeypatch.setattr(audit, "current_user", lambda: "alice")
    planning.reschedule_delivery(db, A, "D-006", date(2026, 12, 15), date(2026, 12, 16), TODAY,
                                 based_on=delivery(db, "D-006").version)  # ... alice moved it meanwhile
    monkeypatch.setattr(audit, "current_user", lambda: "bob")
    after_alice = dump(db)
    with pytest.raises(changes.StaleEdit) as err:
        planning.update_delivery(db, A, "D-006", based_on=opened.version, title="Bob's title")
    assert dump(db) == after_alice  # nothing of bob's change
    exc = err.value
    assert exc.users == ["alice"] and exc.label == "D-006"
    assert {"first_day", "last_day"} <= set(exc.fields)
    text = stale_edit_text(exc, "en")
    assert text.startswith("D-006 was changed by alice at ")
    assert "first day" in text and "last day" in text and "nothing of your change was saved" in text
    assert "alice" in stale_edit_text(exc, "ru") and "alice" in stale_edit_text(exc, "kk")
    # the same refusal for a lifecycle action and a header edit based on an old version
    with pytest.raises(changes.StaleEdit):
        planning.cancel_delivery(db, A, "D-006", TODAY, based_on=opened.version)
    wo = planning.work_order(db, A)
    planning.update_work_order(db, A, based_on=wo.version, cancel_fee_pct=Decimal(50))
    with pytest.raises(changes.StaleEdit) as err:
        planning.update_work_order(db, A, based_on=wo.version, cancel_fee_pct=Decimal(75))
    assert stale_edit_text(err.value, "en").startswith(f"Work order {A} was changed by bob")
    assert planning.work_order(db, A).cancel_fee_pct == Decimal(50)
