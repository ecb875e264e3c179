"""The account manager's actions, through the services, against a real database: what the
database holds afterwards, what a preview says before, and that Undo puts everything back.
Every test runs on both engines: an SQLite file and a team database on PostgreSQL (issue 17)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlmodel import select

from app.domain.enums import LedgerKind, Mode, Status
from app.domain.model import Delivery, LedgerEntry
from app.services import changes, planning
from app.store.tables import DeliveryRow, LedgerRow, WorkOrderRow

A = "UES-KZ-2025-014"  # ends 2026-12-20; last request day 2026-10-21
B = "UES-KZ-2026-027"
TODAY = date(2026, 11, 25)


@pytest.fixture
def db(engine_target):
    """The same services on each engine (tests/conftest.py: engine_target)."""
    from app.store.db import open_db

    database = open_db(engine_target)
    yield database
    database.close()


def dump(db):
    with db.read() as s:
        return {t: sorted(map(repr, s.exec(select(m)).all()))
                for t, m in changes.TABLES.items()}


def delivery(db, number, ref) -> Delivery:
    return next(d for d in planning.work_order(db, number).deliveries if d.ref == ref)


def test_late_cancellation_costs_the_fee_and_lands_in_the_ledger(demo_db):
    # D-005: EDE, 16 hours, first day 2026-12-04 -> last free day 2026-11-20
    assert planning.change_fee(demo_db, A, "D-005", date(2026, 11, 20)) is None
    assert planning.change_fee(demo_db, A, "D-005", TODAY) == (D("16.00"), "hours")
    before = dump(demo_db)
    cs = planning.cancel_delivery(demo_db, A, "D-005", TODAY)
    d = delivery(demo_db, A, "D-005")
    assert (d.status, d.changed_on, d.fee) == (Status.CANCELLED, TODAY, D(16))
    fee = [e for e in planning.work_order(demo_db, A).ledger if e.kind is LedgerKind.FEE and e.reference == "D-005"]
    assert [(e.hours, e.credits, e.on) for e in fee] == [(D(16), D(0), TODAY)]
    changes.undo(demo_db, cs)
    assert dump(demo_db) == before


def test_reschedule_keeps_the_day_it_moved_from(demo_db):
    planning.reschedule_delivery(demo_db, A, "D-006", date(2026, 12, 15), date(2026, 12, 16), TODAY)
    d = delivery(demo_db, A, "D-006")
    assert d.moved_from == date(2026, 12, 13) and d.first_day == date(2026, 12, 15)
    assert d.fee == 0  # moved while still free (last free day 2026-11-29)


def test_deliver_draws_rounded_credits(demo_db):
    planning.update_delivery(demo_db, B, "D-106", credits=D("12.5"))
    planning.deliver(demo_db, B, "D-106", date(2027, 1, 4))  # its first day (not before it)
    draws = [e for e in planning.work_order(demo_db, B).ledger if e.kind is LedgerKind.DRAW]
    assert [(e.credits, e.reference) for e in draws] == [(D(13), "D-106")]  # 12.5 -> 13 (R-CREDIT-ROUND)
    assert delivery(demo_db, B, "D-106").status is Status.DELIVERED


def test_preview_warns_of_a_late_request_before_saving(demo_db):
    new = Delivery(id=None, ref="D-900", service="RAPAAS", title="Late RAP", location_id=1, mode=Mode.REMOTE, status=Status.REQUESTED, requested_on=TODAY)
    wo = planning.work_order(demo_db, A)
    new.location_id = wo.host.id
    found = planning.preview_delivery(demo_db, A, new, TODAY)
    assert [(f.rule, f.key, f.subject.key) for f in found] == [("R-REQUEST-60", "late_request", "D-900")]
    assert delivery(demo_db, A, "D-006")  # nothing was written by the preview
    assert "D-900" not in {d.ref for d in planning.work_order(demo_db, A).deliveries}


def test_transfer_only_between_own_locations_rounded_up(demo_db):
    wo = planning.work_order(demo_db, A)
    kz, kg = wo.locations[0].id, next(loc.id for loc in wo.locations if loc.country == "KG")
    assert planning.preview_transfer(demo_db, A, kz, kg, D(7)) == D(7)  # 6.98 -> 7
    other = planning.work_order(demo_db, B).locations[0].id
    with pytest.raises(planning.ValidationError):
        planning.preview_transfer(demo_db, A, kz, other, D(7))
    cs = planning.transfer(demo_db, A, kz, kg, D(7), TODAY)
    rows = [(e.kind, e.credits, e.counterparty) for e in planning.work_order(demo_db, A).ledger if e.on == TODAY]
    assert rows == [(LedgerKind.TRANSFER_OUT, D(7), "KG"), (LedgerKind.TRANSFER_IN, D(7), "KZ")]
    assert len(cs.changes) == 2
    with pytest.raises(planning.ValidationError):
        planning.transfer(demo_db, A, kz, kg, D(10_000), TODAY)  # more than the balance


def test_invalid_header_is_refused_and_nothing_written(demo_db):
    before = dump(demo_db)
    with pytest.raises(planning.ValidationError) as exc:
        planning.update_work_order(demo_db, A, term_end=date(2025, 1, 1), cancel_fee_pct=D(150))
    assert set(exc.value.problems) == {("term_end", "end_before_start"), ("cancel_fee_pct", "percent_range")}
    assert dump(demo_db) == before


def test_edit_undo_redo_across_actions(demo_db):
    before = dump(demo_db)
    cs1 = planning.update_work_order(demo_db, A, cancel_fee_pct=D(50))
    cs2 = planning.add_entry(demo_db, A, LedgerEntry(id=None, on=TODAY, location_id=planning.work_order(demo_db, A).host.id,
                                                      kind=LedgerKind.GRANT, credits=D(5)))
    with demo_db.read() as s:
        assert s.exec(select(WorkOrderRow.cancel_fee_pct).where(WorkOrderRow.number == A)).one() == D(50)
    changes.undo(demo_db, cs2)
    changes.undo(demo_db, cs1)
    assert dump(demo_db) == before
    changes.redo(demo_db, cs1)
    with demo_db.read() as s:
        assert s.exec(select(WorkOrderRow.cancel_fee_pct).where(WorkOrderRow.number == A)).one() == D(50)


def test_a_change_based_on_a_stale_read_is_refused(demo_db):
    """Two writers: an edit worked out from an old read does not overwrite a newer one."""
    stale = planning.work_order(demo_db, A)
    planning.update_work_order(demo_db, A, base_amount=D(1))
    with demo_db.session() as s:
        wid = s.exec(select(WorkOrderRow.id).where(WorkOrderRow.number == A)).one()
        with pytest.raises(changes.Conflict):
            changes.update(s, "work_order", wid, expect={"base_amount": stale.base_amount}, base_amount=D(2))


def test_ledger_rows_are_never_edited(demo_db):
    with demo_db.read() as s:
        row_id = s.exec(select(LedgerRow.id)).first()
    with pytest.raises(Exception):  # noqa: B017 - the service's refusal or the database trigger's
        with demo_db.session() as s:
            changes.update(s, "ledger_entry", row_id, credits=D(999))
    with demo_db.read() as s:
        assert s.get(LedgerRow, row_id).credits != D(999)


def test_new_delivery_gets_the_next_reference(demo_db):
    wo = planning.work_order(demo_db, A)
    planning.create_delivery(demo_db, A, Delivery(id=None, ref="", service="CHALK_TALKS", title="Teams chalk talk", location_id=wo.host.id,
                                                  mode=Mode.REMOTE, status=Status.PLANNED))
    with demo_db.read() as s:
        refs = s.exec(select(DeliveryRow.ref).where(DeliveryRow.title == "Teams chalk talk")).all()
    assert refs == ["D-008"]
