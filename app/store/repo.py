"""Read the portfolio into domain objects, and write domain objects back as rows.

Services use these so that nothing above the store sees an ORM row.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, select

from app.domain.enums import Funding, LedgerKind, Mode, Role, Status, Unit
from app.domain.model import Delivery, LedgerEntry, Location, Portfolio, ServiceLine, WorkOrder

from .tables import Customer, DeliveryRow, LedgerRow, LocationRow, ServiceLineRow, WorkOrderRow


def _location(r: LocationRow) -> Location:
    return Location(r.id, r.country, Role(r.role), r.currency, r.rate_to_usd, r.credit_value)


def _line(r: ServiceLineRow) -> ServiceLine:
    return ServiceLine(r.id, r.line_no, r.service, r.quantity, Unit(r.unit), r.location_id,
                       Funding(r.funding), r.unit_price, r.flex_year, r.notes)


def _delivery(r: DeliveryRow) -> Delivery:
    return Delivery(r.id, r.ref, r.service, r.title, r.location_id, Mode(r.mode), Status(r.status),
                    r.requested_on, r.first_day, r.last_day, r.credits, r.hours, r.changed_on,
                    r.moved_from, r.fee, r.line_no, r.notes)


def _entry(r: LedgerRow) -> LedgerEntry:
    return LedgerEntry(r.id, r.entry_date, r.location_id, LedgerKind(r.kind), r.credits, r.hours,
                       r.reference, r.counterparty, r.notes)


def load_portfolio(session: Session, work_order_ids: list[int] | None = None) -> Portfolio:
    """The whole portfolio (or some work orders) as domain objects, in five queries."""
    q = select(WorkOrderRow, Customer.name).join(Customer, Customer.id == WorkOrderRow.customer_id)
    if work_order_ids is not None:
        q = q.where(WorkOrderRow.id.in_(work_order_ids))
    rows = session.exec(q.order_by(Customer.name, WorkOrderRow.number)).all()
    wos: dict[int, WorkOrder] = {}
    for r, customer in rows:
        wos[r.id] = WorkOrder(r.id, r.number, customer, r.term_start, r.term_end, r.signed_on,
                              r.currency, r.rate_to_usd, r.base_amount, r.flex_allowance,
                              r.cancel_fee_pct)
    ids = list(wos)

    def children(table, order):
        q = select(table)
        if work_order_ids is not None:
            q = q.where(table.work_order_id.in_(ids))
        by = defaultdict(list)
        for row in session.exec(q.order_by(*order)).all():
            by[row.work_order_id].append(row)
        return by

    for wid, rs in children(LocationRow, (LocationRow.id,)).items():
        if wid in wos:
            # the host first, then the downstream locations in the order they were added
            wos[wid].locations = sorted((_location(r) for r in rs), key=lambda x: x.role is not Role.HOST)
    for wid, rs in children(ServiceLineRow, (ServiceLineRow.line_no,)).items():
        if wid in wos:
            wos[wid].lines = [_line(r) for r in rs]
    for wid, rs in children(DeliveryRow, (DeliveryRow.id,)).items():
        if wid in wos:
            wos[wid].deliveries = [_delivery(r) for r in rs]
    for wid, rs in children(LedgerRow, (LedgerRow.entry_date, LedgerRow.id)).items():
        if wid in wos:
            wos[wid].ledger = [_entry(r) for r in rs]
    return Portfolio(list(wos.values()))


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
        session.add(ServiceLineRow(work_order_id=row.id, line_no=ln.line_no, service=ln.service,
                                   quantity=ln.quantity, unit=ln.unit.value,
                                   location_id=ln.location_id, funding=ln.funding.value,
                                   unit_price=ln.unit_price, flex_year=ln.flex_year,
                                   notes=ln.notes))
    for d in wo.deliveries:
        d.location_id = ids.get(d.location_id, d.location_id)
        session.add(delivery_row(row.id, d))
    for e in wo.ledger:
        e.location_id = ids.get(e.location_id, e.location_id)
        session.add(ledger_row(row.id, e))
    session.flush()
    return wo


def delivery_row(work_order_id: int, d: Delivery) -> DeliveryRow:
    return DeliveryRow(work_order_id=work_order_id, ref=d.ref, service=d.service, title=d.title,
                       location_id=d.location_id, mode=d.mode.value, status=d.status.value,
                       requested_on=d.requested_on, first_day=d.first_day, last_day=d.last_day,
                       credits=d.credits, hours=d.hours, changed_on=d.changed_on,
                       moved_from=d.moved_from, fee=d.fee, line_no=d.line_no, notes=d.notes)


def ledger_row(work_order_id: int, e: LedgerEntry) -> LedgerRow:
    return LedgerRow(work_order_id=work_order_id, location_id=e.location_id, entry_date=e.on,
                     kind=e.kind.value, credits=e.credits, hours=e.hours, reference=e.reference,
                     counterparty=e.counterparty, notes=e.notes)
