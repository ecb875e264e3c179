"""The contract model as SQLModel tables. Amounts are Decimal stored as text; vocabularies
(unit, role, funding, mode, status, kind) are stored as their English values."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Integer, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from .types import DecimalText

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING
metadata: MetaData = SQLModel.metadata


def _dec(default: str | None = "0", nullable: bool = False):
    return Field(default=Decimal(default) if default is not None else None,
                 sa_type=DecimalText, nullable=nullable)


def _version():
    """The row's version: 1 when inserted, one more on every update (app.services.changes);
    an edit based on an older one is refused (StaleEdit, issue 17)."""
    return Field(default=1, sa_column=Column(Integer, nullable=False, server_default="1"))


def _fk(target: str, nullable: bool = False, ondelete: str = "CASCADE"):
    return Field(default=None, sa_column=Column(
        Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True))


class Customer(SQLModel, table=True):
    __tablename__ = "customer"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300, unique=True)


class WorkOrderRow(SQLModel, table=True):
    __tablename__ = "work_order"
    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(max_length=100, unique=True)
    customer_id: int = _fk("customer.id", ondelete="RESTRICT")
    term_start: date
    term_end: date
    signed_on: date | None = None
    currency: str = Field(default="USD", max_length=3)
    rate_to_usd: Decimal = _dec("1")
    base_amount: Decimal = _dec()
    flex_allowance: Decimal = _dec()
    cancel_fee_pct: Decimal = _dec("100")
    notes: str = Field(default="")
    archived_on: date | None = None  # archived that day (migration 0006); None: in use
    #: the database role of the account manager who owns it, and its team (migration 0008);
    #: None: unowned (rows from before team mode, or an SQLite file)
    owner: str | None = Field(default=None, max_length=200, index=True)
    team: str | None = Field(default=None, max_length=100, index=True)
    version: int = _version()


class LocationRow(SQLModel, table=True):
    __tablename__ = "location"
    __table_args__ = (UniqueConstraint("work_order_id", "country"),)
    id: int | None = Field(default=None, primary_key=True)
    work_order_id: int = _fk("work_order.id")
    country: str = Field(max_length=2)
    role: str = Field(max_length=20)
    currency: str = Field(max_length=3)
    rate_to_usd: Decimal = _dec("1")
    credit_value: Decimal = _dec("1")
    version: int = _version()


class ServiceLineRow(SQLModel, table=True):
    __tablename__ = "service_line"
    __table_args__ = (UniqueConstraint("work_order_id", "line_no"),)
    id: int | None = Field(default=None, primary_key=True)
    work_order_id: int = _fk("work_order.id")
    line_no: int
    service: str = Field(max_length=40)
    quantity: Decimal = _dec()
    unit: str = Field(max_length=20)
    location_id: int | None = _fk("location.id", nullable=True, ondelete="SET NULL")
    funding: str = Field(max_length=20)
    unit_price: Decimal = _dec()
    flex_year: int | None = None
    notes: str = Field(default="")
    travel_prepaid: bool = Field(default=False)
    version: int = _version()


class DeliveryRow(SQLModel, table=True):
    __tablename__ = "delivery"
    __table_args__ = (UniqueConstraint("work_order_id", "ref"),)
    id: int | None = Field(default=None, primary_key=True)
    work_order_id: int = _fk("work_order.id")
    ref: str = Field(max_length=40)
    service: str = Field(max_length=40)
    title: str = Field(default="")
    location_id: int | None = _fk("location.id", nullable=True, ondelete="SET NULL")
    mode: str = Field(default="remote", max_length=20)
    status: str = Field(default="planned", max_length=20)
    requested_on: date | None = None
    first_day: date | None = None
    last_day: date | None = None
    credits: Decimal = _dec()
    hours: Decimal = _dec()
    changed_on: date | None = None
    moved_from: date | None = None
    fee: Decimal = _dec()
    line_no: int | None = None
    notes: str = Field(default="")
    quantity: Decimal | None = _dec(None, nullable=True)  # None: derived (docs/balances.md)
    travel_prepaid: bool = Field(default=False)
    version: int = _version()


class DeliveryEventRow(SQLModel, table=True):
    """One dated change of a delivery (request, schedule, reschedule, delivery, cancellation,
    reversal): the first and last day in force before and after it, and the fee it cost."""

    __tablename__ = "delivery_event"
    id: int | None = Field(default=None, primary_key=True)
    work_order_id: int = _fk("work_order.id")
    delivery_id: int = _fk("delivery.id")
    kind: str = Field(max_length=20)
    event_date: date
    first_before: date | None = None
    first_after: date | None = None
    last_before: date | None = None
    last_after: date | None = None
    fee: Decimal = _dec()
    fee_unit: str = Field(default="", max_length=20)


class LedgerRow(SQLModel, table=True):
    """Append-only: rows are added, never updated; a correction is a new entry."""

    __tablename__ = "ledger_entry"
    id: int | None = Field(default=None, primary_key=True)
    work_order_id: int = _fk("work_order.id")
    location_id: int = _fk("location.id", ondelete="RESTRICT")
    entry_date: date
    kind: str = Field(max_length=20)
    credits: Decimal = _dec()
    hours: Decimal = _dec()
    reference: str = Field(default="")
    counterparty: str = Field(default="", max_length=2)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class History(SQLModel, table=True):
    """Every change to the tables above, written by :mod:`app.store.audit` in the same
    transaction: an insert or delete is one row holding the whole record as JSON (``new`` or
    ``old``); an update is one row per changed field."""

    __tablename__ = "history"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)  # UTC
    user: str = Field(default="", max_length=200)  # the OS user
    db_role: str | None = Field(default=None, max_length=200)  # the database role (migration 0008)
    table_name: str = Field(max_length=40)
    record_id: int | None = None
    work_order_id: int | None = Field(default=None, index=True)
    action: str = Field(max_length=10)  # insert | update | delete
    field: str = Field(default="", max_length=60)
    old: str | None = None
    new: str | None = None


class TeamMemberRow(SQLModel, table=True):
    """A person (a database role) in a team: ``kind`` is manager, lead or reviewer (migration
    0008; used on a team database only, see :mod:`app.store.team`)."""

    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("role_name", "team"),)
    id: int | None = Field(default=None, primary_key=True)
    role_name: str = Field(max_length=200)
    team: str = Field(max_length=100)
    kind: str = Field(max_length=20)


class ImportProfileRow(SQLModel, table=True):
    """A remembered import: the normalised header set of the files it is for, the columns the
    user mapped (header as written, folded -> field key) and the service names chosen
    (name as written -> catalog code), both as JSON objects."""

    __tablename__ = "import_profile"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    headers: str = Field(default="[]")  # JSON list of folded header texts, sorted
    columns: str = Field(default="{}")  # JSON {folded header: field key}
    services: str = Field(default="{}")  # JSON {service name as written: catalog code}
    updated_at: datetime = Field(default_factory=lambda: datetime.now(UTC))


class OfflineCopy(SQLModel, table=True):
    """In a laptop file made by ``offline take`` (migration 0010): where it was taken from, when
    and by whom, and which work orders (JSON list of numbers). Empty in any other database."""

    __tablename__ = "offline_copy"
    id: int | None = Field(default=None, primary_key=True)
    source: str = Field(max_length=500)
    taken_at: datetime
    user: str = Field(default="", max_length=200)
    work_orders: str = Field(default="[]")
    brought_at: datetime | None = None


class OfflineBase(SQLModel, table=True):
    """The base state of one copied record (its values as JSON text, ids as on the server), so
    that ``offline bring`` tells a change on the laptop from one on the server. ``row_id`` is the
    record's id in the laptop file, ``server_id`` its id on the server."""

    __tablename__ = "offline_base"
    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=40)
    row_id: int
    server_id: int
    values: str = Field(default="{}")


#: What only a laptop copy made by ``offline take`` holds: where and when it was taken, and the
#: base state of its records. It belongs to that file, never to a database it is copied into.
LAPTOP_TABLES = frozenset({OfflineCopy.__tablename__, OfflineBase.__tablename__})


def planner_tables() -> list:
    """The tables a whole database is made of (copied by ``migrate``, counted to verify a copy or
    a backup), parents before children: every table but the laptop copy's own."""
    return [t for t in metadata.sorted_tables if t.name not in LAPTOP_TABLES]
