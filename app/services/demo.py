"""A realistic demo portfolio around a given day: host Kazakhstan, downstream locations in the
neighbouring countries and one in Japan, deliveries in every status, and at least one finding of
every check of the rules page."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from decimal import Decimal as D

from app.domain.dates import anniversary
from app.domain.enums import Funding, LedgerKind, Mode, Role, Status, Unit
from app.domain.model import Delivery, LedgerEntry, Location, ServiceLine, WorkOrder
from app.domain.rules import r_xfer_round


def _loc(i, country, role, currency, rate, value):
    return Location(id=i, country=country, role=Role(role), currency=currency, rate_to_usd=D(rate),
                    credit_value=D(value))


KZ = lambda i: _loc(i, "KZ", "host", "KZT", "0.0019", "1050000")  # noqa: E731
KG = lambda i: _loc(i, "KG", "downstream", "KGS", "0.0115", "174000")  # noqa: E731
UZ = lambda i: _loc(i, "UZ", "downstream", "UZS", "0.000079", "25300000")  # noqa: E731
JP = lambda i: _loc(i, "JP", "downstream", "JPY", "0.0066", "303000")  # noqa: E731


def _line(no, service, qty, unit, loc, funding="additional", price="0", year=None, notes="",
          travel_prepaid=False):
    return ServiceLine(id=None, line_no=no, service=service, quantity=D(qty), unit=Unit(unit),
                       location_id=loc, funding=Funding(funding), unit_price=D(price), flex_year=year,
                       notes=notes, travel_prepaid=travel_prepaid)


def _dlv(ref, service, title, loc, status, *, mode="remote", req=None, first=None, last=None,
         credits="0", hours="0", changed=None, moved=None, fee="0", line=None, notes="",
         quantity=None, travel_prepaid=False):
    return Delivery(id=None, ref=ref, service=service, title=title, location_id=loc, mode=Mode(mode),
                    status=Status(status), requested_on=req, first_day=first, last_day=last,
                    credits=D(credits), hours=D(hours), changed_on=changed, moved_from=moved,
                    fee=D(fee), line_no=line, notes=notes,
                    quantity=None if quantity is None else D(quantity), travel_prepaid=travel_prepaid)


def _led(on, loc, kind, credits="0", hours="0", ref="", other="", notes=""):
    return LedgerEntry(id=None, on=on, location_id=loc, kind=LedgerKind(kind), credits=D(credits),
                       hours=D(hours), reference=ref, counterparty=other, notes=notes)


def _wo(number, customer, start, end, signed, currency, rate, base, flex, fee_pct):
    return WorkOrder(id=None, number=number, customer=customer, term_start=start, term_end=end,
                     signed_on=signed, currency=currency, rate_to_usd=rate, base_amount=base,
                     flex_allowance=flex, cancel_fee_pct=fee_pct)


def _next_weekday(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def demo_work_orders(today: date) -> list[WorkOrder]:
    t = lambda n: today + timedelta(days=n)  # noqa: E731

    # A — ends in 25 days: requests overdue, balances about to expire, a late cancellation,
    # a Japanese downstream location, a transfer to an unlisted country, EDE on a holiday.
    a = _wo("UES-KZ-2025-014", "Астана Цифрлық Банкі", t(-340), t(25), t(-352),
                  "USD", D("1"), D("1250000"), D("0"), D("100"))
    a.locations = [KZ(1), KG(2), UZ(3), JP(4)]
    a.lines = [
        _line(1, "PROACTIVE_CREDITS", "120", "credits", 1, price="2000"),
        _line(2, "RAPAAS", "24", "credits", 1, price="2000"),
        _line(3, "WORKSHOPS", "30", "seats", 1, price="900", notes="Azure security & <AD> hardening"),
        _line(4, "EDE", "200", "hours", 1, price="250"),
        _line(5, "ODA", "1", "each", 1, funding="base"),
        _line(6, "ADVISORY", "1", "each", 1, funding="base"),
        _line(7, "CHALK_TALKS", "4", "sessions", 2, price="3500"),
        _line(8, "WORKSHOPS", "6", "seats", 4, price="900", notes="Tokyo office"),
    ]
    a.deliveries = [
        _dlv("D-001", "RAPAAS", "Active Directory RAP as a Service", 1, "delivered", req=t(-300),
             first=t(-250), last=t(-246), credits="12", line=2),
        _dlv("D-002", "WORKSHOPS", "Azure security workshop, Almaty", 1, "delivered", mode="onsite",
             req=t(-260), first=t(-200), last=t(-198), line=3, quantity="12", travel_prepaid=True),
        _dlv("D-003", "CHALK_TALKS", "Chalk talk: Exchange Online migration", 2, "requested",
             req=t(-20), line=7),  # requested after the last request day (t-35)
        _dlv("D-004", "RAPAAS", "SQL Server RAP as a Service", 1, "cancelled", req=t(-120),
             first=t(-40), last=t(-38), credits="12", changed=t(-47), fee="12", line=2),
        _dlv("D-005", "EDE", "EDE: quarterly platform review", 1, "scheduled", req=t(-90),
             first=_next_weekday(t(8), 4), last=_next_weekday(t(8), 4) + timedelta(days=2),
             hours="16", line=4, notes="Friday to Sunday: weekend days need a waiver"),
        _dlv("D-006", "WORKSHOPS", "Power BI admin workshop, Bishkek", 2, "scheduled", mode="onsite",
             req=t(-70), first=t(18), last=t(19), line=3),
        _dlv("D-007", "EDE", "EDE: incident post-mortems", 1, "delivered", req=t(-200),
             first=t(-150), last=t(-140), hours="80", line=4),
    ]
    a.ledger = [
        _led(t(-340), 1, "grant", credits="120", hours="200", ref="WO UES-KZ-2025-014"),
        _led(t(-246), 1, "draw", credits="12", ref="D-001"),
        _led(t(-140), 1, "draw", hours="80", ref="D-007"),
        _led(t(-47), 1, "fee", credits="12", ref="D-004", notes="ledger.late_cancellation"),
        _led(t(-100), 1, "transfer out", credits="10", ref="X-1", other="KG"),
        _led(t(-100), 2, "transfer in", credits=str(r_xfer_round(D(10), a.locations[0], a.locations[1])),
             ref="X-1", other="KZ",
             notes="10 credits from KZ, rounded up (USSD 2.4)"),
        _led(t(-60), 1, "transfer out", credits="5", ref="X-2", other="TM",
             notes="Turkmenistan office"),
    ]

    # B — second year of flex: over the credit cap, SDM bought with flex, flex not fully
    # allocated, UER onboarding due, AEM events confirmed late / too long / to confirm,
    # a plan that overdraws credits, a flex purchase delivered outside its year.
    b_start = t(-70)
    b_end = anniversary(b_start, 2) - timedelta(days=1)
    b = _wo("UES-KZ-2026-027", "Қарағанды Энергия", b_start, b_end, t(-80),
                  "USD", D("1"), D("2400000"), D("400000"), D("100"))
    b.locations = [KZ(1), KG(2)]
    b.lines = [
        _line(1, "PROACTIVE_CREDITS", "50", "credits", 1, funding="flex", price="2000", year=1),
        _line(2, "CUSTOM_PROACTIVE", "20", "days", 1, funding="flex", price="2500", year=1),
        _line(3, "SDM_ADDON", "100", "hours", 1, funding="flex", price="300", year=1),
        _line(4, "UER", "1", "each", 1, price="180000"),
        _line(5, "AEM", "4", "events", 1, price="15000"),
        _line(6, "POP", "30", "credits", 2, price="2000"),
        _line(7, "RCA", "1", "each", 1, funding="flex", price="6000", year=1,
              notes="Reactive: not what flex buys (USSD 2.1)"),
    ]
    y1_end = anniversary(b_start, 1) - timedelta(days=1)
    b.deliveries = [
        _dlv("D-101", "AEM", "Black Friday sale, payments platform", 1, "scheduled", req=t(-5),
             first=t(30), last=t(33), line=5),
        _dlv("D-102", "AEM", "Year-end billing run", 1, "planned", first=t(60), last=t(62), line=5),
        _dlv("D-103", "AEM", "Nauryz campaign", 1, "requested", req=t(-10), first=t(110),
             last=t(116), line=5),
        _dlv("D-104", "CUSTOM_PROACTIVE", "Custom: OT network segmentation review", 1, "scheduled",
             req=t(-30), first=y1_end + timedelta(days=10), last=y1_end + timedelta(days=12), line=2),
        _dlv("D-105", "POP", "POP: Windows Server patching", 2, "planned", first=t(45), last=t(46),
             credits="40", line=6),
        _dlv("D-106", "PROACTIVE_CREDITS", "Security assessment (credits)", 1, "scheduled",
             req=t(-15), first=t(40), last=t(41), credits="16"),
    ]
    b.ledger = [
        _led(b_start, 1, "grant", credits="50", ref="WO UES-KZ-2026-027 flex y1"),
        _led(b_start, 2, "grant", credits="30", ref="WO UES-KZ-2026-027"),
    ]

    # C — just started: SAB to convert, a ledger that went below zero, a reschedule inside 14 days.
    c = _wo("UES-KG-2026-003", "Алатау Логистика", t(-10), t(354), t(-14),
                  "USD", D("1"), D("600000"), D("0"), D("50"))
    c.locations = [KZ(1), UZ(2)]
    c.lines = [
        _line(1, "PROACTIVE_CREDITS", "40", "credits", 1, price="2000"),
        _line(2, "WORKSHOPS", "10", "seats", 2, funding="SAB", notes="SAB training vouchers"),
        _line(3, "ASSESS_PROGRAM", "8", "credits", 1, price="2000"),
    ]
    c.deliveries = [
        _dlv("D-201", "ASSESS_PROGRAM", "Assessment program kick-off", 1, "scheduled", req=t(-9),
             first=t(12), last=t(12), credits="8", changed=t(-2), moved=t(5), line=3,
             notes="Moved at the customer's request"),
        _dlv("D-202", "WORKSHOPS", "SAB workshop: Teams governance", 2, "planned", first=t(50),
             last=t(50), line=2),
    ]
    c.ledger = [
        _led(t(-10), 1, "grant", credits="40", ref="WO UES-KG-2026-003"),
        _led(t(-8), 1, "draw", credits="45", ref="D-199", notes="Drawn before the grant was corrected"),
        _led(t(-3), 1, "adjustment", credits="5", ref="ADJ-1", notes="Correction of D-199"),
    ]

    # D — last request day in 15 days: purchased services not yet requested.
    d_start = anniversary(t(75), -1) + timedelta(days=1)
    d = _wo("UES-KZ-2025-022", "Steppe Retail Group", d_start, t(75), d_start - timedelta(days=5),
                  "EUR", D("1.08"), D("900000"), D("0"), D("100"))
    d.locations = [_loc(1, "KZ", "host", "EUR", "1.08", "1850"), _loc(2, "GE", "downstream", "GEL", "0.37", "5400")]
    d.lines = [
        _line(1, "PROACTIVE_CREDITS", "60", "credits", 1, price="1850"),
        _line(2, "STA", "80", "hours", 1, price="220"),
        _line(3, "DEV_SUPPORT", "40", "hours", 2, price="240"),
    ]
    d.deliveries = [
        _dlv("D-301", "STA", "STA: monthly advisory", 1, "delivered", req=d_start, first=d_start + timedelta(days=30),
             last=d_start + timedelta(days=200), hours="30", line=2),
        _dlv("D-302", "PROACTIVE_CREDITS", "Azure cost optimisation review", 1, "requested",
             req=t(-12), credits="14"),
        _dlv("D-303", "ODA", "On-demand Assessment: remote help with the findings", 1, "scheduled",
             req=t(-20), first=_next_weekday(t(20), 0), last=_next_weekday(t(20), 0) + timedelta(days=4),
             notes="Extra help is one day remote (USSD 2.2)"),
    ]
    d.ledger = [
        _led(d_start, 1, "grant", credits="60", hours="80", ref="WO UES-KZ-2025-022"),
        _led(d_start + timedelta(days=200), 1, "draw", hours="30", ref="D-301"),
    ]

    # E — ended 20 days ago with credits left: expired.
    e_end = t(-20)
    e = _wo("UES-KZ-2025-005", "Ертіс Өнеркәсіп", anniversary(e_end, -1) + timedelta(days=1),
                  e_end, anniversary(e_end, -1) - timedelta(days=3), "KZT", D("0.0019"), D("310000000"),
                  D("0"), D("100"))
    e.locations = [KZ(1)]
    e.lines = [_line(1, "PROACTIVE_CREDITS", "20", "credits", 1, price="1050000")]
    e.deliveries = [
        _dlv("D-401", "PROACTIVE_CREDITS", "Exchange health check", 1, "delivered",
             req=e.term_start + timedelta(days=20), first=e.term_start + timedelta(days=60),
             last=e.term_start + timedelta(days=61), credits="12"),
    ]
    e.ledger = [
        _led(e.term_start, 1, "grant", credits="20", ref="WO UES-KZ-2025-005"),
        _led(e.term_start + timedelta(days=61), 1, "draw", credits="12", ref="D-401"),
    ]
    return [a, b, c, d, e]


# --------------------------------------------------------------------------- loading the demo
#: The history's action that marks a work order the demo wrote (``record_id`` its id,
#: ``work_order_id`` left empty so the mark does not show in the work order's History tab).
DEMO_MARK = "demo"


class DemoRefused(Exception):
    """The database holds data and the demo was not told to replace its own work orders."""


def holds_anything(db) -> bool:
    """True when the database has a work order, a customer or any history at all."""
    from sqlalchemy import text

    with db.read() as s:
        for table in ("work_order", "customer", "history"):
            if s.connection().execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first():
                return True
    return False


def demo_work_order_ids(session) -> set[int]:
    """Ids of the work orders the demo wrote itself: the newest insert-or-mark history row of
    the record is the demo's mark (an id SQLite reused for a work order of the user's has a
    newer plain insert)."""
    from sqlalchemy import text

    rows = session.connection().execute(text(
        "SELECT record_id, action FROM history WHERE table_name = 'work_order' "
        "AND action IN ('insert', :mark) ORDER BY id"), {"mark": DEMO_MARK}).all()
    latest: dict[int, str] = {}
    for record_id, action in rows:
        if record_id is not None:
            latest[record_id] = action
    return {rid for rid, action in latest.items() if action == DEMO_MARK}


def load(db, today: date, replace: bool = False) -> tuple[list[str], list[str]]:
    """Write the demo portfolio; returns (numbers written, numbers skipped).

    On a database that holds anything, refuses (:class:`DemoRefused`) unless ``replace``; then
    only the work orders the demo wrote itself are replaced, and a demo work order whose number
    a work order of the user's already has is skipped (the user's is never touched)."""
    from datetime import datetime

    from sqlmodel import delete, select

    from app.store.audit import current_user, db_role
    from app.store.repo import add_work_order
    from app.store.tables import DeliveryRow, History, LedgerRow, LocationRow, ServiceLineRow, WorkOrderRow

    if not replace and holds_anything(db):
        raise DemoRefused(str(db.path))
    wos = demo_work_orders(today)
    numbers = [wo.number for wo in wos]
    written, skipped = [], []
    with db.session() as s:
        found = dict(s.exec(select(WorkOrderRow.number, WorkOrderRow.id)
                            .where(WorkOrderRow.number.in_(numbers))).all())
        ours = demo_work_order_ids(s) if found else set()
        replace_ids = [i for i in found.values() if i in ours]
        if replace_ids:
            for table in (LedgerRow, DeliveryRow, ServiceLineRow, LocationRow):
                s.exec(delete(table).where(table.work_order_id.in_(replace_ids)))
            s.exec(delete(WorkOrderRow).where(WorkOrderRow.id.in_(replace_ids)))
        for wo in wos:
            if wo.number in found and found[wo.number] not in ours:
                skipped.append(wo.number)
                continue
            add_work_order(s, wo)
            s.add(History(at=datetime.now(UTC), user=current_user(), db_role=db_role(s),
                          table_name="work_order", record_id=wo.id, work_order_id=None,
                          action=DEMO_MARK, field="", old=None, new=wo.number))
            written.append(wo.number)
    return written, skipped
