"""Ctrl+F as a person uses it: the find bar over a table keeps the rows holding every typed word,
Enter goes to the first of them, Esc shows all rows again."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

from app.ui.find import install_find

ROWS = [("WO-KZ-001", "Астана Digital Bank", "Workshop"), ("WO-KZ-002", "Байтерек Телеком", "RAP"),
        ("WO-KG-003", "Бишкек Энерго", "Workshop"), ("WO-UZ-004", "Астана Логистика", "EDE")]


def screen(qtbot):
    host = QWidget()
    model = QStandardItemModel(len(ROWS), 3, host)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView(host)
    view.setModel(model)
    QVBoxLayout(host).addWidget(view)
    qtbot.addWidget(host)
    host.resize(700, 300)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    bar = install_find(host, view)
    return host, view, model, bar


def type_text(widget, text):
    """Keys with their text, as a keyboard sends them (QTest's keyClicks knows ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown if ord(ch) > 127 else ord(ch.upper()),
                                                     Qt.KeyboardModifier.NoModifier, ch))


def shown(view, model):
    return [model.item(r, 0).text() for r in range(model.rowCount()) if not view.isRowHidden(r)]


def test_ctrl_f_filters_by_every_word_in_any_case(qtbot):
    host, view, model, bar = screen(qtbot)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.hasFocus()
    type_text(bar.edit, "астана")
    qtbot.waitUntil(lambda: shown(view, model) == ["WO-KZ-001", "WO-UZ-004"])
    type_text(bar.edit, " WorkShop")
    qtbot.waitUntil(lambda: shown(view, model) == ["WO-KZ-001"])
    assert bar.count.text() == "1/4"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert view.hasFocus() and view.currentIndex().row() == 0
    bar.edit.setFocus()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and shown(view, model) == [r[0] for r in ROWS]


def test_the_filter_follows_the_table_when_it_changes(qtbot):
    host, view, model, bar = screen(qtbot)
    bar.open_bar()
    type_text(bar.edit, "ТЕЛЕКОМ")
    qtbot.waitUntil(lambda: shown(view, model) == ["WO-KZ-002"])
    model.appendRow([QStandardItem("WO-KZ-005"), QStandardItem("Казах Телеком"), QStandardItem("RAP")])
    qtbot.waitUntil(lambda: shown(view, model) == ["WO-KZ-002", "WO-KZ-005"])


def test_ctrl_f_on_every_table_screen_of_the_window(qtbot, window):
    from app.ui.find import FindBar

    window.ctx.set_current("UES-KZ-2025-014")
    for key in ("portfolio", "plan", "ledger", "deadlines"):
        window.show_screen(key)
        screen = window.screens[key]
        bar = screen.findChild(FindBar)
        assert bar is not None, key
        bar.open_bar()
        type_text(bar.edit, "zzzz-nothing")
        qtbot.waitUntil(lambda b=bar: b.first_shown() is None)
        bar.close_bar()
        assert bar.first_shown() == 0 or bar.view.model().rowCount() == 0
