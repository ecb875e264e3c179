"""Every change is recorded (when, who, table, record, field, old, new), whoever writes it; the
ledger only grows."""

from __future__ import annotations

import getpass
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry
from app.services import changes, planning
from app.services.history import work_order_history
from app.store.audit import LedgerLocked
from app.store.repo import add_work_order
from app.store.tables import History, LedgerRow, WorkOrderRow
from tests.safety.helpers import make_db, small_work_order


@pytest.fixture
def planner(tmp_path):
    db = make_db(tmp_path / "planner.db")
    yield db
    db.close()


def grant(credits="10", ref="PO-9"):
    return LedgerEntry(id=None, on=date(2026, 2, 1), location_id=None, kind=LedgerKind.GRANT, credits=Decimal(credits),
                       hours=Decimal("0"), reference=ref, counterparty="", notes="")


def add_grant(db, credits="10", ref="PO-9"):
    wo = planning.work_order(db, "WO-1")
    e = grant(credits, ref)
    e.location_id = wo.locations[0].id
    return planning.add_entry(db, "WO-1", e)


def test_an_edit_is_recorded_with_time_user_field_old_and_new(planner):
    start = datetime.now(UTC)
    planning.update_work_order(planner, "WO-1", base_amount=Decimal("600000.50"),
                               term_end=date(2027, 1, 31))
    items = [h for h in work_order_history(planner, "WO-1") if h.action == "update"]
    assert {(h.table, h.field, h.old, h.new) for h in items} == {
        ("work_order", "base_amount", "500000", "600000.5"),
        ("work_order", "term_end", "2026-12-31", "2027-01-31"),
    }
    for h in items:
        assert h.user == getpass.getuser()
        assert start - timedelta(seconds=1) <= h.when <= datetime.now(UTC)
        assert h.record == planning.work_order(planner, "WO-1").id
        assert h.label == "WO-1"


def test_the_whole_story_of_a_work_order_in_order(planner):
    add_grant(planner)
    planning.create_delivery(planner, "WO-1", _delivery(planner))
    planning.request_delivery(planner, "WO-1", "D-001", date(2026, 3, 1))
    story = [(h.action, h.table, h.field, h.label) for h in work_order_history(planner, "WO-1")]
    assert story == [
        ("insert", "work_order", "", "WO-1"),
        ("insert", "location", "", "KZ"),
        ("insert", "location", "", "KG"),
        ("insert", "ledger_entry", "", "grant"),
        ("insert", "delivery", "", "D-001"),
        ("update", "delivery", "status", "D-001"),
        ("update", "delivery", "requested_on", "D-001"),
        ("insert", "delivery_event", "", "D-001"),  # the request, as a dated change event
    ]
    inserted = work_order_history(planner, "WO-1")[3]
    assert inserted.values()["credits"] == "10" and inserted.values()["reference"] == "PO-9"


def _delivery(db):
    from app.domain.enums import Mode, Status
    from app.domain.model import Delivery

    loc = planning.work_order(db, "WO-1").locations[0].id
    return Delivery(id=None, ref="D-001", service="WORKSHOPS", title="Security", location_id=loc, mode=Mode.REMOTE, status=Status.PLANNED,
                    requested_on=None, first_day=None, last_day=None, credits=Decimal("4"), hours=Decimal("0"), changed_on=None, moved_from=None, fee=Decimal("0"), line_no=None, notes="")


def test_writes_of_any_code_are_recorded_plain_orm_like_the_importer(planner):
    """The importer (or any code) adds and changes rows with the ORM in db.session(): recorded."""
    with planner.session() as s:
        wo = add_work_order(s, small_work_order("IMP-1"))
        row = s.get(WorkOrderRow, wo.id)
        row.notes = "imported from book.xlsx"
    with planner.session() as s:
        s.exec(update(WorkOrderRow).where(WorkOrderRow.number == "IMP-1").values(currency="EUR"))
    items = work_order_history(planner, "IMP-1")
    assert [(h.action, h.table) for h in items[:3]] == [
        ("insert", "work_order"), ("insert", "location"), ("insert", "location")]
    # the insert and the change in the same transaction: both there
    assert ("notes", "", "imported from book.xlsx") in [(h.field, h.old, h.new) for h in items]
    assert ("currency", "USD", "EUR") in [(h.field, h.old, h.new) for h in items]


def test_a_removed_work_order_keeps_its_history(planner):
    add_grant(planner)
    with planner.session() as s:
        s.delete(s.exec(select(WorkOrderRow).where(WorkOrderRow.number == "WO-1")).one())
    items = work_order_history(planner, "WO-1")
    deleted = [(h.table, h.label) for h in items if h.action == "delete"]
    # the rows the database removes with it (cascade) are recorded too
    assert sorted(deleted) == [("ledger_entry", "grant"), ("location", "KG"), ("location", "KZ"),
                               ("work_order", "WO-1")]
    gone = next(h for h in items if h.action == "delete" and h.table == "work_order")
    assert gone.values()["base_amount"] == "500000" and json.loads(gone.old)["number"] == "WO-1"


def test_undo_and_redo_are_recorded(planner):
    cs = planning.update_work_order(planner, "WO-1", base_amount=Decimal("1"))
    changes.undo(planner, cs)
    changes.redo(planner, cs)
    assert [(h.old, h.new) for h in work_order_history(planner, "WO-1") if h.field == "base_amount"] == [
        ("500000", "1"), ("1", "500000"), ("500000", "1")]


def test_history_written_in_the_same_transaction(planner):
    with pytest.raises(RuntimeError):
        with planner.session() as s:
            s.get(WorkOrderRow, 1).notes = "never saved"
            s.flush()
            raise RuntimeError
    with planner.read() as s:
        assert s.exec(select(func.count()).select_from(History).where(History.field == "notes")).one() == 0


# ------------------------------------------------------------------ the ledger only grows

def test_a_ledger_entry_cannot_be_changed(planner):
    add_grant(planner)
    with pytest.raises(LedgerLocked):
        with planner.session() as s:
            s.exec(select(LedgerRow)).one().credits = Decimal("1000")
    with pytest.raises(LedgerLocked):
        with planner.session() as s:
            s.exec(update(LedgerRow).values(credits=Decimal("1000")))
    with pytest.raises(IntegrityError, match="ledger entries cannot be changed"):
        with planner.session() as s:  # even plain SQL: the database itself refuses
            s.connection().exec_driver_sql("UPDATE ledger_entry SET credits='1000'")
    con = sqlite3.connect(planner.path)  # and any other program
    with pytest.raises(sqlite3.IntegrityError):
        con.execute("UPDATE ledger_entry SET notes='x'")
    con.close()
    assert planning.work_order(planner, "WO-1").ledger[0].credits == Decimal("10")


def test_a_ledger_entry_cannot_be_removed_except_by_undoing_it(planner):
    cs_old = add_grant(planner, "10", "PO-1")
    cs = add_grant(planner, "5", "PO-2")
    with pytest.raises(LedgerLocked):
        with planner.session() as s:
            s.delete(s.exec(select(LedgerRow).where(LedgerRow.reference == "PO-1")).one())
    with pytest.raises(LedgerLocked):
        with planner.session() as s:
            s.exec(delete(LedgerRow).where(LedgerRow.reference == "PO-1"))
    assert len(planning.work_order(planner, "WO-1").ledger) == 2
    changes.undo(planner, cs)  # the Undo of the entry just added
    assert [e.reference for e in planning.work_order(planner, "WO-1").ledger] == ["PO-1"]
    changes.redo(planner, cs)
    assert len(planning.work_order(planner, "WO-1").ledger) == 2
    # an undo may only remove the entries its own change added
    forged = changes.ChangeSet("x", "WO-1", [changes.RowChange(
        "ledger_entry", "insert", cs_old.changes[0].row_id, None, cs_old.changes[0].after)])
    with pytest.raises(LedgerLocked):
        with planner.session() as s:
            changes.replay(s, forged.inverse())
    assert len(planning.work_order(planner, "WO-1").ledger) == 2


def test_a_correction_is_a_new_entry_and_work_orders_go_with_their_ledger(planner):
    add_grant(planner, "10")
    wo = planning.work_order(planner, "WO-1")
    fix = LedgerEntry(id=None, on=date(2026, 2, 2), location_id=wo.locations[0].id, kind=LedgerKind.ADJUSTMENT,
                      credits=Decimal("-2"), hours=Decimal("0"), reference="PO-9", counterparty="", notes="typo in the grant")
    planning.add_entry(planner, "WO-1", fix)
    assert [e.credits for e in planning.work_order(planner, "WO-1").ledger] == [Decimal("10"), Decimal("-2")]
    from app.services.portfolio import load_demo

    load_demo(planner, date(2026, 11, 25))
    load_demo(planner, date(2026, 11, 25))  # replaces the demo's work orders, ledgers included


# ------------------------------------------------------------------ stale changes

def test_a_stale_update_is_a_conflict_not_a_lost_update(planner):
    wo = planning.work_order(planner, "WO-1")
    planning.update_work_order(planner, "WO-1", base_amount=Decimal("10"))  # someone else
    with pytest.raises(changes.Conflict) as exc:
        changes.run(planner, "x", "WO-1", lambda s, cs: cs.changes.append(changes.update(
            s, "work_order", wo.id, expect={"base_amount": wo.base_amount},
            base_amount=wo.base_amount + 1)))
    assert exc.value.field == "base_amount" and exc.value.found == Decimal("10")
    assert planning.work_order(planner, "WO-1").base_amount == Decimal("10")


def test_an_old_undo_does_not_overwrite_a_later_change(planner):
    cs = planning.update_work_order(planner, "WO-1", base_amount=Decimal("1"))
    planning.update_work_order(planner, "WO-1", base_amount=Decimal("2"))
    with pytest.raises(changes.Conflict):
        changes.undo(planner, cs)
    assert planning.work_order(planner, "WO-1").base_amount == Decimal("2")
