"""Deadlines opens on what is coming (past ones collapsed behind "Show past (N)"); "This week" is
the next 7 days with what is overdue; the message column stays on screen at 1366 (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _open(window):
    window.resize(1366, 768)
    window.show_screen("deadlines")
    for _ in range(3):
        QApplication.processEvents()
    return window.screens["deadlines"]


def _shown(screen):
    return [screen.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(screen.proxy.rowCount())]


def test_opens_on_upcoming_items_and_past_ones_come_back_on_the_toggle(window):
    screen = _open(window)
    today = window.ctx.today
    everything = window.ctx.findings()
    past = [f for f in everything if f.date < today]
    assert len(past) > 20  # the demo has many (issue 16 saw 22 before the first upcoming one)
    rows = _shown(screen)
    assert rows and all(f.date >= today for f in rows)
    assert len(rows) == len(everything) - len(past)
    assert screen.show_past.text() == f"Show past ({len(past)})"
    QTest.mouseClick(screen.show_past, Qt.MouseButton.LeftButton)
    assert len(_shown(screen)) == len(everything)
    assert screen.show_past.text() == f"Hide past ({len(past)})"
    QTest.mouseClick(screen.show_past, Qt.MouseButton.LeftButton)
    assert len(_shown(screen)) == len(everything) - len(past)


def test_this_week_is_the_next_seven_days_with_the_overdue(make_window, demo_db, qtbot, settings):
    from app.domain.enums import Severity
    from app.ui.window import MainWindow

    saturday = date(2026, 11, 28)  # a week "to Sunday" would end tomorrow
    window = MainWindow(demo_db, "en", today=saturday, settings=settings)
    qtbot.addWidget(window)
    window.show()
    screen = _open(window)
    screen.window.setCurrentIndex(screen.window.findData("week"))
    rows = _shown(screen)
    dates = {f.date for f in rows}
    assert date(2026, 12, 4) in dates  # Friday, six days on: in the week
    assert max(dates) <= date(2026, 12, 4)
    overdue = [f for f in window.ctx.findings() if f.date < saturday and f.severity is not Severity.INFO]
    assert overdue and all(f in rows for f in overdue)  # overdue included
    assert not any(f.date < saturday and f.severity is Severity.INFO for f in rows)  # history is not a task
    window.tasks.wait()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_message_column_is_on_screen_at_1366(make_window, demo_db, lang):
    window = make_window(demo_db, lang)
    screen = _open(window)
    view = screen.view
    last = screen.model.columnCount() - 1
    left = view.columnViewportPosition(last)
    assert 0 < left < view.viewport().width() - 200, left  # at least 200 px of the message in view
    first = screen.proxy.index(0, last)
    assert first.data(Qt.ItemDataRole.ToolTipRole)  # the whole message in its tooltip
    assert window.width() <= 1366 or window.minimumSizeHint().width() <= 1366
