"""The import dialog's mapping step (issue 14): a combo per column over the first rows, a CSV
file's encoding and separator shown and changed, and the answers saved as an import profile that
the next file with the same headers gets by itself."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import profiles

from .conftest import table_counts
from .test_profiles import supplier_file

pytest.importorskip("PySide6")


@pytest.fixture
def dialog(qtbot, db):
    from app.ui.import_dialog import ImportDialog

    dlg = ImportDialog(db, "en")
    qtbot.addWidget(dlg)
    yield dlg
    dlg.tasks.wait()


def validate(qtbot, dlg, action):
    action()
    qtbot.waitUntil(lambda: not dlg.tasks.running and dlg.browse_button.isEnabled(), timeout=30000)


def combo_for(dlg, sheet: str, header: str):
    return next(c for s, h, c in dlg.column_combos if s == sheet and h == header)


def test_map_a_column_choose_a_service_save_the_profile_and_get_it_next_time(qtbot, dialog, db, write):
    validate(qtbot, dialog, lambda: dialog.load(supplier_file(write)))
    assert not dialog.plan.ok
    end = combo_for(dialog, "Work orders", "Срок окончания договора")
    assert end.currentData() == ""  # not recognised: ignored until the user says what it is
    assert combo_for(dialog, "Work orders", "Customer").currentData() == "customer"
    from PySide6.QtWidgets import QTableWidget

    table = dialog.columns_area.widget().findChild(QTableWidget, "columns:Work orders")
    assert table.item(1, 0).text() == "WO-1" and table.item(1, 3).text() == "2026-12-31"
    end.setCurrentIndex(end.findData("term_end"))
    validate(qtbot, dialog, dialog.reread)
    assert dialog.columns == {"Срок окончания договора": "term_end"}
    assert [p.reason for p in dialog.plan.problems] == ["unknown_service_close"]
    service = dialog.combos["Воркшоп по безопасности AD"]
    service.setCurrentIndex(service.findData("WORKSHOPS"))
    validate(qtbot, dialog, dialog.revalidate)
    assert dialog.plan.ok
    dialog.save_profile.setChecked(True)
    dialog.profile_name.setText("Supplier X")
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.tasks.running, timeout=30000)
    assert table_counts(db)["service_line"] == 2
    [p] = profiles.list_profiles(db)
    assert (p.name, p.columns, p.services) == ("Supplier X", {"срок окончания договора": "term_end"},
                                               {"Воркшоп по безопасности AD": "WORKSHOPS"})


def test_the_next_file_is_mapped_by_the_profile(qtbot, dialog, db, write):
    from app.services import importer

    plan = importer.plan_import(db, supplier_file(write), columns={"Срок окончания договора": "term_end"},
                                choices={"Воркшоп по безопасности AD": "WORKSHOPS"})
    importer.commit(db, plan, save_profile="Supplier X")
    validate(qtbot, dialog, lambda: dialog.load(supplier_file(write, number="WO-2")))
    assert dialog.plan.ok and "Mapped by profile «Supplier X»." in dialog.summary.text()
    assert combo_for(dialog, "Work orders", "Срок окончания договора").currentData() == "term_end"


def test_a_csv_files_encoding_and_separator_are_shown_and_can_be_changed(qtbot, dialog, db, tmp_path):
    path = tmp_path / "Заказы.csv"
    path.write_bytes("Заказ;x,Клиент,Начало срока,Окончание срока\r\nWO-1;a,Альфа,01.03.2026,28.02.2027\r\n"
                     .encode("cp866"))
    validate(qtbot, dialog, lambda: dialog.load(path))
    assert not dialog.csv_row.isHidden()
    assert dialog.csv_label.text().startswith("Read as CSV: encoding ")
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("cp866"))
    dialog.separator_combo.setCurrentIndex(dialog.separator_combo.findData(","))
    validate(qtbot, dialog, dialog.reread)
    assert dialog.csv_label.text() == "Read as CSV: encoding cp866, separator ,"
    first = combo_for(dialog, "Заказы", "Заказ;x")
    first.setCurrentIndex(first.findData("work_order"))
    validate(qtbot, dialog, dialog.reread)
    assert dialog.plan.ok, [p.text() for p in dialog.plan.problems]
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.tasks.running, timeout=30000)
    from app.services.portfolio import load

    [wo] = load(db).work_orders
    assert (wo.number, wo.customer, wo.term_end) == ("WO-1;a", "Альфа", date(2027, 2, 28))


def test_the_file_picker_offers_every_kind_of_file(dialog, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    seen = {}

    def fake(_parent, _title, _dir, filters):
        seen["filters"] = filters
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))
    dialog.choose_file()
    for pattern in ("*.xlsx", "*.xlsm", "*.ods", "*.xls", "*.csv"):
        assert pattern in seen["filters"].split(";;")[0]


def test_settings_import_profiles_page_renames_forgets_and_deletes(qtbot, db, write, tmp_path):
    from app.services import importer
    from app.ui.settings import AppSettings
    from app.ui.settings_dialog import SettingsDialog

    plan = importer.plan_import(db, supplier_file(write), columns={"Срок окончания договора": "term_end"},
                                choices={"Воркшоп по безопасности AD": "WORKSHOPS"})
    importer.commit(db, plan, save_profile="Supplier X")
    profiles.save_profile(db, profiles.ImportProfile("Other", frozenset({"a"}), {"b": ""}))
    settings = SettingsDialog(AppSettings(tmp_path / "config"), "en", db=db)
    qtbot.addWidget(settings)
    from PySide6.QtWidgets import QPushButton

    settings.findChild(QPushButton, "import_profiles").click()
    from app.ui.profiles_dialog import ProfilesDialog

    dlg = settings.findChild(ProfilesDialog)
    assert [dlg.names.item(i).text() for i in range(dlg.names.count())] == ["Other", "Supplier X"]
    dlg.names.setCurrentRow(1)
    cells = [[dlg.answers.item(r, c).text() for c in range(3)] for r in range(dlg.answers.rowCount())]
    assert cells == [["Column", "срок окончания договора", "Term end"],
                     ["Service", "Воркшоп по безопасности AD", "Workshops (WORKSHOPS)"]]
    assert dlg.rename("Supplier X", "Other") is False and dlg.message.text() == \
        "there is already an import profile «Other»"
    assert dlg.rename("Supplier X", "Supplier Y")
    dlg.forget("Supplier Y", 1)  # the service choice
    assert profiles.get_profile(db, "Supplier Y").services == {}
    assert profiles.get_profile(db, "Supplier Y").columns == {"срок окончания договора": "term_end"}
    dlg.delete("Other")
    assert [p.name for p in profiles.list_profiles(db)] == ["Supplier Y"]
    assert dlg.names.count() == 1

