"""A 10,000-line CSV import against its floor (issue 14):

    python -m bench.import_csv [--size 10000] [--repeat 3]

The CSV is the service lines of the cached benchmark workbook (bench/generate.py), written as a
semicolon-separated cp1251 file with Russian headers and decimal commas, as 1C exports it; the
database it goes into already holds their work orders and locations (imported untimed).

- path: ``plan_import`` + ``commit`` of the CSV (detect the encoding and separator, read,
  validate, write the lines in one transaction);
- floor: reading the same file with the ``csv`` module, plus the current import floor's work for
  the same records: openpyxl read-only reading every cell of them as an .xlsx.

Target: path <= 1.5 x floor. Prints a line for people and one JSON object last, like
bench/cases.py (``{"status", "path", "floor", "detail"}``); the csv-module time alone is in
``csv_only``.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import generate as gen
from .cases import alternate, read_openpyxl

TARGET = 1.5
RU_HEADERS = {"work_order": "Заказ на выполнение работ", "line_no": "Строка", "service": "Услуга",
              "quantity": "Количество", "unit": "Единица", "location": "Место", "funding": "Источник оплаты",
              "unit_price": "Цена за единицу", "flex_year": "Год гибкого лимита", "notes": "Примечания"}


def _text(v) -> str:
    from decimal import Decimal

    if v is None:
        return ""
    if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
        return str(v).replace(".", ",")
    return str(v)


def prepare(size: int, work: Path) -> tuple[Path, Path, Path]:
    """(the CSV of the service lines, the same records as an .xlsx, a database holding their
    work orders and locations)."""
    from openpyxl import Workbook, load_workbook

    from app.services.importer import commit, plan_import
    from app.store.db import open_db
    from app.workbook.format import SHEET_BY_KEY

    book = gen.workbook(size)
    wb = load_workbook(book, read_only=True)
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    services = sheets[SHEET_BY_KEY["services"].title("en")]
    head = [c.key for c in SHEET_BY_KEY["services"].columns]
    header_keys = [next(c.key for c in SHEET_BY_KEY["services"].columns if c.header("en") == h)
                   for h in services[0]]
    assert header_keys == head[:len(header_keys)]
    csv_path = work / "services.csv"
    with csv_path.open("w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow([RU_HEADERS.get(k, k) for k in header_keys])
        for row in services[1:]:
            w.writerow([_text(v) for v in row])
    xlsx_path = work / "services.xlsx"
    out = Workbook(write_only=True)
    ws = out.create_sheet("Services")
    for row in services:
        ws.append(row)
    out.save(xlsx_path)
    base = work / "base.db"
    heads = work / "heads.xlsx"
    out = Workbook(write_only=True)
    for key in ("work_orders", "locations"):
        ws = out.create_sheet(SHEET_BY_KEY[key].title("en"))
        for row in sheets[SHEET_BY_KEY[key].title("en")]:
            ws.append(row)
    out.save(heads)
    db = open_db(base, create=True)
    try:
        plan = plan_import(db, heads, "en")
        if plan.problems:
            raise RuntimeError(f"work orders rejected: {[p.text() for p in plan.problems[:3]]}")
        commit(db, plan)
    finally:
        db.close()
    return csv_path, xlsx_path, base


def read_csv_module(path: Path) -> int:
    n = 0
    with path.open(encoding="cp1251", newline="") as f:
        for row in csv.reader(f, delimiter=";"):
            for _value in row:
                n += 1
    return n


def measure(size: int, repeat: int) -> dict:
    from app.services.importer import commit, plan_import
    from app.store.db import open_db

    work = Path(tempfile.mkdtemp(prefix="bench-import-csv-"))
    dbs = []
    try:
        csv_path, xlsx_path, base = prepare(size, work)

        def setup(name):
            if name == "floor":
                return None
            target = work / f"db{len(dbs)}.db"
            shutil.copyfile(base, target)
            db = open_db(target)
            dbs.append(db)
            return db

        def path(db):
            plan = plan_import(db, csv_path, "ru")
            if plan.problems:
                raise RuntimeError(f"the CSV was rejected: {[p.text() for p in plan.problems[:3]]}")
            return commit(db, plan)

        def floor(_arg):
            return read_csv_module(csv_path) + read_openpyxl(xlsx_path)

        times = alternate(path, floor, repeat, setup)
        counts = commit(dbs[-1], plan_import(dbs[-1], csv_path, "ru"))  # again: nothing changes
        csv_only = []
        for _ in range(repeat):
            t = time.perf_counter()
            read_csv_module(csv_path)
            csv_only.append(time.perf_counter() - t)
    finally:
        for db in dbs:
            db.close()
        shutil.rmtree(work, ignore_errors=True)
    return {"status": "ok", **times, "csv_only": csv_only,
            "detail": f"{size} service lines from a cp1251 ;-separated CSV; re-import: {counts}"}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.import_csv", description=__doc__.splitlines()[0])
    p.add_argument("--size", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    result = measure(args.size, args.repeat)
    path, floor = statistics.median(result["path"]), statistics.median(result["floor"])
    print(f"CSV import, {args.size} lines: {path:.2f} s; floor (csv module + openpyxl of the same "
          f"records) {floor:.2f} s; ratio {path / floor:.2f} (target <= {TARGET}); csv module alone "
          f"{statistics.median(result['csv_only']):.3f} s", file=sys.stderr)
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
