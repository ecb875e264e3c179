"""Checks of single records before anything is saved. Each returns a list of (field, reason)
pairs; reasons are stable ids (no words here): the catalogue words them as ``validation.<reason>``
(app.messages.validation.reason_text) in the user's language."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from decimal import Decimal

from .dates import MAX_DATE, MIN_DATE
from .enums import Status, Unit
from .model import Delivery, LedgerEntry, Location, ServiceLine, WorkOrder
from .money import MAX_AMOUNT

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MAX_TEXT = 2000

Problems = list[tuple[str, str]]


def _date(problems: Problems, name: str, d: _dt.date | None) -> None:
    if d is not None and not (MIN_DATE <= d <= MAX_DATE):
        problems.append((name, "date_out_of_range"))


def _amount(problems: Problems, name: str, v: Decimal, positive: bool = False) -> None:
    if v is None:
        problems.append((name, "required"))
    elif not v.is_finite() or abs(v) > MAX_AMOUNT:
        problems.append((name, "too_large"))
    elif positive and v <= 0:
        problems.append((name, "not_positive"))
    elif v < 0:
        problems.append((name, "negative"))


def check_text(problems: Problems, name: str, text: str, required: bool = False) -> None:
    """Text typed by a person: control characters (other than tab and line breaks) and lone
    surrogates are refused before the blank test, so text made only of them is refused too;
    right-to-left and combining characters are kept as typed."""
    if text and any((ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF
                    for c in text):
        problems.append((name, "control_chars"))
        return
    if not text or not text.strip():
        if required:
            problems.append((name, "required"))
        return
    if len(text) > MAX_TEXT:
        problems.append((name, "too_long"))


def valid_country(code: str) -> bool:
    import pycountry

    return bool(code) and len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def validate_work_order(wo: WorkOrder) -> Problems:
    p: Problems = []
    check_text(p, "number", wo.number, required=True)
    check_text(p, "customer", wo.customer, required=True)
    for name in ("term_start", "term_end"):
        if getattr(wo, name) is None:
            p.append((name, "required"))
    _date(p, "term_start", wo.term_start)
    _date(p, "term_end", wo.term_end)
    _date(p, "signed_on", wo.signed_on)
    if wo.term_start and wo.term_end and wo.term_end < wo.term_start:
        p.append(("term_end", "end_before_start"))
    if not CURRENCY_RE.match(wo.currency or ""):
        p.append(("currency", "bad_currency"))
    _amount(p, "rate_to_usd", wo.rate_to_usd, positive=True)
    _amount(p, "base_amount", wo.base_amount)
    _amount(p, "flex_allowance", wo.flex_allowance)
    _amount(p, "cancel_fee_pct", wo.cancel_fee_pct)
    if wo.cancel_fee_pct is not None and not (0 <= wo.cancel_fee_pct <= 100):
        p.append(("cancel_fee_pct", "percent_range"))
    return p


def validate_location(loc: Location, others: Sequence[Location] = ()) -> Problems:
    p: Problems = []
    if not valid_country(loc.country):
        p.append(("country", "bad_country"))
    if not CURRENCY_RE.match(loc.currency or ""):
        p.append(("currency", "bad_currency"))
    _amount(p, "rate_to_usd", loc.rate_to_usd, positive=True)
    _amount(p, "credit_value", loc.credit_value, positive=True)
    for o in others:
        if o.id != loc.id and o.country == loc.country:
            p.append(("country", "duplicate"))
        if o.id != loc.id and o.role == loc.role and loc.role.value == "host":
            p.append(("role", "two_hosts"))
    return p


def validate_line(line: ServiceLine, wo: WorkOrder | None = None) -> Problems:
    from .catalog import catalog

    p: Problems = []
    if catalog().get(line.service) is None:
        p.append(("service", "unknown_service"))
    _amount(p, "quantity", line.quantity)
    _amount(p, "unit_price", line.unit_price)
    if line.flex_year is not None and line.flex_year < 1:
        p.append(("flex_year", "flex_year_range"))
    if wo is not None and line.location_id is not None and wo.location(line.location_id) is None:
        p.append(("location", "unknown_location"))
    check_text(p, "notes", line.notes)
    return p


#: Units counted in whole numbers: a delivery uses 12 seats, 2 sessions, 1 event, never 2.5.
WHOLE_UNITS = frozenset({Unit.SEATS, Unit.SESSIONS, Unit.EVENTS, Unit.EACH})
#: Units a delivery's quantity does not count: credits and hours are its Credits and Hours, a
#: per-delivery unit counts one each (app.domain.balances.delivery_quantity).
NOT_BY_QUANTITY = frozenset({Unit.CREDITS, Unit.HOURS, Unit.DELIVERIES})


def check_quantity(problems: Problems, quantity: Decimal | None, unit: Unit | None) -> None:
    """A delivery's quantity (None: derived), in its line's ``unit`` (None: no line known):
    more than zero; a whole number of a counted unit; none for a unit it does not count."""
    if quantity is None:
        return
    before = len(problems)
    _amount(problems, "quantity", quantity, positive=True)
    if len(problems) > before or unit is None:
        return
    if unit in NOT_BY_QUANTITY:
        problems.append(("quantity", "quantity_not_counted"))
    elif unit in WHOLE_UNITS and quantity != quantity.to_integral_value():
        problems.append(("quantity", "whole_number"))


def validate_delivery(d: Delivery, wo: WorkOrder | None = None, unit: Unit | None = None) -> Problems:
    """``unit``: the unit of the line it draws on, when ``wo`` is not given to find it."""
    from .catalog import catalog

    p: Problems = []
    check_text(p, "ref", d.ref, required=True)
    check_text(p, "title", d.title)
    check_text(p, "notes", d.notes)
    if catalog().get(d.service) is None:
        p.append(("service", "unknown_service"))
    for name in ("requested_on", "first_day", "last_day", "changed_on", "moved_from"):
        _date(p, name, getattr(d, name))
    if d.first_day and d.last_day and d.last_day < d.first_day:
        p.append(("last_day", "end_before_start"))
    if d.status in (Status.SCHEDULED, Status.DELIVERED) and not (d.first_day and d.last_day):
        p.append(("first_day", "needs_dates"))
    _amount(p, "credits", d.credits)
    _amount(p, "hours", d.hours)
    _amount(p, "fee", d.fee)
    if wo is not None:
        from .rules import lines_of

        line = lines_of(wo)(d)
        unit = line.unit if line is not None else None
    check_quantity(p, d.quantity, unit)
    if wo is not None and d.location_id is not None and wo.location(d.location_id) is None:
        p.append(("location", "unknown_location"))
    return p


def validate_entry(e: LedgerEntry, wo: WorkOrder | None = None) -> Problems:
    p: Problems = []
    _date(p, "date", e.on)
    for name in ("credits", "hours"):
        v = getattr(e, name)
        if v is None or not v.is_finite() or abs(v) > MAX_AMOUNT:
            p.append((name, "too_large"))
        elif v < 0 and e.kind.value != "adjustment":
            p.append((name, "negative"))
    if not p and not e.credits and not e.hours:
        p.append(("credits", "empty_entry"))  # lifecycle.check_entry: moves neither credits nor hours
    check_text(p, "reference", e.reference)
    check_text(p, "notes", e.notes)
    if wo is not None and wo.location(e.location_id) is None:
        p.append(("location", "unknown_location"))
    return p
