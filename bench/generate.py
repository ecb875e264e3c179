"""Synthetic portfolios and workbooks for the benchmarks, cached in bench/.cache/.

A portfolio of N work orders has, per work order, 2-4 locations (a host and downstream ones),
10 service lines from the catalog, 50 deliveries in every status and 200 ledger entries (grants,
draws, transfers between its own locations, fees, adjustments): at 1,000 work orders that is
50,000 deliveries and 200,000 ledger entries. Rows go in through SQLAlchemy Core ``executemany``
on the app's own tables, into a database created by ``app.store.db.open_db`` (real schema and
migrations), so amounts pass through the DecimalText column type.

``python -m bench.generate [--sizes 10 100 1000] [--workbook 10000]`` fills the cache.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache"
#: The day every benchmark checks the portfolio on (the tests' TODAY).
TODAY = date(2026, 11, 25)
QUARTER = "2026Q4"
#: Bump when the generated data changes, so stale caches are rebuilt.
VERSION = 2

# country, currency, rate to USD, value of one credit in that currency
COUNTRIES = [
    ("KZ", "KZT", "0.0019", "1050000"), ("KG", "KGS", "0.0115", "174000"),
    ("UZ", "UZS", "0.000079", "25300000"), ("RU", "RUB", "0.011", "182000"),
    ("TJ", "TJS", "0.092", "21700"), ("AZ", "AZN", "0.59", "3400"), ("GE", "GEL", "0.37", "5400"),
    ("AM", "AMD", "0.0026", "770000"), ("TR", "TRY", "0.029", "69000"), ("JP", "JPY", "0.0066", "303000"),
    ("DE", "EUR", "1.08", "1850"), ("AE", "AED", "0.27", "7350"), ("MN", "MNT", "0.00029", "6900000"),
]
CUSTOMER_WORDS = ["Астана", "Алатау", "Қарағанды", "Шымкент", "Каспий", "Байқоңыр", "Ертіс",
                  "Almaty", "Steppe", "Turan", "Орда", "Сарыарқа", "Жетісу", "Nomad"]
CUSTOMER_KINDS = ["Цифрлық Банкі", "Энергия", "Логистика", "Телеком", "Mining Group", "Ұлттық Теміржол",
                  "Финанс", "Газ", "Retail", "Медицина", "Агро", "Университеті"]
TITLES = ["Workshop: {s}, {c}", "RAP as a Service: {s}", "Chalk talk — {s} & <AD>",
          "Assessment {s} (phase {n})", "{s}: квартальный обзор", "{s}: тоқсандық шолу", "{s} review #{n}"]
STATUSES = ["planned"] * 2 + ["requested"] * 2 + ["scheduled"] * 3 + ["delivered"] * 6 + ["cancelled"]
LEDGER_KINDS = (["draw"] * 10 + ["grant"] * 2 + ["transfer out", "transfer in"] + ["fee"]
                + ["adjustment"] + ["expiry"])


@dataclass(frozen=True)
class Shape:
    """Rows per work order."""

    lines: int = 10
    deliveries: int = 50
    ledger: int = 200


PORTFOLIO = Shape()
#: The import workbook: service lines are what grows; a few deliveries and ledger rows ride along.
WORKBOOK = Shape(lines=10, deliveries=3, ledger=4)


def _services():
    from app.domain.catalog import catalog

    return [s for s in catalog()]


def work_orders(n: int, shape: Shape = PORTFOLIO, seed: int = 7) -> dict[str, list[dict]]:
    """Rows (as dicts keyed by column name) for every table, with explicit ids."""
    rnd = random.Random(seed * 1_000_003 + n)
    services = _services()
    by_unit: dict[str, list] = {}
    for s in services:
        by_unit.setdefault(s.unit.value, []).append(s)
    n_customers = max(1, n // 3)
    customers = []
    seen = set()
    for i in range(n_customers):
        name = f"{rnd.choice(CUSTOMER_WORDS)} {rnd.choice(CUSTOMER_KINDS)}"
        if name in seen:
            name = f"{name} {i}"
        seen.add(name)
        customers.append({"id": i + 1, "name": name})
    rows = {"customer": customers, "work_order": [], "location": [], "service_line": [],
            "delivery": [], "ledger_entry": []}
    created = datetime(2026, 1, 1, tzinfo=UTC)
    loc_id = line_id = dlv_id = led_id = 0
    for w in range(1, n + 1):
        host = COUNTRIES[rnd.randrange(3)]
        start = TODAY - timedelta(days=rnd.randrange(30, 900))
        years = rnd.choice((1, 2, 3, 3))
        end = date(start.year + years, start.month, min(start.day, 28)) - timedelta(days=1)
        flex = Decimal(rnd.choice((0, 0, 150000, 400000)))
        rows["work_order"].append({
            "id": w, "number": f"UES-{host[0]}-{start.year}-{w:04d}",
            "customer_id": rnd.randrange(n_customers) + 1, "term_start": start, "term_end": end,
            "signed_on": start - timedelta(days=rnd.randrange(1, 30)), "currency": "USD",
            "rate_to_usd": Decimal("1"), "base_amount": Decimal(rnd.randrange(300, 3000) * 1000),
            "flex_allowance": flex, "cancel_fee_pct": Decimal(rnd.choice((50, 100, 100))), "notes": ""})
        countries = [host] + rnd.sample([c for c in COUNTRIES if c is not host], rnd.randrange(1, 4))
        locs = []
        for j, (code, cur, rate, value) in enumerate(countries):
            loc_id += 1
            locs.append((loc_id, code))
            rows["location"].append({
                "id": loc_id, "work_order_id": w, "country": code, "role": "host" if j == 0 else "downstream",
                "currency": cur, "rate_to_usd": Decimal(rate), "credit_value": Decimal(value)})
        lines = []
        for no in range(1, shape.lines + 1):
            svc = rnd.choice(services)
            funding = "base" if svc.base else rnd.choice(("additional", "additional", "flex", "SAB"))
            qty = Decimal(rnd.choice((1, 2, 4, 10, 24, 40, 120, 200)))
            line_id += 1
            loc = rnd.choice(locs)
            lines.append((no, svc, loc[0]))
            rows["service_line"].append({
                "id": line_id, "work_order_id": w, "line_no": no, "service": svc.code, "quantity": qty,
                "unit": svc.unit.value, "location_id": loc[0], "funding": funding,
                "unit_price": Decimal(rnd.randrange(0, 400) * 25) / 2,
                "flex_year": rnd.randrange(1, years + 1) if funding == "flex" else None,
                "notes": rnd.choice(("", "", "Almaty office", "=SUM(A1) is text", "Ескертпе"))})
        span = max(1, (end - start).days)
        for k in range(1, shape.deliveries + 1):
            no, svc, loc = rnd.choice(lines)
            status = rnd.choice(STATUSES)
            first = start + timedelta(days=rnd.randrange(span))
            last = first + timedelta(days=rnd.randrange(0, 5))
            requested = first - timedelta(days=rnd.randrange(10, 120)) if status != "planned" else None
            changed = moved = None
            fee = Decimal(0)
            if status == "cancelled":
                changed = first - timedelta(days=rnd.randrange(0, 30))
            elif status == "scheduled" and rnd.random() < 0.2:
                moved = first - timedelta(days=rnd.randrange(3, 20))
                changed = moved - timedelta(days=rnd.randrange(0, 20))
            credits = Decimal(rnd.randrange(1, 20)) if svc.unit.value == "credits" else Decimal(0)
            hours = Decimal(rnd.randrange(1, 40) * 2) if svc.unit.value == "hours" else Decimal(0)
            if status == "cancelled" and changed and changed > first - timedelta(days=14):
                fee = credits or hours
            dlv_id += 1
            rows["delivery"].append({
                "id": dlv_id, "work_order_id": w, "ref": f"D-{k:03d}", "service": svc.code,
                "title": rnd.choice(TITLES).format(s=svc.name(rnd.choice(("en", "ru", "kk"))),
                                                   c=countries[0][0], n=k),
                "location_id": loc, "mode": rnd.choice(("remote", "remote", "onsite")), "status": status,
                "requested_on": requested, "first_day": first if status != "planned" or k % 2 else None,
                "last_day": last if status != "planned" or k % 2 else None, "credits": credits,
                "hours": hours, "changed_on": changed, "moved_from": moved, "fee": fee,
                "line_no": no if k % 3 else None, "notes": ""})
        for k in range(shape.ledger):
            loc, code = locs[0] if k < 2 else rnd.choice(locs)
            kind = "grant" if k < 2 else rnd.choice(LEDGER_KINDS)
            other = ""
            if kind.startswith("transfer") and len(locs) > 1:
                other = rnd.choice([c for _, c in locs if c != code])
            elif kind.startswith("transfer"):
                kind = "draw"
            amount = Decimal(rnd.randrange(400, 2000) if kind == "grant" else rnd.randrange(1, 12))
            if kind == "adjustment" and rnd.random() < 0.5:
                amount = -amount
            led_id += 1
            rows["ledger_entry"].append({
                "id": led_id, "work_order_id": w, "location_id": loc,
                "entry_date": start + timedelta(days=rnd.randrange(span) if k >= 2 else 0), "kind": kind,
                "credits": amount, "hours": amount * 2 if kind == "grant" else Decimal(0),
                "reference": f"D-{rnd.randrange(1, shape.deliveries + 1):03d}" if kind == "draw" else f"X-{k}",
                "counterparty": other, "notes": "", "created_at": created})
    return rows


def write_db(path: Path, rows: dict[str, list[dict]]) -> None:
    """Create the database through the app (schema by migration), then bulk insert."""
    from sqlalchemy import insert

    from app.store import tables
    from app.store.db import open_db

    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists():
            p.unlink()
    db = open_db(path)
    try:
        order = [(tables.Customer, "customer"), (tables.WorkOrderRow, "work_order"),
                 (tables.LocationRow, "location"), (tables.ServiceLineRow, "service_line"),
                 (tables.DeliveryRow, "delivery"), (tables.LedgerRow, "ledger_entry")]
        with db.engine.begin() as conn:
            for table, key in order:
                conn.execute(insert(table.__table__), rows[key])
        with db.engine.connect() as conn:  # leave a small, checkpointed file behind
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("ANALYZE")
    finally:
        db.close()


def schema() -> str:
    """The schema revision the app migrates to (part of the cache key)."""
    from app.store.db import head_revision

    return head_revision()


def portfolio_db(n: int, *, force: bool = False) -> Path:
    """The cached database of ``n`` work orders (built on first use)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"portfolio-{n}-v{VERSION}-{schema()}.db"
    if force or not path.exists():
        t = time.perf_counter()
        tmp = path.with_name(path.name + ".tmp.db")
        write_db(tmp, work_orders(n))
        os.replace(tmp, path)
        _drop_side_files(tmp)
        print(f"  generated {path.name} in {time.perf_counter() - t:.1f} s", flush=True)
    return path


def _drop_side_files(db: Path) -> None:
    for p in db.parent.glob(db.name + "*"):  # the app's lock file of the temporary name
        p.unlink(missing_ok=True)


def copy_db(src: Path, dst: Path) -> Path:
    """A private copy of a cached database (for paths that write or migrate)."""
    import shutil

    shutil.copyfile(src, dst)
    return dst


# ------------------------------------------------------------------------------ workbooks

def write_workbook(path: Path, rows: dict[str, list[dict]]) -> None:
    """The import format, as the app exports it (app.services.exporter); when the exporter is
    not there, written here from the format's headers (app/workbook/format.py)."""
    try:
        from app.services.exporter import export
    except ImportError:
        return _write_workbook_here(path, rows)
    from app.store.db import open_db

    db_path = path.with_name(path.stem + ".db")
    write_db(db_path, rows)
    db = open_db(db_path)
    try:
        export(db, path, "en")
    finally:
        db.close()
        _drop_side_files(db_path)


def _write_workbook_here(path: Path, rows: dict[str, list[dict]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from app.workbook.format import SHEET_BY_KEY

    wos = {r["id"]: r for r in rows["work_order"]}
    customers = {r["id"]: r["name"] for r in rows["customer"]}
    locs = {r["id"]: r for r in rows["location"]}
    number = lambda wid: wos[wid]["number"]  # noqa: E731
    country = lambda lid: locs[lid]["country"] if lid else None  # noqa: E731
    records = {
        "work_orders": [dict(r, work_order=r["number"], customer=customers[r["customer_id"]])
                        for r in rows["work_order"]],
        "locations": [dict(r, work_order=number(r["work_order_id"])) for r in rows["location"]],
        "services": [dict(r, work_order=number(r["work_order_id"]), location=country(r["location_id"]))
                     for r in rows["service_line"]],
        "deliveries": [dict(r, work_order=number(r["work_order_id"]), location=country(r["location_id"]))
                       for r in rows["delivery"]],
        "ledger": [dict(r, work_order=number(r["work_order_id"]), on=r["entry_date"],
                        location=country(r["location_id"])) for r in rows["ledger_entry"]],
    }
    wb = Workbook(write_only=True)

    def text_safe(ws, v):
        if isinstance(v, str) and v[:1] in ("=", "+", "-", "@"):
            c = WriteOnlyCell(ws, value=v)
            c.data_type = "s"
            return c
        return v

    for key, recs in records.items():
        sheet = SHEET_BY_KEY[key]
        ws = wb.create_sheet(sheet.title("en"))
        ws.append([c.header("en") for c in sheet.columns])
        keys = [c.key for c in sheet.columns]
        for r in recs:
            ws.append([text_safe(ws, r.get(k)) for k in keys])
    wb.save(path)


def workbook(lines: int, *, force: bool = False) -> Path:
    """The cached import workbook with ``lines`` service lines (10 per work order)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"workbook-{lines}-v{VERSION}-{schema()}.xlsx"
    if force or not path.exists():
        t = time.perf_counter()
        tmp = path.with_name(path.stem + ".tmp.xlsx")
        write_workbook(tmp, work_orders(max(1, lines // WORKBOOK.lines), WORKBOOK, seed=11))
        os.replace(tmp, path)
        print(f"  generated {path.name} in {time.perf_counter() - t:.1f} s", flush=True)
    return path


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 1000])
    p.add_argument("--workbook", type=int, nargs="*", default=[1000, 10000])
    p.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = p.parse_args(argv)
    for n in args.sizes:
        print(portfolio_db(n, force=args.force))
    for n in args.workbook:
        print(workbook(n, force=args.force))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
