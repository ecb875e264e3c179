"""The delivery lifecycle: which changes a delivery allows, and what each brings about.

    planned ──request──▶ requested ──schedule──▶ scheduled ──deliver──▶ delivered
       │  └──────────schedule──────────────────▲  │ ▲  reschedule            │
       │                                         └─┘                       │ reverse
       └──cancel── requested/scheduled ──cancel──▶ cancelled (final)       ▼
                                                              scheduled (with a reversal)

Each transition is a pure function of the delivery (and its work order) that returns an
:class:`Outcome` (the delivery's new state, its dated :class:`ChangeEvent` and its ledger
consequences: a draw, a fee, a reversal) or a :class:`Refused` with a reason id and params;
no words here. A delivered delivery is never rewritten: correcting it is a *reversal*, its own
event with its own ledger entries giving back what was drawn, after which it is scheduled again.
A cancelled delivery is final. Removing a record is allowed only while it is planned (nothing
has gone to Microsoft, nothing is in the ledger).

R-CANCEL-14's fee comes from :func:`app.domain.rules.change_cost`: the dialog's preview, the
ledger's fee entry and the finding read that one computation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .enums import LedgerKind, Status
from .model import Delivery, LedgerEntry, WorkOrder
from .money import ZERO, credit_round


class Action(StrEnum):
    REQUEST = "request"
    SCHEDULE = "schedule"
    RESCHEDULE = "reschedule"
    DELIVER = "deliver"
    CANCEL = "cancel"
    REVERSE = "reverse"
    REMOVE = "remove"
    EDIT = "edit"


class Reason(StrEnum):
    """Why a change is refused (worded by the window and the command line)."""

    NOT_ALLOWED = "transition_not_allowed"  # params: action, status
    ALREADY_DELIVERED = "already_delivered"
    CANCELLED_FINAL = "cancelled_final"
    DELIVERED_FINAL = "delivered_final"  # a delivered delivery changes only by a reversal
    BEFORE_FIRST_DAY = "delivered_before_first_day"  # params: on, first_day
    NEEDS_DATES = "needs_dates"
    END_BEFORE_START = "end_before_start"
    STATUS_BY_ACTION = "status_by_action"  # an edit cannot set the status: use the action
    EMPTY_ENTRY = "empty_entry"  # a ledger entry with neither credits nor hours
    DRAW_CANCELLED = "draw_for_cancelled"  # params: ref (the ledger draws for a cancelled delivery)
    DRAW_MISSING = "draw_missing"  # params: ref, credits, hours (delivered without its draw)


#: What each status allows. Delivered allows only a reversal; cancelled nothing.
ALLOWED: dict[Status, tuple[Action, ...]] = {
    Status.PLANNED: (Action.REQUEST, Action.SCHEDULE, Action.CANCEL, Action.EDIT, Action.REMOVE),
    Status.REQUESTED: (Action.SCHEDULE, Action.CANCEL, Action.EDIT),
    Status.SCHEDULED: (Action.DELIVER, Action.RESCHEDULE, Action.CANCEL, Action.EDIT),
    Status.DELIVERED: (Action.REVERSE, Action.EDIT),
    Status.CANCELLED: (Action.EDIT,),
}
FINAL = frozenset({Status.CANCELLED})
#: Fields an edit may change on a delivered or cancelled delivery (words only, no amounts/dates).
FREE_TEXT_FIELDS = frozenset({"title", "notes"})


@dataclass(frozen=True)
class Refused:
    reason: Reason
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChangeEvent:
    """One dated change of a delivery: its business date, the first (and last) day in force
    before and after it, and the fee it cost (zero when free)."""

    kind: Action
    on: date
    first_before: date | None = None
    first_after: date | None = None
    last_before: date | None = None
    last_after: date | None = None
    fee: Decimal = ZERO
    fee_unit: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Outcome:
    delivery: Delivery
    event: ChangeEvent | None
    ledger: tuple[LedgerEntry, ...] = ()


Result = Outcome | Refused


def legacy_events(d: Delivery) -> list[ChangeEvent]:
    """The events a delivery stored before events existed (moved_from, changed_on) stands for;
    the same reading as migration 0003."""
    unit = "credits" if d.credits else "hours" if d.hours else ""
    out = []
    if d.moved_from is not None and d.changed_on is not None:
        fee = ZERO if d.status is Status.CANCELLED else d.fee
        out.append(ChangeEvent(Action.RESCHEDULE, d.changed_on, d.moved_from, d.first_day, None,
                               d.last_day, fee, unit))
    if d.status is Status.CANCELLED and d.changed_on is not None:
        out.append(ChangeEvent(Action.CANCEL, d.changed_on, d.first_day, d.first_day, d.last_day,
                               d.last_day, d.fee, unit))
    return out


def events_of(d: Delivery) -> list[ChangeEvent]:
    """A delivery's dated change events: the stored ones, else those its old fields stand for."""
    return d.events if d.events else legacy_events(d)


def _refuse_status(d: Delivery, action: Action) -> Refused | None:
    if action in ALLOWED[d.status]:
        return None
    if d.status is Status.CANCELLED:
        return Refused(Reason.CANCELLED_FINAL, {"action": action.value})
    if d.status is Status.DELIVERED:
        reason = Reason.ALREADY_DELIVERED if action is Action.DELIVER else Reason.DELIVERED_FINAL
        return Refused(reason, {"action": action.value})
    return Refused(Reason.NOT_ALLOWED, {"action": action.value, "status": d.status.value})


def _event(kind: Action, d: Delivery, on: date, after: Delivery,
           fee: tuple[Decimal, str] | None = None) -> ChangeEvent:
    amount, unit = fee if fee else (ZERO, "")
    return ChangeEvent(kind, on, d.first_day, after.first_day, d.last_day, after.last_day, amount, unit)


def _fee_entries(d: Delivery, on: date, fee: tuple[Decimal, str] | None, note: str) -> tuple[LedgerEntry, ...]:
    """The fee entry of a late change; ``note`` is a message id (``ledger.late_cancellation``), no words."""
    if not fee or fee[0] <= 0 or d.location_id is None or fee[1] not in ("credits", "hours"):
        return ()
    amount, unit = fee
    return (LedgerEntry(id=None, on=on, location_id=d.location_id, kind=LedgerKind.FEE,
                        credits=amount if unit == "credits" else ZERO,
                        hours=amount if unit == "hours" else ZERO, reference=d.ref, counterparty="", notes=note),)


def change_fee(wo: WorkOrder, d: Delivery, on: date) -> tuple[Decimal, str] | None:
    """R-CANCEL-14: what cancelling or moving ``d`` on ``on`` costs, judged against the first day
    in force now (the one computation the dialog, the ledger and the check share)."""
    from .rules import change_cost

    return change_cost(wo, d, on)


def request(d: Delivery, on: date) -> Result:
    refused = _refuse_status(d, Action.REQUEST)
    if refused:
        return refused
    after = replace(d, status=Status.REQUESTED, requested_on=on)
    return Outcome(after, _event(Action.REQUEST, d, on, after))


def _refuse_days(first: date | None, last: date | None) -> Refused | None:
    """The new first and last day of a schedule or reschedule: both given, in order."""
    if first is None or last is None:
        return Refused(Reason.NEEDS_DATES)
    if last < first:
        return Refused(Reason.END_BEFORE_START)
    return None


def schedule(d: Delivery, first: date, last: date, on: date | None = None) -> Result:
    refused = _refuse_status(d, Action.SCHEDULE)
    if refused:
        return refused
    bad_days = _refuse_days(first, last)
    if bad_days:
        return bad_days
    after = replace(d, status=Status.SCHEDULED, first_day=first, last_day=last,
                    requested_on=d.requested_on or on or first)
    return Outcome(after, _event(Action.SCHEDULE, d, on or after.requested_on or first, after))


def reschedule(wo: WorkOrder, d: Delivery, first: date, last: date, on: date,
               charge_fee: bool = True) -> Result:
    refused = _refuse_status(d, Action.RESCHEDULE)
    if refused:
        return refused
    bad_days = _refuse_days(first, last)
    if bad_days:
        return bad_days
    fee = change_fee(wo, d, on) if charge_fee else None
    after = replace(d, first_day=first, last_day=last, changed_on=on, moved_from=d.first_day,
                    fee=d.fee + (fee[0] if fee else ZERO))
    return Outcome(after, _event(Action.RESCHEDULE, d, on, after, fee),
                   _fee_entries(d, on, fee, "ledger.late_rescheduling"))


def cancel(wo: WorkOrder, d: Delivery, on: date, charge_fee: bool = True) -> Result:
    refused = _refuse_status(d, Action.CANCEL)
    if refused:
        return refused
    fee = change_fee(wo, d, on) if charge_fee else None
    after = replace(d, status=Status.CANCELLED, changed_on=on,
                    fee=d.fee + (fee[0] if fee else ZERO))
    return Outcome(after, _event(Action.CANCEL, d, on, after, fee),
                   _fee_entries(d, on, fee, "ledger.late_cancellation"))


def draw_entry(d: Delivery, on: date) -> LedgerEntry | None:
    """The draw a delivery makes when delivered: its credits rounded (R-CREDIT-ROUND), its hours."""
    if not (d.credits or d.hours) or d.location_id is None:
        return None
    return LedgerEntry(id=None, on=on, location_id=d.location_id, kind=LedgerKind.DRAW, credits=credit_round(d.credits), hours=d.hours,
                       reference=d.ref, counterparty="", notes=d.title)


def delivers_early(d: Delivery, on: date) -> bool:
    """Delivered on ``on`` is before the first day: refused, unless the first day moves to
    ``on`` (:func:`deliver` with ``move_first_day``), which the person is asked first."""
    return d.first_day is not None and on < d.first_day


def deliver(d: Delivery, on: date, move_first_day: bool = False) -> Result:
    """Delivered on ``on``. Before the first day it is refused, unless ``move_first_day``:
    then the first day becomes ``on`` (the last day stays; no fee: nothing was moved later)."""
    refused = _refuse_status(d, Action.DELIVER)
    if refused:
        return refused
    if not (d.first_day and d.last_day):
        return Refused(Reason.NEEDS_DATES)
    if on < d.first_day and not move_first_day:
        return Refused(Reason.BEFORE_FIRST_DAY, {"on": on.isoformat(),
                                                 "first_day": d.first_day.isoformat()})
    after = replace(d, status=Status.DELIVERED, first_day=min(on, d.first_day))
    entry = draw_entry(d, on)
    return Outcome(after, _event(Action.DELIVER, d, on, after), (entry,) if entry else ())


def reverse(d: Delivery, on: date, drawn: tuple[Decimal, Decimal] | None = None) -> Result:
    """Correct a delivered delivery: it is scheduled again and what was drawn is given back by an
    adjustment of its own (the draw stays in the ledger). ``drawn``: (credits, hours) the
    delivery's draws took, when known; else what delivering it draws."""
    refused = _refuse_status(d, Action.REVERSE)
    if refused:
        return refused
    credits, hours = drawn if drawn is not None else (credit_round(d.credits), d.hours)
    entries: tuple[LedgerEntry, ...] = ()
    if (credits or hours) and d.location_id is not None:
        entries = (LedgerEntry(id=None, on=on, location_id=d.location_id, kind=LedgerKind.ADJUSTMENT, credits=credits, hours=hours,
                               reference=d.ref, counterparty="", notes="Reversal of the delivery"),)
    after = replace(d, status=Status.SCHEDULED)
    return Outcome(after, _event(Action.REVERSE, d, on, after), entries)


def remove(d: Delivery) -> Refused | None:
    """None when the delivery may be removed (it is still only planned)."""
    return _refuse_status(d, Action.REMOVE)


def check_edit(before: Delivery, values: dict[str, Any]) -> Refused | None:
    """An edit of fields: never the status (that takes an action); on a delivered or cancelled
    delivery only its words (title, notes)."""
    changed = {k for k, v in values.items() if getattr(before, k) != v}
    if "status" in changed:
        return Refused(Reason.STATUS_BY_ACTION, {"status": str(values["status"])})
    if before.status in (Status.DELIVERED, Status.CANCELLED) and changed - FREE_TEXT_FIELDS:
        reason = Reason.DELIVERED_FINAL if before.status is Status.DELIVERED else Reason.CANCELLED_FINAL
        return Refused(reason, {"fields": ",".join(sorted(changed - FREE_TEXT_FIELDS))})
    return None


def check_entry(e: LedgerEntry) -> Refused | None:
    """A ledger entry moves credits or hours; one with neither is refused."""
    if not e.credits and not e.hours:
        return Refused(Reason.EMPTY_ENTRY)
    return None


#: The statuses a delivery passes through in order (cancelled is reached from any open one).
_FORWARD = (Status.PLANNED, Status.REQUESTED, Status.SCHEDULED, Status.DELIVERED)


def path(old: Status, new: Status) -> tuple[Action, ...] | None:
    """The actions that take a delivery from status ``old`` to ``new`` (none when they are the
    same), or None when no actions do: a status never goes back, but a delivered delivery is
    scheduled again by a reversal; a cancelled one is final."""
    if old is new:
        return ()
    if new is Status.CANCELLED:
        return (Action.CANCEL,) if Action.CANCEL in ALLOWED[old] else None
    if old is Status.DELIVERED:
        return (Action.REVERSE,) if new is Status.SCHEDULED else None
    if old is Status.CANCELLED or _FORWARD.index(new) < _FORWARD.index(old):
        return None
    steps: list[Action] = []
    if new is Status.REQUESTED:
        steps.append(Action.REQUEST)
    if _FORWARD.index(new) >= _FORWARD.index(Status.SCHEDULED) and old is not Status.SCHEDULED:
        steps.append(Action.SCHEDULE)
    if new is Status.DELIVERED:
        steps.append(Action.DELIVER)
    return tuple(steps)


def drawn(ref: str, ledger: Iterable[LedgerEntry]) -> tuple[Decimal, Decimal]:
    """(credits, hours) the ledger holds drawn for the delivery ``ref``: its draws less the
    adjustments under the same reference (a reversal gives its draw back), as the balances
    engine counts them."""
    credits = hours = ZERO
    for e in ledger:
        if e.reference != ref:
            continue
        if e.kind is LedgerKind.DRAW:
            credits, hours = credits + e.credits, hours + e.hours
        elif e.kind is LedgerKind.ADJUSTMENT:
            credits, hours = credits - e.credits, hours - e.hours
    return credits, hours


def check_draws(d: Delivery, ledger: Iterable[LedgerEntry]) -> Refused | None:
    """What the ledger draws for ``d`` agrees with its status: a cancelled delivery holds no draw
    (cancelling draws nothing, a delivered delivery is never cancelled, and a reversal gives its
    draw back before); a delivered one holds at least the draw that delivering it makes
    (:func:`draw_entry`)."""
    credits, hours = drawn(d.ref, ledger)
    if d.status is Status.CANCELLED:
        if credits > 0 or hours > 0:
            return Refused(Reason.DRAW_CANCELLED, {"ref": d.ref})
        return None
    if d.status is not Status.DELIVERED:
        return None
    entry = draw_entry(d, d.last_day or d.first_day or date.min)
    if entry is not None and (credits < entry.credits or hours < entry.hours):
        return Refused(Reason.DRAW_MISSING, {"ref": d.ref, "credits": entry.credits, "hours": entry.hours})
    return None
