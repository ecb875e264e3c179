"""Statements of the demo portfolio rendered to PDF and Excel in the three languages, and read
back: what a customer would see printed, and what an account manager opens in Excel."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app import texts
from app.domain.catalog import catalog
from app.reports.labels import label
from app.services.statements import build_statement, render_pdf, render_xlsx

from .conftest import DEMO_A, QUARTER, pdf_text

Q_START, Q_END = date(2026, 10, 1), date(2026, 12, 31)


def _ledger_totals(wo, unit: str, until: date, country: str | None = None) -> Decimal:
    """What the balances engine says is left on ``until`` (the purchased pool lines are the
    grant; nothing left after the term end: it is expired), over the pools of ``unit``."""
    from app.domain.balances import work_order_balances

    return sum((b.remaining for b in work_order_balances(wo, until)
                if b.kind == unit and country in (None, b.country)), Decimal(0))


def _sheet_rows(ws) -> list[tuple]:
    return [row for row in ws.iter_rows(values_only=True) if any(v is not None for v in row)]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The demo work order A rendered in kk, ru and en (PDF + workbook), once for the module, in
    the internal edition (everything: findings, rule ids, notes); the customer edition has its
    own tests (test_editions.py)."""
    from app.services.portfolio import load_demo
    from app.services.statements import load_work_order
    from app.store.db import open_db
    from tests.conftest import TODAY

    folder = tmp_path_factory.mktemp("statements")
    db = open_db(folder / "planner.db")
    load_demo(db, TODAY)
    out = {}
    for lang in ("kk", "ru", "en"):
        st = build_statement(db, DEMO_A, QUARTER, lang, TODAY, edition="internal")
        out[lang] = (st, render_pdf(st, folder / f"a_{lang}.pdf"), render_xlsx(st, folder / f"a_{lang}.xlsx"))
    wo = load_work_order(db, DEMO_A)
    db.close()
    return out, wo


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_pdf_holds_customer_services_and_totals(rendered, lang):
    import openpyxl

    (_st, pdf, xlsx), _wo = rendered[0][lang], rendered[1]
    text = pdf_text(pdf)
    assert "Астана Цифрлық Банкі" in text  # the customer's own (Kazakh) name, every language
    assert "■" not in text and "\ufffd" not in text
    for code in ("RAPAAS", "EDE", "WORKSHOPS"):
        name = catalog().get(code).name(lang)
        first_words = " ".join(name.split()[:2])
        assert first_words in text, (code, first_words)
    if lang == "kk":
        assert "Жетілдірілген арнайы жобалау" in text and "Семинарлар" in text
        assert "Тоқсандық шолу есебі" in text and "Тұтынушы" in text and "Хост" in text
    assert re.search(r"(Page|Бет|Страница) 1 (of|/|из) \d", text)

    # the totals rows of the PDF say what the workbook's totals rows say
    wb = openpyxl.load_workbook(xlsx)
    rows = _sheet_rows(wb[label("sheet_balances", lang)])
    lines = text.splitlines()
    for key in ("total_credits", "total_hours"):
        xrow = next(r for r in rows if r[0] == label(key, lang))
        at = lines.index(label(key, lang))
        expected = [texts.fmt_amount(Decimal(v), lang) for v in xrow[3:11]]
        assert lines[at + 1:at + 9] == expected


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_excel_totals_equal_the_ledger(rendered, lang):
    import openpyxl

    (st, _pdf, xlsx), wo = rendered[0][lang], rendered[1]
    as_of = st.header.as_of  # the quarter's end, or the printing day when earlier
    wb = openpyxl.load_workbook(xlsx)
    rows = _sheet_rows(wb[label("sheet_balances", lang)])
    head = rows[0]
    opening, closing = head.index(label("opening", lang)), head.index(label("closing", lang))
    for key, unit in (("total_credits", "credits"), ("total_hours", "hours")):
        row = next(r for r in rows if r[0] == label(key, lang))
        assert Decimal(str(row[opening])) == _ledger_totals(wo, unit, Q_START - timedelta(days=1))
        assert Decimal(str(row[closing])) == _ledger_totals(wo, unit, as_of)
    # per location too
    for r in rows[1:]:
        if r[0] in {loc.country for loc in wo.locations}:
            loc = next(loc for loc in wo.locations if loc.country == r[0])
            unit = "hours" if r[2] == texts.word("unit", "hours", lang) else "credits"
            assert Decimal(str(r[closing])) == _ledger_totals(wo, unit, as_of, loc.country)
    summary = _sheet_rows(wb[label("sheet_summary", lang)])
    credits = next(r for r in summary if r[0] == label("total_credits", lang))
    assert Decimal(str(credits[2])) == _ledger_totals(wo, "credits", as_of)


def test_workbook_layout(rendered):
    import openpyxl

    (st, pdf, xlsx) = rendered[0]["kk"]
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == [label(k, "kk") for k in ("sheet_summary", "sheet_services", "sheet_balances",
                                                      "sheet_ledger", "sheet_deliveries",
                                                      "sheet_findings", "sheet_burn")]
    for ws in wb.worksheets[1:]:
        assert ws.freeze_panes == "A2"
        assert all(c.font.b for c in ws[1] if c.value is not None)
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert all(ws.column_dimensions[c].width for c in "AB")
    services = wb[label("sheet_services", "kk")]
    qty = services.cell(row=2, column=7)
    assert isinstance(qty.value, int) and qty.number_format == "#,##0"
    ledger = wb[label("sheet_ledger", "kk")]
    assert ledger.cell(row=2, column=1).is_date and ledger.cell(row=2, column=1).number_format == "dd.mm.yyyy"
    assert not any(c.data_type == "f" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


HOSTILE = '<b>&amp; "AT&T <x>"'


def test_user_text_is_literal_in_pdf_and_text_in_excel(db, tmp_path, today):
    """Markup in a name prints as typed; a formula-looking note stays text in the workbook."""
    import openpyxl

    from app.services.demo import demo_work_orders
    from app.services.statements import build_from_work_order

    wo = demo_work_orders(today)[0]
    wo.customer = HOSTILE
    wo.deliveries[4].title = HOSTILE  # D-005, scheduled in December
    wo.lines[0].notes = "=HYPERLINK(\"http://x\",\"y\")"
    wo.deliveries[4].notes = "+1-2"
    wo.ledger[3].notes = "@SUM(A1)\tend"
    wo.deliveries[5].title = "#N/A"  # D-006, scheduled in December: reads like an error value
    st = build_from_work_order(wo, QUARTER, "en", today, edition="internal")  # with the notes
    text = pdf_text(render_pdf(st, tmp_path / "x.pdf"))
    assert text.count(HOSTILE) >= 3  # page header, statement header, deliveries table
    wb = openpyxl.load_workbook(render_xlsx(st, tmp_path / "x.xlsx"))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    by_value = {c.value: c for c in cells}
    assert by_value['=HYPERLINK("http://x","y")'].data_type == "s"
    assert by_value["+1-2"].data_type == "s"
    assert by_value["#N/A"].data_type == "s"  # text, not an error cell
    assert HOSTILE in by_value


def test_statements_of_every_work_order(demo_db, tmp_path, today):
    from app.services.statements import write_statements

    seen = []
    out = tmp_path / "out"
    out.mkdir()
    result = write_statements(demo_db, QUARTER, out, "kk", today=today,
                              progress=lambda done, total: seen.append((done, total)))
    assert result.total == 5 and result.done == 5 and not result.cancelled
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.files)
    assert len(result.files) == 10 and seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert "UES-KZ-2025-014_2026Q4_kk.pdf" in {p.name for p in result.files}


def test_cancelled_batch_stops(demo_db, tmp_path, today):
    from app.services.statements import write_statements

    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    result = write_statements(demo_db, QUARTER, tmp_path, "en", ["pdf"], today=today, cancelled=cancelled)
    assert result.cancelled and result.done == 2 and len(list(tmp_path.glob("*.pdf"))) == 2
