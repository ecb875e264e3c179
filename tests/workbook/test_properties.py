"""Properties over generated data (hypothesis): export then import gives back the same portfolio,
and bad workbooks are refused with sheet, row and column named, never partly written."""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.catalog import catalog
from app.domain.enums import Funding, LedgerKind, Mode, Role, Status, Unit
from app.domain.model import Delivery, LedgerEntry, Location, Portfolio, ServiceLine, WorkOrder
from app.services import importer
from app.services.exporter import export
from app.services.portfolio import load
from app.store.db import open_db
from app.store.repo import add_work_order

from .conftest import full_sheets, table_counts
from .xlsx import E, F, make_xlsx

# Text as people type it, including right-to-left, combining marks, tabs, newlines and leading
# formula characters; not the control characters a workbook cannot hold, nor CR (XML turns it to LF).
TEXT_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\r") | st.sampled_from(
    list("=+-@\t\n\u202e\u05d0\u0301ҚәЁ"))
# A text of spaces only comes back empty: openpyxl writes it without xml:space="preserve".
free_text = st.text(TEXT_CHARS, max_size=30).filter(lambda t: t == "" or t.strip())
ident = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=12)
days = st.dates(date(1950, 1, 1), date(2090, 12, 31))
opt_days = st.none() | days


def amounts(places=2, top=10**9):
    return st.decimals(min_value=0, max_value=top, places=places, allow_nan=False, allow_infinity=False)


rates = st.decimals(min_value=Decimal("0.000001"), max_value=1000, places=6).filter(lambda d: d > 0)
services = st.sampled_from([s.code for s in catalog()])
countries = st.lists(st.sampled_from(["KZ", "KG", "UZ", "JP", "GE", "TJ", "DE"]), min_size=1, max_size=4, unique=True)


@st.composite
def work_orders(draw, number):
    start = draw(days)
    wo = WorkOrder(id=None, number=number, customer=draw(ident), term_start=start, term_end=start + timedelta(days=draw(st.integers(0, 2000))),
                   signed_on=draw(opt_days), currency=draw(st.sampled_from(["USD", "KZT", "EUR"])), rate_to_usd=draw(rates), base_amount=draw(amounts()),
                   flex_allowance=draw(amounts()), cancel_fee_pct=draw(amounts(2, 100)))
    cs = draw(countries)
    wo.locations = [Location(id=i + 1, country=c, role=Role.HOST if i == 0 else Role.DOWNSTREAM, currency=draw(st.sampled_from(["KZT", "USD"])),
                             rate_to_usd=draw(rates), credit_value=draw(amounts(2, 10**7).filter(lambda d: d > 0)))
                    for i, c in enumerate(cs)]
    loc_ids = st.none() | st.integers(1, len(cs))
    n_lines = draw(st.integers(0, 4))
    wo.lines = [ServiceLine(id=None, line_no=no, service=draw(services), quantity=draw(amounts(3, 10**6)), unit=draw(st.sampled_from(list(Unit))),
                            location_id=draw(loc_ids), funding=draw(st.sampled_from(list(Funding))), unit_price=draw(amounts()),
                            flex_year=draw(st.none() | st.integers(1, 5)), notes=draw(free_text))
                for no in draw(st.lists(st.integers(1, 999), max_size=n_lines, unique=True))]
    line_nos = [ln.line_no for ln in wo.lines]
    wo.deliveries = []
    for ref in draw(st.lists(ident, max_size=4, unique=True)):
        first = draw(opt_days)
        last = None if first is None else first + timedelta(days=draw(st.integers(0, 10)))
        wo.deliveries.append(Delivery(
            id=None, ref=ref, service=draw(services), title=draw(free_text), location_id=draw(loc_ids), mode=draw(st.sampled_from(list(Mode))),
            # what an edit accepts: a scheduled or delivered delivery has its days; a delivered
            # one has reached its first day (lifecycle.deliver)
            status=draw(st.sampled_from([x for x in Status if (first is not None or x not in (
                Status.SCHEDULED, Status.DELIVERED)) and (x is not Status.DELIVERED or first <= date.today())])),
            requested_on=draw(opt_days), first_day=first, last_day=last, credits=draw(amounts()), hours=draw(amounts(1)),
            changed_on=draw(opt_days), moved_from=draw(opt_days), fee=draw(amounts()),
            line_no=draw(st.sampled_from(line_nos)) if line_nos and draw(st.booleans()) else None, notes=draw(free_text)))
    wo.ledger = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(list(LedgerKind)))
        signed = kind is LedgerKind.ADJUSTMENT
        amt = st.decimals(min_value=-10**6 if signed else 0, max_value=10**6, places=2)
        credits, hours = draw(amt), draw(amt)
        if not credits and not hours:  # an entry that moves nothing is refused, as by an edit
            credits = Decimal(1)
        wo.ledger.append(LedgerEntry(id=None, on=draw(days), location_id=draw(st.integers(1, len(cs))), kind=kind, credits=credits, hours=hours,
                                     reference=draw(free_text), counterparty=draw(st.sampled_from(["", "KZ", "FR"])), notes=draw(free_text)))
    wo.ledger.sort(key=lambda e: e.on)  # the store gives the ledger back by date
    return wo


portfolios = st.lists(ident, min_size=1, max_size=3, unique=True).flatmap(
    lambda numbers: st.tuples(*[work_orders(n) for n in numbers]))


def comparable(p: Portfolio) -> list[dict]:
    out = []
    for wo in sorted(p.work_orders, key=lambda w: w.number):
        country = {loc.id: loc.country for loc in wo.locations}
        d = dataclasses.asdict(wo)
        d["id"] = None
        for loc in d["locations"]:
            loc["id"] = None
        for key in ("lines", "deliveries", "ledger"):
            for x in d[key]:
                x["id"] = None
                x["location_id"] = country.get(x["location_id"])
        out.append(d)
    return out


def _diff(got: list[dict], want: list[dict]) -> str:
    out = []
    for g, w in zip(got, want, strict=False):  # the lengths are compared by the caller
        for k in w:
            if isinstance(w[k], list):
                out += [f"{k}[{i}]: {x} != {y}" for i, (x, y) in enumerate(zip(g[k], w[k], strict=False)) if x != y]
                if len(g[k]) != len(w[k]):
                    out.append(f"{k}: {len(g[k])} != {len(w[k])}")
            elif g[k] != w[k]:
                out.append(f"{k}: {g[k]!r} != {w[k]!r}")
    return "\n".join(out) or f"{len(got)} != {len(want)} work orders"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(wos=portfolios, lang=st.sampled_from(["en", "ru", "kk"]))
def test_export_then_import_gives_back_the_same_portfolio(wos, lang):
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = open_db(Path(tmp) / "src.db"), open_db(Path(tmp) / "dst.db")
        try:
            with src.session() as s:
                for wo in wos:
                    add_work_order(s, wo)
            export(src, Path(tmp) / "p.xlsx", lang)
            plan = importer.plan_import(dst, Path(tmp) / "p.xlsx", lang)
            assert plan.problems == [], [p.text() for p in plan.problems]
            importer.commit(dst, plan)
            got, want = comparable(load(dst)), comparable(load(src))
            assert got == want, _diff(got, want)
            again = importer.plan_import(dst, Path(tmp) / "p.xlsx", lang)
            assert again.count("new") == 0 and again.count("changed") == 0
        finally:
            src.close()
            dst.close()


# --------------------------------------------------------------------------- bad workbooks

BAD_VALUES = st.one_of(
    st.sampled_from(["", "   ", "NaN", "inf", "-Infinity", "1,250", "abc", "#REF!", "31.02.2026", "1899-12-31",
                     "2101-01-01", "-1", "1e400", "99999999999999999", "x" * 5000, "bell\x07", "\x00",
                     "Proactiv Monitorng", "Narnia", "XXX", "sometimes"]),
    st.builds(E, st.sampled_from(["#REF!", "#DIV/0!", "#N/A", "#VALUE!"])),
    st.builds(F, st.just("A1*2")),  # a formula never computed
    st.just(True),
    st.floats(allow_nan=True, allow_infinity=True).filter(lambda f: f != f or abs(f) > 1e13 or f < 0),
    st.integers(min_value=80_000, max_value=10**9).map(lambda n: -n),
)
# Required columns that are not free text: every value above is wrong in each of them.
SPOILABLE = {"Work orders": ["Term start", "Term end"], "Locations": ["Country", "Role"],
             "Services": ["Line", "Service", "Quantity", "Funding"], "Deliveries": ["Service"],
             "Ledger": ["Date", "Location", "Kind"]}
SHEET_NAMES = list(full_sheets())
HEADERS = {title: rows[0] for title, rows in full_sheets().items()}


@st.composite
def bad_workbooks(draw):
    sheets = full_sheets()
    spoiled = []
    for _ in range(draw(st.integers(1, 3))):
        title = draw(st.sampled_from(SHEET_NAMES))
        rows = sheets[title]
        c = HEADERS[title].index(draw(st.sampled_from(SPOILABLE[title])))
        if draw(st.integers(0, 9)) == 0:  # now and then, a required header is missing
            rows[0] = list(rows[0])
            rows[0][c] = "???"
            spoiled.append((title, 1, None))
            continue
        r = draw(st.integers(1, len(rows) - 1))
        rows[r] = list(rows[r])
        rows[r][c] = draw(BAD_VALUES)
        spoiled.append((title, r + 1, "ABCDEFGHIJKLMNOP"[c]))
    return sheets, spoiled


_db_dir = tempfile.TemporaryDirectory()
_bad_db = open_db(Path(_db_dir.name) / "bad.db")


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(case=bad_workbooks())
def test_bad_workbooks_refused_with_place_named_nothing_written(case, tmp_path):
    sheets, spoiled = case
    path = tmp_path / "bad.xlsx"
    make_xlsx(path, sheets)
    plan = importer.plan_import(_bad_db, path)
    assert plan.problems
    for p in plan.problems:
        assert p.sheet in SHEET_NAMES and p.row >= 1 and p.column and p.column != "—"
        assert p.text("kk") and p.text("ru") and p.text("en")
    places = {(p.sheet, p.row, p.letter) for p in plan.problems}
    headless = {p.sheet for p in plan.problems if p.reason.startswith("missing_column")}
    for title, row, letter in spoiled:
        assert title in headless or (letter and (title, row, letter) in places), (title, row, letter, places)
    try:
        importer.commit(_bad_db, plan)
    except importer.ImportRejected:
        pass
    else:
        raise AssertionError("a rejected plan was committed")
    assert table_counts(_bad_db) == dict.fromkeys(table_counts(_bad_db), 0)
