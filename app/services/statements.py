"""Quarterly review statements: build the data object from a work order, render it to PDF and
Excel, write a whole quarter's statements into a folder, export deadlines as iCalendar.

Decision (findings on a statement): the rules are checked as on the quarter's last day, or as on
the print date when that is earlier (a statement printed during the quarter counts days left from
the day it is handed over, not from a day still to come). Ledger entries dated after that day are
left out of the check. The statement's header prints that day ("Findings as of").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from app import texts
from app.domain import balances as _engine
from app.domain.balances import delivery_amount
from app.domain.catalog import Catalog, catalog
from app.domain.dates import parse_quarter, quarter_of, term_progress
from app.domain.enums import OPEN_STATUSES, Role, Status
from app.domain.findings import CheckSettings, Finding
from app.domain.model import Delivery, WorkOrder
from app.domain.rules import check_work_order, line_of
from app.reports.labels import fmt_day
from app.reports.statement import (
    ZERO,
    ActionDate,
    BalanceRow,
    BurnSeries,
    Contact,
    ContractValue,
    Entitlement,
    FindingRow,
    Header,
    LedgerLine,
    Risk,
    ServiceRow,
    Statement,
    StatementDelivery,
    StatementLocation,
)
from app.texts import country_name

if TYPE_CHECKING:
    from app.store.db import Database

FORMATS = ("pdf", "xlsx")
EDITIONS = ("customer", "internal")
#: the days whose deliveries set the pace of the forecast
PACE_DAYS = 90


class StatementError(Exception):
    """A statement cannot be made; ``reason`` is a stable key, the text names the place."""

    def __init__(self, reason: str, text: str):
        super().__init__(text)
        self.reason = reason


def parse_quarter_text(quarter: str) -> tuple[str, date, date]:
    """``"2026q4"`` -> ("2026Q4", first day, last day); StatementError when it is not a quarter."""
    try:
        start, end = parse_quarter(quarter)
    except ValueError:
        raise StatementError("bad_quarter",
                             f"not a quarter (expected like 2026Q4): {quarter!r}") from None
    return quarter_of(start), start, end


# ---------------------------------------------------------------------------- building

def _day(d: Delivery) -> date | None:
    """The day a delivery counts on: its last day, else its first day."""
    return d.last_day or d.first_day


def _delivery_row(wo: WorkOrder, d: Delivery, cat: Catalog, lang: str) -> StatementDelivery:
    svc = cat.get(d.service)
    loc = wo.location(d.location_id)
    fee_unit = "credits" if d.credits else "hours" if d.hours else wo.currency
    return StatementDelivery(
        ref=d.ref, code=d.service, service_name=svc.name(lang) if svc else d.service,
        title=d.title, country=loc.country if loc else "", status=d.status.value,
        status_word=texts.word("status", d.status.value, lang),
        mode_word=texts.word("mode", d.mode.value, lang), first_day=d.first_day,
        last_day=d.last_day, credits=d.credits, hours=d.hours, fee=d.fee, fee_unit=fee_unit,
        fee_unit_word=texts.word("unit", fee_unit, lang) if fee_unit in ("credits", "hours") else fee_unit,
        notes=d.notes,
        fee_text=(texts.count(f"unit.{fee_unit}", d.fee, lang) if fee_unit in ("credits", "hours")
                  else f"{texts.fmt_amount(d.fee, lang)} {fee_unit}") if d.fee else "")


def _subject_text(wo: WorkOrder, f: Finding, cat: Catalog, lang: str) -> str:
    s = f.subject
    if s.kind == "line":
        svc = cat.get(s.label)
        return f"{s.key}. {svc.name(lang) if svc else s.label}"
    if s.kind == "location":
        return f"{country_name(s.key, lang)} ({s.key})" if s.key else s.label
    if s.kind == "delivery":
        return f"{s.key} {s.label}"
    return s.label


def _services(wo: WorkOrder, cat: Catalog, lang: str, q_start: date, q_end: date) -> list[ServiceRow]:
    to_date: dict[int, Decimal] = {}
    in_quarter: dict[int, Decimal] = {}
    for d in wo.deliveries:
        if d.status is not Status.DELIVERED:
            continue
        line = line_of(wo, d)
        if line is None:
            continue
        day = _day(d)
        if day is not None and day > q_end:
            continue
        amount = delivery_amount(wo, d, line.unit)
        to_date[line.line_no] = to_date.get(line.line_no, ZERO) + amount
        if day is not None and day >= q_start:
            in_quarter[line.line_no] = in_quarter.get(line.line_no, ZERO) + amount
    # a pool's only purchased line (Proactive Credits, a line in hours) shows the pool's figures
    # from the engine, so the Services table and the balance table cannot disagree
    from app.domain.balances import _line_location, is_pool_line

    bals = work_order_balances(wo, q_end)
    pools = {(b.kind, b.country): b for b in bals if b.kind != "line"}
    own = {b.line_no: b for b in bals if b.kind == "line"}
    per_pool: dict[tuple, int] = {}
    for line in wo.lines:
        if is_pool_line(line):
            key = (is_pool_line(line), _line_location(wo, line))
            per_pool[key] = per_pool.get(key, 0) + 1
    rows = []
    for line in wo.lines:
        svc = cat.get(line.service)
        loc = wo.location(line.location_id)
        done = to_date.get(line.line_no, ZERO)
        kind = is_pool_line(line)
        place = wo.location(_line_location(wo, line))
        pool = pools.get((kind, place.country)) if kind and place else None
        left = line.quantity - done
        quarter = in_quarter.get(line.line_no, ZERO)
        if kind is None and line.line_no in own:
            # a line of its own: the engine's figures as of the quarter's end (its days counted in
            # its location's country; what its term or flex year left unused is expired, not left)
            b = own[line.line_no]
            done, left = b.delivered, b.remaining
            quarter = sum((m.amount for m in b.movements if m.figure == "delivered"
                           and m.on is not None and q_start <= m.on <= q_end), ZERO)
        elif pool is not None and per_pool.get((kind, place.id)) == 1 and pool.purchased == line.quantity:
            # the pool's own figures: used by deliveries, and what is really left (transfers,
            # fees and expiry are in the balance table below; never counted as delivered)
            done, left = pool.delivered, pool.remaining
        rows.append(ServiceRow(
            line_no=line.line_no, code=line.service, name=svc.name(lang) if svc else line.service,
            mark=svc.mark if svc else "", location=loc.country if loc else "",
            funding=texts.word("funding", line.funding.value, lang), unit=line.unit.value,
            unit_word=texts.word("unit", line.unit.value, lang), quantity=line.quantity,
            delivered_to_date=done, delivered_in_quarter=quarter,
            remaining=left, notes=line.notes))
    return rows


#: The balance table's movement columns, from the engine's figures (signed: outflows negative).
_ENGINE_COLUMN = {"purchased": (0, 1), "granted": (0, 1), "delivered": (1, -1),
                  "transferred_in": (2, 1), "transferred_out": (3, -1), "fees": (4, -1),
                  "expired": (5, -1)}


def _balances(wo: WorkOrder, lang: str, q_start: date, q_end: date) -> list[BalanceRow]:
    """Each pool's quarter from the one balances engine (app.domain.balances): opening = what
    was left the day before the quarter, closing = what is left at its end (expired is never
    left), the purchased lines counted as the pool's grant."""
    before = {(b.kind, b.country): b for b in work_order_balances(wo, q_start - timedelta(days=1))}
    rows = []
    for b in work_order_balances(wo, q_end):
        if b.kind == "line":
            continue
        moves = [ZERO] * 6
        for m in b.movements:
            if m.figure in _ENGINE_COLUMN and m.on is not None and q_start <= m.on <= q_end:
                col, sign = _ENGINE_COLUMN[m.figure]
                moves[col] += sign * m.amount
        opening = before[(b.kind, b.country)].remaining if (b.kind, b.country) in before else ZERO
        loc = next((x for x in wo.locations if x.country == b.country), None)
        # purchased lines dated at the term start before the quarter are in the opening
        closing = opening + sum(moves, ZERO)
        if closing != b.remaining:  # a movement dated before the quarter only counted now
            moves[5] += b.remaining - closing
        rows.append(BalanceRow(b.country, bool(loc and loc.role is Role.HOST), b.kind,
                               texts.word("unit", b.kind, lang), opening, *moves, b.remaining))
    return rows


def _ledger(wo: WorkOrder, lang: str, q_start: date, q_end: date) -> list[LedgerLine]:
    out = []
    for e in sorted(wo.ledger, key=lambda e: (e.on, e.id or 0)):
        if q_start <= e.on <= q_end:
            loc = wo.location(e.location_id)
            out.append(LedgerLine(e.on, loc.country if loc else "", e.kind.value,
                                  texts.word("kind", e.kind.value, lang), e.credits_delta,
                                  e.hours_delta, e.reference, e.counterparty, texts.note_text(e.notes, lang)))
    return out


def _deliveries(wo: WorkOrder, cat: Catalog, lang: str, q_start: date, q_end: date):
    next_start, next_end = q_end + timedelta(days=1), parse_quarter(quarter_of(q_end + timedelta(days=1)))[1]
    from app.domain.balances import delivery_on

    current, upcoming = [], []
    for d in (delivery_on(x, q_end) for x in wo.deliveries):  # events after the quarter left out
        first, last = d.first_day, _day(d)
        in_quarter = first is not None and first <= q_end and last >= q_start
        if d.status is Status.CANCELLED and d.changed_on and q_start <= d.changed_on <= q_end:
            in_quarter = True
        if in_quarter:
            current.append(d)
        elif d.status in OPEN_STATUSES and (first is None or next_start <= first <= next_end):
            upcoming.append(d)

    def order(d: Delivery):
        return (d.first_day or date.max, d.ref)

    return ([_delivery_row(wo, d, cat, lang) for d in sorted(current, key=order)],
            [_delivery_row(wo, d, cat, lang) for d in sorted(upcoming, key=order)])


_ISO_IN_TEXT = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _sentence(text: str, lang: str) -> str:
    """A finding's message as the statement prints it: dates inside the words in the
    language's form (a list of days "2026-12-05, 2026-12-06" too), one month abbreviation."""
    def day(m: re.Match) -> str:
        try:
            return fmt_day(date(int(m[1]), int(m[2]), int(m[3])), lang)
        except ValueError:
            return m[0]

    text = _ISO_IN_TEXT.sub(day, text)
    return text.replace("Sept ", "Sep ") if lang == "en" else text


def _findings(wo: WorkOrder, cat: Catalog, lang: str, as_of: date,
              settings: CheckSettings | None) -> list[FindingRow]:
    as_then = replace(wo, ledger=[e for e in wo.ledger if e.on <= as_of])
    found = sorted(check_work_order(as_then, as_of, settings, cat), key=Finding.sort_key)
    return [FindingRow(f.severity.value, texts.word("severity", f.severity.value, lang), f.rule,
                       texts.rule_name(f.rule, lang), _subject_text(wo, f, cat, lang), f.date,
                       f.days_left, texts.days_left_text(f.days_left, lang), f.section,
                       _sentence(texts.message(f, lang), lang))
            for f in found]


# ---------------------------------------------------------------------------- page 1 summary

def _value(wo: WorkOrder) -> ContractValue:
    from app.domain.enums import Funding

    def total(funding: Funding) -> Decimal:
        return sum((ln.value for ln in wo.lines if ln.funding is funding), ZERO)

    allocated = total(Funding.FLEX)
    return ContractValue(wo.currency, wo.base_amount, wo.flex_allowance, allocated,
                         max(wo.flex_allowance - allocated, ZERO), total(Funding.ADDITIONAL))


def _entitlements(wo: WorkOrder, cat: Catalog, lang: str, on: date) -> list[Entitlement]:
    """Every entitlement with anything in it, from the one balances engine on ``on``."""
    from app.messages import t

    out = []
    for b in work_order_balances(wo, on):
        bought = b.purchased + b.granted + b.transferred_in - b.transferred_out
        if not (bought or b.delivered or b.scheduled or b.fees):
            continue
        if b.kind == "line":
            svc = cat.get(b.service)
            name = f"{b.line_no}. {svc.name(lang) if svc else b.service}"
        else:
            name = t(f"statement.pool.{b.kind}", lang, country=country_name(b.country, lang))
        expiring = max(b.remaining - b.scheduled, ZERO) if on <= wo.term_end else ZERO
        out.append(Entitlement(name, b.unit, texts.word("unit", b.unit, lang), bought,
                               b.delivered + b.fees, b.scheduled, b.remaining, expiring))
    return out


def _pool_totals(wo: WorkOrder, on: date) -> dict[str, tuple[Decimal, Decimal, Decimal]]:
    """(remaining, scheduled, used in the last PACE_DAYS days) per pool kind on ``on``."""
    since = on - timedelta(days=PACE_DAYS - 1)
    out: dict[str, tuple[Decimal, Decimal, Decimal]] = {}
    for b in work_order_balances(wo, on):
        if b.kind == "line":
            continue
        used = sum((m.amount for m in b.movements if m.figure in ("delivered", "fees")
                    and m.on is not None and since <= m.on <= on), ZERO)
        r, s, u = out.get(b.kind, (ZERO, ZERO, ZERO))
        out[b.kind] = (r + b.remaining, s + b.scheduled, u + used)
    return out


def _risks(wo: WorkOrder, lang: str, on: date, totals: dict | None = None) -> list[Risk]:
    """Per pool kind: what is left on ``on`` less the larger of what is scheduled and what the
    pace of the last 90 days (or of the term so far, when shorter) would use by the term end."""
    from decimal import ROUND_HALF_UP

    if not wo.term_start <= on < wo.term_end:
        return []
    elapsed = min((on - wo.term_start).days + 1, PACE_DAYS)
    days_left = (wo.term_end - on).days
    out = []
    for unit, (remaining, scheduled, used) in (totals if totals is not None else _pool_totals(wo, on)).items():
        if remaining <= 0:
            continue
        use = (used / Decimal(elapsed) * Decimal(days_left)).quantize(Decimal(1), ROUND_HALF_UP)
        at_risk = max(remaining - max(scheduled, use), ZERO)
        out.append(Risk(unit, texts.word("unit", unit, lang), remaining, scheduled, use, at_risk))
    return out


def outlook(wo: WorkOrder, on: date) -> dict[str, tuple[Decimal, Decimal]]:
    """Per pool unit ("credits", "hours"): (available on ``on``: what remains less what is
    scheduled, and at risk by the term end): the statement's own figures, for the Portfolio."""
    totals = _pool_totals(wo, on)
    risks = {r.unit: r.at_risk for r in _risks(wo, "en", on, totals)}
    return {unit: (remaining - scheduled, risks.get(unit, ZERO))
            for unit, (remaining, scheduled, _used) in totals.items()}


def _actions(wo: WorkOrder, cat: Catalog, lang: str, on: date) -> tuple[list[ActionDate], list[str]]:
    """The contract dates from ``on`` on, each worded as what the customer must do by when,
    and the past ones of the term condensed into one line per kind."""
    from app.messages import t
    from app.reports.dates import KINDS, action_text, amounts_text, contract_dates, left_to_request

    left = amounts_text(left_to_request(wo, on), lang)
    upcoming: list[ActionDate] = []
    past: dict[str, list[date]] = {}
    for c in contract_dates(wo):
        if c.on < on:
            if c.on >= wo.term_start:
                past.setdefault(c.kind, []).append(c.on)
            continue
        upcoming.append(ActionDate(c.kind, c.on, (c.on - on).days, action_text(c, lang, left)))
    lines = [t("statement.past_line", lang, kind=t(f"statement.kind.{k}", lang), count=len(past[k]),
               date=fmt_day(max(past[k]), lang))
             for k in KINDS if k in past]
    return upcoming, lines


def _steps(start: date, end: date, events: Iterable[tuple[date, Decimal]]) -> tuple:
    """(day, balance) after each change, clamped to [start, end], with a point at both ends."""
    by_day: dict[date, Decimal] = {}
    for day, delta in events:
        day = min(max(day, start), end)
        by_day[day] = by_day.get(day, ZERO) + delta
    balance = ZERO
    points = []
    for day in sorted(by_day):
        balance += by_day[day]
        points.append((day, balance))
    if not points or points[0][0] != start:
        points.insert(0, (start, ZERO))
    if points[-1][0] != end:
        points.append((end, balance))
    return tuple(points)


#: How each of the engine's figures moves a pool's balance.
_SIGN = {"purchased": 1, "granted": 1, "transferred_in": 1, "transferred_out": -1,
         "delivered": -1, "fees": -1, "expired": -1, "scheduled": -1}


def _burn(wo: WorkOrder, lang: str, today: date) -> list[BurnSeries]:
    """Each pool kind's balance over the term, from the balances engine: "delivered" is what was
    left on each day up to today; "planned" is every movement (purchases, grants, transfers,
    draws with or without a delivery, fees) less what open deliveries commit, on their first day
    (undated ones at the term's end)."""
    at_end = work_order_balances(wo, wo.term_end)
    stop = min(today, wo.term_end)
    so_far = work_order_balances(wo, stop) if today >= wo.term_start else []
    out = []
    for unit in ("credits", "hours"):
        pools = [b for b in at_end if b.kind == unit]
        if not any(m.amount for b in pools for m in b.movements):
            continue
        planned = _steps(wo.term_start, wo.term_end,
                         [(m.on or wo.term_end, _SIGN[m.figure] * m.amount)
                          for b in pools for m in b.movements if m.figure in _SIGN])
        delivered: tuple = ()
        if so_far:
            delivered = _steps(wo.term_start, stop,
                               [(m.on or wo.term_start, _SIGN[m.figure] * m.amount)
                                for b in so_far if b.kind == unit for m in b.movements
                                if m.figure in _SIGN and m.figure != "scheduled"
                                and (m.on or wo.term_start) <= stop])
        forecast: tuple = ()
        risk = next((r for r in _risks(wo, lang, stop) if r.unit == unit), None)
        if risk is not None and delivered:
            forecast = ((stop, delivered[-1][1]), (wo.term_end, risk.at_risk))
        out.append(BurnSeries(unit, texts.word("unit", unit, lang), planned, delivered, forecast))
    return out


#: The balances of one statement being built, per (work order, day): a statement's parts ask the
#: engine for the same few days several times (the quarter's end, the day before it, the term's
#: end) and only read what it returns. Set per build_from_work_order call in a context variable,
#: so statements built on two threads at once never share it.
_built: ContextVar[dict[tuple[int, date], tuple[WorkOrder, list[_engine.Balance]]] | None] = ContextVar(
    "statement_balances", default=None)


def work_order_balances(wo: WorkOrder, on: date) -> list[_engine.Balance]:
    """app.domain.balances.work_order_balances, computed once per day while a statement is built."""
    memo = _built.get()
    if memo is None:
        return _engine.work_order_balances(wo, on)
    hit = memo.get((id(wo), on))
    if hit is None or hit[0] is not wo:
        hit = memo[(id(wo), on)] = (wo, _engine.work_order_balances(wo, on))
    return hit[1]


def build_from_work_order(wo: WorkOrder, quarter: str, lang: str, today: date | None = None,
                          settings: CheckSettings | None = None, cat: Catalog | None = None,
                          edition: str = "customer", contact: Contact | None = None) -> Statement:
    """The statement of ``wo`` for ``quarter`` in ``lang``, printed on ``today``, in the
    customer (default) or the internal edition."""
    token = _built.set({})
    try:
        return _build_from_work_order(wo, quarter, lang, today, settings, cat, edition, contact)
    finally:
        _built.reset(token)


def _build_from_work_order(wo: WorkOrder, quarter: str, lang: str, today: date | None,
                           settings: CheckSettings | None, cat: Catalog | None,
                           edition: str, contact: Contact | None) -> Statement:
    if edition not in EDITIONS:
        raise StatementError("bad_edition", f"not an edition of the statements (customer, internal): {edition!r}")
    quarter, q_start, q_end = parse_quarter_text(quarter)
    if lang not in texts.LANGS:
        raise StatementError("bad_lang", f"not a language of the statements (kk, ru, en): {lang!r}")
    cat = cat or catalog()
    printed = today or date.today()
    as_of = min(q_end, printed)
    locations = tuple(StatementLocation(loc.country, country_name(loc.country, lang),
                                        texts.word("role", loc.role.value, lang),
                                        loc.role is Role.HOST, loc.currency, loc.credit_value)
                      for loc in wo.locations)
    header = Header(wo.customer, wo.number, wo.term_start, wo.term_end, locations, quarter,
                    q_start, q_end, printed, as_of, wo.currency)
    if q_end < printed:  # a past quarter: the state as of its last day, everything after it left out
        wo = as_of_day(wo, q_end)
    current, upcoming = _deliveries(wo, cat, lang, q_start, q_end)
    actions, past = _actions(wo, cat, lang, as_of)
    return Statement(
        lang=lang, header=header, services=_services(wo, cat, lang, q_start, as_of),
        balances=_balances(wo, lang, q_start, as_of), ledger=_ledger(wo, lang, q_start, q_end),
        deliveries=current, upcoming=upcoming, findings=_findings(wo, cat, lang, as_of, settings),
        burn=_burn(wo, lang, as_of), today=None if q_end < printed else printed,
        chart_as_of=q_end if q_end < printed else None, edition=edition, contact=contact or Contact(),
        value=_value(wo), term_pct=round(term_progress(wo.term_start, wo.term_end, as_of) * 100),
        entitlements=_entitlements(wo, cat, lang, as_of), actions=actions, past_actions=past,
        risks=_risks(wo, lang, as_of))


def as_of_day(wo: WorkOrder, day: date) -> WorkOrder:
    """``wo`` as it stood at the end of ``day``: its ledger entries after it left out, each
    delivery as it stood then (app.domain.balances.delivery_on: status, days in force, no
    request, cancellation or fee made after it) with its change events after it left out. Every
    part of a past quarter's statement (tables, findings, burn-down) reads this one cut."""
    from app.domain.balances import delivery_on

    return replace(wo, ledger=[e for e in wo.ledger if e.on <= day],
                   deliveries=[replace(delivery_on(d, day), events=[e for e in d.events if e.on <= day])
                               for d in wo.deliveries])


def load_work_order(db: Database, number: str) -> WorkOrder:
    from app.store.repo import load_work_order as load

    with db.read() as s:
        wo = load(s, number)
    if wo is None:
        raise StatementError("unknown_work_order", f"no work order numbered {number!r} in {db.path}")
    return wo


def build_statement(db: Database, work_order_number: str, quarter: str, lang: str,
                    today: date | None = None, edition: str = "customer",
                    contact: Contact | None = None) -> Statement:
    parse_quarter_text(quarter)  # a bad quarter is reported before the database is read
    return build_from_work_order(load_work_order(db, work_order_number), quarter, lang, today,
                                 edition=edition, contact=contact)


# ---------------------------------------------------------------------------- rendering

def render_pdf(statement: Statement, path: Path | str, reference=None) -> Path:
    """The statement's PDF; ``reference`` (app.services.reference) adds the Contract reference."""
    from app.reports.pdf import render_pdf as render

    return render(statement, Path(path), reference)


def render_xlsx(statement: Statement, path: Path | str) -> Path:
    from app.reports.xlsx import render_xlsx as render

    return render(statement, Path(path))


_UNSAFE = re.compile(r"[^\w.-]+")


def file_stem(number: str, quarter: str, lang: str) -> str:
    """A file name for a statement that is safe on every system (``UES-KZ-2025-014_2026Q4_kk``).
    When the number had to be changed to be safe (``KZ/001``), a short digest of the exact number
    is added, so that two work orders never share a file (``KZ_001-3f2a9c_2026Q4_kk``)."""
    safe = _UNSAFE.sub("_", number).strip("._")[:80] or "work-order"
    if safe != number:
        import hashlib

        safe += "-" + hashlib.sha256(number.encode("utf-8")).hexdigest()[:6]
    return f"{safe}_{quarter}_{lang}"


def unique_stems(numbers: Iterable[str], quarter: str, lang: str) -> dict[str, str]:
    """A file stem per work order number, different for different numbers even on a file system
    that ignores letter case (``kz-1`` and ``KZ-1``)."""
    stems: dict[str, str] = {}
    taken: set[str] = set()
    for number in numbers:
        stem = file_stem(number, quarter, lang)
        base, n = stem, 2
        while stem.casefold() in taken:
            stem, n = f"{base}-{n}", n + 1
        taken.add(stem.casefold())
        stems[number] = stem
    return stems


def active_work_orders(db: Database, quarter: str) -> list[tuple[str, str]]:
    """(number, customer) of every work order whose term overlaps the quarter (not archived)."""
    from app.services.portfolio import load

    _, q_start, q_end = parse_quarter_text(quarter)
    return [(wo.number, wo.customer) for wo in load(db).work_orders
            if wo.term_start <= q_end and wo.term_end >= q_start and wo.archived_on is None]


@dataclass
class BatchResult:
    files: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    done: int = 0
    total: int = 0
    cancelled: bool = False
    folder_created: bool = False


def write_statements(db: Database, quarter: str, out_dir: Path | str, lang: str,
                     formats: Iterable[str] = FORMATS, numbers: Iterable[str] | None = None,
                     today: date | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, edition: str = "customer",
                     contact: Contact | None = None, overwrite: bool = True) -> BatchResult:
    """One statement per work order (``numbers``, or every one active in the quarter and not
    archived) into
    ``out_dir`` (created when missing; never the database's backups folder). Each work order has
    its own files; files that existed are replaced atomically and listed in ``replaced``.
    ``progress(done, total)`` after each; ``cancelled()`` is asked before each and stops the
    batch (files already written stay). With ``overwrite=False`` a file that exists is kept
    as it is and listed in ``kept``."""
    from app.services.outputs import check_folder, check_output
    from app.services.portfolio import load

    quarter, q_start, q_end = parse_quarter_text(quarter)
    formats = [f for f in FORMATS if f in set(formats)]
    if not formats:
        raise StatementError("no_format", "choose PDF, Excel or both")
    portfolio = load(db)
    if numbers is None:
        wos = [wo for wo in portfolio.work_orders  # archived ones only when named
               if wo.term_start <= q_end and wo.term_end >= q_start and wo.archived_on is None]
    else:
        by_number = {wo.number: wo for wo in portfolio.work_orders}
        wanted = list(dict.fromkeys(numbers))
        missing = [n for n in wanted if n not in by_number]
        if missing:
            raise StatementError("unknown_work_order",
                                 f"no work order numbered {missing[0]!r} in {db.path}")
        wos = [by_number[n] for n in wanted]
    result = BatchResult(total=len(wos))
    if not wos:
        return result
    out, result.folder_created = check_folder(out_dir, db_path=db.path)
    stems = unique_stems([wo.number for wo in wos], quarter, lang)
    if progress:
        progress(0, result.total)
    cat = catalog()
    for wo in wos:
        if cancelled and cancelled():
            result.cancelled = True
            break
        st = build_from_work_order(wo, quarter, lang, today, cat=cat, edition=edition, contact=contact)
        for fmt_, render in (("pdf", render_pdf), ("xlsx", render_xlsx)):
            if fmt_ not in formats:
                continue
            target = check_output(out / f"{stems[wo.number]}.{fmt_}", db_path=db.path)
            existed = target.exists()
            if existed and not overwrite:
                result.kept.append(target)
                continue
            result.files.append(render(st, target))
            if existed:
                result.replaced.append(target)
        result.done += 1
        if progress:
            progress(result.done, result.total)
    return result


# ---------------------------------------------------------------------------- calendar

def export_calendar(db: Database, path: Path | str, lang: str, today: date | None = None,
                    settings: CheckSettings | None = None) -> tuple[int, int, int]:
    """Every contract date and dated delivery of the work orders active on ``today`` as an
    iCalendar file, with alarms at the reminder days of ``settings`` (30/14/7 by default); an
    earlier export at ``path`` is read first so that changed events get a higher SEQUENCE and
    dates that no longer apply are cancelled (app.reports.ical). Returns (dates, deliveries,
    cancelled) written."""
    from app.reports.ical import DEFAULT_REMINDERS, render_ics
    from app.services.outputs import check_output
    from app.services.portfolio import load

    path = check_output(path, db_path=db.path, suffix=".ics")
    portfolio = load(db)
    reminders = settings.reminder_days if settings else DEFAULT_REMINDERS
    return render_ics(portfolio, path, lang, today or date.today(), reminders)


__all__ = ["StatementError", "build_statement", "build_from_work_order", "render_pdf",
           "render_xlsx", "write_statements", "active_work_orders", "export_calendar",
           "file_stem", "unique_stems", "BatchResult"]
