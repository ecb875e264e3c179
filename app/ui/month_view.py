"""The month calendar of a work order: each day's deliveries (a bar in the status colour) and
contract dates (a mark), the location's non-working days shaded (the domain's calendar:
weekends and public holidays); under it, the month's deliveries and dates in words."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QVBoxLayout, QWidget

from app.domain.dates import is_working_day
from app.reports.dates import contract_dates

from .widgets import STATUS_COLOR, day

HOLIDAY_BG = QColor("#fdecea")
MARK = QColor("#b26a00")


class MonthCalendar(QCalendarWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("month_calendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.country = ""
        self.deliveries: dict[date, list] = {}
        self.marks: dict[date, list[str]] = {}

    def set_data(self, country: str, deliveries: dict[date, list], marks: dict[date, list[str]]) -> None:
        self.country, self.deliveries, self.marks = country, deliveries, marks
        self.shade()

    def shade(self) -> None:
        """The shown page's non-working days (weekends and the country's holidays) shaded."""
        self.setDateTextFormat(QDate(), QTextCharFormat())  # (a null date clears every format)
        first = date(self.yearShown(), self.monthShown(), 1) - timedelta(days=7)
        for i in range(50):
            d = first + timedelta(days=i)
            if self.is_holiday(d):
                fmt = QTextCharFormat()
                fmt.setBackground(HOLIDAY_BG)
                fmt.setForeground(QColor("#c62828"))
                self.setDateTextFormat(QDate(d.year, d.month, d.day), fmt)
        self.updateCells()

    def is_holiday(self, d: date) -> bool:
        return bool(self.country) and not is_working_day(self.country, d)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802 - Qt's name
        d = date(qdate.year(), qdate.month(), qdate.day())
        super().paintCell(painter, rect, qdate)
        painter.save()
        y = rect.bottom() - 5
        for i, dl in enumerate(self.deliveries.get(d, [])[:3]):
            painter.fillRect(QRect(rect.left() + 3, y - i * 5, rect.width() - 6, 3), STATUS_COLOR[dl.status])
        if d in self.marks:
            painter.setPen(QPen(MARK, 2))
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.restore()


class MonthView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("month_view")
        self.calendar = MonthCalendar()
        self.calendar.currentPageChanged.connect(lambda *_: self._fill())
        self.list = QLabel()
        self.list.setObjectName("month_list")
        self.list.setTextFormat(Qt.TextFormat.PlainText)
        self.list.setWordWrap(True)
        self.list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.calendar, 1)
        lay.addWidget(self.list)
        self.wo = None
        self.lang = "en"
        self.words: dict[str, str] = {}

    def set_data(self, wo, today: date, lang: str, words: dict[str, str]) -> None:
        first = self.wo is None
        self.wo, self.lang, self.words = wo, lang, words
        if first:
            self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self._fill()

    def _fill(self) -> None:
        wo = self.wo
        if wo is None:
            self.calendar.set_data("", {}, {})
            self.list.setText("")
            return
        host = wo.host.country if wo.host else (wo.locations[0].country if wo.locations else "")
        by_day: dict[date, list] = {}
        for dl in wo.deliveries:
            if dl.first_day:
                d = dl.first_day
                while d <= (dl.last_day or dl.first_day):
                    by_day.setdefault(d, []).append(dl)
                    d += timedelta(days=1)
        marks: dict[date, list[str]] = {}
        for c in contract_dates(wo):
            marks.setdefault(c.on, []).append(c.kind)
        self.calendar.set_data(host, by_day, marks)
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        lines = []
        for dl in sorted(wo.deliveries, key=lambda x: (x.first_day or date.max, x.ref)):
            if dl.first_day and (dl.first_day.year, dl.first_day.month) <= (year, month) \
                    <= ((dl.last_day or dl.first_day).year, (dl.last_day or dl.first_day).month):
                lines.append(f"{day(dl.first_day, self.lang)} – {day(dl.last_day or dl.first_day, self.lang)}  "
                             f"{dl.ref} {dl.title}")
        for on in sorted(marks):
            if (on.year, on.month) == (year, month):
                lines.append(f"{day(on, self.lang)}  " + ", ".join(self.words.get(k, k) for k in marks[on]))
        holidays = [d for d in _month_days(year, month) if d.weekday() < 5 and self.calendar.is_holiday(d)]
        if holidays:
            lines.append(self.words.get("holidays", "") + ": " + ", ".join(day(d, self.lang) for d in holidays))
        self.list.setText("\n".join(lines) if lines else self.words.get("nothing", ""))


def _month_days(year: int, month: int) -> list[date]:
    d = date(year, month, 1)
    out = []
    while d.month == month:
        out.append(d)
        d += timedelta(days=1)
    return out
