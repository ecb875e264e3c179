"""Issue 16: Enter/F2 open the edit dialog and Delete removes (asked first, Cancel the default)
on the Plan, the Locations and Services tables; on the ledger Enter/F2 adjust and Delete says
why an entry is never removed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.conftest import rows, when_modal

A = "UES-KZ-2025-014"


def _focus(qtbot, window, view, row=0):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))


def _seen_dialog(qtbot, view, key, answer=None):
    seen = {}

    def look(d):
        seen["class"] = type(d).__name__
        seen["title"] = d.windowTitle()
        if isinstance(d, QMessageBox):
            seen["default"] = d.defaultButton().objectName() if d.defaultButton() else ""
            seen["text"] = d.text()
        if answer:
            answer(d)
        else:
            d.reject()

    when_modal(look)
    qtbot.keyClick(view, key)
    QApplication.processEvents()
    return seen


def test_plan_enter_and_f2_edit_delete_asks_with_cancel_the_default(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-005")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plan.view.setFocus()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2):
        seen = _seen_dialog(qtbot, plan.view, key)
        assert seen["class"] == "DeliveryDialog"


def test_plan_delete_on_a_planned_delivery_asks_and_enter_keeps_it(qtbot, window, demo_db):
    from app.ui.plan_dialogs import ACTIONS_BY_STATUS

    number, planned = next((wo.number, d.ref) for wo in window.ctx.portfolio().work_orders for d in wo.deliveries
                           if "remove" in ACTIONS_BY_STATUS[d.status])
    window.ctx.set_current(number)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select(planned)
    assert plan.buttons["remove"].isEnabled()
    q = ("SELECT count(*) FROM delivery d JOIN work_order w ON w.id=d.work_order_id WHERE w.number=? AND d.ref=?")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    plan.view.setFocus()
    seen = _seen_dialog(qtbot, plan.view, Qt.Key.Key_Delete,
                        lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # Enter: the default
    assert seen["default"] == "no" and planned in seen["text"]
    assert rows(demo_db, q, number, planned) == [(1,)]  # kept
    seen = _seen_dialog(qtbot, plan.view, Qt.Key.Key_Delete, lambda box: box.findChild(QPushButton, "yes").click())
    assert rows(demo_db, q, number, planned) == [(0,)]
    window.undo_action.trigger()
    assert rows(demo_db, q, number, planned) == [(1,)]


def test_locations_and_services_tables_take_enter_f2_and_delete(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("workorder")
    screen = window.screens["workorder"]
    screen.tabs.setCurrentIndex(0)
    _focus(qtbot, window, screen.loc_view)
    assert _seen_dialog(qtbot, screen.loc_view, Qt.Key.Key_F2)["class"] == "LocationDialog"
    assert _seen_dialog(qtbot, screen.loc_view, Qt.Key.Key_Return)["class"] == "LocationDialog"
    before = rows(demo_db, "SELECT count(*) FROM location")
    seen = _seen_dialog(qtbot, screen.loc_view, Qt.Key.Key_Delete)  # asked; rejected: nothing removed
    assert seen["class"] == "QMessageBox" and seen["default"] == "no"
    assert rows(demo_db, "SELECT count(*) FROM location") == before

    screen.tabs.setCurrentIndex(1)
    _focus(qtbot, window, screen.line_view)
    assert _seen_dialog(qtbot, screen.line_view, Qt.Key.Key_F2)["class"] == "LineDialog"
    lines = rows(demo_db, "SELECT count(*) FROM service_line")
    seen = _seen_dialog(qtbot, screen.line_view, Qt.Key.Key_Delete)
    assert seen["class"] == "QMessageBox" and seen["default"] == "no"
    assert rows(demo_db, "SELECT count(*) FROM service_line") == lines


def test_ledger_enter_adjusts_and_delete_says_entries_stay(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("ledger")
    ledger = window.screens["ledger"]
    _focus(qtbot, window, ledger.view)
    assert _seen_dialog(qtbot, ledger.view, Qt.Key.Key_Return)["class"] == "EntryDialog"
    before = rows(demo_db, "SELECT count(*) FROM ledger_entry")
    seen = _seen_dialog(qtbot, ledger.view, Qt.Key.Key_Delete)
    assert "never removed" in seen["text"]
    assert rows(demo_db, "SELECT count(*) FROM ledger_entry") == before
