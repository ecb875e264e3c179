"""Small builders of domain objects for rule tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.enums import Funding, LedgerKind, Mode, Role, Status, Unit
from app.domain.model import Delivery, LedgerEntry, Location, ServiceLine, WorkOrder


def wo(start=date(2026, 1, 1), end=date(2026, 12, 31), **kw) -> WorkOrder:
    w = WorkOrder(id=1, number=kw.pop("number", "WO-1"), customer=kw.pop("customer", "Тұтынушы"), term_start=start, term_end=end,
                  signed_on=kw.pop("signed_on", start), currency=kw.pop("currency", "USD"), rate_to_usd=D(kw.pop("rate", "1")),
                  base_amount=D(kw.pop("base", "0")), flex_allowance=D(kw.pop("flex", "0")), cancel_fee_pct=D(kw.pop("fee_pct", "100")))
    w.locations = kw.pop("locations", [loc()])
    w.lines = kw.pop("lines", [])
    w.deliveries = kw.pop("deliveries", [])
    w.ledger = kw.pop("ledger", [])
    assert not kw, kw
    return w


def loc(i=1, country="KZ", role="host", currency="USD", rate="1", value="1000") -> Location:
    return Location(id=i, country=country, role=Role(role), currency=currency, rate_to_usd=D(rate), credit_value=D(value))


def line(no=1, service="RAPAAS", qty="10", unit="credits", location=1, funding="additional",
         price="0", year=None) -> ServiceLine:
    return ServiceLine(id=no, line_no=no, service=service, quantity=D(qty), unit=Unit(unit), location_id=location, funding=Funding(funding), unit_price=D(price), flex_year=year)


def dlv(ref="D-1", service="RAPAAS", status="scheduled", *, req=None, first=None, last=None,
        credits="0", hours="0", changed=None, moved=None, fee="0", location=1, line_no=None,
        mode="remote") -> Delivery:
    return Delivery(id=None, ref=ref, service=service, title=f"title {ref}", location_id=location, mode=Mode(mode), status=Status(status), requested_on=req,
                    first_day=first, last_day=last or first, credits=D(credits), hours=D(hours), changed_on=changed, moved_from=moved, fee=D(fee), line_no=line_no)


def entry(on, kind="grant", credits="0", hours="0", location=1, other="", i=None) -> LedgerEntry:
    return LedgerEntry(id=i, on=on, location_id=location, kind=LedgerKind(kind), credits=D(credits), hours=D(hours), reference="", counterparty=other)
