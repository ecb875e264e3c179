"""Issue 16: with no work order every screen says what to do next, with the buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tests.ui.conftest import rows, when_modal


def test_no_work_orders_says_create_or_import_with_the_buttons(qtbot, make_window, db):
    window = make_window(db, "kk")
    hint = window.empty_hint
    assert hint.isVisible()
    assert hint.findChild(QLabel, "empty_hint_text").text() == (
        "Әзірге жұмыс тапсырыстары жоқ. Жұмыс тапсырысын жасаңыз немесе кітапты импорттаңыз.")
    for key in ("plan", "ledger", "deadlines"):
        window.show_screen(key)
        assert hint.isVisible()
    seen = {}

    def fill(d):
        seen["title"] = d.windowTitle()
        d.findChild(QLineEdit, "number").setText("UES-KZ-2027-001")
        d.findChild(QLineEdit, "customer").setText("Ақтөбе Су")
        d.findChild(QPushButton, "ok").click()

    when_modal(fill)
    hint.findChild(QPushButton, "empty_new").click()
    assert rows(db, "SELECT number FROM work_order") == [("UES-KZ-2027-001",)]
    assert not hint.isVisible()
    window.undo_action.trigger()
    assert hint.isVisible()


def test_the_import_button_of_the_hint_opens_the_import(qtbot, make_window, db):
    window = make_window(db, "en")
    seen = {}

    def look(d):
        seen["title"] = d.windowTitle()
        d.reject()

    when_modal(look)
    window.empty_hint.findChild(QPushButton, "empty_import").click()
    assert seen["title"] == "Import a work order workbook"


def test_no_hint_over_a_portfolio(qtbot, window):
    assert not window.empty_hint.isVisible()
