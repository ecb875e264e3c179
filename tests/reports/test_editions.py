"""Issue 15: the customer edition (the default, to hand over) and the internal edition of one
statement object; page 1 is a summary read from the balances engine."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from app import texts
from app.cli import main
from app.messages import t
from app.reports.statement import Contact
from app.services.statements import build_from_work_order, render_pdf, render_xlsx

from .conftest import DEMO_A, QUARTER

CONTACT = Contact("Aigerim Sadykova", "aigerim.sadykova@example.com", "+7 701 555 01 01")


def _pages(path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(str(path)).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    """Work order A, 2026Q4 printed 25 Nov 2026, both editions of one object in kk, ru, en."""
    from app.services.demo import demo_work_orders
    from tests.conftest import TODAY

    folder = tmp_path_factory.mktemp("editions")
    wo = next(w for w in demo_work_orders(TODAY) if w.number == DEMO_A)
    out = {}
    for lang in ("kk", "ru", "en"):
        st = build_from_work_order(wo, QUARTER, lang, TODAY, contact=CONTACT)
        internal = st.as_edition("internal")
        out[lang] = {"customer": (st, render_pdf(st, folder / f"c_{lang}.pdf"),
                                  render_xlsx(st, folder / f"c_{lang}.xlsx")),
                     "internal": (internal, render_pdf(internal, folder / f"i_{lang}.pdf"),
                                  render_xlsx(internal, folder / f"i_{lang}.xlsx"))}
    return out, wo


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_customer_edition_has_no_rule_ids_notes_or_findings(editions, lang):
    out, wo = editions
    st, pdf, _ = out[lang]["customer"]
    assert st.edition == "customer" and st.findings  # the object has them; the edition leaves them out
    text = _flat("\n".join(_pages(pdf)))
    assert not re.search(r"R-[A-Z]{3,}", text)
    assert t("statement.edition.customer", lang) in text
    notes = [d.notes for d in wo.deliveries if d.notes] + [e.notes for e in wo.ledger if e.notes]
    assert notes and not [n for n in notes if _flat(n) in text]
    ist, ipdf, _ = out[lang]["internal"]
    itext = _flat("\n".join(_pages(ipdf)))
    assert "R-EXPIRY" in itext and t("statement.edition.internal", lang) in itext
    assert any(_flat(n) in itext for n in notes)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_page_1_is_the_summary_from_the_engine(editions, lang):
    from app.domain.balances import work_order_balances

    out, wo = editions
    st, pdf, _ = out[lang]["customer"]
    page1 = _flat(_pages(pdf)[0])
    assert wo.customer in page1 and wo.number in page1
    assert t("statement.term_elapsed", lang, start=texts.fmt_date(wo.term_start, lang),
             end=texts.fmt_date(wo.term_end, lang), pct=st.term_pct) in page1
    assert st.term_pct == round(((st.header.as_of - wo.term_start).days + 1)
                                / ((wo.term_end - wo.term_start).days + 1) * 100)
    assert _flat(texts.fmt_amount(wo.base_amount, lang)) in page1
    # the Kazakh credit pool: purchased 105, delivered 24, remaining 81, as the engine says
    kz = next(b for b in work_order_balances(wo, st.header.as_of) if b.kind == "credits" and b.country == "KZ")
    row = next(e for e in st.entitlements if e.unit == "credits" and "," in e.name and e.remaining == kz.remaining)
    assert (row.purchased, row.delivered, row.remaining) == (Decimal(105), Decimal(24), kz.remaining)
    assert f"{row.name} {row.unit_word} 105 24 0 81 81" in page1
    for name in (CONTACT.name, CONTACT.email, CONTACT.phone):
        assert name in page1
    # the next date that needs action is worded as what to do by when, before any past line
    first = st.actions[0]
    assert first.on >= st.header.as_of and _flat(first.text)[:40] in page1
    assert page1.index(_flat(first.text)[:40]) < page1.index(_flat(st.past_actions[0])[:30])
    # at-risk credits stated in words
    risk = next(r for r in st.risks if r.unit == "credits")
    said = _flat(t("statement.at_risk", lang, counted=texts.count("unit.credits", risk.at_risk, lang),
                   date=texts.fmt_date(wo.term_end, lang)))
    assert said[:60] in page1 and "{" not in said
    assert texts.count("unit.credits", risk.at_risk, lang) in page1  # counted in the language (88 кредитов)
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", page1)  # no ISO dates in the words


def test_request_by_names_what_is_left(tmp_path):
    """Printed in August, the last request day (21 Oct) is ahead: the action says how much is
    still to be delivered, from the engine's remaining less scheduled."""
    from app.domain.balances import work_order_balances
    from app.services.demo import demo_work_orders
    from tests.conftest import TODAY

    wo = next(w for w in demo_work_orders(TODAY) if w.number == DEMO_A)
    day = date(2026, 8, 3)
    st = build_from_work_order(wo, "2026Q3", "en", day)
    action = next(a for a in st.actions if a.kind == "last_request")
    credits = sum((b.remaining - b.scheduled for b in work_order_balances(wo, day) if b.kind == "credits"),
                  Decimal(0))
    assert action.on == date(2026, 10, 21)
    assert action.text.startswith(f"Request by 21 Oct 2026 so that the remaining {credits:f} credits")
    assert action.text.endswith("can be delivered before the term ends.")
    assert [a.on for a in st.actions] == sorted(a.on for a in st.actions)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_customer_workbook_has_no_findings_sheet_nor_notes(editions, lang):
    import openpyxl

    from app.reports.labels import label

    out, wo = editions
    _, _, xlsx = out[lang]["customer"]
    wb = openpyxl.load_workbook(xlsx)
    assert label("sheet_findings", lang) not in wb.sheetnames
    values = {c for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c}
    assert not [v for v in values if isinstance(v, str) and re.search(r"R-[A-Z]{3,}", v)]
    assert CONTACT.email in values and label("notes", lang) not in values
    _, _, ixlsx = out[lang]["internal"]
    iwb = openpyxl.load_workbook(ixlsx)
    assert label("sheet_findings", lang) in iwb.sheetnames


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_internal_edition_and_contact(demo_db, tmp_path, capsys):
    from .conftest import pdf_text

    common = ["statement", "--db", str(demo_db.path), "--work-order", DEMO_A, "--quarter", QUARTER,
              "--today", "2026-11-25", "--manager-name", "Aigerim Sadykova"]
    code, _, err = _run(capsys, *common, "--pdf", str(tmp_path / "c.pdf"))
    assert code == 0, err
    customer = pdf_text(tmp_path / "c.pdf")
    assert "Aigerim Sadykova" in customer and "R-EXPIRY" not in customer
    code, _, err = _run(capsys, *common, "--internal", "--pdf", str(tmp_path / "i.pdf"))
    assert code == 0, err
    assert "R-EXPIRY" in pdf_text(tmp_path / "i.pdf")


def test_batch_reports_replaced_or_keeps_and_plain_progress(demo_db, tmp_path, capsys):
    args = ["statements", "--db", str(demo_db.path), "--quarter", QUARTER, "--out", str(tmp_path),
            "--pdf", "--today", "2026-11-25"]
    code, out, err = _run(capsys, *args)
    assert code == 0, err
    assert "\r" not in err and err.splitlines() == [f"statements: {n}/5" for n in range(1, 6)]
    target = next(tmp_path.glob(f"{DEMO_A}_*.pdf"))
    before = target.read_bytes()
    target.write_bytes(b"mine")
    code, out, err = _run(capsys, *args, "--no-overwrite")
    assert code == 0 and f"kept as it was (--no-overwrite): {target}" in out
    assert target.read_bytes() == b"mine" and "0 files" in out
    code, out, err = _run(capsys, *args)
    assert f"replaced: {target}" in out and target.read_bytes()[:4] == b"%PDF" and before[:4] == b"%PDF"


def _words_with_boxes(pdf):
    """(page number, word, xMin, xMax, yMin) of every word pdftotext finds."""
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    out = []
    for n, page in enumerate(html.split("<page ")[1:], 1):
        for x0, y0, x1, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', page):
            out.append((n, word, float(x0), float(x1), float(y0)))
    return out


def test_long_url_breaks_inside_its_column_and_missing_glyphs_are_shown(tmp_path, caplog):
    """A SharePoint address in a delivery title wraps inside the Title column (no word of it
    reaches the Location column); an emoji prints as its code and is reported; a Hebrew word
    is drawn right to left."""
    from app.reports.pdf import _visual
    from app.services.demo import demo_work_orders
    from tests.conftest import TODAY

    url = ("https://contoso.sharepoint.com/sites/UnifiedSupport/Shared%20Documents/Assessments/"
           "2026/Q4/ActiveDirectory-RAP-as-a-Service-findings-and-remediation-plan.docx")
    wo = next(w for w in demo_work_orders(TODAY) if w.number == DEMO_A)
    d = next(x for x in wo.deliveries if x.ref == "D-005")
    d.title = f"Kick-off 🚀 {url}"
    st = build_from_work_order(wo, QUARTER, "en", TODAY)
    with caplog.at_level("WARNING"):
        pdf = render_pdf(st, tmp_path / "url.pdf")
    assert "U+1F680" in caplog.text
    words = _words_with_boxes(pdf)
    text = " ".join(w[1] for w in words)
    assert "[U+1F680]" in text and "🚀" not in text
    pieces = [w for w in words if "sharepoint" in w[1] or "remediation" in w[1]]
    assert pieces
    page, y = pieces[0][0], pieces[0][4]
    # the deliveries table's header row: the nearest "Title" above the address
    title = max((w for w in words if w[0] == page and w[1] == "Title" and w[4] < y), key=lambda w: w[4])
    location = next(w for w in words if w[0] == page and w[1] == "Location" and abs(w[4] - title[4]) < 2)
    assert all(x1 < location[2] for p, _, _, x1, _ in pieces if p == page)
    assert _visual("Kick-off שלום") == "Kick-off םולש"


def test_quarters_dates_and_months_in_each_language(editions):
    """«2026 жылғы IV тоқсан», «IV квартал 2026 г.», "Q4 2026"; no ISO date and no "Sept" in the
    words of the PDF; the same month abbreviation as the workbook's date format."""
    from app.reports.labels import fmt_day, quarter_words

    assert quarter_words("2026Q4", "kk") == "2026 жылғы IV тоқсан"
    assert quarter_words("2026Q4", "ru") == "IV квартал 2026 г."
    assert quarter_words("2027Q1", "kk", "for") == "2027 жылғы I тоқсанға"
    assert fmt_day(date(2026, 9, 1), "en") == "1 Sep 2026"  # Excel's "d mmm yyyy" prints "Sep" too
    out, _ = editions
    for lang in ("kk", "ru", "en"):
        text = _flat("\n".join(_pages(out[lang]["internal"][1])))
        assert _flat(quarter_words("2026Q4", lang)) in text and "2026Q4" not in text.replace("2026Q4_", "")
        assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), lang
        assert "Sept" not in text


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_workbook_summary_words_the_quarter_and_labels_the_term(editions, lang):
    """The Summary sheet says the quarter as the PDF does (never the code "2026Q4") and the term
    row has its label in column A, like every other row."""
    from openpyxl import load_workbook

    from app.reports.labels import label, quarter_words

    out, _ = editions
    _, _, xlsx = out[lang]["customer"]
    rows = {r[0]: r[1] for r in load_workbook(xlsx).worksheets[0].iter_rows(values_only=True) if r and r[0]}
    quarter = rows[label("quarter", lang)]
    assert quarter.startswith(quarter_words(QUARTER, lang)) and "Q4" not in quarter.replace("Q4 2026", "")
    assert "2026Q4" not in quarter
    assert "%" in rows[label("term", lang)]


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_header_word_of_the_summary_is_split(editions, lang):
    """Each column is at least as wide as its longest header word: no header word is cut in two
    on page 1 (a rounding step once split «Жоспарланған» into «Жоспарланға н»)."""
    out, _ = editions
    _, pdf, _ = out[lang]["customer"]
    words = set(_pages(pdf)[0].split())
    for key in ("purchased", "delivered", "scheduled", "remaining", "expiring"):
        for word in t(f"statement.col.{key}", lang).split():
            assert word in words, (key, word)
