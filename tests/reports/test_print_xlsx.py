"""Issue 15: the workbook prints: wrapped text, every sheet fitted to the page width at 70 % or
more (with the demo and with long names), a header (customer, work order, quarter) and a
footer (page X of Y) on each sheet, a named font on every style, a native chart of the
burn-down, number formats. One check prints through LibreOffice when it is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from app.reports.labels import label, quarter_words
from app.reports.xlsx import MIN_SCALE, print_scale
from app.services.statements import build_from_work_order, render_xlsx

from .conftest import DEMO_A, QUARTER

LONG_URL = ("https://contoso.sharepoint.com/sites/UnifiedSupport/Shared%20Documents/"
            "Assessments/2026/Q4/ActiveDirectory-RAP-as-a-Service-findings-and-remediation-plan.docx")


def _wo(long_names: bool):
    from app.services.demo import demo_work_orders
    from tests.conftest import TODAY

    wo = next(w for w in demo_work_orders(TODAY) if w.number == DEMO_A)
    if long_names:
        wo.customer = "Акционерное общество «Астана Цифрлық Банкі» — головной офис и филиалы " * 2
        for d in wo.deliveries:
            d.title = f"{d.title} — {LONG_URL}"
            d.notes = "Please see the remediation plan on the project site " * 3
        for e in wo.ledger:
            e.notes = "Confirmed by the customer's procurement department in writing " * 2
    return wo


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    from tests.conftest import TODAY

    folder = tmp_path_factory.mktemp("print")
    out = {}
    for long_names in (False, True):
        for lang in ("kk", "ru", "en"):
            st = build_from_work_order(_wo(long_names), QUARTER, lang, TODAY, edition="internal")
            out[(long_names, lang)] = (st, render_xlsx(st, folder / f"{lang}_{long_names}.xlsx"))
    return out


@pytest.mark.parametrize("long_names", [False, True])
@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_sheet_prints_to_the_page_width_with_header_and_footer(workbooks, lang, long_names):
    import openpyxl
    from openpyxl.utils import get_column_letter

    st, path = workbooks[(long_names, lang)]
    wb = openpyxl.load_workbook(path)
    page = label("page", lang).replace("{page}", "&P").replace("{pages}", "&N")
    for ws in wb.worksheets:
        ps = ws.page_setup
        assert ps.orientation == "landscape" and ps.paperSize == 9 and ps.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, ws.max_column + 1)]
        assert print_scale([int(w) for w in widths]) >= MIN_SCALE, ws.title
        assert ps.scale == print_scale([int(w) for w in widths])
        assert ws.oddHeader.left.text == st.header.customer.replace("&", "&&")[:120]
        assert st.header.work_order in ws.oddHeader.right.text
        assert quarter_words(st.header.quarter, lang) in ws.oddHeader.right.text
        assert ws.oddFooter.right.text == page


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_text_wraps_fonts_are_named_numbers_keep_formats(workbooks, lang):
    import openpyxl

    _, path = workbooks[(True, lang)]
    wb = openpyxl.load_workbook(path)
    checked = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                assert c.font.name == "Calibri", (ws.title, c.coordinate)
                if isinstance(c.value, str):
                    assert c.alignment.wrap_text, (ws.title, c.coordinate)
                elif isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    assert c.number_format in ("#,##0", "#,##0.00", "General"), (ws.title, c.coordinate)
                checked += 1
    assert checked > 200
    deliveries = wb[label("sheet_deliveries", lang)]
    url_cells = [c for row in deliveries.iter_rows() for c in row if isinstance(c.value, str) and LONG_URL in c.value]
    assert url_cells
    for c in url_cells:  # a long title wraps in a column of sensible width, its row is tall enough
        assert deliveries.column_dimensions[c.column_letter].width <= 45
        assert deliveries.row_dimensions[c.row].height and deliveries.row_dimensions[c.row].height >= 26


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_burn_down_sheet_has_a_native_chart(workbooks, lang):
    st, path = workbooks[(False, lang)]
    with zipfile.ZipFile(path) as z:
        charts = sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml", n))
        assert len(charts) == len(st.burn) == 2
        xml = z.read(charts[0]).decode("utf-8")
    assert "<scatterChart>" in xml and xml.count("<ser>") == 3  # planned, delivered, forecast
    assert label("forecast", lang) in xml


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_prints_the_widest_sheet_at_70_percent_or_more(workbooks, tmp_path):
    """Printed through LibreOffice: the type on every page is at least 70 % of its size in a
    sheet printed at 100 % (the ledger, which fits as it is)."""
    import statistics

    _, path = workbooks[(True, "kk")]
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=240)
    pdf = tmp_path / (path.stem + ".pdf")
    html = tmp_path / "bbox.html"
    subprocess.run(["pdftotext", "-bbox", str(pdf), str(html)], check=True, timeout=60)
    pages = html.read_text(encoding="utf-8").split("<page ")[1:]
    sizes = []
    for p in pages:
        heights = [float(b) - float(a) for a, b in
                   re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', p)]
        sizes.append(statistics.median(heights))
    full = max(sizes)  # a sheet printed at 100 %
    assert len(pages) >= 7 and min(sizes) / full >= MIN_SCALE / 100 - 0.01
