"""The import dialog: background validation with a progress bar, preview, service matches,
import in one transaction, error workbook."""

from __future__ import annotations

import openpyxl
import pytest

from .conftest import LOC_HEAD, LOC_ROWS, SVC_HEAD, WO_HEAD, WO_ROW, full_sheets, table_counts

pytest.importorskip("PySide6")


@pytest.fixture
def dialog(qtbot, db):
    from app.ui.import_dialog import ImportDialog

    dlg = ImportDialog(db, "en")
    qtbot.addWidget(dlg)
    yield dlg
    dlg.tasks.wait()




def validate(qtbot, dlg, action):
    """Run ``action`` (it starts a background task) and wait until the dialog has shown its result."""
    action()
    qtbot.waitUntil(lambda: not dlg.tasks.running and dlg.browse_button.isEnabled(), timeout=20000)


def test_preview_then_import(qtbot, dialog, db, write):
    path = write(full_sheets())
    validate(qtbot, dialog, lambda: dialog.load(path))
    assert dialog.plan is not None and dialog.plan.ok
    assert dialog.changes_view.model().rowCount() == 8
    assert dialog.summary.text().startswith("8 new, 0 changed, 0 unchanged")
    assert dialog.import_button.isEnabled() and not dialog.errors_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.tasks.running, timeout=20000)
    from PySide6.QtWidgets import QDialog

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert table_counts(db)["delivery"] == 1


def test_fuzzy_service_fixed_in_a_combo(qtbot, dialog, db, write):
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS],
              "Services": [SVC_HEAD, ["WO-1", 1, "Proactiv Monitorng", 3, "", "KZ", "additional", 0, None, ""]]}
    validate(qtbot, dialog, lambda: dialog.load(write(sheets)))
    assert not dialog.import_button.isEnabled()
    combo = dialog.combos["Proactiv Monitorng"]
    assert combo.currentData() is None  # nothing chosen for the user
    combo.setCurrentIndex(combo.findData("PROACTIVE_MONITORING"))
    validate(qtbot, dialog, dialog.revalidate)
    assert dialog.plan.ok and dialog.import_button.isEnabled()
    dialog.run_import()
    qtbot.waitUntil(lambda: not dialog.tasks.running, timeout=20000)
    assert table_counts(db)["service_line"] == 1


def test_rejected_shows_problems_and_writes_error_workbook(qtbot, dialog, db, write, tmp_path):
    row = list(WO_ROW)
    row[3] = "someday"
    validate(qtbot, dialog, lambda: dialog.load(write({"Work orders": [WO_HEAD, row]})))
    model = dialog.problems_view.model()
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(4)] == ["Work orders", "2", "Term end (D)", "someday"]
    assert dialog.errors_button.isEnabled() and not dialog.import_button.isEnabled()
    out = tmp_path / "errors.xlsx"
    dialog.write_errors(out)
    assert "not a date" in openpyxl.load_workbook(out)["Work orders"]["K2"].value
    assert table_counts(db)["work_order"] == 0


def test_unreadable_file_is_said_in_the_dialog(qtbot, dialog, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_text("not a workbook")
    validate(qtbot, dialog, lambda: dialog.load(bad))
    assert "not an Excel workbook" in dialog.summary.text()


def test_ten_thousand_lines_validate_in_the_background(qtbot, dialog, tmp_path):
    from datetime import date

    from .xlsx import make_xlsx

    rows = [["Work order", "Delivery", "Service", "Title"]] + [["WO-X", f"D-{i}", "WORKSHOPS", f"t{i}"]
                                                             for i in range(10_000)]
    path = tmp_path / "big.xlsx"
    make_xlsx(path, {"Work orders": [WO_HEAD, ["WO-X", "C", date(2026, 1, 1), date(2026, 12, 31)]],
                     "Deliveries": rows})
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)  # the event loop keeps running while the worker reads
    validate(qtbot, dialog, lambda: dialog.load(path))
    timer.stop()
    assert dialog.plan.count("new") == 10_001
    assert len(ticks) >= 3
