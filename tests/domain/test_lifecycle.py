"""The delivery lifecycle (app.domain.lifecycle): every transition allowed and refused, with
its new state, its dated event and its ledger consequences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from app.domain import lifecycle as lc
from app.domain.enums import LedgerKind, Status
from app.domain.lifecycle import Action, Outcome, Reason, Refused

from .builders import dlv, entry, wo

DEC10, DEC17 = date(2026, 12, 10), date(2026, 12, 17)


def scheduled(**kw):
    kw.setdefault("first", DEC10)
    kw.setdefault("credits", "12.5")
    kw.setdefault("status", "scheduled")
    return dlv("D-001", req=date(2026, 10, 1), **kw)


def test_allowed_actions_per_status():
    assert set(lc.ALLOWED[Status.PLANNED]) >= {Action.REQUEST, Action.SCHEDULE, Action.CANCEL, Action.REMOVE}
    assert set(lc.ALLOWED[Status.REQUESTED]) >= {Action.SCHEDULE, Action.CANCEL}
    assert set(lc.ALLOWED[Status.SCHEDULED]) >= {Action.DELIVER, Action.RESCHEDULE, Action.CANCEL}
    assert Action.REMOVE not in lc.ALLOWED[Status.SCHEDULED]
    assert set(lc.ALLOWED[Status.DELIVERED]) == {Action.REVERSE, Action.EDIT}
    assert set(lc.ALLOWED[Status.CANCELLED]) == {Action.EDIT}


def test_request_then_schedule():
    d = dlv("D-1", status="planned")
    out = lc.request(d, date(2026, 10, 1))
    assert isinstance(out, Outcome) and out.delivery.status is Status.REQUESTED
    assert out.delivery.requested_on == date(2026, 10, 1) and out.ledger == ()
    assert (out.event.kind, out.event.on) == (Action.REQUEST, date(2026, 10, 1))
    s = lc.schedule(out.delivery, DEC10, date(2026, 12, 11), date(2026, 10, 5))
    assert (s.delivery.status, s.delivery.first_day, s.delivery.last_day) == (Status.SCHEDULED, DEC10, date(2026, 12, 11))
    assert (s.event.kind, s.event.first_before, s.event.first_after) == (Action.SCHEDULE, None, DEC10)
    assert s.delivery.requested_on == date(2026, 10, 1)  # the request date is kept


def test_schedule_a_planned_one_sets_the_request_day_and_refuses_bad_dates():
    d = dlv("D-1", status="planned")
    assert lc.schedule(d, DEC10, DEC10).delivery.requested_on == DEC10
    assert lc.schedule(d, DEC17, DEC10) == Refused(Reason.END_BEFORE_START)
    assert lc.schedule(d, None, None) == Refused(Reason.NEEDS_DATES)


def test_request_refused_unless_planned():
    assert lc.request(scheduled(), DEC10).reason is Reason.NOT_ALLOWED
    assert lc.request(dlv(status="cancelled"), DEC10).reason is Reason.CANCELLED_FINAL


def test_deliver_draws_rounded_credits_once():
    out = lc.deliver(scheduled(), DEC10)
    assert out.delivery.status is Status.DELIVERED and out.event.kind is Action.DELIVER
    [draw] = out.ledger
    assert (draw.kind, draw.credits, draw.on, draw.reference) == (LedgerKind.DRAW, D(13), DEC10, "D-001")
    assert lc.deliver(out.delivery, DEC10) == Refused(Reason.ALREADY_DELIVERED, {"action": "deliver"})


def test_deliver_refused_before_the_first_day_when_cancelled_or_not_scheduled():
    r = lc.deliver(scheduled(), date(2026, 11, 22))  # 18 days before the first day
    assert r == Refused(Reason.BEFORE_FIRST_DAY, {"on": "2026-11-22", "first_day": "2026-12-10"})
    assert lc.deliver(dlv(status="cancelled", first=DEC10), DEC10).reason \
        is Reason.CANCELLED_FINAL
    assert lc.deliver(dlv(status="planned", first=DEC10), DEC10).reason is Reason.NOT_ALLOWED


def test_deliver_without_amounts_draws_nothing():
    out = lc.deliver(scheduled(credits="0"), DEC10)
    assert out.ledger == ()


def test_cancel_free_and_late():
    w = wo()
    free = lc.cancel(w, scheduled(), date(2026, 11, 26))  # last free day 26 Nov
    assert free.delivery.status is Status.CANCELLED and free.ledger == () and free.event.fee == 0
    late = lc.cancel(w, scheduled(), date(2026, 11, 27))
    [fee] = late.ledger
    assert (fee.kind, fee.credits, late.delivery.fee, late.event.fee, late.event.fee_unit) == \
        (LedgerKind.FEE, D(13), D(13), D(13), "credits")
    assert lc.cancel(w, scheduled(), date(2026, 11, 27), charge_fee=False).ledger == ()


def test_cancel_refused_when_delivered_or_cancelled():
    w = wo()
    assert lc.cancel(w, scheduled(status="delivered"), DEC10).reason is Reason.DELIVERED_FINAL
    assert lc.cancel(w, dlv(status="cancelled"), DEC10).reason is Reason.CANCELLED_FINAL


def test_reschedule_event_keeps_both_first_days():
    out = lc.reschedule(wo(), scheduled(), DEC17, DEC17, date(2026, 11, 20))
    e = out.event
    assert (e.kind, e.on, e.first_before, e.first_after, e.fee) == (Action.RESCHEDULE, date(2026, 11, 20), DEC10, DEC17, 0)
    assert (out.delivery.first_day, out.delivery.moved_from) == (DEC17, DEC10)
    assert lc.reschedule(wo(), scheduled(), DEC17, DEC10, DEC10).reason is Reason.END_BEFORE_START
    assert lc.reschedule(wo(), dlv(status="planned"), DEC17, DEC17, DEC10).reason is Reason.NOT_ALLOWED


def test_moved_then_cancelled_fee_judged_against_the_first_day_in_force():
    # the issue's example: 10 Dec -> 17 Dec (free: before 26 Nov), then cancelled on 1 Dec:
    # free until 3 Dec (17 Dec - 14), so no fee
    w = wo()
    moved = lc.reschedule(w, scheduled(), DEC17, DEC17, date(2026, 11, 20)).delivery
    out = lc.cancel(w, moved, date(2026, 12, 1))
    assert out.ledger == () and out.event.fee == 0 and out.event.first_before == DEC17
    late = lc.cancel(w, moved, date(2026, 12, 4))
    assert late.event.fee == D(13) and late.event.first_before == DEC17


def test_remove_only_while_planned():
    assert lc.remove(dlv(status="planned")) is None
    assert lc.remove(scheduled(status="delivered")).reason is Reason.DELIVERED_FINAL
    assert lc.remove(scheduled()).reason is Reason.NOT_ALLOWED
    assert lc.remove(dlv(status="cancelled")).reason is Reason.CANCELLED_FINAL


def test_reverse_gives_back_what_was_drawn():
    delivered = lc.deliver(scheduled(), DEC10).delivery
    out = lc.reverse(delivered, date(2026, 12, 12), (D(13), D(0)))
    [adj] = out.ledger
    assert (adj.kind, adj.credits, adj.on) == (LedgerKind.ADJUSTMENT, D(13), date(2026, 12, 12))
    assert out.delivery.status is Status.SCHEDULED and out.event.kind is Action.REVERSE
    assert lc.reverse(scheduled(), DEC10).reason is Reason.NOT_ALLOWED


@pytest.mark.parametrize("status,values,reason", [
    ("planned", {"status": Status.DELIVERED}, Reason.STATUS_BY_ACTION),
    ("delivered", {"credits": D(1)}, Reason.DELIVERED_FINAL),
    ("cancelled", {"first_day": DEC17}, Reason.CANCELLED_FINAL),
])
def test_edits_refused(status, values, reason):
    assert lc.check_edit(scheduled(status=status), values).reason is reason


@pytest.mark.parametrize("values", [
    {"quantity": D(12)}, {"quantity": D(0)}, {"credits": D("12.5") + 1}, {"hours": D(8)},
    {"first_day": DEC17}, {"last_day": DEC17}, {"line_no": 2}, {"service": "WORKSHOPS"},
    {"location_id": 2}, {"notes": "fine", "quantity": D(3)},
])
def test_what_a_delivered_delivery_used_is_not_edited(values):
    """Quantity, credits, hours, days, the line or the place of a delivered delivery change
    only by a reversal (its own ledger entries), never by an edit rewriting what was used."""
    delivered = lc.deliver(scheduled(), DEC10).delivery
    refused = lc.check_edit(delivered, values)
    assert refused is not None and refused.reason is Reason.DELIVERED_FINAL
    assert set(refused.params["fields"].split(",")) == set(values) - {"notes"}
    # after the reversal it is scheduled again, and the same edit is allowed
    again = lc.reverse(delivered, date(2026, 12, 12)).delivery
    assert lc.check_edit(again, values) is None


def test_unchanged_values_of_a_delivered_delivery_pass():
    delivered = lc.deliver(replace(scheduled(), quantity=D(4)), DEC10).delivery
    assert lc.check_edit(delivered, {"quantity": D("4.0"), "credits": D("12.50"), "title": "new"}) is None


def test_edits_allowed():
    assert lc.check_edit(scheduled(status="delivered"), {"notes": "ok", "title": "x"}) is None
    assert lc.check_edit(scheduled(), {"credits": D(3), "status": Status.SCHEDULED}) is None


def test_empty_ledger_entry_refused():
    from app.domain.validation import validate_entry

    assert lc.check_entry(entry(DEC10)) == Refused(Reason.EMPTY_ENTRY)
    assert ("credits", "empty_entry") in validate_entry(entry(DEC10))
    assert lc.check_entry(entry(DEC10, credits="1")) is None
    assert validate_entry(entry(DEC10, hours="2")) == []


# ---------------------------------------------------------------- dated events and R-CANCEL-14

def _cancel_findings(w):
    from app.domain.catalog import catalog
    from app.domain.findings import CheckSettings
    from app.domain.rules import r_cancel_14

    return [f for f in r_cancel_14(w, date(2026, 12, 20), CheckSettings(), catalog())
            if f.key in ("late_cancel", "late_reschedule")]


def _apply(d, out):
    """The delivery after ``out``, with its events as the store would hold them."""
    return lc.replace(out.delivery, events=[*lc.events_of(d), out.event])


def test_moved_twice_then_cancelled_keeps_every_event_and_judges_each_against_its_first_day():
    w = wo()
    d = scheduled()                                                          # 10 Dec
    d = _apply(d, lc.reschedule(w, d, DEC17, DEC17, date(2026, 11, 20)))     # free (by 26 Nov)
    late_move = lc.reschedule(w, d, date(2026, 12, 24), date(2026, 12, 24), date(2026, 12, 5))  # free by 3 Dec: late
    assert late_move.event.fee == D(13)
    d = _apply(d, late_move)                                                 # now 24 Dec
    cancel = lc.cancel(w, d, date(2026, 12, 9))                              # free by 10 Dec: free
    assert cancel.event.fee == 0 and cancel.ledger == ()
    d = _apply(d, cancel)
    assert [(e.kind, e.first_before, e.first_after) for e in d.events] == [
        (Action.RESCHEDULE, DEC10, DEC17), (Action.RESCHEDULE, DEC17, date(2026, 12, 24)),
        (Action.CANCEL, date(2026, 12, 24), date(2026, 12, 24))]
    w.deliveries = [d]
    [f] = _cancel_findings(w)   # only the second move was late
    assert (f.key, f.params["first_day"], f.params["changed_on"], f.params["fee"]) == (
        "late_reschedule", "2026-12-17", "2026-12-05", "13")


def test_the_issues_example_dialog_and_check_agree():
    # reschedule 10 Dec -> 17 Dec, then cancel on 1 Dec: free until 3 Dec, no finding
    w = wo()
    d = scheduled()
    d = _apply(d, lc.reschedule(w, d, DEC17, DEC17, date(2026, 11, 20)))
    assert lc.change_fee(w, d, date(2026, 12, 1)) is None           # what the dialog shows
    d = _apply(d, lc.cancel(w, d, date(2026, 12, 1)))
    w.deliveries = [d]
    assert _cancel_findings(w) == []                                  # what the check says
    # and cancelled on 4 Dec: both say 13 credits against 17 Dec
    d2 = scheduled()
    d2 = _apply(d2, lc.reschedule(w, d2, DEC17, DEC17, date(2026, 11, 20)))
    assert lc.change_fee(w, d2, date(2026, 12, 4)) == (D(13), "credits")
    d2 = _apply(d2, lc.cancel(w, d2, date(2026, 12, 4)))
    w.deliveries = [d2]
    [f] = _cancel_findings(w)
    assert (f.key, f.params["first_day"], f.params["fee"], f.params["unit"]) == ("late_cancel", "2026-12-17", "13", "credits")


def test_legacy_fields_read_as_events():
    d = dlv("D-9", status="cancelled", first=DEC17, moved=DEC10, changed=date(2026, 12, 1), fee="5", credits="5")
    assert [(e.kind, e.on, e.first_before, e.fee) for e in lc.events_of(d)] == [
        (Action.RESCHEDULE, date(2026, 12, 1), DEC10, D(0)), (Action.CANCEL, date(2026, 12, 1), DEC17, D(5))]
