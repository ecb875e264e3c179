"""Plain data objects of the contract, as the rules see them (no ORM, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .enums import OUTFLOWS, Funding, LedgerKind, Mode, Role, Status, Unit
from .money import ZERO


@dataclass(slots=True, kw_only=True)
class Location:
    id: int | None
    country: str  # ISO 3166-1 alpha-2
    role: Role
    currency: str
    rate_to_usd: Decimal
    credit_value: Decimal  # value of one proactive credit, in this location's currency
    #: the stored row's version when read (app.store, issue 17): an edit is based on it
    version: int = field(default=1, compare=False)


@dataclass(slots=True, kw_only=True)
class ServiceLine:
    id: int | None
    line_no: int
    service: str  # catalog code
    quantity: Decimal
    unit: Unit
    location_id: int | None
    funding: Funding
    unit_price: Decimal = ZERO
    flex_year: int | None = None
    notes: str = ""
    travel_prepaid: bool = False  # onsite travel prepaid (seed 2.5, R-TRAVEL)
    #: the stored row's version when read (app.store, issue 17): an edit is based on it
    version: int = field(default=1, compare=False)

    @property
    def value(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass(slots=True, kw_only=True)
class Delivery:
    id: int | None
    ref: str  # the delivery's id within its work order, e.g. "D-007"
    service: str
    title: str
    location_id: int | None
    mode: Mode
    status: Status
    requested_on: date | None = None
    first_day: date | None = None
    last_day: date | None = None
    credits: Decimal = ZERO
    hours: Decimal = ZERO
    changed_on: date | None = None  # date of the cancellation or the last rescheduling
    moved_from: date | None = None  # first day before the last rescheduling (R-CANCEL-14)
    fee: Decimal = ZERO
    line_no: int | None = None  # the purchased line it draws on, when known
    notes: str = ""
    #: how much of its line's unit it uses (attendees, sessions, events, days...); None = derived:
    #: 1 per delivery, or the working days of its location from first to last day for day units
    quantity: Decimal | None = None
    travel_prepaid: bool = False  # onsite travel prepaid (seed 2.5, R-TRAVEL)
    #: its dated change events (app.domain.lifecycle.ChangeEvent), oldest first
    events: list[Any] = field(default_factory=list)
    #: the stored row's version when read (app.store, issue 17): an edit is based on it
    version: int = field(default=1, compare=False)

    @property
    def days(self) -> int:
        if self.first_day and self.last_day:
            return (self.last_day - self.first_day).days + 1
        return 0


@dataclass(slots=True, kw_only=True)
class LedgerEntry:
    id: int | None
    on: date
    location_id: int
    kind: LedgerKind
    credits: Decimal = ZERO
    hours: Decimal = ZERO
    reference: str = ""
    counterparty: str = ""  # for transfers: ISO country of the other location
    notes: str = ""

    def signed(self, amount: Decimal) -> Decimal:
        """The entry's effect on the balance: outflows are stored positive and subtract;
        an adjustment carries its own sign."""
        return -amount if self.kind in OUTFLOWS else amount

    @property
    def credits_delta(self) -> Decimal:
        return self.signed(self.credits)

    @property
    def hours_delta(self) -> Decimal:
        return self.signed(self.hours)


@dataclass(slots=True, kw_only=True)
class WorkOrder:
    id: int | None
    number: str
    customer: str
    term_start: date
    term_end: date
    signed_on: date | None = None
    currency: str = "USD"
    rate_to_usd: Decimal = Decimal(1)
    base_amount: Decimal = ZERO
    flex_allowance: Decimal = ZERO
    cancel_fee_pct: Decimal = Decimal(100)
    archived_on: date | None = None  # archived that day: kept, hidden from the portfolio by default
    locations: list[Location] = field(default_factory=list)
    lines: list[ServiceLine] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    ledger: list[LedgerEntry] = field(default_factory=list)
    #: the stored row's version when read (app.store, issue 17): an edit is based on it
    version: int = field(default=1, compare=False)

    def location(self, location_id: int | None) -> Location | None:
        return next((loc for loc in self.locations if loc.id == location_id), None)

    @property
    def host(self) -> Location | None:
        return next((loc for loc in self.locations if loc.role is Role.HOST), None)


@dataclass(slots=True, kw_only=True)
class Portfolio:
    work_orders: list[WorkOrder] = field(default_factory=list)
