"""``import --errors`` for inputs that are not Excel workbooks (CSV, .ods): the error workbook is
an .xlsx of the values as read, with the bad cells marked where they were (issue 14)."""

from __future__ import annotations

import openpyxl

from app.cli import main

from .conftest import SVC_HEAD, WO_HEAD, full_sheets, table_counts

BAD_FILL = "FFC7CE"


def test_errors_workbook_of_a_rejected_cp1251_csv(db, tmp_path, capsys):
    path = tmp_path / "Заказы из 1С за первый квартал две тысячи двадцать шестого.csv"
    text = ("Заказ на выполнение работ;Клиент;Начало срока;Окончание срока\r\n"
            "WO-9;ТОО «Альфа»;01.03.2026;28.02.2025\r\n"
            "WO-10;=HYPERLINK(\"x\");01.03.2026;28.02.2027\r\n")
    path.write_bytes(text.encode("cp1251"))
    out = tmp_path / "errors"
    assert main(["import", str(path), "--db", str(db.path), "--lang", "en", "--errors", str(out)]) == 1
    assert "damaged" not in capsys.readouterr().err
    wb = openpyxl.load_workbook(tmp_path / "errors.xlsx")
    [ws] = wb.worksheets
    assert ws.title == path.stem[:31]
    assert [c.value for c in ws[1]] == ["Заказ на выполнение работ", "Клиент", "Начало срока",
                                        "Окончание срока", "Problems"]
    assert ws["D2"].value == "28.02.2025" and ws["D2"].fill.fgColor.rgb.endswith(BAD_FILL)
    assert ws["E2"].value == (f"{path.stem}, row 2, column Окончание срока (D): «2025-02-28»: the end "
                              "2025-02-28 is before the start 2026-03-01")
    assert ws["B3"].value == '=HYPERLINK("x")' and ws["B3"].data_type == "s"  # text stays text
    assert ws["E3"].value is None
    assert table_counts(db)["work_order"] == 0


def test_errors_workbook_of_a_rejected_ods(db, tmp_path):
    from .xlsx import make_ods

    path = tmp_path / "book.ods"
    sheets = full_sheets()
    sheets["Services"] = [SVC_HEAD, ["WO-1", 1, "No such service at all", 1, "", "KZ", "additional", 0, None, ""]]
    make_ods(path, sheets)
    out = tmp_path / "book-errors.xlsx"
    assert main(["import", str(path), "--db", str(db.path), "--lang", "ru", "--errors", str(out)]) == 1
    wb = openpyxl.load_workbook(out)
    ws = wb["Services"]
    assert ws["C2"].value == "No such service at all" and ws["C2"].fill.fgColor.rgb.endswith(BAD_FILL)
    assert "--service" in ws["K2"].value
    assert [c.value for c in wb["Work orders"][1]][:len(WO_HEAD)] == WO_HEAD


def test_a_short_cp1251_csv_is_not_taken_for_mac_cyrillic(tmp_path):
    """charset-normalizer ranks mac_cyrillic first for this text («аказ for Заказ)."""
    from app.workbook.reader import read_workbook

    path = tmp_path / "short.csv"
    path.write_bytes("Заказ на выполнение работ;Клиент;Начало срока;Окончание срока\r\n"
                     "WO-9;ТОО «Альфа»;01.03.2026;28.02.2027\r\n".encode("cp1251"))
    raw = read_workbook(path)
    assert raw.source == [("read_as_csv", {"encoding": "cp1251", "separator": ";", "codec": "cp1251"})]
    assert raw.sheets[0].rows == [(2, ["WO-9", "ТОО «Альфа»", "01.03.2026", "28.02.2027"])]


def test_the_user_may_override_the_detected_encoding_and_separator(db, tmp_path):
    from app.services import importer

    path = tmp_path / "odd.csv"
    # a comma-separated file whose text sniffs as ;-separated (a ; in every row), in cp866
    path.write_bytes("Заказ;x,Клиент,Начало срока,Окончание срока\r\nWO-1;a,Альфа,01.03.2026,28.02.2027\r\n"
                     .encode("cp866"))
    first = importer.plan_import(db, path)
    assert first.raw.sheets == [] or first.problems
    plan = importer.plan_import(db, path, encoding="cp866", separator=",",
                                columns={"Заказ;x": "work_order"})
    assert plan.problems == [], [p.text() for p in plan.problems]
    assert plan.raw.source == [("read_as_csv", {"encoding": "cp866", "separator": ",", "codec": "cp866"})]
    [change] = plan.changes
    assert (change.work_order, change.values["customer"]) == ("WO-1;a", "Альфа")
