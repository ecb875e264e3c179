"""The lifecycle enforced by the services, on the demo database: each refused change leaves the
database exactly as it was; each allowed one stores what the domain said."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app.domain.enums import LedgerKind, Status
from app.domain.model import LedgerEntry
from app.services import planning
from app.services.planning import TransitionRefused, ValidationError

from .test_planning import TODAY, A, delivery, dump


@pytest.mark.parametrize("call,reason", [
    (lambda db: planning.cancel_delivery(db, A, "D-001", TODAY), "delivered_final"),       # delivered
    (lambda db: planning.deliver(db, A, "D-004", TODAY), "cancelled_final"),               # cancelled
    (lambda db: planning.deliver(db, A, "D-001", TODAY), "already_delivered"),             # twice
    (lambda db: planning.delete_delivery(db, A, "D-001"), "delivered_final"),              # remove delivered
    (lambda db: planning.deliver(db, A, "D-006", TODAY), "delivered_before_first_day"),    # 18 days early
    (lambda db: planning.request_delivery(db, A, "D-006", TODAY), "transition_not_allowed"),
    (lambda db: planning.update_delivery(db, A, "D-003", status=Status.DELIVERED), "status_by_action"),
    (lambda db: planning.update_delivery(db, A, "D-001", credits=D(1)), "delivered_final"),
    (lambda db: planning.reschedule_delivery(db, A, "D-004", date(2026, 12, 20), date(2026, 12, 20), TODAY),
     "cancelled_final"),
])
def test_refused_transitions_write_nothing(demo_db, call, reason):
    before = dump(demo_db)
    with pytest.raises(TransitionRefused) as exc:
        call(demo_db)
    assert exc.value.refusal.reason.value == reason
    assert exc.value.problems == [("status", reason)]
    assert dump(demo_db) == before


@pytest.mark.parametrize("ref,values", [
    ("D-002", {"quantity": D(30)}),                      # 12 attendees delivered: not 30 afterwards
    ("D-001", {"quantity": D(2)}),                       # derived (1) until now: still not editable
    ("D-007", {"hours": D(40)}),
    ("D-001", {"first_day": date(2026, 3, 2)}),
    ("D-007", {"last_day": date(2026, 7, 1), "notes": "shorter"}),
    ("D-002", {"line_no": 8}),
])
def test_a_delivered_delivery_keeps_what_it_used(demo_db, ref, values):
    before = dump(demo_db)
    with pytest.raises(TransitionRefused) as exc:
        planning.update_delivery(demo_db, A, ref, **values)
    assert exc.value.refusal.reason.value == "delivered_final"
    assert dump(demo_db) == before  # nothing written, not even the notes beside it
    # its words may still be corrected
    planning.update_delivery(demo_db, A, ref, notes="checked with the customer")
    assert delivery(demo_db, A, ref).notes == "checked with the customer"


def test_empty_ledger_entry_refused(demo_db):
    wo = planning.work_order(demo_db, A)
    before = dump(demo_db)
    with pytest.raises(ValidationError) as exc:
        planning.add_entry(demo_db, A, LedgerEntry(id=None, on=TODAY, location_id=wo.locations[0].id, kind=LedgerKind.GRANT))
    assert ("credits", "empty_entry") in exc.value.problems
    assert dump(demo_db) == before


def test_deliver_once_on_the_first_day(demo_db):
    d = delivery(demo_db, A, "D-006")
    planning.deliver(demo_db, A, "D-006", d.first_day)
    assert delivery(demo_db, A, "D-006").status is Status.DELIVERED
    draws = [e for e in planning.work_order(demo_db, A).ledger if e.reference == "D-006" and e.kind is LedgerKind.DRAW]
    assert len(draws) == (1 if (d.credits or d.hours) else 0)


def test_reverse_a_delivery_adds_its_own_entry(demo_db):
    # D-007: EDE delivered, 80 hours drawn
    n_before = len(planning.work_order(demo_db, A).ledger)
    planning.reverse_delivery(demo_db, A, "D-007", TODAY)
    wo = planning.work_order(demo_db, A)
    assert delivery(demo_db, A, "D-007").status is Status.SCHEDULED
    assert len(wo.ledger) == n_before + 1  # the draw stays; an adjustment gives the hours back
    [adj] = [e for e in wo.ledger if e.reference == "D-007" and e.kind is LedgerKind.ADJUSTMENT]
    assert (adj.hours, adj.on) == (D(80), TODAY)


def test_remove_a_planned_delivery(demo_db):
    planned = [d for d in planning.work_order(demo_db, "UES-KZ-2026-027").deliveries if d.status is Status.PLANNED]
    planning.delete_delivery(demo_db, "UES-KZ-2026-027", planned[0].ref)
    assert planned[0].ref not in {d.ref for d in planning.work_order(demo_db, "UES-KZ-2026-027").deliveries}


def test_the_window_buttons_follow_the_domain():
    from app.ui.plan_dialogs import ACTIONS_BY_STATUS

    assert ACTIONS_BY_STATUS[Status.PLANNED] == ("request", "schedule", "cancel", "remove")
    assert ACTIONS_BY_STATUS[Status.SCHEDULED] == ("deliver", "reschedule", "cancel")
    assert ACTIONS_BY_STATUS[Status.DELIVERED] == ("reverse",)  # the correction, with its own entries
    assert ACTIONS_BY_STATUS[Status.CANCELLED] == ()


def test_delivering_before_the_first_day_moves_it_only_when_asked():
    from datetime import date

    from app.domain import lifecycle
    from app.domain.enums import Mode, Status
    from app.domain.model import Delivery

    d = Delivery(id=None, ref="D-9", service="WORKSHOPS", title="t", location_id=None, mode=Mode.REMOTE, status=Status.SCHEDULED, requested_on=date(2026, 11, 1),
                 first_day=date(2026, 12, 10), last_day=date(2026, 12, 12))
    on = date(2026, 12, 5)
    assert lifecycle.delivers_early(d, on) and not lifecycle.delivers_early(d, date(2026, 12, 10))
    assert isinstance(lifecycle.deliver(d, on), lifecycle.Refused)
    out = lifecycle.deliver(d, on, move_first_day=True)
    assert (out.delivery.status, out.delivery.first_day, out.delivery.last_day) == (
        Status.DELIVERED, on, date(2026, 12, 12))
