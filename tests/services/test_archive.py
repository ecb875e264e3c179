"""Issue 16: archive/unarchive a work order, delete one (refused while it has ledger entries
unless archived), Undo of a delete puts every row back; check and statements skip archived
work orders unless they are named."""

from __future__ import annotations

import sqlite3

import pytest

from app.services import changes, planning, portfolio, statements
from tests.conftest import TODAY

A = "UES-KZ-2025-014"


def every_row(db):
    con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in names if t != "history"}
    finally:
        con.close()


def test_delete_is_refused_while_the_ledger_has_entries_and_not_archived(demo_db):
    before = every_row(demo_db)
    with pytest.raises(planning.ValidationError) as exc:
        planning.delete_work_order(demo_db, A)
    assert exc.value.problems == [("work_order", "has_ledger_entries")]
    assert every_row(demo_db) == before


def test_archive_then_delete_and_undo_puts_every_row_back(demo_db):
    before = every_row(demo_db)
    archived = planning.archive_work_order(demo_db, A, TODAY)
    assert planning.work_order(demo_db, A).archived_on == TODAY
    after_archive = every_row(demo_db)
    gone = planning.delete_work_order(demo_db, A)
    with pytest.raises(planning.NotFound):
        planning.work_order(demo_db, A)
    rows = every_row(demo_db)
    wid = next(r[0] for r in before["work_order"] if r[1] == A)
    for table in ("location", "service_line", "delivery", "ledger_entry", "delivery_event"):
        assert not [r for r in rows[table] if r[1] == wid], table
    changes.undo(demo_db, gone)
    assert every_row(demo_db) == after_archive
    changes.redo(demo_db, gone)
    assert A not in [r[1] for r in every_row(demo_db)["work_order"]]
    changes.undo(demo_db, gone)
    changes.undo(demo_db, archived)
    assert every_row(demo_db) == before


def test_check_and_statements_skip_archived_unless_named(demo_db, tmp_path):
    assert any(f.work_order == A for f in portfolio.check(demo_db, TODAY))
    planning.archive_work_order(demo_db, A, TODAY)
    assert not any(f.work_order == A for f in portfolio.check(demo_db, TODAY))
    assert any(f.work_order == A for f in portfolio.check(demo_db, TODAY, include_archived=True))
    quarter = "2026Q4"
    assert A not in [n for n, _c in statements.active_work_orders(demo_db, quarter)]
    result = statements.write_statements(demo_db, quarter, tmp_path / "all", "en", ["xlsx"], today=TODAY)
    assert not [p for p in result.files if A in p.name]
    named = statements.write_statements(demo_db, quarter, tmp_path / "one", "en", ["xlsx"], numbers=[A],
                                        today=TODAY)
    assert named.done == 1 and A in named.files[0].name
    planning.unarchive_work_order(demo_db, A)
    assert any(f.work_order == A for f in portfolio.check(demo_db, TODAY))
