"""The delivery plan as a month-by-month timeline of the term, painted with QPainter: one bar
per delivery coloured by status, and vertical lines for today, the last request day and the
term end."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app import texts
from app.domain.dates import last_request_day
from app.domain.enums import Status
from app.domain.model import Delivery, WorkOrder

from .failures import shown
from .widgets import STATUS_COLOR

ROW_H = 22
HEAD_H = 40
LEGEND_H = 46
LABEL_W = 230

LINE_COLORS = {"today": QColor("#1565c0"), "last_request": QColor("#b26a00"), "term_end": QColor("#c62828")}


class Timeline(QWidget):
    selected = Signal(str)  # the delivery ref clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.wo: WorkOrder | None = None
        self.rows: list[Delivery] = []
        self.today = date.today()
        self.lang = "en"
        self.current = ""
        self.words: dict[str, str] = {}
        self.zoom = "term"  # "term" | "quarter" | "month": how much time the width shows
        self.anchor: date | None = None  # a day of the quarter or month shown (today by default)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(700)

    def set_data(self, wo: WorkOrder | None, today: date, lang: str, words: dict[str, str]) -> None:
        self.wo, self.today, self.lang, self.words = wo, today, lang, words
        self.rows = sorted(wo.deliveries, key=lambda d: (d.first_day or date.max, d.ref)) if wo else []
        self.updateGeometry()
        self.update()

    def set_zoom(self, zoom: str, anchor: date | None = None) -> None:
        self.zoom = zoom
        self.anchor = anchor or self.anchor or self.today
        self.update()

    def step(self, n: int) -> None:
        """The next (n=1) or previous (n=-1) quarter or month."""
        a = self.anchor or self.today
        months = 3 if self.zoom == "quarter" else 1
        m = a.year * 12 + a.month - 1 + n * months
        self.anchor = date(m // 12, m % 12 + 1, 1)
        self.update()

    def set_current(self, ref: str) -> None:
        self.current = ref
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, HEAD_H + ROW_H * max(1, len(self.rows)) + LEGEND_H + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- geometry
    def _span(self) -> tuple[date, date]:
        wo = self.wo
        if self.zoom in ("quarter", "month"):
            a = self.anchor or self.today
            month = a.month if self.zoom == "month" else (a.month - 1) // 3 * 3 + 1
            start = date(a.year, month, 1)
            m = start.year * 12 + start.month - 1 + (1 if self.zoom == "month" else 3)
            return start, date(m // 12, m % 12 + 1, 1)
        start = date(wo.term_start.year, wo.term_start.month, 1)
        last = max([wo.term_end] + [d.last_day for d in wo.deliveries if d.last_day])
        end = (date(last.year + (last.month == 12), last.month % 12 + 1, 1))
        return start, end

    def _x(self, d: date) -> float:
        start, end = self._span()
        width = self.width() - LABEL_W - 12
        return LABEL_W + width * (d - start).days / max(1, (end - start).days)

    def mousePressEvent(self, event) -> None:
        i = int((event.position().y() - HEAD_H) // ROW_H)
        if 0 <= i < len(self.rows):
            self.selected.emit(self.rows[i].ref)

    # -- painting
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        if self.wo is None:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.words.get("empty", ""))
            return
        if self.zoom == "month":
            self._days(p)
        else:
            self._months(p)
        p.setClipRect(QRectF(0, 0, self.width(), self.height()))
        self._bars(p)
        self._lines(p)
        self._legend(p)

    def _months(self, p: QPainter) -> None:
        from babel.dates import format_date

        start, end = self._span()
        bottom = HEAD_H + ROW_H * len(self.rows)
        m = start
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        i = 0
        while m < end:
            nxt = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
            x0, x1 = self._x(m), self._x(nxt)
            if i % 2:
                p.fillRect(QRectF(x0, HEAD_H, x1 - x0, bottom - HEAD_H), QColor("#f5f7f9"))
            p.setPen(QPen(QColor("#cfd8dc")))
            p.drawLine(QPointF(x0, 18), QPointF(x0, bottom))
            label = format_date(m, "LLL", locale=texts.LOCALES[self.lang])
            if m.month == 1 or i == 0:
                p.setPen(QColor("#37474f"))
                p.drawText(QPointF(x0 + 3, 14), str(m.year))
            p.setPen(QColor("#455a64"))
            p.drawText(QRectF(x0, 18, x1 - x0, HEAD_H - 20), Qt.AlignmentFlag.AlignCenter, label)
            m, i = nxt, i + 1
        p.setFont(self.font())

    def _days(self, p: QPainter) -> None:
        """The month zoom's head: the month and each day's number, weekends shaded."""
        from babel.dates import format_date

        start, end = self._span()
        bottom = HEAD_H + ROW_H * len(self.rows)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1))
        p.setFont(small)
        p.setPen(QColor("#37474f"))
        p.drawText(QPointF(LABEL_W + 3, 14), format_date(start, "LLLL yyyy", locale=texts.LOCALES[self.lang]))
        d = start
        while d < end:
            x0, x1 = self._x(d), self._x(d + timedelta(days=1))
            if d.weekday() >= 5:
                p.fillRect(QRectF(x0, HEAD_H, x1 - x0, bottom - HEAD_H), QColor("#f0f2f4"))
            p.setPen(QPen(QColor("#e0e6ea")))
            p.drawLine(QPointF(x0, 18), QPointF(x0, bottom))
            p.setPen(QColor("#455a64"))
            p.drawText(QRectF(x0, 18, x1 - x0, HEAD_H - 20), Qt.AlignmentFlag.AlignCenter, str(d.day))
            d += timedelta(days=1)
        p.setFont(self.font())

    def _bars(self, p: QPainter) -> None:
        fm = p.fontMetrics()
        for i, d in enumerate(self.rows):
            y = HEAD_H + i * ROW_H
            if d.ref == self.current:
                p.fillRect(QRectF(0, y, self.width(), ROW_H), QColor("#e3f2fd"))
            p.setPen(QColor("#212121"))
            label = fm.elidedText(shown(f"{d.ref}  {d.title or d.service}"), Qt.TextElideMode.ElideRight,
                                  LABEL_W - 8)
            p.drawText(QRectF(4, y, LABEL_W - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter, label)
            color = STATUS_COLOR[d.status]
            p.setClipRect(QRectF(LABEL_W, 0, self.width() - LABEL_W, self.height()))
            if d.first_day:
                last = d.last_day or d.first_day
                x0, x1 = self._x(d.first_day), self._x(last + timedelta(days=1))
                rect = QRectF(x0, y + 4, max(5.0, x1 - x0), ROW_H - 8)
                p.setPen(QPen(color.darker(130)))
                brush = color if d.status is not Status.CANCELLED else QColor(color)
                p.setBrush(brush)
                if d.status is Status.CANCELLED:
                    p.setBrush(Qt.BrushStyle.BDiagPattern)
                    p.setPen(QPen(color, 1.5))
                p.drawRoundedRect(rect, 3, 3)
                if d.moved_from and d.status is not Status.CANCELLED:
                    xm = self._x(d.moved_from)
                    p.setPen(QPen(color, 1, Qt.PenStyle.DotLine))
                    p.drawLine(QPointF(xm, y + ROW_H / 2), QPointF(x0, y + ROW_H / 2))
            else:
                p.setPen(QColor("#78909c"))
                p.drawText(QRectF(LABEL_W, y, 300, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                           f"{texts.word('status', d.status.value, self.lang)} · {self.words.get('no_dates', '')}")
            p.setClipping(False)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def _lines(self, p: QPainter) -> None:
        wo = self.wo
        bottom = HEAD_H + ROW_H * max(1, len(self.rows))
        for key, day_ in (("today", self.today), ("last_request", last_request_day(wo.term_end)),
                          ("term_end", wo.term_end)):
            start, end = self._span()
            if not (start <= day_ <= end):
                continue
            x = self._x(day_) if key != "term_end" else self._x(day_ + timedelta(days=1))
            pen = QPen(LINE_COLORS[key], 2, Qt.PenStyle.SolidLine if key == "today" else Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x, HEAD_H - 4), QPointF(x, bottom))

    def _legend(self, p: QPainter) -> None:
        y = HEAD_H + ROW_H * max(1, len(self.rows)) + 8
        x = 6.0
        fm = p.fontMetrics()
        for status in Status:
            p.setPen(QPen(STATUS_COLOR[status].darker(130)))
            p.setBrush(STATUS_COLOR[status])
            if status is Status.CANCELLED:
                p.setBrush(Qt.BrushStyle.BDiagPattern)
            p.drawRoundedRect(QRectF(x, y + 3, 18, 11), 2, 2)
            text = texts.word("status", status.value, self.lang)
            p.setPen(QColor("#212121"))
            p.drawText(QPointF(x + 22, y + 13), text)
            x += 22 + fm.horizontalAdvance(text) + 16
        x, y = 6.0, y + 20
        for key in ("today", "last_request", "term_end"):
            p.setPen(QPen(LINE_COLORS[key], 2, Qt.PenStyle.SolidLine if key == "today" else Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, y + 8), QPointF(x + 18, y + 8))
            text = self.words.get(key, key)
            p.setPen(QColor("#212121"))
            p.drawText(QPointF(x + 22, y + 13), text)
            x += 22 + fm.horizontalAdvance(text) + 16
