"""Read the portfolio into domain objects, and write domain objects back as rows.

Services use these so that nothing above the store sees an ORM row.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from operator import attrgetter
from typing import Any

from sqlalchemy import Date, String, bindparam, type_coerce
from sqlmodel import Session, select

from app.domain.enums import Funding, LedgerKind, Mode, Role, Status, Unit
from app.domain.fields import DELIVERY_FIELDS, LINE_FIELDS, stored_values
from app.domain.model import Delivery, LedgerEntry, Location, Portfolio, ServiceLine, WorkOrder
from app.domain.money import to_text

from .tables import (
    Customer,
    DeliveryEventRow,
    DeliveryRow,
    LedgerRow,
    LocationRow,
    ServiceLineRow,
    WorkOrderRow,
)
from .types import DecimalText

# Loading reads plain tuples through the DB-API cursor and builds the domain objects directly:
# ORM instances cost about 20 times the sqlite3 read itself at 50,000 deliveries and 200,000
# ledger entries (bench/, path "portfolio check"). The values are converted as the column types
# would (DecimalText -> Decimal, DATE text -> date), so the result is the same.
_ROLE = {m.value: m for m in Role}
_UNIT = {m.value: m for m in Unit}
_FUNDING = {m.value: m for m in Funding}
_MODE = {m.value: m for m in Mode}
_STATUS = {m.value: m for m in Status}
_KIND = {m.value: m for m in LedgerKind}


class _Memo(dict):
    """text -> value, converted once: a portfolio repeats few distinct dates and amounts, and
    dates and Decimals are immutable, so equal texts may share one object."""

    def __init__(self, convert):
        super().__init__({None: None})
        self.convert = convert

    def __missing__(self, text):
        value = self[text] = self.convert(text)
        return value


def _to_date(value) -> date:
    """A date column read raw: ISO text on SQLite, a date already on databases with a DATE type."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _to_decimal(value) -> Decimal:
    """An amount column read raw, converted as DecimalText.process_result_value converts it:
    canonical text on SQLite; on PostgreSQL a NUMERIC, which keeps the trailing zeros of what
    was written, normalised the same way (equal Decimals share one memo entry, so the first one
    read must not decide the digits of the others)."""
    return Decimal(to_text(value)) if isinstance(value, Decimal) else Decimal(value)


#: The statements of :func:`_fetch`, built once: SQLAlchemy then finds each in its compiled
#: cache at once (building one anew and computing its cache key costs more than reading one work
#: order's rows: the window's refresh after an edit reads one work order).
_STATEMENTS: dict[tuple, Any] = {}


def _statement(table, columns: str, order: str, some: bool):
    key = (table, columns, order, some)
    q = _STATEMENTS.get(key)
    if q is None:
        t = table.__table__
        cols = [type_coerce(t.c[n], String) if isinstance(t.c[n].type, (DecimalText, Date)) else t.c[n]
                for n in (c.strip() for c in columns.split(","))]
        q = select(*cols)
        if some:
            q = q.where(t.c.work_order_id.in_(bindparam("work_order_ids", expanding=True)))
        q = _STATEMENTS[key] = q.order_by(*(t.c[o.strip()] for o in order.split(",")))
    return q


#: The SQL text of the whole portfolio's statements, per dialect (see _fetch).
_SQL: dict[tuple, str] = {}


def _fetch(session: Session, table, columns: str, ids: list[int] | None, order: str):
    """Rows of ``table`` (``columns``, the first being work_order_id) as plain tuples, through
    SQLAlchemy Core so any SQL database serves. Amount and date columns come back as their raw
    values (text on SQLite) and are converted once per distinct value by the caller.

    The whole portfolio's rows (``ids`` None) are read through the DB-API cursor of the
    session's own connection (its transaction, its snapshot), the statement compiled by
    SQLAlchemy for that dialect: every row otherwise passes through SQLAlchemy's result
    object, a tenth of the read at 200,000 ledger entries. No column read here has a result
    processor that would change its value (the raw ones are converted by the caller; booleans
    by ``bool``)."""
    conn = session.connection()
    if ids is not None:
        return conn.execute(_statement(table, columns, order, True), {"work_order_ids": ids})
    key = (table, columns, order, conn.dialect.name)
    sql = _SQL.get(key)
    if sql is None:
        sql = _SQL[key] = str(_statement(table, columns, order, False).compile(dialect=conn.dialect))
    return _cursor_rows(conn.connection.cursor(), sql)


def _cursor_rows(cursor, sql: str):
    """The rows of ``sql`` on a DB-API ``cursor``, row by row (no list of every row), the cursor
    closed after the last one (or when the reader stops)."""
    try:
        cursor.execute(sql)
        yield from cursor
    finally:
        cursor.close()


def load_headlines(session: Session, work_order_ids: list[int] | None = None) -> Portfolio:
    """The work orders alone (their own row and customer), without locations, lines, deliveries
    or ledger: one query (what the window shows while the rest is read)."""
    q = select(WorkOrderRow, Customer.name).join(Customer, Customer.id == WorkOrderRow.customer_id)
    if work_order_ids is not None:
        q = q.where(WorkOrderRow.id.in_(work_order_ids))
    rows = session.exec(q.order_by(Customer.name, WorkOrderRow.number)).all()
    return Portfolio(work_orders=[WorkOrder(id=r.id, number=r.number, customer=customer, term_start=r.term_start,
                                term_end=r.term_end, signed_on=r.signed_on, currency=r.currency,
                                rate_to_usd=r.rate_to_usd, base_amount=r.base_amount,
                                flex_allowance=r.flex_allowance, cancel_fee_pct=r.cancel_fee_pct,
                                archived_on=r.archived_on, version=r.version) for r, customer in rows])


def load_portfolio(session: Session, work_order_ids: list[int] | None = None) -> Portfolio:
    """The whole portfolio (or some work orders) as domain objects, in five queries."""
    wos: dict[int, WorkOrder] = {wo.id: wo for wo in load_headlines(session, work_order_ids).work_orders}
    ids = None if work_order_ids is None else list(wos)
    if ids == []:
        return Portfolio(work_orders=[])
    day, dec = _Memo(_to_date).__getitem__, _Memo(_to_decimal).__getitem__
    word = _Memo(str).__getitem__  # codes, references and titles repeat across rows: one copy each
    place = _Memo(int).__getitem__  # so do location ids (ints above 256 are new objects per row)

    locations = defaultdict(list)
    for w, i, country, role, cur, rate, value, version in _fetch(
            session, LocationRow, "work_order_id, id, country, role, currency, rate_to_usd, credit_value, "
            "version", ids, "id"):
        locations[w].append(Location(id=i, country=country, role=_ROLE[role], currency=cur,
                                     rate_to_usd=dec(rate), credit_value=dec(value), version=version))
    for w, locs in locations.items():
        if w in wos:
            # the host first, then the downstream locations in the order they were added
            wos[w].locations = sorted(locs, key=lambda x: x.role is not Role.HOST)

    unit, funding = _UNIT, _FUNDING
    for w, i, no, svc, qty, u, loc, fund, price, year, notes, travel, version in _fetch(
            session, ServiceLineRow, "work_order_id, id, line_no, service, quantity, unit, location_id, "
            "funding, unit_price, flex_year, notes, travel_prepaid, version", ids, "work_order_id, line_no"):
        if w in wos:
            wos[w].lines.append(ServiceLine(
                id=i, line_no=no, service=word(svc), quantity=dec(qty), unit=unit[u], location_id=loc,
                funding=funding[fund], unit_price=dec(price), flex_year=year, notes=notes,
                travel_prepaid=bool(travel), version=version))

    mode, status = _MODE, _STATUS
    deliveries = {w: wo.deliveries for w, wo in wos.items()}
    for (w, i, ref, svc, title, loc, m, st, req, first, last, credits, hours, changed, moved, fee,
         no, notes, qty, travel, version) in _fetch(
            session, DeliveryRow, "work_order_id, id, ref, service, title, location_id, mode, status, "
            "requested_on, first_day, last_day, credits, hours, changed_on, moved_from, fee, line_no, "
            "notes, quantity, travel_prepaid, version", ids, "id"):
        mine = deliveries.get(w)
        if mine is not None:
            mine.append(Delivery(
                id=i, ref=word(ref), service=word(svc), title=word(title), location_id=place(loc),
                mode=mode[m], status=status[st], requested_on=day(req), first_day=day(first),
                last_day=day(last), credits=dec(credits), hours=dec(hours), changed_on=day(changed),
                moved_from=day(moved), fee=dec(fee), line_no=no, notes=word(notes), quantity=dec(qty),
                travel_prepaid=bool(travel), version=version))

    by_id = {d.id: d for wo in wos.values() for d in wo.deliveries}
    if by_id:
        from app.domain.lifecycle import Action, ChangeEvent

        action = {a.value: a for a in Action}
        for _w, i, did, k, on, fb, fa, lb, la, fee, unit_ in _fetch(
                session, DeliveryEventRow, "work_order_id, id, delivery_id, kind, event_date, "
                "first_before, first_after, last_before, last_after, fee, fee_unit", ids, "id"):
            d = by_id.get(did)
            if d is not None:
                d.events.append(ChangeEvent(action[k], day(on), day(fb), day(fa), day(lb), day(la),
                                            dec(fee), unit_, i))

    kind = _KIND
    ledgers = {w: wo.ledger for w, wo in wos.items()}
    for w, i, on, loc, k, credits, hours, ref, other, notes in _fetch(
            session, LedgerRow, "work_order_id, id, entry_date, location_id, kind, credits, hours, "
            "reference, counterparty, notes", ids, "id"):
        entries = ledgers.get(w)
        if entries is not None:
            entries.append(LedgerEntry(
                id=i, on=day(on), location_id=place(loc), kind=kind[k], credits=dec(credits),
                hours=dec(hours), reference=word(ref), counterparty=word(other), notes=word(notes)))
    # in date order; sorted here, per work order, because the ledger is appended to in about
    # that order already (SQLite would sort all of it: no index on the date)
    by_date = attrgetter("on", "id")
    for wo in wos.values():
        wo.ledger.sort(key=by_date)
    return Portfolio(work_orders=list(wos.values()))


def load_work_order(session: Session, number: str) -> WorkOrder | None:
    wid = session.exec(select(WorkOrderRow.id).where(WorkOrderRow.number == number)).first()
    if wid is None:
        return None
    p = load_portfolio(session, [wid])
    return p.work_orders[0] if p.work_orders else None


def customer_id(session: Session, name: str) -> int:
    """The id of the customer of that name, created when new."""
    row = session.exec(select(Customer).where(Customer.name == name)).first()
    if row is None:
        row = Customer(name=name)
        session.add(row)
        session.flush()
    return row.id


def add_work_order(session: Session, wo: WorkOrder) -> WorkOrder:
    """Insert a complete work order (header, locations, lines, deliveries, ledger); fills ids."""
    row = WorkOrderRow(number=wo.number, customer_id=customer_id(session, wo.customer),
                       term_start=wo.term_start, term_end=wo.term_end, signed_on=wo.signed_on,
                       currency=wo.currency, rate_to_usd=wo.rate_to_usd,
                       base_amount=wo.base_amount, flex_allowance=wo.flex_allowance,
                       cancel_fee_pct=wo.cancel_fee_pct)
    session.add(row)
    session.flush()
    wo.id = row.id
    ids: dict[int | None, int] = {}
    for loc in wo.locations:
        lr = LocationRow(work_order_id=row.id, country=loc.country, role=loc.role.value,
                         currency=loc.currency, rate_to_usd=loc.rate_to_usd,
                         credit_value=loc.credit_value)
        session.add(lr)
        session.flush()
        ids[loc.id] = lr.id
        loc.id = lr.id
    for ln in wo.lines:
        ln.location_id = ids.get(ln.location_id, ln.location_id)
        session.add(ServiceLineRow(work_order_id=row.id, **stored_values(ln, LINE_FIELDS)))
    for d in wo.deliveries:
        d.location_id = ids.get(d.location_id, d.location_id)
        session.add(delivery_row(row.id, d))
    for e in wo.ledger:
        e.location_id = ids.get(e.location_id, e.location_id)
        session.add(ledger_row(row.id, e))
    session.flush()
    return wo


def delivery_row(work_order_id: int, d: Delivery) -> DeliveryRow:
    return DeliveryRow(work_order_id=work_order_id, **stored_values(d, DELIVERY_FIELDS))


def ledger_row(work_order_id: int, e: LedgerEntry) -> LedgerRow:
    return LedgerRow(work_order_id=work_order_id, location_id=e.location_id, entry_date=e.on,
                     kind=e.kind.value, credits=e.credits, hours=e.hours, reference=e.reference,
                     counterparty=e.counterparty, notes=e.notes)
