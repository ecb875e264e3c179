"""The timeline zooms term / quarter / month; a month calendar shows the deliveries and the
contract dates of the month with the location's holidays shaded (issue 16)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.dates import is_working_day


def _plan(window):
    window.resize(1366, 768)
    window.ctx.set_current("UES-KZ-2025-014")
    window.show_screen("plan")
    QApplication.processEvents()
    return window.screens["plan"]


def test_timeline_zooms_to_a_month_and_steps_on(qtbot, window):
    plan = _plan(window)
    tl = plan.timeline
    term = tl._span()
    assert term[0] <= date(2025, 12, 20) and term[1] > date(2026, 12, 20)
    plan.zoom.setFocus()
    plan.zoom.setCurrentIndex(plan.zoom.findData("quarter"))
    assert tl._span() == (date(2026, 10, 1), date(2027, 1, 1))  # today 25 Nov 2026
    plan.zoom.setCurrentIndex(plan.zoom.findData("month"))
    assert tl._span() == (date(2026, 11, 1), date(2026, 12, 1))
    QTest.mouseClick(plan.zoom_next, Qt.MouseButton.LeftButton)
    assert tl._span() == (date(2026, 12, 1), date(2027, 1, 1))
    # D-005 (4-6 Dec) is drawn across days 4 to 6, in the scheduled colour
    tl.resize(1000, tl.sizeHint().height())
    image = tl.grab().toImage()
    row = [d.ref for d in tl.rows].index("D-005")
    y = 40 + row * 22 + 11
    x_in = int(tl._x(date(2026, 12, 5)))
    x_out = int(tl._x(date(2026, 12, 10)))
    blue = QColor(image.pixel(x_in, y))
    assert blue.blue() > 150 and blue.red() < 120
    assert QColor(image.pixel(x_out, y)).blue() - QColor(image.pixel(x_out, y)).red() < 60
    QTest.mouseClick(plan.zoom_prev, Qt.MouseButton.LeftButton)
    assert tl._span() == (date(2026, 11, 1), date(2026, 12, 1))


def test_month_calendar_marks_deliveries_dates_and_holidays(qtbot, window):
    plan = _plan(window)
    QTest.mouseClick(plan.lower_tabs.tabBar(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     plan.lower_tabs.tabBar().tabRect(1).center())
    assert plan.lower_tabs.currentWidget() is plan.month
    cal = plan.month.calendar
    assert (cal.yearShown(), cal.monthShown()) == (2026, 11)
    cal.setFocus()
    cal.showNextMonth()
    QApplication.processEvents()
    assert not is_working_day("KZ", date(2026, 12, 16))  # Independence Day in Kazakhstan
    holiday = cal.dateTextFormat(QDate(2026, 12, 16)).background().color()
    working = cal.dateTextFormat(QDate(2026, 12, 15)).background().color()
    assert holiday == QColor("#fdecea") and working != holiday
    text = plan.month.list.text()
    assert "4 Dec 2026 – 6 Dec 2026  D-005 EDE: quarterly platform review" in text
    assert "20 Dec 2026  Term end" in text
    assert "Public holidays: 16 Dec 2026" in text
    assert "D-001" not in text  # March: not this month
    assert date(2026, 12, 5) in cal.deliveries and date(2026, 12, 20) in cal.marks
