"""The template a person fills in (issue 14): drop-downs on the closed columns, formats, one
marked example row per sheet that is never imported, the service catalog in kk/ru/en, an
instruction sheet that prints on one page; and a filled template imports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from app.cli import main
from app.domain.catalog import catalog
from app.services import importer
from app.services.portfolio import load
from app.workbook import format as fmt

from .conftest import table_counts


@pytest.fixture
def template(tmp_path):
    def _make(lang):
        path = tmp_path / f"template-{lang}.xlsx"
        assert main(["template", str(path), "--lang", lang]) == 0
        return path
    return _make


def _validations(ws) -> dict[str, str]:
    """column letter -> the list formula of its drop-down"""
    out = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            out[rng.coord.split(":")[0].rstrip("0123456789")] = dv.formula1
    return out


def test_the_template_offers_drop_downs_formats_and_the_catalog(template):
    wb = openpyxl.load_workbook(template("ru"))
    assert wb.sheetnames == ["Инструкция", "Заказы", "Места поддержки", "Услуги", "Оказание услуг",
                             "Журнал операций", "Списки", "Каталог услуг"]
    locs = wb["Места поддержки"]
    assert [c.value for c in locs[1]][:3] == ["Заказ на выполнение работ *", "Страна *", "Роль *"]
    assert _validations(locs) == {"B": "='Списки'!$H$2:$H$250", "C": "='Списки'!$A$2:$A$3",
                                  "D": "='Списки'!$G$2:$G$179"}  # country, role, currency
    lists = wb["Списки"]
    assert [c.value for c in lists["A"] if c.value] == ["Роль", "основное место (хост)", "дополнительное место"]
    assert lists["G2"].value == "USD" and lists["H1"].value == "Страна"
    services = wb["Услуги"]
    got = _validations(services)
    assert got["C"] == f"='Каталог услуг'!$A$2:$A${len(list(catalog())) + 1}"
    assert set(got) == {"C", "E", "F", "G"}  # service, unit, location, funding
    cat = wb["Каталог услуг"]
    assert [c.value for c in cat[1]] == ["Код", "Қазақша", "Русский", "English"]
    edes = [r for r in cat.iter_rows(min_row=2, values_only=True) if r[0] == "EDE"]
    assert edes and all(edes[0][1:])
    wos = wb["Заказы"]
    assert wos["C2"].number_format == "dd.mm.yyyy" and wos["H3"].number_format == "#,##0.00"
    assert wos["A2"].value == "Пример: WO-2026-001" and wos["A2"].font.i
    ins = wb["Инструкция"]
    assert ins.sheet_properties.pageSetUpPr.fitToPage and ins.page_setup.fitToHeight == 2
    assert all(ins.cell(row=r, column=1).alignment.wrap_text for r in range(2, ins.max_row + 1))


def test_the_unfilled_template_imports_nothing_and_says_the_examples_were_skipped(db, template):
    plan = importer.plan_import(db, template("kk"), lang="kk")
    assert plan.problems == [] and plan.changes == []
    shown = [n.text("kk") for n in plan.notices]
    assert "Жұмыс тапсырыстары: үлгінің мысал жолдары импортталмады: 2" in shown
    assert len([n for n in plan.notices if n.key == "import.example_rows"]) == len(fmt.SHEETS)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_filled_template_imports(db, template, tmp_path, lang):
    from app.texts import VOCAB

    path = template(lang)
    wb = openpyxl.load_workbook(path)
    w = lambda vocab, v: VOCAB[vocab][v][lang]  # noqa: E731 - the words a person picks in the drop-down
    names = [wb.sheetnames[i] for i in range(1, 6)]
    wb[names[0]].append(["WO-7", "ТОО «Бета»", date(2026, 2, 1), date(2027, 1, 31), None, "USD", 1, 300000, 0, 50])
    wb[names[1]].append(["WO-7", "KZ", w("role", "host"), "KZT", 0.002, 1000000])
    wb[names[2]].append(["WO-7", 1, "PROACTIVE_CREDITS", 100, w("unit", "credits"), "KZ",
                         w("funding", "additional"), 2500, None, ""])
    wb[names[2]].append(["WO-7", 2, catalog()["WORKSHOPS"].name(lang), 2, "", "KZ", w("funding", "additional"),
                         9000, None, ""])
    wb[names[4]].append(["WO-7", date(2026, 2, 1), "KZ", w("kind", "grant"), 100, 0, "WO-7", ""])
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    plan = importer.plan_import(db, filled, lang=lang)
    assert plan.problems == [], [p.text() for p in plan.problems]
    importer.commit(db, plan)
    assert table_counts(db) == {"work_order": 1, "location": 1, "service_line": 2, "delivery": 0,
                                "ledger_entry": 1}
    [wo] = load(db).work_orders
    assert (wo.number, wo.customer, wo.term_end, wo.cancel_fee_pct) == ("WO-7", "ТОО «Бета»", date(2027, 1, 31),
                                                                       Decimal(50))
    assert [ln.service for ln in wo.lines] == ["PROACTIVE_CREDITS", "WORKSHOPS"]
