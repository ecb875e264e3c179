"""Hostile workbooks (issue 6): each is refused with a clear message naming the place, and
nothing is written."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from app.services import importer
from app.workbook.reader import WorkbookError

from .conftest import WO_HEAD, WO_ROW, table_counts
from .xlsx import E, F, make_xlsx, sheet_xml


def problems(db, path):
    plan = importer.plan_import(db, path)
    assert table_counts(db)["work_order"] == 0
    return [(p.sheet, p.row, p.column, p.letter, p.reason) for p in plan.problems], plan


def with_cell(index, value):
    row = list(WO_ROW)
    row[index] = value
    return {"Work orders": [WO_HEAD, row]}


@pytest.mark.parametrize("content,reason", [
    (b"name,amount\nx,1\n", "not_xlsx"),
    (b"PK\x03\x04 this is no zip at all", "corrupt"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le"), "password_protected"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, "old_xls"),
])
def test_unreadable_files(db, tmp_path, content, reason):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookError) as exc:
        importer.plan_import(db, path)
    assert exc.value.reason == reason


def test_a_zip_that_is_not_a_workbook(db, tmp_path):
    path = tmp_path / "doc.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(WorkbookError, match="not_xlsx"):
        importer.plan_import(db, path)


def test_zip_bomb_refused_before_reading(db, tmp_path):
    path = tmp_path / "bomb.xlsx"
    make_xlsx(path, {"Work orders": [WO_HEAD, WO_ROW]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/zeros.bin", b"\0" * (64 * 1024 * 1024))
    with pytest.raises(WorkbookError, match="archive_bomb"):
        importer.plan_import(db, path)


def test_too_many_entries_refused(db, tmp_path):
    path = tmp_path / "many.xlsx"
    make_xlsx(path, {"Work orders": [WO_HEAD, WO_ROW]})
    with zipfile.ZipFile(path, "a") as z:
        for i in range(5001):
            z.writestr(f"x/{i}", b"")
    with pytest.raises(WorkbookError, match="archive_bomb"):
        importer.plan_import(db, path)


def test_sparse_far_cell_is_refused_not_allocated(db, tmp_path):
    path = tmp_path / "sparse.xlsx"
    xml = sheet_xml([WO_HEAD, WO_ROW]).replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
    make_xlsx(path, {"Work orders": xml})
    with pytest.raises(WorkbookError, match="sheet_too_large"):
        importer.plan_import(db, path)


def test_formula_cached_value_is_taken(db, write):
    plan = importer.plan_import(db, write(with_cell(7, F("1000*500", 500000))))
    assert plan.ok
    importer.commit(db, plan)
    assert table_counts(db)["work_order"] == 1


def test_formula_never_computed_is_refused_with_its_cell(db, write):
    got, plan = problems(db, write(with_cell(7, F("1000*500"))))
    assert got == [("Work orders", 2, "Base package amount", "H", "formula_not_computed")]
    assert "Work orders, row 2, column Base package amount (H)" in plan.problems[0].text()


def test_error_value_refused(db, write):
    got, plan = problems(db, write(with_cell(3, E("#REF!"))))
    assert got == [("Work orders", 2, "Term end", "D", "error_value")]
    assert "#REF!" in plan.problems[0].text()


@pytest.mark.parametrize("index,value,reason", [
    (2, "1899-12-31", "date_out_of_range"), (3, "2101-01-01", "date_out_of_range"),
    (3, 80000, "date_out_of_range"), (3, "31/02/2026", "not_a_date"),
    (7, -5, "negative"), (7, "10000000000000", "too_large"), (7, "NaN", "not_finite"),
    (7, "Infinity", "not_finite"), (7, "1,250", "ambiguous_number"), (9, 150, "pct_range"),
    (6, 0, "not_positive"), (1, "x" * 100_000, "too_long"), (1, "bell\x07", "control_chars"),
    (0, "WO\n1", "multiline"), (5, "Dollars", "unknown_currency"), (2, True, "wrong_type"),
])
def test_bad_cells_refused_and_named(db, write, index, value, reason):
    got, plan = problems(db, write(with_cell(index, value)))
    assert got == [("Work orders", 2, WO_HEAD[index], "ABCDEFGHIJ"[index], reason)]
    assert len(plan.problems[0].text()) < 400  # a 100,000-character value is shortened in the message


def test_end_before_start_refused(db, write):
    got, _ = problems(db, write(with_cell(3, date(2025, 12, 31))))
    assert got == [("Work orders", 2, "Term end", "D", "end_before_start")]


def test_right_to_left_and_combining_characters_kept_literally(db, write):
    name = "שלום \u202eAcme\u202c e\u0301 ع"
    plan = importer.plan_import(db, write(with_cell(1, name)))
    importer.commit(db, plan)
    from app.services.portfolio import load

    assert load(db).work_orders[0].customer == name


def test_no_sheet_of_the_format(db, write):
    got, _ = problems(db, write({"Sheet1": [["a", "b"], [1, 2]]}))
    assert got == [("Sheet1", 1, "—", "A", "no_sheets")]


def test_cells_without_references_are_read_by_the_streaming_reader(db, tmp_path):
    """Some generators omit the r="A1" references: such sheets are read with openpyxl, formulas
    and error values still caught."""
    import re

    xml = sheet_xml([WO_HEAD, WO_ROW, ["WO-2", "B", date(2026, 1, 1), F("C3+1")]])
    xml = re.sub(r' r="[A-Z]+\d+"', "", xml)
    path = tmp_path / "norefs.xlsx"
    make_xlsx(path, {"Work orders": xml})
    got, _ = problems(db, path)
    assert got == [("Work orders", 3, "Term end", "D", "formula_not_computed")]
