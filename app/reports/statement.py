"""The quarterly review statement: one data object per work order and quarter, in one language.

Built by :mod:`app.services.statements`, rendered twice (:mod:`app.reports.pdf`,
:mod:`app.reports.xlsx`). It holds values (Decimal amounts, dates) and the words already in the
statement's language (service names, statuses, finding messages); renderers only format them.
No Qt, no database here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from app.domain.dates import quarter_of

ZERO = Decimal(0)


@dataclass(frozen=True)
class StatementLocation:
    country: str  # ISO code
    name: str  # country name in the statement's language
    role: str  # role word in the statement's language
    is_host: bool
    currency: str
    credit_value: Decimal


@dataclass(frozen=True)
class Header:
    customer: str
    work_order: str
    term_start: date
    term_end: date
    locations: tuple[StatementLocation, ...]
    quarter: str  # "2026Q4"
    quarter_start: date
    quarter_end: date
    printed: date
    #: the day the findings were checked on: the quarter's end, or the print date if earlier
    as_of: date
    currency: str


@dataclass(frozen=True)
class ServiceRow:
    line_no: int
    code: str
    name: str  # in the statement's language
    mark: str  # ✓ Base Package, + bought on top
    location: str  # ISO code
    funding: str  # word in the statement's language
    unit: str  # unit value ("credits"), see unit_word for the words
    unit_word: str
    quantity: Decimal
    delivered_to_date: Decimal  # delivered on or before the quarter's end
    delivered_in_quarter: Decimal
    remaining: Decimal  # quantity - delivered to date
    notes: str = ""


@dataclass(frozen=True)
class BalanceRow:
    """One location's credits or hours over the quarter. Movement columns are signed (outflows
    negative) so that closing = opening + grants + draws + transfers_in + transfers_out + fees +
    other."""

    country: str
    is_host: bool
    unit: str  # "credits" | "hours"
    unit_word: str
    opening: Decimal
    grants: Decimal
    draws: Decimal
    transfers_in: Decimal
    transfers_out: Decimal
    fees: Decimal
    other: Decimal  # expiry and adjustments
    closing: Decimal

    @property
    def movements(self) -> tuple[Decimal, ...]:
        return (self.grants, self.draws, self.transfers_in, self.transfers_out, self.fees, self.other)


@dataclass(frozen=True)
class LedgerLine:
    on: date
    country: str
    kind: str  # LedgerKind value
    kind_word: str
    credits: Decimal  # signed effect on the balance
    hours: Decimal  # signed effect on the balance
    reference: str
    counterparty: str
    notes: str


@dataclass(frozen=True)
class StatementDelivery:
    ref: str
    code: str
    service_name: str
    title: str
    country: str
    status: str  # Status value
    status_word: str
    mode_word: str
    first_day: date | None
    last_day: date | None
    credits: Decimal
    hours: Decimal
    fee: Decimal
    fee_unit: str  # "credits", "hours" or a currency code
    fee_unit_word: str
    notes: str = ""
    fee_text: str = ""  # the fee counted in the reader's language ("16 часов"), "" when none


@dataclass(frozen=True)
class FindingRow:
    severity: str  # Severity value
    severity_word: str
    rule: str
    rule_name: str
    subject: str
    due: date
    days_left: int
    days_left_text: str
    section: str
    message: str


@dataclass(frozen=True)
class BurnSeries:
    """A step series: the balance after each change, as (day, balance) points from the term's
    start; ``planned`` runs over the whole term, ``delivered`` stops at the statement's day."""

    unit: str  # "credits" | "hours"
    unit_word: str
    planned: tuple[tuple[date, Decimal], ...]
    delivered: tuple[tuple[date, Decimal], ...]
    #: from the statement's day to the term end at the pace of the last 90 days (empty when
    #: the term is over or has not begun)
    forecast: tuple[tuple[date, Decimal], ...] = ()

    @property
    def top(self) -> Decimal:
        values = [v for _, v in self.planned + self.delivered + self.forecast]
        return max(values, default=ZERO)

    @property
    def bottom(self) -> Decimal:
        values = [v for _, v in self.planned + self.delivered + self.forecast]
        return min(values + [ZERO])


@dataclass(frozen=True)
class Totals:
    """Totals printed in both renderers (and checked against the ledger by the tests)."""

    credits_opening: Decimal
    credits_closing: Decimal
    hours_opening: Decimal
    hours_closing: Decimal
    credits_movements: tuple[Decimal, ...]
    hours_movements: tuple[Decimal, ...]


@dataclass(frozen=True)
class Contact:
    """The account manager printed on page 1 (a setting; empty fields are left out)."""

    name: str = ""
    email: str = ""
    phone: str = ""

    def __bool__(self) -> bool:
        return bool(self.name or self.email or self.phone)


@dataclass(frozen=True)
class ContractValue:
    currency: str
    base: Decimal
    flex_allowance: Decimal
    flex_allocated: Decimal
    flex_forfeited: Decimal  # the allowance not allocated: lost at signing (R-FLEX-SIGNING)
    additional: Decimal


@dataclass(frozen=True)
class Entitlement:
    """One entitlement as the balances engine counts it on the statement's day."""

    name: str  # in the statement's language
    unit: str
    unit_word: str
    purchased: Decimal  # purchased, granted and transferred (net)
    delivered: Decimal  # delivered and fees
    scheduled: Decimal
    remaining: Decimal
    expiring: Decimal  # left at the term end when only what is scheduled is delivered


@dataclass(frozen=True)
class ActionDate:
    """A contract date that needs the customer's action, worded as what to do by when."""

    kind: str  # app.reports.dates.KINDS
    on: date
    days_left: int
    text: str


@dataclass(frozen=True)
class Risk:
    """What may expire unused at the term end at the pace of the last 90 days."""

    unit: str
    unit_word: str
    remaining: Decimal
    scheduled: Decimal
    forecast_use: Decimal  # what the pace would use from today to the term end
    at_risk: Decimal


@dataclass
class Statement:
    lang: str
    header: Header
    services: list[ServiceRow] = field(default_factory=list)
    balances: list[BalanceRow] = field(default_factory=list)
    ledger: list[LedgerLine] = field(default_factory=list)
    deliveries: list[StatementDelivery] = field(default_factory=list)  # of the quarter
    upcoming: list[StatementDelivery] = field(default_factory=list)  # next quarter, and undated open ones
    findings: list[FindingRow] = field(default_factory=list)
    burn: list[BurnSeries] = field(default_factory=list)
    today: date | None = None  # the day marked on the burn-down chart ("Today")
    #: a past quarter's statement: its last day, marked on the chart instead of today (the
    #: statement is the state as of then; nothing later is drawn)
    chart_as_of: date | None = None
    #: "customer" (default: no rule ids, internal notes or severity colours; findings left out)
    #: or "internal"; both editions are rendered from the same object
    edition: str = "customer"
    contact: Contact = field(default_factory=Contact)
    value: ContractValue | None = None
    term_pct: int = 0  # share of the term elapsed on the statement's day
    entitlements: list[Entitlement] = field(default_factory=list)
    actions: list[ActionDate] = field(default_factory=list)  # upcoming, nearest first
    past_actions: list[str] = field(default_factory=list)  # one line per kind, in words
    risks: list[Risk] = field(default_factory=list)

    @property
    def internal(self) -> bool:
        return self.edition == "internal"

    def as_edition(self, edition: str) -> Statement:
        """The same statement in the other edition (no rebuilding)."""
        from dataclasses import replace

        return replace(self, edition=edition)

    def totals(self) -> Totals:
        def total(unit: str, attr: str) -> Decimal:
            return sum((getattr(b, attr) for b in self.balances if b.unit == unit), ZERO)

        def moves(unit: str) -> tuple[Decimal, ...]:
            rows = [b.movements for b in self.balances if b.unit == unit]
            return tuple(sum(col, ZERO) for col in zip(*rows, strict=True)) if rows else (ZERO,) * 6

        return Totals(total("credits", "opening"), total("credits", "closing"),
                      total("hours", "opening"), total("hours", "closing"),
                      moves("credits"), moves("hours"))

    @property
    def next_quarter(self) -> str:
        return quarter_of(self.header.quarter_end + timedelta(days=1))
