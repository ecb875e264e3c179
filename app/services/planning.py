"""The account manager's actions on a work order. Each validates, runs in one transaction,
and returns the ChangeSet that Undo reverses. Previews say what a change would cost before it
is saved; they never write."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from app.domain import lifecycle
from app.domain.consequences import new_findings
from app.domain.enums import LedgerKind
from app.domain.fields import DELIVERY_FIELDS, LINE_FIELDS, stored_values
from app.domain.findings import CheckSettings, Finding
from app.domain.model import Delivery, LedgerEntry, Location, ServiceLine, WorkOrder
from app.domain.money import ZERO, to_decimal, to_text
from app.domain.rules import r_xfer_round
from app.domain.validation import (
    Problems,
    validate_delivery,
    validate_entry,
    validate_line,
    validate_location,
    validate_work_order,
)
from app.store.db import Database
from app.store.repo import customer_id, load_work_order
from app.store.tables import DeliveryRow, History, ServiceLineRow, WorkOrderRow

from . import changes
from .changes import ChangeSet


class ValidationError(ValueError):
    """The input was refused; ``problems`` are (field, reason key) pairs."""

    def __init__(self, problems: Problems):
        super().__init__("; ".join(f"{f}: {r}" for f, r in problems))
        self.problems = problems


class NotFound(LookupError):
    pass


class Overdrawn(ValidationError):
    """A draw refused because, with what the ledger holds now (re-read in the draw's own
    transaction: another draw was committed since it was read), it would take a credit pool
    below zero (R-CREDIT-BALANCE): ``overdraws`` the pools, ``findings`` the rule's findings
    (its message)."""

    def __init__(self, overdraws: list, findings: list[Finding]):
        super().__init__([("credits", "overdraw")])
        self.overdraws, self.findings = overdraws, findings


def _based_on(db: Database, table: str, row_id: int | None, read: int, based_on: int | None) -> int:
    """The version an edit is based on: the caller's (the version its dialog was opened with),
    else the one just read. Refused at once (:class:`changes.StaleEdit`, saying who changed
    what) when the row has moved on since the caller's; the transaction checks it again."""
    if based_on is None or based_on == read:
        return read
    with db.read() as s:
        row = s.get(changes.TABLES[table], row_id)
        if row is None:
            raise NotFound(str(row_id))
        raise changes.stale_error(s, table, row, based_on)


def _check_draws(s: Session, seen: WorkOrder, entries: list[LedgerEntry]) -> WorkOrder | None:
    """Re-check, inside the writing transaction, what ``entries`` (draws) do to the credit pools
    given the ledger as it is now, not as the caller read it (``seen``): a draw that fitted what
    the caller saw but overdraws with what another writer committed since is refused
    (:class:`Overdrawn`, R-CREDIT-BALANCE). A draw the caller already saw overdraw (the dialog
    warned of it) is recorded as before. The work order's row is locked first (SELECT ... FOR
    UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the one write lock).
    Returns the work order as read there (None when there is no draw to check)."""
    draws = [e for e in entries if e.kind is LedgerKind.DRAW and e.credits > 0]
    if not draws:
        return None
    from app.domain.balances import overdraws
    from app.domain.rules import check_work_order

    s.exec(select(WorkOrderRow.id).where(WorkOrderRow.id == seen.id).with_for_update()).first()
    now = load_work_order(s, seen.number)
    if now is None:
        raise NotFound(seen.number)

    def with_draws(wo: WorkOrder) -> WorkOrder:
        after = copy.deepcopy(wo)
        after.ledger.extend(draws)
        return after

    day = max(e.on for e in draws)
    known = {o.country for o in overdraws(seen, with_draws(seen), day) if o.kind == "credits"}
    over = [o for o in overdraws(now, with_draws(now), day) if o.kind == "credits" and o.country not in known]
    if over:
        found = [f for f in check_work_order(with_draws(now), day)
                 if f.rule == "R-CREDIT-BALANCE" and f.key == "overdrawn"]
        raise Overdrawn(over, found)
    return now


def _marked(db: Database, number: str) -> tuple[WorkOrder, int | None]:
    """The work order and, on a file, the last history row's id in the same snapshot: a change
    that finds the same last id inside its own transaction knows that nothing was written since
    the work order was read (every write records its history, and a file takes one writer at a
    time). None on a team database (its ids are not given out in commit order)."""
    if db.is_pg:
        return work_order(db, number), None
    with db.read() as s:
        last = s.exec(select(func.max(History.id))).one()
        wo = load_work_order(s, number)
    if wo is None:
        raise NotFound(number)
    return wo, last or 0


def _unchanged(s: Session, mark: int | None) -> bool:
    """Nothing was written since the read that gave ``mark`` (see :func:`_marked`)."""
    return mark is not None and (s.exec(select(func.max(History.id))).one() or 0) == mark


def _with_entries(base: WorkOrder | None, added: list[tuple[LedgerEntry, changes.RowChange]]) -> WorkOrder | None:
    """The work order as a change that only adds the ledger entries ``added`` leaves it
    (``ChangeSet.after``), as reading it again would give: the entries' stored values and new
    ids, the ledger in date order. ``base``: the work order as the database held it when the
    change was written (read inside its transaction, or read before and nothing written since);
    None when that is not known (the window then reads it)."""
    if base is None:
        return None
    stored = [replace(e, id=rc.row_id, credits=_stored(e.credits), hours=_stored(e.hours)) for e, rc in added]
    return replace(base, ledger=sorted([*base.ledger, *stored], key=lambda x: (x.on, x.id)))


def _stored(amount: Decimal) -> Decimal:
    """An amount as the database gives it back (its canonical text)."""
    return Decimal(to_text(to_decimal(amount)))


def _require(problems: Problems) -> None:
    if problems:
        raise ValidationError(problems)


class TransitionRefused(ValidationError):
    """The delivery lifecycle (app.domain.lifecycle) refuses the change: ``refusal`` holds the
    reason id and its params; ``problems`` says it as (field, reason) like any refusal."""

    def __init__(self, refusal: lifecycle.Refused):
        super().__init__([("status", refusal.reason.value)])
        self.refusal = refusal


def _outcome(result: lifecycle.Result) -> lifecycle.Outcome:
    if isinstance(result, lifecycle.Refused):
        raise TransitionRefused(result)
    return result


def _find(wo: WorkOrder, ref: str) -> Delivery:
    d = next((x for x in wo.deliveries if x.ref == ref), None)
    if d is None:
        raise NotFound(ref)
    return d


def work_order(db: Database, number: str) -> WorkOrder:
    with db.read() as s:
        wo = load_work_order(s, number)
    if wo is None:
        raise NotFound(number)
    return wo


def _wo_id(s: Session, number: str) -> int:
    wid = s.exec(select(WorkOrderRow.id).where(WorkOrderRow.number == number)).first()
    if wid is None:
        raise NotFound(number)
    return wid


def _delivery_id(s: Session, wid: int, ref: str) -> int:
    did = s.exec(select(DeliveryRow.id).where(DeliveryRow.work_order_id == wid,
                                             DeliveryRow.ref == ref)).first()
    if did is None:
        raise NotFound(ref)
    return did


# ------------------------------------------------------------------ work order header

WO_FIELDS = ("term_start", "term_end", "signed_on", "currency", "rate_to_usd", "base_amount",
             "flex_allowance", "cancel_fee_pct")


def create_work_order(db: Database, wo: WorkOrder) -> ChangeSet:
    _require(validate_work_order(wo))

    def act(s: Session, cs: ChangeSet):
        if s.exec(select(WorkOrderRow.id).where(WorkOrderRow.number == wo.number)).first():
            raise ValidationError([("number", "duplicate")])
        from app.store.tables import Customer

        existing = s.exec(select(Customer).where(Customer.name == wo.customer)).first()
        if existing is None:
            cs.changes.append(changes.insert(s, "customer", {"name": wo.customer}))
        cust = customer_id(s, wo.customer)
        cs.changes.append(changes.insert(s, "work_order", {
            "number": wo.number, "customer_id": cust, **{f: getattr(wo, f) for f in WO_FIELDS}}))

    return changes.run(db, "New work order", wo.number, act)


def update_work_order(db: Database, number: str, based_on: int | None = None, **values: Any) -> ChangeSet:
    """Edit header fields (term, currency, rate, amounts, flex, fee %). ``based_on``: the work
    order's version the edit was made on (a stale one raises changes.StaleEdit)."""
    wo = work_order(db, number)
    version = _based_on(db, "work_order", wo.id, wo.version, based_on)
    unknown = set(values) - set(WO_FIELDS)
    if unknown:
        raise ValueError(f"not header fields: {sorted(unknown)}")
    _require(validate_work_order(replace(wo, **values)))

    read = {name: getattr(wo, name) for name in values}

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.update(s, "work_order", wo.id, expect=read, based_on=version, **values))

    return changes.run(db, "Edit work order", number, act)


def archive_work_order(db: Database, number: str, on: date) -> ChangeSet:
    """Archive: kept with all its records, hidden from the portfolio by default and skipped by
    ``check`` and ``statements`` unless named."""
    return _set_archived(db, number, on, "Archive work order")


def unarchive_work_order(db: Database, number: str) -> ChangeSet:
    """In use again: back in the portfolio, the checks and the statements."""
    return _set_archived(db, number, None, "Unarchive work order")


def _set_archived(db: Database, number: str, on: date | None, action: str) -> ChangeSet:
    wo = work_order(db, number)

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.update(s, "work_order", wo.id, expect={"archived_on": wo.archived_on},
                                         based_on=wo.version, archived_on=on))

    return changes.run(db, action, number, act)


def delete_work_order(db: Database, number: str) -> ChangeSet:
    """Remove a work order and every record of it (its customer stays). Refused while it has
    ledger entries, unless it is archived: the ledger is the account of what was granted and
    drawn. Every row removed is in the change set, so Undo puts all of it back."""
    wo = work_order(db, number)
    if wo.ledger and wo.archived_on is None:
        raise ValidationError([("work_order", "has_ledger_entries")])
    from app.store.tables import DeliveryEventRow, LedgerRow, LocationRow

    def act(s: Session, cs: ChangeSet):
        # children first (the inverse puts parents back first)
        for table, model in (("delivery_event", DeliveryEventRow), ("ledger_entry", LedgerRow),
                             ("delivery", DeliveryRow), ("service_line", ServiceLineRow),
                             ("location", LocationRow)):
            for rid in s.exec(select(model.id).where(model.work_order_id == wo.id).order_by(model.id)).all():
                cs.changes.append(changes.delete(s, table, rid))
        cs.changes.append(changes.delete(s, "work_order", wo.id))

    return changes.run(db, "Delete work order", number, act)


# ------------------------------------------------------------------ locations

def add_location(db: Database, number: str, loc: Location) -> ChangeSet:
    wo = work_order(db, number)
    loc = replace(loc, country=loc.country.upper(), currency=loc.currency.upper())
    _require(validate_location(loc, wo.locations))

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.insert(s, "location", {
            "work_order_id": wo.id, "country": loc.country, "role": loc.role.value,
            "currency": loc.currency, "rate_to_usd": loc.rate_to_usd, "credit_value": loc.credit_value}))

    return changes.run(db, "Add location", number, act)


def update_location(db: Database, number: str, location_id: int, based_on: int | None = None,
                    **values: Any) -> ChangeSet:
    wo = work_order(db, number)
    loc = wo.location(location_id)
    if loc is None:
        raise NotFound(str(location_id))
    version = _based_on(db, "location", location_id, loc.version, based_on)
    if "country" in values:
        values["country"] = values["country"].upper()
    if "currency" in values:
        values["currency"] = values["currency"].upper()
    _require(validate_location(replace(loc, **values), wo.locations))
    if "role" in values:
        values["role"] = values["role"].value if hasattr(values["role"], "value") else values["role"]

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.update(s, "location", location_id, based_on=version, **values))

    return changes.run(db, "Edit location", number, act)


def delete_location(db: Database, number: str, location_id: int) -> ChangeSet:
    wo = work_order(db, number)
    if any(e.location_id == location_id for e in wo.ledger):
        raise ValidationError([("location", "in_ledger")])

    def act(s: Session, cs: ChangeSet):
        for table, model in (("service_line", ServiceLineRow), ("delivery", DeliveryRow)):
            for rid in s.exec(select(model.id).where(model.location_id == location_id)).all():
                cs.changes.append(changes.update(s, table, rid, location_id=None))
        cs.changes.append(changes.delete(s, "location", location_id))

    return changes.run(db, "Remove location", number, act)


# ------------------------------------------------------------------ purchased lines

def add_line(db: Database, number: str, line: ServiceLine) -> ChangeSet:
    wo = work_order(db, number)
    if not line.line_no:
        line = replace(line, line_no=max((ln.line_no for ln in wo.lines), default=0) + 1)
    problems = validate_line(line, wo)
    if any(ln.line_no == line.line_no for ln in wo.lines):
        problems.append(("line_no", "duplicate"))
    _require(problems)

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.insert(s, "service_line", {
            "work_order_id": wo.id, **stored_values(line, LINE_FIELDS)}))

    return changes.run(db, "Add service", number, act)


def update_line(db: Database, number: str, line_id: int, based_on: int | None = None,
                **values: Any) -> ChangeSet:
    wo = work_order(db, number)
    line = next((ln for ln in wo.lines if ln.id == line_id), None)
    if line is None:
        raise NotFound(str(line_id))
    version = _based_on(db, "service_line", line_id, line.version, based_on)
    _require(validate_line(replace(line, **values), wo))
    stored = {k: (v.value if hasattr(v, "value") else v) for k, v in values.items()}

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.update(s, "service_line", line_id, based_on=version, **stored))

    return changes.run(db, "Edit service", number, act)


def delete_line(db: Database, number: str, line_id: int) -> ChangeSet:
    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.delete(s, "service_line", line_id))

    return changes.run(db, "Remove service", number, act)


# ------------------------------------------------------------------ deliveries

def next_ref(wo: WorkOrder) -> str:
    nums = [int(d.ref[2:]) for d in wo.deliveries if d.ref.startswith("D-") and d.ref[2:].isdigit()]
    return f"D-{(max(nums, default=0) + 1):03d}"


def _delivery_values(d: Delivery) -> dict[str, Any]:
    return stored_values(d, DELIVERY_FIELDS)


def preview_delivery(db: Database, number: str, after: Delivery, today: date,
                     settings: CheckSettings | None = None) -> list[Finding]:
    """New findings the work order would have with ``after`` saved (added or replacing the
    delivery of the same ref): warnings to show before saving."""
    wo = work_order(db, number)
    changed = copy.deepcopy(wo)
    changed.deliveries = [d for d in changed.deliveries if d.ref != after.ref] + [after]
    return new_findings(wo, changed, today, settings)


def create_delivery(db: Database, number: str, d: Delivery) -> ChangeSet:
    wo = work_order(db, number)
    if not d.ref:
        d = replace(d, ref=next_ref(wo))
    problems = validate_delivery(d, wo)
    if any(x.ref == d.ref for x in wo.deliveries):
        problems.append(("ref", "duplicate"))
    _require(problems)

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.insert(s, "delivery", {"work_order_id": wo.id, **_delivery_values(d)}))

    return changes.run(db, "New delivery", number, act)


def update_delivery(db: Database, number: str, ref: str, label: str = "Edit delivery",
                    ledger: list[LedgerEntry] = (), based_on: int | None = None, **values: Any) -> ChangeSet:
    """Edit fields of a delivery. The status changes only through its actions (request,
    schedule, reschedule, deliver, cancel, reverse), and a delivered or cancelled delivery
    keeps its dates and amounts (app.domain.lifecycle.check_edit)."""
    wo = work_order(db, number)
    d = _find(wo, ref)
    version = _based_on(db, "delivery", d.id, d.version, based_on)
    refused = lifecycle.check_edit(d, values)
    if refused:
        raise TransitionRefused(refused)
    return _save(db, wo, d, replace(d, **values), label, list(ledger), None, set(values), version)


def _save(db: Database, wo: WorkOrder, d: Delivery, after: Delivery, label: str,
          ledger: list[LedgerEntry], event: lifecycle.ChangeEvent | None,
          fields: set[str] | None = None, based_on: int | None = None) -> ChangeSet:
    """Write a delivery's new state, its change event and its ledger entries in one transaction;
    refused (changes.StaleEdit) when the delivery is no longer at the version ``based_on`` (by
    default the one read), and (Overdrawn) when its draws no longer fit the pool."""
    _require(validate_delivery(after, wo))
    for e in ledger:
        _require(validate_entry(e, wo))
    new, old = _delivery_values(after), _delivery_values(d)
    names = fields if fields is not None else {k for k in new if not changes._same(new[k], old[k])}
    stored = {k: v for k, v in new.items() if k in names}
    read = {k: v for k, v in old.items() if k in names}

    def act(s: Session, cs: ChangeSet):
        # the new values were worked out from what was read before this transaction: if another
        # writer changed those fields meanwhile, refuse (changes.Conflict) instead of losing it
        cs.changes.append(changes.update(s, "delivery", d.id, expect=read,
                                         based_on=d.version if based_on is None else based_on, **stored))
        _check_draws(s, wo, ledger)
        for e in ledger:
            cs.changes.append(changes.insert(s, "ledger_entry", _entry_values(wo.id, e)))
        if event is not None:
            _record_event(s, cs, wo, d, event)

    return changes.run(db, label, wo.number, act)


def _record_event(s: Session, cs: ChangeSet, wo: WorkOrder, d: Delivery,
                  event: lifecycle.ChangeEvent) -> None:
    """Store the change's dated event (app.domain.lifecycle.ChangeEvent) beside the delivery;
    a delivery written before events existed first gets the events its old fields stand for."""
    earlier = [] if d.events else lifecycle.legacy_events(d)
    for e in (*earlier, event):
        cs.changes.append(changes.insert(s, "delivery_event", {
            "work_order_id": wo.id, "delivery_id": d.id, "kind": e.kind.value,
            "event_date": e.on, "first_before": e.first_before, "first_after": e.first_after,
            "last_before": e.last_before, "last_after": e.last_after, "fee": e.fee,
            "fee_unit": e.fee_unit}))


def _transition(db: Database, number: str, ref: str, label: str, step,
                based_on: int | None = None) -> ChangeSet:
    wo = work_order(db, number)
    d = _find(wo, ref)
    version = _based_on(db, "delivery", d.id, d.version, based_on)
    out = _outcome(step(wo, d))
    return _save(db, wo, d, out.delivery, label, list(out.ledger), out.event, based_on=version)


def request_delivery(db: Database, number: str, ref: str, on: date, based_on: int | None = None) -> ChangeSet:
    return _transition(db, number, ref, "Request delivery", lambda wo, d: lifecycle.request(d, on), based_on=based_on)


def schedule_delivery(db: Database, number: str, ref: str, first: date, last: date,
                      requested_on: date | None = None, based_on: int | None = None) -> ChangeSet:
    return _transition(db, number, ref, "Schedule delivery",
                       lambda wo, d: lifecycle.schedule(d, first, last, requested_on), based_on=based_on)


def deliver(db: Database, number: str, ref: str, on: date, move_first_day: bool = False, based_on: int | None = None) -> ChangeSet:
    """Mark delivered (not before its first day unless ``move_first_day``: the first day then
    becomes ``on``; once); its credits (rounded, R-CREDIT-ROUND) and hours are drawn in the
    ledger."""
    return _transition(db, number, ref, "Mark delivered",
                       lambda wo, d: lifecycle.deliver(d, on, move_first_day), based_on=based_on)


def reverse_delivery(db: Database, number: str, ref: str, on: date, based_on: int | None = None) -> ChangeSet:
    """Correct a delivered delivery: scheduled again, what its draws took given back by an
    adjustment of its own; the draw stays in the ledger."""
    def step(wo: WorkOrder, d: Delivery):
        drawn = [e for e in wo.ledger if e.reference == d.ref and e.kind is LedgerKind.DRAW]
        given = [e for e in wo.ledger if e.reference == d.ref and e.kind is LedgerKind.ADJUSTMENT]
        credits = sum((e.credits for e in drawn), ZERO) - sum((e.credits for e in given), ZERO)
        hours = sum((e.hours for e in drawn), ZERO) - sum((e.hours for e in given), ZERO)
        return lifecycle.reverse(d, on, (max(credits, ZERO), max(hours, ZERO)))

    return _transition(db, number, ref, "Reverse delivery", step, based_on=based_on)


def change_fee(db: Database, number: str, ref: str, on: date) -> tuple[Decimal, str] | None:
    """R-CANCEL-14 before saving: the fee cancelling or moving this delivery on ``on`` may cost."""
    wo = work_order(db, number)
    return lifecycle.change_fee(wo, _find(wo, ref), on)


def cancel_delivery(db: Database, number: str, ref: str, on: date, charge_fee: bool = True, based_on: int | None = None) -> ChangeSet:
    """Cancel; inside 14 days before the first day the fee is recorded on the delivery and in
    the ledger (when confirmed, ``charge_fee``)."""
    return _transition(db, number, ref, "Cancel delivery",
                       lambda wo, d: lifecycle.cancel(wo, d, on, charge_fee), based_on=based_on)


def reschedule_delivery(db: Database, number: str, ref: str, first: date, last: date, on: date,
                        charge_fee: bool = True, based_on: int | None = None) -> ChangeSet:
    """Move to new days; the move is a dated event judged against the first day in force when
    it is made (R-CANCEL-14)."""
    return _transition(db, number, ref, "Reschedule delivery",
                       lambda wo, d: lifecycle.reschedule(wo, d, first, last, on, charge_fee), based_on=based_on)


def delete_delivery(db: Database, number: str, ref: str) -> ChangeSet:
    wo = work_order(db, number)
    refused = lifecycle.remove(_find(wo, ref))
    if refused:
        raise TransitionRefused(refused)

    def act(s: Session, cs: ChangeSet):
        cs.changes.append(changes.delete(s, "delivery", _delivery_id(s, _wo_id(s, number), ref)))

    return changes.run(db, "Remove delivery", number, act)


# ------------------------------------------------------------------ credits and hours

def _entry_values(work_order_id: int, e: LedgerEntry) -> dict[str, Any]:
    return {"work_order_id": work_order_id, "location_id": e.location_id, "entry_date": e.on,
            "kind": e.kind.value, "credits": e.credits, "hours": e.hours, "reference": e.reference,
            "counterparty": e.counterparty, "notes": e.notes}


def add_entry(db: Database, number: str, e: LedgerEntry, seen: WorkOrder | None = None) -> ChangeSet:
    """Grant, draw, adjust, expire or record a fee: the ledger only ever grows. ``seen``: the
    work order as the person saw it when deciding (a dialog's); a draw that fitted it but
    overdraws the ledger as it is now is refused (:class:`Overdrawn`)."""
    wo, mark = _marked(db, number)
    _require(validate_entry(e, wo))
    named = next((d for d in wo.deliveries if e.reference and d.ref == e.reference), None)
    refused = lifecycle.check_draws(named, [*wo.ledger, e]) if named is not None else None
    if refused is not None and refused.reason is lifecycle.Reason.DRAW_CANCELLED:
        raise ValidationError([("reference", refused.reason.value)])  # a cancelled delivery draws nothing

    def act(s: Session, cs: ChangeSet):
        now = _check_draws(s, seen or wo, [e])  # what the ledger holds now, not only what was seen
        base = now if now is not None else wo if _unchanged(s, mark) else None
        row = changes.insert(s, "ledger_entry", _entry_values(wo.id, e))
        cs.changes.append(row)
        cs.after = _with_entries(base, [(e, row)])  # the window's refresh then reads nothing

    return changes.run(db, f"Ledger: {e.kind.value}", number, act)


def preview_entry(db: Database, number: str, e: LedgerEntry, today: date) -> list[Finding]:
    """New findings (an overdraw, say) the ledger would have with ``e`` added."""
    wo = work_order(db, number)
    changed = copy.deepcopy(wo)
    changed.ledger.append(e)
    return new_findings(wo, changed, today)


def preview_transfer(db: Database, number: str, src_id: int, dst_id: int, credits: Decimal) -> Decimal:
    """R-XFER-ROUND: the whole credits that would arrive; only the work order's own locations
    can be chosen (R-XFER-LOCATIONS)."""
    wo = work_order(db, number)
    src, dst = wo.location(src_id), wo.location(dst_id)
    if src is None or dst is None or src_id == dst_id:
        raise ValidationError([("location", "unknown_location")])
    return r_xfer_round(credits, src, dst)


def transfer(db: Database, number: str, src_id: int, dst_id: int, credits: Decimal, on: date,
             reference: str = "") -> ChangeSet:
    wo, mark = _marked(db, number)
    arriving = preview_transfer(db, number, src_id, dst_id, credits)
    if credits <= 0:
        raise ValidationError([("credits", "not_positive")])
    from app.domain.balances import work_order_balances

    pool = next((b for b in work_order_balances(wo, on) if b.kind == "credits"
                 and b.country == wo.location(src_id).country), None)
    if pool is None or pool.remaining < credits:
        raise ValidationError([("credits", "overdraw")])
    src, dst = wo.location(src_id), wo.location(dst_id)
    ref = reference or f"X-{sum(1 for e in wo.ledger if e.kind is LedgerKind.TRANSFER_OUT) + 1}"
    out = LedgerEntry(id=None, on=on, location_id=src_id, kind=LedgerKind.TRANSFER_OUT, credits=credits,
                      reference=ref, counterparty=dst.country)
    inn = LedgerEntry(id=None, on=on, location_id=dst_id, kind=LedgerKind.TRANSFER_IN, credits=arriving,
                      reference=ref, counterparty=src.country,
                      notes=f"{credits} credits from {src.country}, rounded up (USSD 2.4)")

    def act(s: Session, cs: ChangeSet):
        base = wo if _unchanged(s, mark) else None
        rows = [changes.insert(s, "ledger_entry", _entry_values(wo.id, e)) for e in (out, inn)]
        cs.changes.extend(rows)
        cs.after = _with_entries(base, list(zip((out, inn), rows, strict=True)))

    return changes.run(db, "Transfer credits", number, act)
