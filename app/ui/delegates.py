"""Painted cells: the term progress bar and the days-left badge."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from .models import ROW_ROLE


class ProgressDelegate(QStyledItemDelegate):
    """A bar filled to ``ratio(row)`` with the cell's text on it."""

    def __init__(self, ratio, parent=None):
        super().__init__(parent)
        self.ratio = ratio

    def paint(self, painter: QPainter, option, index):
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        row = index.data(ROW_ROLE)
        r = QRectF(option.rect).adjusted(4, 5, -4, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#90a4ae")))
        painter.setBrush(QColor("#eceff1"))
        painter.drawRoundedRect(r, 3, 3)
        ratio = max(0.0, min(1.0, self.ratio(row)))
        fill = QRectF(r.x(), r.y(), r.width() * ratio, r.height())
        painter.setBrush(QColor("#c62828") if ratio >= 0.9 else QColor("#1e88e5"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(fill, 3, 3)
        painter.setPen(QColor("#212121") if ratio < 0.55 else QColor("#ffffff"))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, index.data() or "")
        painter.restore()


class BadgeDelegate(QStyledItemDelegate):
    """The cell's text in a rounded badge coloured by the cell's BackgroundRole."""

    def paint(self, painter: QPainter, option, index):
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        text = index.data() or ""
        if not text:
            return
        color = index.data(Qt.ItemDataRole.BackgroundRole)
        fg = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = option.fontMetrics
        w = fm.horizontalAdvance(text) + 14
        r = QRectF(option.rect.right() - w - 4, option.rect.top() + 3, w, option.rect.height() - 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color if color is not None else QColor("#eceff1"))
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        painter.setPen(fg if fg is not None else QColor("#212121"))
        painter.drawText(r, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(size.width() + 22)
        return size
