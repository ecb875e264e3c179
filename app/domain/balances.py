"""One balances engine: what was bought, granted, moved, committed, used, charged, expired and
is left, per entitlement of a work order, as of any day. Pure: no Qt, no database.

Entitlements (see docs/balances.md):
- a **credit pool** per location: bought by the Proactive Credits lines at that location;
- an **hours pool** per location: bought by the lines sold in hours at that location;
- every **other purchased line** (seats, days, events, sessions, each, and credits-priced
  services such as RAP as a Service, which draw their credits from the pool when delivered).

Reconciliation: a purchased pool line *is* the grant. A ledger grant that mirrors a pool line
(same location, same amount in the pool's unit, dated within :data:`MIRROR_DAYS` of the term
start or of the line's flex year start) is that line's grant and is not counted again; each line
absorbs at most one grant. Every other grant counts as ``granted``.

Invariant, for every entitlement and day:
purchased + granted + transferred_in − transferred_out − delivered − fees − expired = remaining,
and available = remaining − scheduled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from . import catalog as cat_mod
from .dates import flex_year_bounds, working_days
from .enums import OPEN_STATUSES, Funding, LedgerKind, Status, Unit
from .lifecycle import Action
from .model import Delivery, LedgerEntry, ServiceLine, WorkOrder
from .money import ZERO, credit_round

#: How far from the term (or flex year) start a grant may be dated and still mirror a line.
MIRROR_DAYS = 31

FIGURES = ("purchased", "granted", "transferred_in", "transferred_out", "scheduled", "delivered",
           "fees", "expired", "remaining", "available")


@dataclass(frozen=True)
class Movement:
    on: date | None
    figure: str  # one of FIGURES
    amount: Decimal
    reference: str = ""


_new = object.__new__


def _movement(on: date | None, figure: str, amount: Decimal, reference: str) -> Movement:
    """``Movement(on, figure, amount, reference)``, the same object built without the frozen
    dataclass's ``__init__`` (one ``object.__setattr__`` call per field): a portfolio's balances
    record some 200,000 movements, and that ``__init__`` was a third of the engine's time."""
    m = _new(Movement)
    m.__dict__.update(on=on, figure=figure, amount=amount, reference=reference)
    return m


@dataclass
class Balance:
    work_order: str
    kind: str  # "line" | "credits" | "hours"
    line_no: int | None
    country: str
    service: str
    unit: str
    purchased: Decimal = ZERO
    granted: Decimal = ZERO
    transferred_in: Decimal = ZERO
    transferred_out: Decimal = ZERO
    scheduled: Decimal = ZERO
    delivered: Decimal = ZERO
    fees: Decimal = ZERO
    expired: Decimal = ZERO
    expires_on: date | None = None
    movements: list[Movement] = field(default_factory=list)

    @property
    def remaining(self) -> Decimal:
        return (self.purchased + self.granted + self.transferred_in - self.transferred_out
                - self.delivered - self.fees - self.expired)

    @property
    def available(self) -> Decimal:
        return self.remaining - self.scheduled

    @property
    def entitlement(self) -> str:
        return str(self.line_no) if self.kind == "line" else f"{self.kind} {self.country}"

    def add(self, figure: str, amount: Decimal, on: date | None, reference: str = "") -> None:
        if amount:
            setattr(self, figure, getattr(self, figure) + amount)
            self.movements.append(_movement(on, figure, amount, reference))

    def figures(self) -> dict[str, Decimal]:
        return {name: getattr(self, name) for name in FIGURES}


#: Units a delivery counts once however many attend (a dedicated delivery, seed 2.2 Education);
#: every other unit but credits and hours counts the delivery's quantity (attendees for seats).
PER_DELIVERY_UNITS = frozenset({Unit.DELIVERIES})


def delivery_quantity(d: Delivery, unit: Unit, country: str = "") -> Decimal:
    """How much of a line sold in ``unit`` the delivery uses: its credits or hours for those
    units; 1 for a per-delivery unit; else its quantity when given, or derived: for days the
    working days of ``country`` (the delivery's location; weekends and that country's public
    holidays excluded; weekends only when unknown) from its first to its last day, 1 otherwise."""
    if unit is Unit.CREDITS:
        return d.credits
    if unit is Unit.HOURS:
        return d.hours
    if unit in PER_DELIVERY_UNITS:
        return Decimal(1)
    if d.quantity is not None:
        return d.quantity
    if unit is Unit.DAYS and d.first_day and d.last_day and d.last_day >= d.first_day:
        return Decimal(working_days(country or "ZZ", d.first_day, d.last_day))
    return Decimal(1)


def delivery_country(wo: WorkOrder, d: Delivery) -> str:
    """The country whose working days a delivery counts: its location's, else the host's."""
    loc = wo.location(d.location_id) or wo.host
    return loc.country if loc else ""


def delivery_amount(wo: WorkOrder, d: Delivery, unit: Unit) -> Decimal:
    """How much of a line sold in ``unit`` the delivery ``d`` of ``wo`` uses, its days counted in
    its location's country (weekends and that country's public holidays excluded). The one
    count of a delivery's amount: the engine, the rules, the statement and the window's
    Services tab all read it."""
    return delivery_quantity(d, unit, delivery_country(wo, d))


def delivery_amounts(wo: WorkOrder) -> Callable[[Delivery, Unit], Decimal]:
    """``delivery_amount`` for many deliveries of one work order: its locations' countries are
    looked up once (the engine and the rules ask for every delivery)."""
    countries: dict[int | None, str] = {}
    for loc in wo.locations:
        countries.setdefault(loc.id, loc.country)  # wo.location: the first of an id
    host = wo.host
    fallback = host.country if host else ""

    def amount(d: Delivery, unit: Unit) -> Decimal:
        if unit is Unit.CREDITS:
            return d.credits
        if unit is Unit.HOURS:
            return d.hours
        return delivery_quantity(d, unit, countries.get(d.location_id, fallback))

    return amount


def is_pool_line(line: ServiceLine) -> str | None:
    """The pool a purchased line buys ("credits", "hours"), or None for a line of its own."""
    if line.service == cat_mod.PROACTIVE_CREDITS and line.unit is Unit.CREDITS:
        return "credits"
    if line.unit is Unit.HOURS:
        return "hours"
    return None


def status_on(d: Delivery, day: date) -> Status:
    """The delivery's status as it stood at the end of ``day``, from its dated events (or, for a
    delivery without events, from its dates)."""
    events = d.events  # (lifecycle.events_of: the stored ones, when there are)
    if events:
        after = _STATUS_AFTER
        status = Status.PLANNED
        for e in events:
            if e.on <= day:
                status = after[e.kind]
        # created past planned (imported, or written before events): its dates say when
        if (not any(e.kind is Action.REQUEST or e.kind is Action.SCHEDULE for e in events)
                and d.requested_on and d.requested_on <= day and status is Status.PLANNED):
                status = Status.SCHEDULED if d.first_day else Status.REQUESTED
        return status
    # without events: not yet requested on a day before its request date
    requested_later = d.requested_on is not None and d.requested_on > day
    if d.status is Status.CANCELLED:
        if d.changed_on is None or d.changed_on <= day:
            return Status.CANCELLED
        return Status.PLANNED if requested_later else Status.SCHEDULED
    if d.status is Status.DELIVERED:
        done = d.last_day or d.first_day
        if done is None or done <= day:
            return Status.DELIVERED
        return Status.PLANNED if requested_later else Status.SCHEDULED
    return Status.PLANNED if requested_later else d.status


#: The statuses that are still open: the engine tests "not delivered" once it has left the
#: cancelled ones out (by identity: ``Enum.__hash__`` is a Python call, on every delivery).
assert set(Status) - {Status.DELIVERED, Status.CANCELLED} == OPEN_STATUSES

#: The status a delivery has after each kind of event (status_on).
_STATUS_AFTER = {Action.REQUEST: Status.REQUESTED, Action.SCHEDULE: Status.SCHEDULED,
                 Action.RESCHEDULE: Status.SCHEDULED, Action.DELIVER: Status.DELIVERED,
                 Action.CANCEL: Status.CANCELLED, Action.REVERSE: Status.SCHEDULED}


def _expiry(wo: WorkOrder, line: ServiceLine | None) -> date:
    if line is not None and line.funding is Funding.FLEX and line.flex_year:
        return min(flex_year_bounds(wo.term_start, line.flex_year, wo.term_end)[1], wo.term_end)
    return wo.term_end


def _mirrors(wo: WorkOrder, e: LedgerEntry, line: ServiceLine, pool: str, loc_id: int | None) -> bool:
    if e.kind is not LedgerKind.GRANT or e.location_id != loc_id:
        return False
    amount = e.credits if pool == "credits" else e.hours
    start = wo.term_start
    if line.funding is Funding.FLEX and line.flex_year:
        start = flex_year_bounds(wo.term_start, line.flex_year, wo.term_end)[0]
    return amount == line.quantity and abs((e.on - start).days) <= MIRROR_DAYS


def _line_location(wo: WorkOrder, line: ServiceLine) -> int | None:
    host = wo.host
    return line.location_id if line.location_id is not None else (host.id if host else None)


def mirrored_grants(wo: WorkOrder, ledger: list[LedgerEntry] | None = None) -> dict[int, set[str]]:
    """Positions in ``ledger`` (default: the work order's) of the grants that mirror a purchased
    pool line, each with the pool kinds it mirrors ("credits", "hours"): the line is the grant,
    so that amount is not counted again; the grant's other amount (hours beside mirrored credits)
    is a grant like any. Each line absorbs at most one grant, the first that matches."""
    ledger = wo.ledger if ledger is None else ledger
    found: dict[int, set[str]] = {}
    grants: list[tuple[int, LedgerEntry]] | None = None  # (position, entry), once a line asks
    for line in wo.lines:
        pool = is_pool_line(line)
        if pool is None:
            continue
        loc_id = _line_location(wo, line)
        # _mirrors, with the line's own figures worked out once (this runs for every ledger entry)
        start = wo.term_start
        if line.funding is Funding.FLEX and line.flex_year:
            start = flex_year_bounds(wo.term_start, line.flex_year, wo.term_end)[0]
        quantity, credits = line.quantity, pool == "credits"
        if grants is None:
            grant = LedgerKind.GRANT
            grants = [(i, e) for i, e in enumerate(ledger) if e.kind is grant]
        for i, e in grants:
            if (e.location_id == loc_id and pool not in found.get(i, ())
                    and (e.credits if credits else e.hours) == quantity
                    and abs((e.on - start).days) <= MIRROR_DAYS):
                found.setdefault(i, set()).add(pool)
                break
    return found


def pool_purchases(wo: WorkOrder) -> dict[tuple[str, int | None], Decimal]:
    """(pool kind, location id) -> what the purchased lines put in that pool."""
    out: dict[tuple[str, int | None], Decimal] = {}
    for line in wo.lines:
        pool = is_pool_line(line)
        if pool is not None:
            key = (pool, _line_location(wo, line))
            out[key] = out.get(key, ZERO) + line.quantity
    return out


#: The figure a ledger entry of each kind moves (an adjustment: see work_order_balances).
_LEDGER_FIGURE = {LedgerKind.GRANT: "granted", LedgerKind.TRANSFER_IN: "transferred_in",
                  LedgerKind.TRANSFER_OUT: "transferred_out", LedgerKind.DRAW: "delivered",
                  LedgerKind.FEE: "fees", LedgerKind.EXPIRY: "expired"}


#: What uses a pool up (a reversal's negative "delivered" gives back).
_USES = frozenset({"delivered", "fees", "transferred_out", "expired"})


def _expire_flex_years(b: Balance, parts: list[tuple[date, Decimal, int]], on: date) -> None:
    """Credits or hours bought with a flex year's allowance (seed 2.1, R-FLEX-YEAR) end with that
    year: on the day after it, what is left of them is expired. A pool is used up first from what
    ends first: each flex year's purchase before the rest (grants, other lines, transfers in), so
    what expires is that purchase less everything the pool used by its end, never more than the
    pool holds then."""
    taken = ZERO  # what earlier flex years' purchases already answered for
    for ends, quantity, line_no in sorted(parts):
        if on <= ends:
            break
        used = sum((m.amount for m in b.movements if m.figure in _USES and m.on is not None and m.on <= ends),
                   ZERO)
        held = sum((m.amount if m.figure not in _USES else -m.amount for m in b.movements
                    if m.figure in ("purchased", "granted", "transferred_in", *_USES)
                    and m.on is not None and m.on <= ends), ZERO)
        lapsed = min(max(quantity - max(used - taken, ZERO), ZERO), max(held, ZERO))
        taken += quantity
        if lapsed > 0:
            b.add("expired", lapsed, ends + timedelta(days=1), f"flex year end, line {line_no}")


def work_order_balances(wo: WorkOrder, on: date) -> list[Balance]:  # noqa: C901 - one pass over the ledger, by kind
    """Every entitlement of ``wo`` as of the end of ``on``: ledger entries and events after it are
    left out; what is left after its expiry day is expired."""
    from .rules import lines_of

    host = wo.host
    out: list[Balance] = []
    pools: dict[tuple[str, int | None], Balance] = {}
    for loc in wo.locations:
        for kind, unit in (("credits", "credits"), ("hours", "hours")):
            pools[(kind, loc.id)] = Balance(wo.number, kind, None, loc.country,
                                            cat_mod.PROACTIVE_CREDITS if kind == "credits" else "",
                                            unit, expires_on=wo.term_end)
    ledger = [e for e in wo.ledger if e.on <= on]
    mirrored = mirrored_grants(wo, ledger)  # positions of ledger grants a line stands for
    lines: dict[int, Balance] = {}
    #: (pool kind, location id) -> (expiry day, quantity, line number) of the pool's flex-year lines
    tranches: dict[tuple[str, int | None], list[tuple[date, Decimal, int]]] = {}
    for line in wo.lines:
        pool = is_pool_line(line)
        loc_id = _line_location(wo, line)
        if pool and (pool, loc_id) in pools:
            pools[(pool, loc_id)].add("purchased", line.quantity, wo.term_start, f"line {line.line_no}")
            ends = _expiry(wo, line)
            if ends < wo.term_end:  # bought with one flex year's allowance: what is left of it ends then
                tranches.setdefault((pool, loc_id), []).append((ends, line.quantity, line.line_no))
            continue
        where = wo.location(loc_id)
        b = Balance(wo.number, "line", line.line_no, where.country if where else "", line.service,
                    line.unit.value, expires_on=_expiry(wo, line))
        b.add("purchased", line.quantity, wo.term_start, f"line {line.line_no}")
        lines[line.line_no] = b

    # location id -> its (credits, hours) pools: each entry and delivery moves the credits pool,
    # then the hours pool, of its location (the same adds, in the same order, as one per kind)
    by_loc = {loc_id: (pools[("credits", loc_id)], pools[("hours", loc_id)]) for _kind, loc_id in pools}
    figure_of = _LEDGER_FIGURE
    refs: set[str] | None = None  # the deliveries' references, once an adjustment asks
    for i, e in enumerate(ledger):
        pair = by_loc.get(e.location_id)
        if pair is None:
            continue
        credits, hours = e.credits, e.hours
        stands_for = mirrored.get(i)
        if stands_for:  # the amount a purchased line stands for is that line's (its other one counts)
            if "credits" in stands_for:
                credits = ZERO
            if "hours" in stands_for:
                hours = ZERO
        if not credits and not hours:
            continue
        figure = figure_of.get(e.kind)
        if figure is None:
            if refs is None:
                refs = {d.ref for d in wo.deliveries}
            if e.reference and e.reference in refs:
                figure, credits, hours = "delivered", -credits, -hours  # a reversal gives a draw back
            else:
                figure = "granted"  # an adjustment, with its sign
        for b, amount in ((pair[0], credits), (pair[1], hours)):
            if amount:  # Balance.add, inlined: this runs for every ledger entry
                setattr(b, figure, getattr(b, figure) + amount)
                b.movements.append(_movement(e.on, figure, amount, e.reference))

    find = lines_of(wo)
    amount_of = delivery_amounts(wo)
    in_term = on <= wo.term_end  # nothing is committed past the term
    cancelled, delivered = Status.CANCELLED, Status.DELIVERED
    for d in wo.deliveries:
        status = status_on(d, on)
        if status is cancelled:
            continue
        is_open = status is not delivered  # in OPEN_STATUSES (see there)
        dline = find(d)
        lb = lines.get(dline.line_no) if dline is not None else None
        if lb is not None and dline is not None:
            amount = amount_of(d, dline.unit)
            if not is_open:
                lb.add("delivered", amount, d.last_day or d.first_day, d.ref)
            elif lb.expires_on is not None and on <= lb.expires_on:
                lb.add("scheduled", amount, d.first_day, d.ref)
        if is_open and in_term:
            pair = by_loc.get(d.location_id)
            if pair is not None:
                pair[0].add("scheduled", credit_round(d.credits), d.first_day, d.ref)
                pair[1].add("scheduled", d.hours, d.first_day, d.ref)

    for key, parts in tranches.items():
        _expire_flex_years(pools[key], parts, on)
    for b in (*pools.values(), *lines.values()):
        if b.expires_on is not None and on > b.expires_on and b.remaining > 0:
            b.add("expired", b.remaining, b.expires_on + timedelta(days=1), "term end" if b.kind != "line"
                  or b.expires_on == wo.term_end else "flex year end")
        if b.kind != "line" and not any(getattr(b, f) for f in FIGURES if f not in ("remaining", "available")):
            continue  # an empty pool is not listed
        out.append(b)
    order = {"line": 0, "credits": 1, "hours": 2}
    out.sort(key=lambda b: (order[b.kind], b.line_no or 0, b.country != (host.country if host else "")))
    return out


def line_figures(wo: WorkOrder, on: date) -> dict[int, Balance]:
    """Per purchased line number, the entitlement whose figures it shows: its own, or, for a
    line that buys a pool (credits, hours), that pool's (shared by the pool's lines)."""
    bals = work_order_balances(wo, on)
    pools = {(b.kind, b.country): b for b in bals if b.kind != "line"}
    own = {b.line_no: b for b in bals if b.kind == "line"}
    out: dict[int, Balance] = {}
    for line in wo.lines:
        kind = is_pool_line(line)
        loc = wo.location(_line_location(wo, line))
        b = pools.get((kind, loc.country)) if kind and loc else own.get(line.line_no)
        if b is not None:
            out[line.line_no] = b
    return out


def delivery_on(d: Delivery, day: date) -> Delivery:
    """The delivery as it stood at the end of ``day``: its status then, the days then in force,
    and no request, cancellation or fee made after it."""
    from dataclasses import replace

    from .lifecycle import events_of

    status = status_on(d, day)
    first, last = d.first_day, d.last_day
    later = [e for e in events_of(d) if e.on > day and e.first_before is not None]
    if later and d.events:  # moved (or set) after the day: the days in force then
        first, last = later[0].first_before, later[0].last_before or later[0].first_before
    fee = sum((e.fee for e in events_of(d) if e.on <= day), ZERO) if d.events else (
        d.fee if d.changed_on is None or d.changed_on <= day else ZERO)
    return replace(d, status=status, first_day=first, last_day=last, fee=fee,
                   requested_on=d.requested_on if d.requested_on and d.requested_on <= day else None,
                   changed_on=d.changed_on if d.changed_on and d.changed_on <= day else None,
                   moved_from=d.moved_from if d.changed_on and d.changed_on <= day else None)


# ------------------------------------------------------------------ overdraws, before saving

#: The contract rule an overdrawn pool breaks (its section is said with the amount).
OVERDRAW_RULE = {"credits": "R-CREDIT-BALANCE", "hours": "R-EDE-HOURS"}


@dataclass(frozen=True)
class Overdraw:
    """A credit or hours pool a proposed change takes below zero, as of the end of ``on``."""

    kind: str  # "credits" | "hours"
    country: str
    before: Decimal  # remaining without the change
    after: Decimal  # remaining with it (< 0)
    on: date
    rule: str


def overdraws(before: WorkOrder, after: WorkOrder, on: date) -> list[Overdraw]:
    """The pools that ``after`` (the work order with a proposed change) leaves below zero at the
    end of ``on`` and lower than ``before`` does: what a dialog warns of before saving. Same-day
    entries (a grant later that day) count, as the engine counts the whole day."""
    old = {(b.kind, b.country): b.remaining for b in work_order_balances(before, on) if b.kind in OVERDRAW_RULE}
    out = []
    for b in work_order_balances(after, on):
        if b.kind not in OVERDRAW_RULE or b.remaining >= 0:
            continue
        was = old.get((b.kind, b.country), ZERO)
        if b.remaining < was:
            out.append(Overdraw(b.kind, b.country, was, b.remaining, on, OVERDRAW_RULE[b.kind]))
    return out


@dataclass(frozen=True)
class LocationLedger:
    """One location's ledger as the engine counts it (the Credits and hours screen): ``opening``
    is what the purchased pool lines put in its pools that no ledger grant stands for; ``rows``
    each entry in date order with the credit and hour balances after it; ``pools`` the engine's
    figures of its credit and hour pools as of the day asked (expiry included)."""

    opening_credits: Decimal
    opening_hours: Decimal
    rows: list[tuple[LedgerEntry, Decimal, Decimal]]
    pools: dict[str, Balance]


def location_ledger(wo: WorkOrder, location_id: int, on: date,
                    balances: list[Balance] | None = None) -> LocationLedger:
    """The ledger of one location with its running balances, on the engine's terms: a grant that
    mirrors a purchased line stands for that line (counted once), a line without one opens the
    pool, and the pools' figures as of ``on`` are :func:`work_order_balances`'."""
    from .rules import running_balance

    bought = pool_purchases(wo)
    opening = {"credits": bought.get(("credits", location_id), ZERO),
               "hours": bought.get(("hours", location_id), ZERO)}
    for i, kinds in mirrored_grants(wo).items():
        e = wo.ledger[i]
        if e.location_id == location_id:
            for kind in kinds:
                opening[kind] -= e.credits if kind == "credits" else e.hours
    rows = [(e, opening["credits"] + c, opening["hours"] + h)
            for e, c, h in running_balance([e for e in wo.ledger if e.location_id == location_id])]
    where = wo.location(location_id)
    country = where.country if where else ""
    every = work_order_balances(wo, on) if balances is None else balances  # (the caller's, of wo on ``on``)
    pools = {b.kind: b for b in every if b.kind != "line" and b.country == country}
    return LocationLedger(opening["credits"], opening["hours"], rows, pools)


def pool_remaining(wo: WorkOrder, on: date,
                   balances: list[Balance] | None = None) -> dict[int | None, dict[str, Decimal]]:
    """Location id -> what is left in its credit and hour pools at the end of ``on``: the engine's
    ``remaining`` (purchased lines and ledger counted once, expiry taken off), 0 for an empty pool."""
    every = work_order_balances(wo, on) if balances is None else balances  # (the caller's, of wo on ``on``)
    left = {(b.kind, b.country): b.remaining for b in every if b.kind != "line"}
    return {loc.id: {"credits": left.get(("credits", loc.country), ZERO),
                     "hours": left.get(("hours", loc.country), ZERO)} for loc in wo.locations}
