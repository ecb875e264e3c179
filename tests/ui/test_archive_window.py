"""Issue 16: archive/unarchive and delete a work order from the window; archived ones hidden from
the Portfolio unless "Show archived"; a delete refused (said why) while the ledger has entries,
and undone by Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import dump, rows, when_modal

A = "UES-KZ-2025-014"


def _shown_numbers(screen):
    proxy = screen.proxy
    return [screen.model.row(proxy.mapToSource(proxy.index(r, 0))).wo.number for r in range(proxy.rowCount())]


def test_archive_hides_from_the_portfolio_then_delete_and_ctrl_z(qtbot, window, demo_db):
    before = dump(demo_db)
    window.ctx.set_current(A)
    window.show_screen("workorder")
    screen = window.screens["workorder"]
    seen = {}

    def refused(box):
        seen["refused"] = box.text()
        box.accept()

    when_modal(refused)
    screen.delete_button.click()  # the ledger has entries and it is not archived
    assert "has ledger entries" in seen["refused"] and "Archive it first" in seen["refused"]
    assert dump(demo_db) == before

    screen.archive_button.click()
    assert rows(demo_db, "SELECT archived_on FROM work_order WHERE number=?", A) == [("2026-11-25",)]
    assert screen.archive_button.text() == "Unarchive"
    window.show_screen("portfolio")
    portfolio = window.screens["portfolio"]
    assert A not in _shown_numbers(portfolio)
    portfolio.show_archived.setChecked(True)
    assert A in _shown_numbers(portfolio)
    portfolio.show_archived.setChecked(False)

    window.ctx.set_current(A)
    window.show_screen("workorder")

    def confirm(box):
        seen["default"] = box.defaultButton().objectName()
        box.findChild(QPushButton, "yes").click()

    when_modal(confirm)
    screen.delete_button.click()
    assert seen["default"] == "no"
    assert rows(demo_db, "SELECT count(*) FROM work_order WHERE number=?", A) == [(0,)]
    assert window.ctx.work_order(A) is None

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the delete
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the archive
    assert dump(demo_db) == before
    assert window.ctx.work_order(A) is not None
