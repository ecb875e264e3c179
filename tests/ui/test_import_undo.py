"""Issue 16: an import is one undoable change, its end says what it did (counted, in words) with
the way to the History, and the Undo names follow the language after a switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.ui.conftest import dump, rows, when_modal
from tests.workbook.conftest import WO_HEAD, full_sheets
from tests.workbook.xlsx import make_xlsx

A = "UES-KZ-2025-014"


def _workbook(demo_db, path):
    """The small workbook (a new work order WO-1 and its records) and one changed field of A."""
    (customer, start, end, signed, cur, rate, base, flex, fee), = rows(
        demo_db, "SELECT c.name, term_start, term_end, signed_on, currency, rate_to_usd, base_amount, "
        "flex_allowance, cancel_fee_pct FROM work_order w JOIN customer c ON c.id = w.customer_id "
        "WHERE number=?", A)
    from datetime import date
    from decimal import Decimal

    sheets = full_sheets()
    sheets["Work orders"] = [WO_HEAD, sheets["Work orders"][1],
                             [A, customer, date.fromisoformat(start), date.fromisoformat(end),
                              date.fromisoformat(signed) if signed else None, cur, float(Decimal(rate)),
                              int(Decimal(base)) + 1000, float(Decimal(flex)), float(Decimal(fee))]]
    make_xlsx(path, sheets)
    return path


def _import_through_the_dialog(qtbot, window, path):
    def drive(dlg):
        dlg.load(path)
        qtbot.waitUntil(lambda: dlg.plan is not None and not dlg.tasks.running, timeout=30000)
        assert dlg.plan.ok, dlg.plan.problems
        dlg.import_button.click()

    when_modal(drive, 30000)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "import_done", None) is not None
                    and window.import_done.isVisible(), timeout=30000)
    return window.import_done


def test_ctrl_z_after_an_import_takes_the_whole_import_back_and_ctrl_y_brings_it_again(
        qtbot, window, demo_db, tmp_path):
    before = dump(demo_db)
    old_base, = rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A)[0]
    box = _import_through_the_dialog(qtbot, window, _workbook(demo_db, tmp_path / "in.xlsx"))
    words = box.text()
    assert "Added: 1 work order, 2 locations, 2 service lines, 1 delivery, 2 ledger entries." in words
    assert "Changed: 1 work order." in words
    assert box.findChild(QPushButton, "show_history") is not None
    box.button(QMessageBox.StandardButton.Ok).click()
    after = dump(demo_db)
    assert rows(demo_db, "SELECT count(*) FROM work_order WHERE number='WO-1'") == [(1,)]
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) != [(old_base,)]
    assert window.ctx.undo_stack.count() == 1
    assert window.undo_action.text() == "Undo Import workbook"

    window.activateWindow()  # the dialog and the message were the active windows
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(demo_db) == before  # every row: the new work order, its records and A's field
    assert rows(demo_db, "SELECT count(*) FROM work_order WHERE number='WO-1'") == [(0,)]
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) == [(old_base,)]
    assert window.ctx.work_order("WO-1") is None  # and the window shows it

    qtbot.keyClick(window.nav, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dump(demo_db) == after
    assert window.ctx.work_order("WO-1") is not None


def test_the_end_of_an_import_opens_the_history_of_the_imported_work_order(qtbot, window, demo_db, tmp_path):
    box = _import_through_the_dialog(qtbot, window, _workbook(demo_db, tmp_path / "in.xlsx"))
    box.findChild(QPushButton, "show_history").click()
    assert window.current_screen() == "workorder"
    assert window.ctx.current == "WO-1"
    screen = window.screens["workorder"]
    assert screen.tabs.tabText(screen.tabs.currentIndex()) == "History"
    assert screen.history_model.rowCount() > 0


def test_the_undo_name_follows_the_language_after_a_switch(qtbot, window, demo_db):
    from app.ui.main import relaunch

    window.ctx.set_current(A)
    window.show_screen("workorder")
    base = window.screens["workorder"].fields["base_amount"]
    base.setText("1300000")
    base.editingFinished.emit()
    assert window.undo_action.text() == f"Undo Edit work order · {A}"
    new = relaunch(window, "ru")
    qtbot.addWidget(new)
    assert new.undo_action.text() == f"Отменить Изменение заказа · {A}"
    new.tasks.wait()
