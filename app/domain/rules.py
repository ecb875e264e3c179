"""The contract's rules, one pure function per rule id of shared/domain/ussd-rules.md.

Every check takes a work order, the day to check on, the settings and the catalog, and returns
findings. Nothing here touches Qt or a database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

from . import balances as _balances  # balances imports this module only inside its functions
from . import catalog as cat_mod
from .catalog import Catalog
from .dates import (
    AEM_MAX_DAYS,
    aem_confirm_by,
    flex_year_bounds,
    flex_years,
    is_working_day,
    last_free_change_day,
    last_request_day,
    sab_conversion_days,
    uer_onboarding_last_day,
    working_days,
)
from .enums import (
    OPEN_STATUSES,
    OUTFLOWS,
    REQUESTED_STATUSES,
    Funding,
    LedgerKind,
    Mode,
    Severity,
    Status,
    Unit,
)
from .findings import CheckSettings, Finding, Subject
from .model import Delivery, LedgerEntry, Location, Portfolio, ServiceLine, WorkOrder
from .money import ZERO, credit_round, fee_at_risk, flex_credit_cap_usd, to_text, transfer_credits_arriving

#: Countries that need a Work Order of their own (seed 2.4).
BILLING_EXCEPTION_COUNTRIES = frozenset({"IN", "CN", "TW", "HK", "KR", "JP", "NZ", "MO", "AU"})
#: Enhanced services sold as a subscription over the term: nothing to request piece by piece.
SUBSCRIPTIONS = frozenset({"UER", "RAPID_RESPONSE", "MISSION_CRITICAL"})
#: Outflow kinds (enums.OUTFLOWS) for the hot loops: an identity test avoids Enum.__hash__, a
#: Python-level call, on every one of a portfolio's ledger entries.
_DRAW, _TRANSFER_OUT, _FEE, _EXPIRY = (LedgerKind.DRAW, LedgerKind.TRANSFER_OUT, LedgerKind.FEE,
                                       LedgerKind.EXPIRY)
assert {_DRAW, _TRANSFER_OUT, _FEE, _EXPIRY} == OUTFLOWS
assert {Status.REQUESTED, Status.SCHEDULED, Status.DELIVERED} == REQUESTED_STATUSES
#: Business hours of a working day, 09:00-17:30 local (seed 2.2 note 4, 2.3 EDE).
BUSINESS_DAY_HOURS = Decimal("8.5")
#: What flex may buy only up to the cap (R-FLEX-CAP).
FLEX_CAPPED = frozenset({cat_mod.PROACTIVE_CREDITS, cat_mod.CUSTOM_PROACTIVE})

Check = Callable[[WorkOrder, date, CheckSettings, Catalog], list[Finding]]


# ---------------------------------------------------------------------------- helpers

def _amount(d: Decimal) -> str:
    return to_text(d)


def _finding(wo: WorkOrder, rule: str, key: str, severity: Severity, subject: Subject,
             on: date, today: date, **params: Any) -> Finding:
    return Finding(rule=rule, key=key, severity=severity, work_order=wo.number,
                   customer=wo.customer, subject=subject, date=on,
                   days_left=(on - today).days, params=params)


def _line_subject(line: ServiceLine) -> Subject:
    return Subject("line", str(line.line_no), line.service)


def _delivery_subject(d: Delivery) -> Subject:
    return Subject("delivery", d.ref, d.title or d.service)


def _location_subject(loc: Location | None, fallback: str = "") -> Subject:
    country = loc.country if loc else fallback
    return Subject("location", country, country)


def _pool_subject(loc: Location | None, pool: str) -> Subject:
    """A location's credits or hours pool: the window opens the location; check --json names the pool."""
    country = loc.country if loc else ""
    return Subject("location", country, country, pool)


def _wo_subject(wo: WorkOrder) -> Subject:
    return Subject("work_order", wo.number, wo.number)


def delivery_amount(wo: WorkOrder, d: Delivery, unit: Unit) -> Decimal:
    """How much of a purchased line, in the line's unit, one delivery uses, its days counted in
    its location's country: app.domain.balances.delivery_amount (the one count)."""
    return _balances.delivery_amount(wo, d, unit)


def _country(wo: WorkOrder, d: Delivery) -> str:
    return _balances.delivery_country(wo, d)


def line_of(wo: WorkOrder, d: Delivery) -> ServiceLine | None:
    """The purchased line a delivery draws on: its own line number, else the first line of the
    same service at the same location, else the first line of the same service."""
    if d.line_no is not None:
        for line in wo.lines:
            if line.line_no == d.line_no:
                return line
    same = [ln for ln in wo.lines if ln.service == d.service]
    for line in same:
        if line.location_id == d.location_id:
            return line
    return same[0] if same else None


def lines_of(wo: WorkOrder) -> Callable[[Delivery], ServiceLine | None]:
    """``line_of`` for many deliveries of one work order: the lines are indexed once (a portfolio
    check asks this for every delivery several times)."""
    by_no: dict[int, ServiceLine] = {}
    by_service: dict[str, ServiceLine] = {}
    by_place: dict[tuple[str, int | None], ServiceLine] = {}
    for line in wo.lines:
        by_no.setdefault(line.line_no, line)
        by_service.setdefault(line.service, line)
        by_place.setdefault((line.service, line.location_id), line)

    def find(d: Delivery) -> ServiceLine | None:
        if d.line_no is not None:
            line = by_no.get(d.line_no)
            if line is not None:
                return line
        return by_place.get((d.service, d.location_id)) or by_service.get(d.service)

    return find


def line_usage(wo: WorkOrder) -> dict[int, dict[str, Decimal]]:
    """Per line number: the amount requested (requested, scheduled or delivered), delivered,
    and planned (any status but cancelled)."""
    usage: dict[int, dict[str, Decimal]] = defaultdict(
        lambda: {"requested": ZERO, "delivered": ZERO, "planned": ZERO})
    find = _find(wo)
    amount_of = _balances.delivery_amounts(wo)  # delivery_amount, the countries looked up once
    for d in wo.deliveries:
        if d.status is Status.CANCELLED:
            continue
        line = find(d)
        if line is None:
            continue
        amount = amount_of(d, line.unit)
        u = usage[line.line_no]
        u["planned"] += amount
        status = d.status  # REQUESTED_STATUSES, by identity (see _DRAW)
        if status is Status.DELIVERED:
            u["requested"] += amount
            u["delivered"] += amount
        elif status is Status.REQUESTED or status is Status.SCHEDULED:
            u["requested"] += amount
    return usage


class _CheckContext:
    """What one check_work_order call computes once for its several checks (the lines' index,
    line usage, the deliveries of each line, the balances as of a day). It belongs to that call
    alone: it is set in a context variable, which each thread (and each asyncio task) sees
    separately, so two threads can check at the same time. The checks only read what it holds."""

    __slots__ = ("wo", "usage", "find", "by_line", "balances")

    def __init__(self, wo: WorkOrder) -> None:
        self.wo = wo
        self.usage: dict[int, dict[str, Decimal]] | None = None
        self.find: Callable[[Delivery], ServiceLine | None] | None = None
        self.by_line: dict[int, list[Delivery]] | None = None
        self.balances: dict[date, list[_balances.Balance]] = {}


_check_context: ContextVar[_CheckContext | None] = ContextVar("rules_check_context", default=None)


def _context(wo: WorkOrder) -> _CheckContext | None:
    """The running check_work_order call's context, when it checks ``wo``."""
    ctx = _check_context.get()
    return ctx if ctx is not None and ctx.wo is wo else None


def _usage(wo: WorkOrder) -> dict[int, dict[str, Decimal]]:
    """line_usage(wo) for the checks: computed once per check_work_order call (several checks
    ask), kept in that call's own context; outside a check (or for another work order), fresh."""
    ctx = _context(wo)
    if ctx is None:
        return line_usage(wo)
    if ctx.usage is None:
        ctx.usage = line_usage(wo)
    return ctx.usage


def _find(wo: WorkOrder) -> Callable[[Delivery], ServiceLine | None]:
    """lines_of(wo), indexed once per check_work_order call (see _usage)."""
    ctx = _context(wo)
    if ctx is None:
        return lines_of(wo)
    if ctx.find is None:
        ctx.find = lines_of(wo)
    return ctx.find


def _deliveries_of(wo: WorkOrder, line: ServiceLine) -> list[Delivery]:
    """The deliveries of ``wo`` not cancelled that draw on ``line`` (the very object), in their
    order: grouped once per check_work_order call (see _usage) rather than a pass over every
    delivery for every line."""
    ctx = _context(wo)
    by_line = None if ctx is None else ctx.by_line
    if by_line is None:
        find = _find(wo)
        by_line = {}
        for d in wo.deliveries:
            if d.status is not Status.CANCELLED:
                found = find(d)
                if found is not None:
                    by_line.setdefault(id(found), []).append(d)
        if ctx is not None:
            ctx.by_line = by_line
    return by_line.get(id(line), [])


def _balances_on(wo: WorkOrder, day: date) -> list[_balances.Balance]:
    """work_order_balances(wo, day) for the checks, computed once per day per check_work_order
    call (see _usage): several checks read the same balances, none changes them."""
    ctx = _context(wo)
    if ctx is None:
        return _balances.work_order_balances(wo, day)
    found = ctx.balances.get(day)
    if found is None:
        found = ctx.balances[day] = _balances.work_order_balances(wo, day)
    return found


def _entry_order(e: LedgerEntry) -> tuple[date, bool, int]:
    """By date, then in the order entered: one not saved yet (a preview's) after the saved ones."""
    return e.on, e.id is None, e.id or 0


_BY_DATE = attrgetter("on", "id")


def _in_date_order(entries: Iterable[LedgerEntry]) -> list[LedgerEntry]:
    """``sorted(entries, key=_entry_order)``: by (day, id), an entry without an id as id 0. The
    key is C code (attrgetter) while the ids are numbers, which gives the same order; a None id
    compared with a number falls back to _entry_order."""
    entries = list(entries)
    try:
        return sorted(entries, key=_BY_DATE)
    except TypeError:
        return sorted(entries, key=_entry_order)


def running_balance(entries: Iterable[LedgerEntry]) -> list[tuple[LedgerEntry, Decimal, Decimal]]:
    """Ledger entries in date order with the credit and hour balance after each."""
    credits = hours = ZERO
    out = []
    for e in _in_date_order(entries):
        k = e.kind
        if k is _DRAW or k is _TRANSFER_OUT or k is _FEE or k is _EXPIRY:
            credits -= e.credits
            hours -= e.hours
        else:
            credits += e.credits
            hours += e.hours
        out.append((e, credits, hours))
    return out


def _in_window(days_left: int, settings: CheckSettings) -> bool:
    return 0 <= days_left <= settings.window


# ---------------------------------------------------------------------------- computations

def r_credit_round(value: Decimal) -> Decimal:
    """R-CREDIT-ROUND (seed 2.2): deducted credits are rounded to the nearest unit, half up."""
    return credit_round(value)


def r_xfer_round(credits: Decimal, src: Location, dst: Location) -> Decimal:
    """R-XFER-ROUND (seed 2.4): credits arriving at ``dst``, rounded up to a whole credit."""
    return transfer_credits_arriving(credits, src.credit_value, src.rate_to_usd,
                                     dst.credit_value, dst.rate_to_usd)


# ---------------------------------------------------------------------------- checks

def r_request_60(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-REQUEST-60 (seed 2.6): proactive and enhanced services are requested at least 60 days
    before the work order expires; the last request day itself is on time."""
    rule = "R-REQUEST-60"
    last = last_request_day(wo.term_end)
    out: list[Finding] = []
    for d in wo.deliveries:
        svc = cat.get(d.service)
        if not svc or not svc.needs_request or d.status is Status.CANCELLED:
            continue
        if d.requested_on and d.requested_on > last and d.status in REQUESTED_STATUSES:
            days_late = (d.requested_on - last).days
            out.append(_finding(wo, rule, "late_request" if days_late != 1 else "late_request_one_day",
                                Severity.ERROR, _delivery_subject(d), last, today,
                                requested_on=d.requested_on.isoformat(), days_late=days_late))
    if today > wo.term_end:
        return out
    days_left = (last - today).days
    if days_left > settings.window:
        return out
    severity = Severity.ERROR if days_left < 0 else Severity.WARNING
    # one amount once (app.domain.balances): a line priced in credits or sold in hours is part
    # of its location's pool, so it is reported with the pool, not on its own as well
    from .balances import is_pool_line

    usage = _usage(wo)
    for line in wo.lines:
        svc = cat.get(line.service)
        if (not svc or not svc.needs_request or svc.base or line.service in SUBSCRIPTIONS
                or is_pool_line(line) or line.unit is Unit.CREDITS):
            continue
        left = line.quantity - usage[line.line_no]["requested"]
        if left > 0:
            out.append(_finding(wo, rule, "unrequested_line", severity, _line_subject(line), last,
                                today, amount=_amount(left), unit=line.unit.value))
    status = {d.ref: d.status for d in wo.deliveries}
    for b in _balances_on(wo, today):
        if b.kind != "credits":
            continue
        requested = sum((m.amount for m in b.movements if m.figure == "scheduled"
                         and status.get(m.reference) in (Status.REQUESTED, Status.SCHEDULED)), ZERO)
        left = b.remaining - requested
        if left > 0:
            loc = next((x for x in wo.locations if x.country == b.country), None)
            out.append(_finding(wo, rule, "unrequested_credits", severity, _pool_subject(loc, "credits"),
                                last, today, amount=_amount(left), unit="credits"))
    return out


def _change_fee(wo: WorkOrder, d: Delivery) -> tuple[Decimal, str]:
    """The fee recorded on a delivery, or the one a late change would cost now: the work order's
    fee percentage of its credits, its hours, or else its price from the purchased line."""
    if d.fee:
        return d.fee, ("credits" if d.credits else "hours" if d.hours else wo.currency)
    return _fee_now(wo, d)


def _fee_now(wo: WorkOrder, d: Delivery) -> tuple[Decimal, str]:
    """``_change_fee`` of ``d`` without its recorded fee (``replace(d, fee=ZERO)``, without the
    copy): what a late change would cost now."""
    if d.credits:
        return credit_round(fee_at_risk(d.credits, wo.cancel_fee_pct)), "credits"
    if d.hours:
        return fee_at_risk(d.hours, wo.cancel_fee_pct), "hours"
    line = line_of(wo, d)
    if line is not None and line.unit_price:
        price = delivery_amount(wo, d, line.unit) * line.unit_price
        return fee_at_risk(price, wo.cancel_fee_pct), wo.currency
    return ZERO, wo.currency


def change_cost(wo: WorkOrder, d: Delivery, on: date) -> tuple[Decimal, str] | None:
    """R-CANCEL-14 at the moment of editing: what cancelling or moving ``d`` on ``on`` may cost,
    or None when the change is free (on or before the last free day, or nothing scheduled)."""
    if d.status not in (Status.SCHEDULED, Status.REQUESTED) or not d.first_day:
        return None
    if on <= last_free_change_day(d.first_day):
        return None
    return _fee_now(wo, d)


def r_cancel_14(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-CANCEL-14 (seed 2.5): a cancellation or rescheduling later than 14 days before the
    first day of delivery may cost up to 100 % of the price; a change on the last free day is free."""
    rule = "R-CANCEL-14"
    out: list[Finding] = []
    from .lifecycle import Action, events_of

    for d in wo.deliveries:
        # each change is judged against the first day in force when it was made
        for ev in events_of(d) if (d.changed_on or d.events) else ():
            if ev.kind not in (Action.CANCEL, Action.RESCHEDULE) or ev.first_before is None:
                continue
            free = last_free_change_day(ev.first_before)
            if ev.on > free:
                if not ev.fee and not ev.fee_unit and d.events:
                    # a recorded change confirmed without its fee (the dialog's "charge the fee"
                    # left off, fee 0 and no unit): the fee was waived, nothing is at risk
                    key = "late_cancel_waived" if ev.kind is Action.CANCEL else "late_reschedule_waived"
                    out.append(_finding(wo, rule, key, Severity.INFO, _delivery_subject(d), free, today,
                                        changed_on=ev.on.isoformat(),
                                        first_day=ev.first_before.isoformat()))
                    continue
                if ev.fee:
                    fee, unit = ev.fee, ev.fee_unit or ("credits" if d.credits else "hours" if d.hours
                                                        else wo.currency)
                else:
                    fee, unit = _fee_now(wo, d)
                key = "late_cancel" if ev.kind is Action.CANCEL else "late_reschedule"
                out.append(_finding(wo, rule, key, Severity.WARNING, _delivery_subject(d), free,
                                    today, changed_on=ev.on.isoformat(),
                                    first_day=ev.first_before.isoformat(), fee=_amount(fee), unit=unit,
                                    pct=_amount(wo.cancel_fee_pct)))
        if d.status is Status.SCHEDULED and d.first_day and d.first_day >= today:
            free = last_free_change_day(d.first_day)
            if (free - today).days <= settings.window:
                fee, unit = _fee_now(wo, d)
                key = "free_change_ends" if free >= today else "free_change_ended"
                out.append(_finding(wo, rule, key, Severity.INFO,
                                    _delivery_subject(d), free, today,
                                    first_day=d.first_day.isoformat(), fee=_amount(fee), unit=unit,
                                    pct=_amount(wo.cancel_fee_pct)))
    return out


def r_expiry(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-EXPIRY (seed 2.5): everything not used within the term expires at its end."""
    rule = "R-EXPIRY"
    days_left = (wo.term_end - today).days
    if days_left > settings.window or days_left < -settings.expired_report_days:
        return []
    key, severity = ("expiring", Severity.WARNING) if days_left >= 0 else ("expired", Severity.INFO)
    # what is left at the term end, from the one engine: each pool once (its purchased lines
    # and grants included), each other line once; a credits-priced line draws on its pool
    out: list[Finding] = []
    lines = {ln.line_no: ln for ln in wo.lines}
    for b in _balances_on(wo, min(today, wo.term_end)):
        left = b.remaining
        if left <= 0:
            continue
        if b.kind == "line" and b.line_no is not None:
            line = lines[b.line_no]
            svc = cat.get(line.service)
            if not svc or svc.base or line.service in SUBSCRIPTIONS or line.unit is Unit.CREDITS:
                continue
            subject, unit = _line_subject(line), line.unit.value
        else:
            loc = next((x for x in wo.locations if x.country == b.country), None)
            subject, unit = _pool_subject(loc, b.kind), b.unit
        out.append(_finding(wo, rule, key, severity, subject, wo.term_end, today,
                            amount=_amount(left), unit=unit))
    return out


def _flex_lines(wo: WorkOrder) -> list[ServiceLine]:
    return [ln for ln in wo.lines if ln.funding is Funding.FLEX]


def _flex_by_year(wo: WorkOrder) -> list[tuple[int, list[ServiceLine]]]:
    """The flex lines per flex year of the term (a line with no year counts in year 1). The work
    order's flex allowance is the annual allowance (seed 2.1: "Өзгермелі төлем жыл сайын
    бөлінеді", flex is allocated annually; the work order form says "per year")."""
    years = len(flex_years(wo.term_start, wo.term_end))
    flex = _flex_lines(wo)
    return [(y, [ln for ln in flex if (ln.flex_year or 1) == y]) for y in range(1, years + 1)]


def r_flex_cap(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-FLEX-CAP (seed 2.1): flex buys proactive credits or custom proactive services only up
    to min(flex, max(20 % of flex, USD 50,000)), compared in USD at the work order's rate; on a
    multi-year work order the cap applies to each annual allowance."""
    if wo.flex_allowance <= 0:
        return []
    out = []
    cap_usd = flex_credit_cap_usd(wo.flex_allowance * wo.rate_to_usd)
    by_year = _flex_by_year(wo)
    for year, lines in by_year:
        used = sum((ln.value for ln in lines if ln.service in FLEX_CAPPED), ZERO)
        used_usd = used * wo.rate_to_usd
        if used_usd <= cap_usd:
            continue
        on = (wo.signed_on or wo.term_start) if year == 1 else flex_year_bounds(wo.term_start, year, wo.term_end)[0]
        params: dict[str, Any] = dict(used=_amount(used), currency=wo.currency,
                                      used_usd=_amount(used_usd.quantize(Decimal("0.01"))),
                                      cap_usd=_amount(cap_usd.quantize(Decimal("0.01"))),
                                      rate=_amount(wo.rate_to_usd))
        if len(by_year) > 1:
            out.append(_finding(wo, "R-FLEX-CAP", "over_cap_year", Severity.ERROR, _wo_subject(wo), on,
                                today, year=year, **params))
        else:
            out.append(_finding(wo, "R-FLEX-CAP", "over_cap", Severity.ERROR, _wo_subject(wo), on,
                                today, **params))
    return out


def r_flex_year(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-FLEX-YEAR (seed 2.1): flex is allocated per year; what it buys is consumed within that
    year (year 1 = term start to the day before the first anniversary)."""
    rule = "R-FLEX-YEAR"
    out: list[Finding] = []
    flex = _flex_lines(wo)
    if not flex:
        return out
    usage = _usage(wo)
    for line in flex:
        if line.flex_year is None:
            out.append(_finding(wo, rule, "no_year", Severity.WARNING, _line_subject(line),
                                wo.term_start, today))
            continue
        start, end = flex_year_bounds(wo.term_start, line.flex_year, wo.term_end)
        if start > wo.term_end:
            out.append(_finding(wo, rule, "year_outside_term", Severity.ERROR, _line_subject(line),
                                start, today, year=line.flex_year))
            continue
        end = min(end, wo.term_end)
        for d in _deliveries_of(wo, line):
            if not d.first_day:
                continue
            last = d.last_day or d.first_day
            if d.first_day < start or last > end:
                out.append(_finding(wo, rule, "outside_year", Severity.ERROR, _delivery_subject(d),
                                    end, today, year=line.flex_year, start=start.isoformat(),
                                    end=end.isoformat()))
        left = line.quantity - usage[line.line_no]["delivered"]
        days_left = (end - today).days
        if left > 0 and days_left <= settings.window and days_left >= -settings.expired_report_days:
            severity = Severity.WARNING if days_left >= 0 else Severity.ERROR
            out.append(_finding(wo, rule, "year_ending", severity, _line_subject(line), end, today,
                                year=line.flex_year, amount=_amount(left), unit=line.unit.value))
    return out


def r_flex_sdm(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-FLEX-SDM (seed 2.1): flex cannot pay for Services Delivery Management."""
    out = []
    for line in _flex_lines(wo):
        svc = cat.get(line.service)
        if svc and svc.family == cat_mod.SDM:
            out.append(_finding(wo, "R-FLEX-SDM", "sdm_with_flex", Severity.ERROR,
                                _line_subject(line), wo.signed_on or wo.term_start, today))
    return out


def r_flex_signing(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-FLEX-SIGNING (seed 2.1): the flex allowance is allocated in full at signing; the rest is
    forfeited. On a multi-year work order each annual allowance is allocated in full; flex
    allocated above the allowance is an error too."""
    if wo.flex_allowance <= 0:
        return []
    out = []
    on = wo.signed_on or wo.term_start
    by_year = _flex_by_year(wo)
    many = len(by_year) > 1
    for year, lines in by_year:
        allocated = sum((ln.value for ln in lines), ZERO)
        rest = (wo.flex_allowance - allocated).quantize(Decimal("0.01"))  # to the cent
        if rest == 0:
            continue
        key = ("unallocated" if rest > 0 else "over_allocated") + ("_year" if many else "")
        params: dict[str, Any] = dict(amount=_amount(abs(rest)), currency=wo.currency,
                                      flex=_amount(wo.flex_allowance), allocated=_amount(allocated))
        if many:
            params["year"] = year
        out.append(_finding(wo, "R-FLEX-SIGNING", key, Severity.ERROR, _wo_subject(wo), on, today,
                            **params))
    return out


def r_flex_eligible(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-FLEX-ELIGIBLE (seed 2.1): flex buys proactive services, enhanced services and solutions,
    proactive credits or custom proactive services; a flex line for anything else (a reactive
    add-on such as Root Cause Analysis or the RSM add-on) is named. Services Delivery Management
    is R-FLEX-SDM's."""
    out = []
    for line in _flex_lines(wo):
        svc = cat.get(line.service)
        if svc and svc.family not in (cat_mod.PROACTIVE, cat_mod.ENHANCED, cat_mod.SDM):
            out.append(_finding(wo, "R-FLEX-ELIGIBLE", "not_eligible", Severity.WARNING,
                                _line_subject(line), wo.signed_on or wo.term_start, today,
                                service=svc.code))
    return out


def r_credit_balance(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-CREDIT-BALANCE (seed 2.2): a balance never goes below zero, nor may a plan overdraw it."""
    rule = "R-CREDIT-BALANCE"
    out: list[Finding] = []
    from .balances import mirrored_grants, pool_purchases

    mirrored = mirrored_grants(wo)
    bought = pool_purchases(wo)
    by_loc: defaultdict[int | None, list[LedgerEntry]] = defaultdict(list)
    for i, e in enumerate(wo.ledger):
        kinds = mirrored.get(i)
        if kinds:  # a grant that mirrors a purchased line is that line (balances.py): its other amount counts
            e = replace(e, credits=ZERO if "credits" in kinds else e.credits,
                        hours=ZERO if "hours" in kinds else e.hours)
        by_loc[e.location_id].append(e)
    # what a flex year's purchase left at that year's end is gone (the engine's expiry): a draw
    # after it is judged against what the pool still holds
    # (only when an entry follows such a year's end: the expiry alone never goes below zero)
    loc_of = {loc.country: loc.id for loc in wo.locations}
    last_entry = max((e.on for e in wo.ledger), default=None)
    flex_ended = last_entry is not None and any(
        line.funding is Funding.FLEX and line.flex_year and _balances.is_pool_line(line)
        and _balances._expiry(wo, line) < min(today, wo.term_end, last_entry) for line in wo.lines)
    for b in _balances_on(wo, today) if flex_ended else ():
        if b.kind == "line" or not b.expired:
            continue
        for m in b.movements:
            where = loc_of.get(b.country)
            if (m.figure == "expired" and m.reference.startswith("flex year end") and m.on is not None
                    and where is not None):
                lapsed = m.amount
                by_loc[where].append(LedgerEntry(
                    id=None, on=m.on, location_id=where, kind=LedgerKind.EXPIRY,
                    credits=lapsed if b.kind == "credits" else ZERO,
                    hours=lapsed if b.kind == "hours" else ZERO, reference=m.reference))
    open_by_loc: defaultdict[int | None, list[Delivery]] = defaultdict(list)
    delivered, cancelled = Status.DELIVERED, Status.CANCELLED
    for d in wo.deliveries:  # OPEN_STATUSES, by identity (see _DRAW)
        if d.status is not delivered and d.status is not cancelled and d.credits > 0:
            open_by_loc[d.location_id].append(d)
    for loc in wo.locations:
        opening_c, opening_h = bought.get(("credits", loc.id), ZERO), bought.get(("hours", loc.id), ZERO)
        credits, hours = opening_c, opening_h
        c = h = ZERO  # running_balance, inlined: this runs for every ledger entry
        ordered = _in_date_order(by_loc[loc.id])
        last = len(ordered) - 1
        for n, e in enumerate(ordered):
            k = e.kind
            if k is _DRAW or k is _TRANSFER_OUT or k is _FEE or k is _EXPIRY:
                c -= e.credits
                h -= e.hours
            else:
                c += e.credits
                h += e.hours
            credits, hours = opening_c + c, opening_h + h
            if n < last and ordered[n + 1].on == e.on:
                continue  # entries carry a day, not a time: the balance is the one at the day's end
            if credits < ZERO or hours < ZERO:
                unit, amount = ("credits", credits) if credits < 0 else ("hours", hours)
                out.append(_finding(wo, rule, "overdrawn", Severity.ERROR, _pool_subject(loc, unit),
                                    e.on, today, amount=_amount(amount), unit=unit))
                break
        pending = open_by_loc.get(loc.id, [])
        need = sum((d.credits for d in pending), ZERO)
        if need > 0 and credits - need < 0 and credits >= 0:
            first = min((d.first_day or d.requested_on or today for d in pending), default=today)
            out.append(_finding(wo, rule, "plan_overdraws", Severity.ERROR, _pool_subject(loc, "credits"),
                                first, today, balance=_amount(credits), planned=_amount(need),
                                short=_amount(need - credits)))
    return out


def r_xfer_locations(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-XFER-LOCATIONS (seed 2.4): credits move only between the work order's own locations."""
    listed = {loc.country for loc in wo.locations}
    out = []
    transfer_in = LedgerKind.TRANSFER_IN
    for e in wo.ledger:
        if e.kind is not _TRANSFER_OUT and e.kind is not transfer_in:  # by identity (see _DRAW)
            continue
        other = (e.counterparty or "").upper()
        if other not in listed:
            loc = wo.location(e.location_id)
            out.append(_finding(wo, "R-XFER-LOCATIONS", "unlisted", Severity.ERROR,
                                _location_subject(loc), e.on, today,
                                country=other or "?", amount=_amount(e.credits)))
    return out


def r_billing_exception(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-BILLING-EXCEPTION (seed 2.4): India, China, Taiwan, Hong Kong, Korea, Japan, New Zealand,
    Macau and Australia each need a work order of their own. The seed also leaves these
    "exception-list countries" out of the proactive services and STA a consolidated work order
    offers at its locations, so such purchases there are named too."""
    if len(wo.locations) < 2:
        return []
    rule = "R-BILLING-EXCEPTION"
    on = wo.signed_on or wo.term_start
    excepted = {loc.id: loc for loc in wo.locations
                if loc.country in BILLING_EXCEPTION_COUNTRIES and loc.role.value == "downstream"}
    # the seed says such a location "must" (тиісті) have a work order of its own: services planned
    # there inside this one are an error; a location only listed is a warning
    planned = {ln.location_id for ln in wo.lines} | {
        d.location_id for d in wo.deliveries if d.status is not Status.CANCELLED}
    out = [_finding(wo, rule, "separate_order",
                    Severity.ERROR if loc_id in planned else Severity.WARNING,
                    _location_subject(loc), on, today, country=loc.country)
           for loc_id, loc in excepted.items()]
    for line in wo.lines:
        svc = cat.get(line.service)
        if line.location_id in excepted and svc and svc.family == cat_mod.PROACTIVE:
            out.append(_finding(wo, rule, "proactive_excluded", Severity.WARNING, _line_subject(line),
                                on, today, country=excepted[line.location_id].country))
    return out


def _aem(d: Delivery) -> bool:
    return d.service == cat_mod.AEM and d.status is not Status.CANCELLED


def r_aem_notice(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-AEM-NOTICE (seed 2.3): an event is confirmed in writing 8 calendar weeks (56 days) before
    it starts, "unless Microsoft agrees otherwise" (seed): a late confirmation and an event still
    unconfirmed past its confirm-by day are both warnings that say Microsoft must agree.
    Decision: the delivery's request date is the written confirmation."""
    rule = "R-AEM-NOTICE"
    out = []
    for d in filter(_aem, wo.deliveries):
        if not d.first_day:
            continue
        by = aem_confirm_by(d.first_day)
        if d.requested_on and d.status in REQUESTED_STATUSES:
            if d.requested_on > by:
                out.append(_finding(wo, rule, "confirmed_late", Severity.WARNING,
                                    _delivery_subject(d), by, today,
                                    confirmed_on=d.requested_on.isoformat(),
                                    start=d.first_day.isoformat()))
        else:
            days_left = (by - today).days
            if days_left < 0 and d.first_day >= today:
                out.append(_finding(wo, rule, "not_confirmed", Severity.WARNING,
                                    _delivery_subject(d), by, today, start=d.first_day.isoformat()))
            elif _in_window(days_left, settings):
                out.append(_finding(wo, rule, "confirm_soon", Severity.WARNING,
                                    _delivery_subject(d), by, today, start=d.first_day.isoformat()))
    return out


def r_aem_length(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-AEM-LENGTH (seed 2.3): one event covers at most 5 consecutive calendar days."""
    return [_finding(wo, "R-AEM-LENGTH", "too_long", Severity.ERROR, _delivery_subject(d),
                     d.first_day, today, days=d.days, max_days=AEM_MAX_DAYS)
            for d in wo.deliveries if _aem(d) and d.first_day is not None and d.days > AEM_MAX_DAYS]


def r_uer_onboard(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-UER-ONBOARD (seed 2.3): with Unified Enhanced Response the customer is onboarded within
    the first 90 days of the term (day 1 = term start, last day = start + 89)."""
    lines = [ln for ln in wo.lines if ln.service == cat_mod.UER]
    if not lines:
        return []
    last = uer_onboarding_last_day(wo.term_start)
    onboard = [d for d in wo.deliveries if d.service == cat_mod.UER
               and d.status in (Status.SCHEDULED, Status.DELIVERED)
               and d.first_day and d.first_day <= last]
    if onboard:
        return []
    days_left = (last - today).days
    subject = _line_subject(lines[0])
    if days_left < 0:
        if today <= wo.term_end:
            return [_finding(wo, "R-UER-ONBOARD", "missed", Severity.ERROR, subject, last, today)]
        return []
    if days_left <= settings.window:
        return [_finding(wo, "R-UER-ONBOARD", "due", Severity.WARNING, subject, last, today)]
    return []


def r_ede_hours(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-EDE-HOURS (seed 2.3): EDE hours are deducted as used, in business hours on working days,
    for one support location only, and end with the Unified agreement."""
    rule = "R-EDE-HOURS"
    lines = [ln for ln in wo.lines if ln.service == cat_mod.EDE]
    if not lines:
        return []
    out = []
    locations = {ln.location_id for ln in lines}
    if len(locations) > 1:
        out.append(_finding(wo, rule, "several_locations", Severity.ERROR, _line_subject(lines[1]),
                            wo.term_start, today, count=len(locations)))
    ede = [d for d in wo.deliveries if d.service == cat_mod.EDE and d.status is not Status.CANCELLED]
    # on the balances engine: the hours pool of the EDE location, each amount once (a grant
    # mirroring the line is the line; delivered hours are the pool's draws)
    from .balances import _line_location

    where = wo.location(_line_location(wo, lines[0]))
    pool = next((b for b in _balances_on(wo, today)
                 if b.kind == "hours" and where is not None and b.country == where.country), None)
    purchased = used = planned = ZERO
    if pool is not None:
        purchased = pool.purchased + pool.granted + pool.transferred_in - pool.transferred_out
        used, planned = pool.delivered, pool.delivered + pool.scheduled
    if pool is not None and pool.available < 0 and planned > purchased:
        last = max((d.first_day for d in ede if d.first_day), default=wo.term_end)
        out.append(_finding(wo, rule, "over_hours", Severity.ERROR, _pool_subject(where, "hours"), last,
                            today, used=_amount(used), planned=_amount(planned),
                            purchased=_amount(purchased)))
    for d in ede:
        if d.last_day and d.last_day > wo.term_end:
            out.append(_finding(wo, rule, "after_agreement", Severity.ERROR, _delivery_subject(d),
                                wo.term_end, today, last_day=d.last_day.isoformat()))
        if d.location_id is not None and None not in locations and d.location_id not in locations:
            # for one support location only (seed 2.3: "тек бір қолдау орны үшін көрсетіледі")
            there = wo.location(d.location_id)
            bought = ", ".join(sorted(x.country for x in (wo.location(i) for i in locations) if x))
            out.append(_finding(wo, rule, "wrong_location", Severity.ERROR, _delivery_subject(d),
                                d.first_day or wo.term_start, today,
                                country=there.country if there else "?", bought_country=bought or "?"))
        loc = wo.location(d.location_id)
        if loc and d.first_day and d.status in OPEN_STATUSES:
            # business hours 09:00-17:30 on working days: a span that merely contains a weekend
            # is fine; its first or last day off, or more hours than its working days hold, is not
            first, last = d.first_day, d.last_day or d.first_day
            off = sorted({x for x in (first, last) if not is_working_day(loc.country, x)})
            if off:
                out.append(_finding(wo, rule, "non_working_day", Severity.WARNING,
                                    _delivery_subject(d), off[0], today, country=loc.country,
                                    days=", ".join(x.isoformat() for x in off)))
            open_days = working_days(loc.country, first, last)
            if open_days and d.hours > BUSINESS_DAY_HOURS * open_days:
                out.append(_finding(wo, rule, "over_business_hours", Severity.WARNING,
                                    _delivery_subject(d), first, today, hours=_amount(d.hours),
                                    working_days=open_days,
                                    most=_amount(BUSINESS_DAY_HOURS * open_days)))
    return out


#: Share of a line's quantity from which the planned and delivered use is warned of (R-LINE-OVERRUN).
OVERRUN_WARN_PCT = Decimal(90)


def r_line_overrun(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-LINE-OVERRUN (seed 2.1): a purchased line's deliveries (planned, requested, scheduled and
    delivered, in the line's unit, with their quantities) above the line's quantity is an error;
    from 90 % of it a warning. Pool lines (proactive credits, hours) are the balance rules' (one
    pool, many lines): R-CREDIT-BALANCE, R-EDE-HOURS."""
    from .balances import is_pool_line

    rule = "R-LINE-OVERRUN"
    usage = _usage(wo)
    out = []
    for line in wo.lines:
        if is_pool_line(line) or line.quantity <= 0 or line.line_no not in usage:
            continue
        u = usage[line.line_no]
        used, planned = u["delivered"], u["planned"]
        if planned < line.quantity * OVERRUN_WARN_PCT / 100:
            continue
        mine = _deliveries_of(wo, line)
        on = max((d.first_day or d.requested_on or today for d in mine), default=today)
        over = planned > line.quantity
        out.append(_finding(wo, rule, "over" if over else "near",
                            Severity.ERROR if over else Severity.WARNING, _line_subject(line), on,
                            today, planned=_amount(planned), used=_amount(used),
                            purchased=_amount(line.quantity), unit=line.unit.value,
                            pct=_amount((planned * 100 / line.quantity).quantize(Decimal(1)))))
    return out


def r_sab_30(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-SAB-30 (seed 2.5): 30 days after the support start (and each anniversary) an
    unconverted Software Assurance Benefits balance may be invoiced: a warning as that day
    approaches, an error from then until the term ends."""
    rule = "R-SAB-30"
    out = []
    usage = _usage(wo)
    days = sab_conversion_days(wo.term_start, wo.term_end)
    for line in wo.lines:
        if line.funding is not Funding.SAB:
            continue
        left = line.quantity - usage[line.line_no]["planned"]
        if left <= 0:
            continue
        upcoming = [d for d in days if d >= today]
        # from the conversion day on the shortfall may be invoiced, and nothing ends that before
        # the term does (seed 2.5; compare R-UER-ONBOARD)
        past = [d for d in days if d < today] if today <= wo.term_end else []
        if past:
            out.append(_finding(wo, rule, "shortfall", Severity.ERROR, _line_subject(line),
                                past[-1], today, amount=_amount(left), unit=line.unit.value))
        elif upcoming and (upcoming[0] - today).days <= settings.window:
            out.append(_finding(wo, rule, "convert_soon", Severity.WARNING, _line_subject(line),
                                upcoming[0], today, amount=_amount(left), unit=line.unit.value))
    return out


def r_sab_eligible(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-SAB-ELIGIBLE (seed 2.5): converted SAB value is used for Base Package support, eligible
    EDE components and eligible Enhanced Services components; SAB funding any other service
    (a workshop, say) is named."""
    out = []
    for line in wo.lines:
        if line.funding is not Funding.SAB:
            continue
        svc = cat.get(line.service)
        if svc and not svc.base and svc.family != cat_mod.ENHANCED:
            out.append(_finding(wo, "R-SAB-ELIGIBLE", "not_eligible", Severity.WARNING,
                                _line_subject(line), wo.signed_on or wo.term_start, today,
                                service=svc.code))
    return out


#: On-demand Assessment extra help (seed 2.2, Maintenance): days at most, by delivery mode.
ODA_HELP_DAYS = {Mode.ONSITE: 2, Mode.REMOTE: 1}


def r_oda_help(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-ODA-HELP (seed 2.2, Maintenance): with an On-demand Assessment, Microsoft helps for up to
    two days onsite or one day remote. Decision: the days counted are the working days of the
    delivery's span at its location (calendar days when it has none)."""
    out = []
    for d in wo.deliveries:
        if d.service != "ODA" or d.status is Status.CANCELLED or not d.first_day:
            continue
        last = d.last_day or d.first_day
        loc = wo.location(d.location_id)
        days = working_days(loc.country, d.first_day, last) if loc else d.days
        most = ODA_HELP_DAYS[d.mode]
        if days > most:
            out.append(_finding(wo, "R-ODA-HELP", f"too_long_{d.mode.value}", Severity.WARNING,
                                _delivery_subject(d), d.first_day, today, days=days, max_days=most))
    return out


def r_sdm_required(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-SDM-REQUIRED (seed 2.5): when additional services are bought, Microsoft may require
    Services Delivery Management to be added ("қызметтердің көрсетілуін басқарудың қосылуын талап
    етуіміз мүмкін"): an info finding when additional proactive or enhanced services are bought
    and no Services Delivery Management is (a line of that family beyond the Base Package)."""
    if today > wo.term_end:
        return []
    bought = []
    for line in wo.lines:
        svc = cat.get(line.service)
        if svc is None or svc.base or line.funding is Funding.BASE:
            continue
        if svc.family == cat_mod.SDM:
            return []
        if svc.family in (cat_mod.PROACTIVE, cat_mod.ENHANCED) and svc.code not in bought:
            bought.append(svc.code)
    if not bought:
        return []
    return [_finding(wo, "R-SDM-REQUIRED", "may_require_sdm", Severity.INFO, _wo_subject(wo),
                     wo.signed_on or wo.term_start, today, services=", ".join(bought))]


def r_travel(wo: WorkOrder, today: date, settings: CheckSettings, cat: Catalog) -> list[Finding]:
    """R-TRAVEL (seed 2.5): "Жергілікті орынға сапарлар өзара келісілген және алдын-ала ақысы
    төленбесе, біз сізге ақылға қонымды сапар және тұру ақысын есептеп береміз" (onsite visits
    not prepaid are billed reasonable travel and living costs): an info note on each onsite
    delivery still to come, unless its delivery or its line says travel is prepaid."""
    out = []
    find = _find(wo)
    for d in wo.deliveries:
        if d.mode is not Mode.ONSITE or d.status not in OPEN_STATUSES or d.travel_prepaid:
            continue
        if d.first_day and (d.last_day or d.first_day) < today:
            continue
        line = find(d)
        if line is not None and line.travel_prepaid:
            continue
        out.append(_finding(wo, "R-TRAVEL", "travel_billed", Severity.INFO, _delivery_subject(d),
                            d.first_day or today, today))
    return out


#: Every check, by rule id, in the order of the rules page.
CHECKS: dict[str, Check] = {
    "R-REQUEST-60": r_request_60,
    "R-CANCEL-14": r_cancel_14,
    "R-EXPIRY": r_expiry,
    "R-FLEX-CAP": r_flex_cap,
    "R-FLEX-YEAR": r_flex_year,
    "R-FLEX-SDM": r_flex_sdm,
    "R-FLEX-SIGNING": r_flex_signing,
    "R-CREDIT-BALANCE": r_credit_balance,
    "R-XFER-LOCATIONS": r_xfer_locations,
    "R-BILLING-EXCEPTION": r_billing_exception,
    "R-AEM-NOTICE": r_aem_notice,
    "R-AEM-LENGTH": r_aem_length,
    "R-UER-ONBOARD": r_uer_onboard,
    "R-EDE-HOURS": r_ede_hours,
    "R-SAB-30": r_sab_30,
    "R-FLEX-ELIGIBLE": r_flex_eligible,
    "R-SAB-ELIGIBLE": r_sab_eligible,
    "R-ODA-HELP": r_oda_help,
    "R-SDM-REQUIRED": r_sdm_required,
    "R-TRAVEL": r_travel,
    "R-LINE-OVERRUN": r_line_overrun,
}

#: The two computations, by rule id.
COMPUTATIONS = {"R-CREDIT-ROUND": r_credit_round, "R-XFER-ROUND": r_xfer_round}


def check_work_order(wo: WorkOrder, today: date, settings: CheckSettings | None = None,
                     cat: Catalog | None = None) -> list[Finding]:
    settings = settings or CheckSettings()
    cat = cat or cat_mod.catalog()
    out: list[Finding] = []
    token = _check_context.set(_CheckContext(wo))
    try:
        for check in CHECKS.values():
            out.extend(check(wo, today, settings, cat))
    finally:
        _check_context.reset(token)
    return out


def check_portfolio(portfolio: Portfolio, today: date, settings: CheckSettings | None = None,
                    cat: Catalog | None = None) -> list[Finding]:
    """Every finding of every work order, soonest deadline first."""
    settings = settings or CheckSettings()
    cat = cat or cat_mod.catalog()
    out: list[Finding] = []
    for wo in portfolio.work_orders:
        out.extend(check_work_order(wo, today, settings, cat))
    out.sort(key=Finding.sort_key)
    return out
