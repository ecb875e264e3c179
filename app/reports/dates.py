"""Every contract date of a work order, whether or not it is a finding yet: the statement's
"next dates that need action" and the calendar both read this one list.

A date has a stable ``key`` (its kind and subject, never its day), so that the same date moved
to another day is the same calendar event, and a date that no longer applies (the delivery was
cancelled or delivered) can be exported as cancelled. No database here; the words (what the
customer must do by when) come from the message catalogue (app/messages/statement.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.domain import catalog as cat_mod
from app.domain.dates import (
    aem_confirm_by,
    flex_year_bounds,
    last_free_change_day,
    last_request_day,
    sab_conversion_days,
    uer_onboarding_last_day,
)
from app.domain.enums import Funding, Status
from app.domain.model import Delivery, WorkOrder

#: The kinds, in the order the statement lists dates of one day.
KINDS = ("last_request", "free_change", "aem_confirm", "uer_onboard", "sab_convert",
         "flex_year_end", "term_end")


@dataclass(frozen=True)
class ContractDate:
    kind: str  # one of KINDS
    on: date
    key: str  # stable: kind and subject, not the day
    work_order: str
    customer: str
    country: str = ""  # ISO code of the location it concerns (the host's when none)
    delivery: Delivery | None = None
    year: int | None = None  # flex year
    params: dict = field(default_factory=dict, compare=False, hash=False)


def contract_dates(wo: WorkOrder) -> list[ContractDate]:
    """The work order's dates (past and to come), sorted by day and kind."""
    host = wo.host.country if wo.host else ""

    def new(kind: str, on: date, subject: str, **kw) -> ContractDate:
        return ContractDate(kind, on, f"{wo.number}\x1f{kind}\x1f{subject}", wo.number,
                            wo.customer, kw.pop("country", host), **kw)

    out = [new("term_end", wo.term_end, ""), new("last_request", last_request_day(wo.term_end), "")]
    for d in wo.deliveries:
        if d.first_day is None:
            continue
        loc = wo.location(d.location_id)
        country = loc.country if loc else host
        if d.status in (Status.SCHEDULED, Status.REQUESTED):
            out.append(new("free_change", last_free_change_day(d.first_day), d.ref,
                           country=country, delivery=d))
        if d.service == cat_mod.AEM and d.status in (Status.PLANNED, Status.REQUESTED, Status.SCHEDULED):
            out.append(new("aem_confirm", aem_confirm_by(d.first_day), d.ref, country=country,
                           delivery=d))
    if any(ln.service == cat_mod.UER for ln in wo.lines):
        onboarded = any(d.service == cat_mod.UER and d.status is Status.DELIVERED for d in wo.deliveries)
        if not onboarded:
            out.append(new("uer_onboard", uer_onboarding_last_day(wo.term_start), ""))
    if any(ln.funding is Funding.SAB for ln in wo.lines):
        for n, day in enumerate(sab_conversion_days(wo.term_start, wo.term_end), 1):
            out.append(new("sab_convert", day, str(n), year=n))
    years = sorted({ln.flex_year for ln in wo.lines
                    if ln.funding is Funding.FLEX and ln.flex_year is not None})
    for year in years:
        end = min(flex_year_bounds(wo.term_start, year)[1], wo.term_end)
        out.append(new("flex_year_end", end, str(year), year=year))
    return sorted(out, key=lambda c: (c.on, KINDS.index(c.kind), c.key))


def left_to_request(wo: WorkOrder, on: date) -> list[tuple[Decimal, str]]:
    """(amount, unit) per pool kind still free on ``on``: remaining less what is scheduled (the
    balances engine)."""
    from app.domain.balances import work_order_balances

    totals: dict[str, Decimal] = {}
    for b in work_order_balances(wo, on):
        if b.kind != "line":
            totals[b.kind] = totals.get(b.kind, Decimal(0)) + b.remaining - b.scheduled
    return [(totals[k], k) for k in ("credits", "hours") if k in totals]


def amounts_text(parts: list[tuple[Decimal, str]], lang: str) -> str:
    """"81 credits and 104 hours" (amounts above zero only)."""
    from app import texts
    from app.messages import t

    words = [texts.count(f"unit.{u}", a, lang) for a, u in parts if a > 0]  # "81 кредит", "104 сағат"
    if len(words) > 1:
        return t("statement.and", lang, a=", ".join(words[:-1]), b=words[-1])
    return words[0] if words else ""


def what_text(c: ContractDate, lang: str) -> str:
    """The delivery a date is about, as the customer knows it: ``D-006 «Power BI workshop»``."""
    from app.domain.catalog import catalog

    d = c.delivery
    if d is None:
        return ""
    svc = catalog().get(d.service)
    return f"{d.ref} «{d.title or (svc.name(lang) if svc else d.service)}»"


def action_text(c: ContractDate, lang: str, left: str) -> str:
    """What the customer must do by when (``left``: what is still free, in words)."""
    from app.messages import t

    from .labels import fmt_day

    day = fmt_day(c.on, lang)
    if c.kind == "last_request" and not left:
        return t("statement.action.last_request_none", lang, date=day)
    return t(f"statement.action.{c.kind}", lang, date=day, left=left, what=what_text(c, lang), year=c.year)
