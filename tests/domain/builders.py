"""Small builders of domain objects for rule tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.enums import Funding, LedgerKind, Mode, Role, Status, Unit
from app.domain.model import Delivery, LedgerEntry, Location, ServiceLine, WorkOrder


def wo(start=date(2026, 1, 1), end=date(2026, 12, 31), **kw) -> WorkOrder:
    w = WorkOrder(1, kw.pop("number", "WO-1"), kw.pop("customer", "Тұтынушы"), start, end,
                  kw.pop("signed_on", start), kw.pop("currency", "USD"), D(kw.pop("rate", "1")),
                  D(kw.pop("base", "0")), D(kw.pop("flex", "0")), D(kw.pop("fee_pct", "100")))
    w.locations = kw.pop("locations", [loc()])
    w.lines = kw.pop("lines", [])
    w.deliveries = kw.pop("deliveries", [])
    w.ledger = kw.pop("ledger", [])
    assert not kw, kw
    return w


def loc(i=1, country="KZ", role="host", currency="USD", rate="1", value="1000") -> Location:
    return Location(i, country, Role(role), currency, D(rate), D(value))


def line(no=1, service="RAPAAS", qty="10", unit="credits", location=1, funding="additional",
         price="0", year=None) -> ServiceLine:
    return ServiceLine(no, no, service, D(qty), Unit(unit), location, Funding(funding), D(price), year)


def dlv(ref="D-1", service="RAPAAS", status="scheduled", *, req=None, first=None, last=None,
        credits="0", hours="0", changed=None, moved=None, fee="0", location=1, line_no=None,
        mode="remote") -> Delivery:
    return Delivery(None, ref, service, f"title {ref}", location, Mode(mode), Status(status), req,
                    first, last or first, D(credits), D(hours), changed, moved, D(fee), line_no)


def entry(on, kind="grant", credits="0", hours="0", location=1, other="", i=None) -> LedgerEntry:
    return LedgerEntry(i, on, location, LedgerKind(kind), D(credits), D(hours), "", other)
