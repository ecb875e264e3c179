"""The in-process measurements, each run in a fresh worker process by bench/run.py:

    python -m bench.cases CASE --repeat N [--size N]

prints one JSON object on its last line: {"status": "ok"|"missing"|"error", "path": [seconds...],
"floor": [seconds...], "detail": ...}. The path and its floor are timed alternately in the same
process (path, floor, path, floor, ...) after one untimed warm-up of each, so that both see the
same machine state; the garbage of one sample is collected before the next is timed.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path

from . import generate as gen

TABLES = ("customer", "work_order", "location", "service_line", "delivery", "ledger_entry")


class Missing(Exception):
    """The code a path measures has not landed yet."""


def need(module: str, *attrs: str):
    """Import ``module`` and return its ``attrs``; Missing when it (or one of them) is not there."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise Missing(f"{module} not found") from None
        raise
    out = []
    for a in attrs:
        if not hasattr(mod, a):
            raise Missing(f"{module}.{a} not found")
        out.append(getattr(mod, a))
    return out[0] if len(out) == 1 else out


_WORK = Path(tempfile.mkdtemp(prefix="bench-case-"))


def private_db(size: int) -> Path:
    """A private copy of the cached portfolio: the app locks the file it opens (and may back it
    up), so concurrent runs never collide and the cache stays untouched."""
    return gen.copy_db(gen.portfolio_db(size), _WORK / f"portfolio-{size}.db")


def alternate(path, floor, repeat: int, setup=None) -> dict:
    """Warm up each once, then time them alternately ``repeat`` times. ``setup()`` (untimed) runs
    before every call of either and returns the argument passed to it."""
    times = {"path": [], "floor": []}
    for i in range(repeat + 1):
        for name, fn in (("path", path), ("floor", floor)):
            arg = setup(name) if setup else None
            gc.collect()
            t = time.perf_counter()
            result = fn(arg) if setup else fn()
            elapsed = time.perf_counter() - t
            del result
            if i:  # the first round is the warm-up
                times[name].append(elapsed)
    return times


# ------------------------------------------------------------------------------ portfolio check

def read_all_sqlite(path: Path) -> int:
    """The floor: every row of every table with the sqlite3 module."""
    con = sqlite3.connect(path)
    try:
        return sum(len(con.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES)
    finally:
        con.close()


def case_check(size: int, repeat: int) -> dict:
    from app.services import portfolio
    from app.store.db import open_db

    src = private_db(size)
    db = open_db(src)
    try:
        times = alternate(lambda: portfolio.check(db, gen.TODAY), lambda: read_all_sqlite(src), repeat)
        findings = len(portfolio.check(db, gen.TODAY))
    finally:
        db.close()
    return {**times, "detail": f"{size} work orders, {findings} findings"}


# ------------------------------------------------------------------------------ import

def read_openpyxl(path: Path) -> int:
    """The floor: every cell value of every sheet, openpyxl in read-only mode."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for _value in row:
                    n += 1
    finally:
        wb.close()
    return n


def case_import(size: int, repeat: int) -> dict:
    plan_import, commit = need("app.services.importer", "plan_import", "commit")
    from app.store.db import open_db

    book = gen.workbook(size)
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    empty = work / "empty.db"
    open_db(empty).close()
    dbs = []

    def setup(name):
        if name == "floor":
            return None
        target = work / f"db{len(dbs)}.db"
        shutil.copyfile(empty, target)
        db = open_db(target)
        dbs.append(db)
        return db

    def path(db):
        plan = plan_import(db, book, "en")
        if plan.problems:
            raise RuntimeError(f"the generated workbook was rejected: {plan.problems[:3]}")
        return commit(db, plan)

    try:
        times = alternate(path, lambda _arg: read_openpyxl(book), repeat, setup)
        counts = commit(dbs[-1], plan_import(dbs[-1], book, "en"))  # again: nothing changes
    finally:
        for db in dbs:
            db.close()
        shutil.rmtree(work, ignore_errors=True)
    return {**times, "detail": f"{size} service lines; re-import: {counts}"}


# ------------------------------------------------------------------------------ statements

def _statements(db, lang: str):
    """The statement objects of every work order (for the floors' cells)."""
    from app.services.portfolio import load
    from app.services.statements import build_from_work_order

    return [build_from_work_order(wo, gen.QUARTER, lang, gen.TODAY) for wo in load(db).work_orders]


def _sheets(st) -> list:
    """The renderer's own tables of one statement (title, head, rows): the same cells."""
    from app.reports import xlsx

    parts = (xlsx._summary, xlsx._services, xlsx._balances, xlsx._ledger, xlsx._deliveries,
             xlsx._findings, xlsx._burn)
    return [(s.title, s.head, s.rows) for s in (p(st) for p in parts)]


def floor_xlsx(tables: list, out: Path) -> None:
    """openpyxl write-only mode writing the same cells, one workbook per statement."""
    from openpyxl import Workbook

    for i, sheets in enumerate(tables):
        wb = Workbook(write_only=True)
        for title, head, rows in sheets:
            ws = wb.create_sheet(title[:31])
            if head:
                ws.append(head)
            for r in rows:
                ws.append(r)
        wb.save(out / f"floor-{i}.xlsx")


def floor_pdf(tables: list, out: Path) -> None:
    """reportlab platypus building the same tables (same font, A4, header rows repeated)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from app.reports.pdf import register_fonts

    font = register_fonts()
    style = TableStyle([("FONT", (0, 0), (-1, -1), font, 7), ("GRID", (0, 0), (-1, -1), 0.25, "grey")])
    for i, sheets in enumerate(tables):
        doc = SimpleDocTemplate(str(out / f"floor-{i}.pdf"), pagesize=A4)
        story = []
        for _title, head, rows in sheets:
            data = ([list(map(_text, head))] if head else []) + [list(map(_text, r)) for r in rows]
            if data:
                story.append(Table(data, repeatRows=1 if head else 0, style=style))
        doc.build(story)


def _text(v) -> str:
    return "" if v is None else str(v)


def case_statements(size: int, repeat: int, fmt: str) -> dict:
    write_statements = need("app.services.statements", "write_statements")
    need("app.reports.xlsx" if fmt == "xlsx" else "app.reports.pdf",
         "render_xlsx" if fmt == "xlsx" else "render_pdf")
    from app.services.portfolio import load
    from app.store.db import open_db

    lang = "kk"
    db = open_db(private_db(size))
    work = Path(tempfile.mkdtemp(prefix=f"bench-{fmt}-"))
    try:
        numbers = [wo.number for wo in load(db).work_orders]
        tables = [_sheets(st) for st in _statements(db, lang)]
        if fmt == "pdf":  # the burn-down points are a chart in the PDF, not a table
            tables = [[t for t in sheets if t is not sheets[-1]] for sheets in tables]
        floor = floor_xlsx if fmt == "xlsx" else floor_pdf

        def setup(_name):
            out = work / f"run{time.monotonic_ns()}"
            out.mkdir()
            return out

        def path(out):
            res = write_statements(db, gen.QUARTER, out, lang, formats=[fmt], numbers=numbers,
                                   today=gen.TODAY)
            assert len(res.files) == len(numbers)
            return res

        times = alternate(path, lambda out: floor(tables, out), repeat, setup)
        size_path = sum(f.stat().st_size for f in sorted(work.glob(f"run*/*.{fmt}")) if not f.name.startswith("floor"))
        cells = sum(len(r) for sheets in tables for _t, _h, rows in sheets for r in rows)
    finally:
        db.close()
        shutil.rmtree(work, ignore_errors=True)
    return {**times, "detail": f"{len(numbers)} statements ({lang}), {cells} cells; "
                               f"{size_path / max(1, repeat + 1) / 1e6:.1f} MB per run"}


# ------------------------------------------------------------------------------ deliveries table

def case_table(size: int, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    PlanScreen = need("app.ui.plan_screen", "PlanScreen")
    Context = need("app.ui.context", "Context")
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from app.services.portfolio import load
    from app.store.db import open_db

    app = QApplication.instance() or QApplication([])
    db = open_db(private_db(size))
    rows = [d for wo in load(db).work_orders for d in wo.deliveries]
    ctx = Context(db, "en", gen.TODAY, None)
    fields = ("ref", "status", "title", "service", "location_id", "mode", "requested_on", "first_day",
              "last_day", "credits", "hours", "fee")
    sort_column = fields.index("first_day")

    class Bare(QAbstractTableModel):
        """The floor: the same rows, text of each field, sorted with list.sort."""

        def __init__(self, items):
            super().__init__()
            self.items = list(items)

        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(self.items)

        def columnCount(self, parent=QModelIndex()):
            return len(fields)

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return fields[section]
            return None

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            v = getattr(self.items[index.row()], fields[index.column()])
            return "" if v is None else str(v)

        def sort(self, column, order=Qt.SortOrder.AscendingOrder):
            name = fields[column]
            self.layoutAboutToBeChanged.emit()
            self.items.sort(key=lambda d: (getattr(d, name) is not None, getattr(d, name) or 0),
                            reverse=order == Qt.SortOrder.DescendingOrder)
            self.layoutChanged.emit()

    def paint(widget):
        app.processEvents()
        widget.repaint()
        app.processEvents()

    def floor():
        view = QTableView()
        view.resize(1200, 700)
        view.setSortingEnabled(True)
        view.setModel(Bare(rows))
        view.show()
        paint(view.viewport())
        view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        paint(view.viewport())
        view.close()
        view.deleteLater()
        app.processEvents()

    def path():
        screen = PlanScreen(ctx)
        screen.resize(1200, 700)
        screen.show()
        screen.model.set_rows(rows)
        view = screen.view
        paint(view.viewport())
        view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        paint(view.viewport())
        first = screen.model.index(0, sort_column).data()
        screen.close()
        screen.deleteLater()
        app.processEvents()
        return first

    try:
        times = alternate(path, floor, repeat)
    finally:
        db.close()
    return {**times, "detail": f"{len(rows)} deliveries, sorted by first day (PlanScreen's RowsModel, sorted in the model)"}


# ------------------------------------------------------------------------------ edit -> refreshed window

def case_edit(size: int, repeat: int) -> dict:
    """An edit in the window: a grant of 1 credit saved through the window's one path of every
    edit (Context.apply) and the targeted refresh, until the Portfolio table's row of that work
    order shows the new balance. The floor: the same service call alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    MainWindow = need("app.ui.window", "MainWindow")
    from decimal import Decimal

    from PySide6.QtWidgets import QApplication

    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import planning
    from app.store.db import open_db

    app = QApplication.instance() or QApplication([])
    db = open_db(private_db(size))
    window = MainWindow(db, "en", gen.TODAY)
    window.resize(1300, 800)
    window.show()
    window.show_screen("portfolio")
    app.processEvents()
    screen = window.screens["portfolio"]
    # a work order in the middle of those in their term (a grant after the term end expires at
    # once, and Credits left rightly stays as it was), its host location
    running = [w for w in window.ctx.portfolio().work_orders if w.term_start <= gen.TODAY <= w.term_end]
    wo = running[len(running) // 2]
    loc = wo.locations[0].id
    column = 4  # Credits left

    def shown(number: str) -> str:
        """What the table shows in that work order's Credits left cell."""
        r = next(r for r, s in enumerate(screen.model.rows) if s.wo.number == number)
        return screen.proxy.mapFromSource(screen.model.index(r, column)).data()

    def grant() -> LedgerEntry:
        return LedgerEntry(id=None, on=gen.TODAY, location_id=loc, kind=LedgerKind.GRANT, credits=Decimal(1), hours=Decimal(0), reference="bench", counterparty="", notes="")

    def path():
        before = shown(wo.number)
        window.ctx.apply(lambda: planning.add_entry(db, wo.number, grant()), "bench")
        app.processEvents()
        after = shown(wo.number)
        if after == before:
            raise AssertionError("the Portfolio table does not show the new balance")
        return after

    def floor():
        return planning.add_entry(db, wo.number, grant())

    try:
        times = alternate(path, floor, repeat)
        whole = len(window.ctx.portfolio().work_orders)
    finally:
        window.close()
        db.close()
    return {**times, "detail": f"grant of 1 credit to {wo.number}, window on {whole} work orders "
                               "(Portfolio table updated in place)"}


# ------------------------------------------------------------------------------ balances

def case_balances(size: int, repeat: int) -> dict:
    """What the ``balances`` command computes: every entitlement of every work order, as of the
    day, through the one engine (load included). The floor: every row with sqlite3."""
    portfolio_balances = need("app.services.balances", "portfolio_balances")
    from app.store.db import open_db

    src = private_db(size)
    db = open_db(src)
    try:
        times = alternate(lambda: portfolio_balances(db, gen.TODAY), lambda: read_all_sqlite(src), repeat)
        count = len(portfolio_balances(db, gen.TODAY))
    finally:
        db.close()
    return {**times, "detail": f"{size} work orders, {count} entitlements"}


def case_attention(size: int, repeat: int) -> dict:
    """Opening the Needs attention view: the portfolio's findings read from the service and shown
    grouped (overdue, this week, next 30 days, by customer). The floor: the findings alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    AttentionView = need("app.ui.attention_view", "AttentionView")
    from PySide6.QtWidgets import QApplication

    from app.services import portfolio
    from app.store.db import open_db

    app = QApplication.instance() or QApplication([])
    db = open_db(private_db(size))

    def path():
        view = AttentionView("en")
        view.set_findings(portfolio.check(db, gen.TODAY), gen.TODAY)
        app.processEvents()
        n = len(view.items)
        view.deleteLater()
        return n

    try:
        times = alternate(path, lambda: portfolio.check(db, gen.TODAY), repeat)
        shown = path()
    finally:
        db.close()
    return {**times, "detail": f"{size} work orders, {shown} items needing attention"}


CASES = {
    "attention": lambda a: case_attention(a.size, a.repeat),
    "edit": lambda a: case_edit(a.size, a.repeat),
    "balances": lambda a: case_balances(a.size, a.repeat),
    "check": lambda a: case_check(a.size, a.repeat),
    "import": lambda a: case_import(a.size, a.repeat),
    "xlsx": lambda a: case_statements(a.size, a.repeat, "xlsx"),
    "pdf": lambda a: case_statements(a.size, a.repeat, "pdf"),
    "table": lambda a: case_table(a.size, a.repeat),
}


def reported(run) -> dict:
    """``run()``'s figures as the harness reads them: ok, missing (with why) or error (with its
    trace); the case's scratch folder is removed whatever happened."""
    try:
        return {"status": "ok", **run()}
    except Missing as exc:
        return {"status": "missing", "detail": str(exc)}
    except Exception as exc:  # noqa: BLE001 - reported in the table, never a crash of the harness
        return {"status": "error", "detail": f"{type(exc).__name__}: {exc}",
                "trace": traceback.format_exc()[-3000:]}
    finally:
        shutil.rmtree(_WORK, ignore_errors=True)


def measure(args) -> dict:
    return reported(lambda: CASES[args.case](args))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.cases")
    p.add_argument("case", choices=sorted(CASES))
    p.add_argument("--size", type=int, required=True)
    p.add_argument("--repeat", type=int, default=3)
    result = measure(p.parse_args(argv))
    sys.stdout.flush()
    print("\n" + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
