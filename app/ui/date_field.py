"""A date field people can type into: the locale's order (day first here: 30.11.2027, 30/11/2027)
or ISO (2027-11-30), an empty state that is truly empty, and a calendar that opens at the date
shown, else at a hint (the term's start) or today. It never yields a date other than the one on
screen: text that is not a date yields no date and reports :meth:`DateField.problem`.

It replaces QDateEdit, whose sections made typing over a filled date give another date
(``30/11/2027`` typed, ``01/11/2027`` kept) and whose empty value was a special date
(31 Dec 1899, where its calendar then opened)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

_SPLIT = re.compile(r"\s*[./\-\s]\s*")
MIN_YEAR, MAX_YEAR = 1900, 2100


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yyyy``, ``dd/MM/yyyy``)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"y+", "yyyy", fmt)
    fmt = re.sub(r"(?<!d)d(?!d)", "dd", fmt)
    return re.sub(r"(?<!M)M(?!M)", "MM", fmt)


def field_order(fmt: str) -> str:
    """``"dmy"``, ``"mdy"`` or ``"ymd"``: the order of day, month and year in ``fmt``."""
    pos = {k: fmt.find(c) for k, c in (("d", "d"), ("m", "M"), ("y", "y"))}
    return "".join(sorted(pos, key=lambda k: pos[k]))


def parse_date(text: str, order: str = "dmy") -> date | None:
    """The date ``text`` names, or None. ISO (``2027-11-30``) always; otherwise three numbers in
    ``order`` separated by ``.``, ``/``, ``-`` or spaces; a two-digit year is 20xx. Raises
    ValueError for text that is not a date (``31.02.2027``, ``12``)."""
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        parts = _SPLIT.split(text)
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        values = dict(zip(order, (int(p) for p in parts), strict=True))
        y, mo, d = values["y"], values["m"], values["d"]
        if len(parts[order.index("y")]) == 2:
            y += 2000
        elif len(parts[order.index("y")]) != 4:
            raise ValueError(text)
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise ValueError(text)
    return date(y, mo, d)  # ValueError for 31.02


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class _Popup(QFrame):
    def __init__(self, field: DateField):
        super().__init__(field, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(MIN_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(MAX_YEAR, 12, 31))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.calendar)




class _Line(QLineEdit):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        field = self.parent()
        if not (isinstance(field, DateField) and field.step(event.key(), event.modifiers())):
            super().keyPressEvent(event)


class DateField(QWidget):
    """A date, typed or picked; ``optional`` fields may stay empty (shown empty, value None)."""

    #: the value changed (read it with value())
    dateChanged = Signal()
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = False):
        super().__init__(parent)
        self.optional = optional
        self.fmt = display_format()
        self.order = field_order(self.fmt)
        self.hint: date | None = None
        self._value: date | None = None
        self._bad = False
        self.line = _Line(self)
        self.line.setObjectName("date_text")
        self.line.setPlaceholderText(self.placeholder())
        self.line.setClearButtonEnabled(optional)
        self.button = QToolButton(self)
        self.button.setObjectName("date_calendar")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAccessibleName("calendar")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.line, 1)
        lay.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.popup = _Popup(self)
        self.popup.calendar.activated.connect(self._chosen)
        self.popup.calendar.clicked.connect(self._chosen)
        self.button.clicked.connect(self.open_calendar)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        if not optional:
            self.set_value(date.today())

    # -- what the dialogs use (the QDateEdit-era API) ------------------------------------------
    def value(self) -> date | None:
        """The date shown; None when empty, or when the text is not a date (see :meth:`problem`)."""
        return None if self._bad else self._value

    def set_value(self, value: date | None) -> None:
        changed = value != self._value or self._bad
        self._value, self._bad = value, False
        self.line.setText(_qdate(value).toString(self.fmt) if value else "")
        self._mark()
        if changed:
            self.dateChanged.emit()

    def problem(self) -> str | None:
        """``"bad_date"`` while the text is not a date, ``"needs_date"`` when a required field is
        empty; else None."""
        if self._bad:
            return "bad_date"
        if self._value is None and not self.optional:
            return "needs_date"
        return None

    def set_hint(self, hint: date | None) -> None:
        """Where the calendar opens while the field is empty (the term's start, say)."""
        self.hint = hint

    def placeholder(self) -> str:
        """The field's order in letters ("ДД.ММ.ГГГГ", "КК.АА.ЖЖЖЖ", "DD.MM.YYYY"): a grey sample
        date in an empty field reads as a value (a filter showing 30.11.2027 looks set)."""
        letters = {"d": self.tr("DD", "day letters"), "m": self.tr("MM", "month letters"),
                   "y": self.tr("YYYY", "year letters")}
        sample = QDate(2027, 11, 30).toString(self.fmt)
        sep = next((ch for ch in sample if not ch.isdigit()), ".")
        return sep.join(letters[k] for k in self.order)

    # -- typing ------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        try:
            parsed = parse_date(text, self.order)
        except ValueError:
            was_bad, self._bad = self._bad, True
            self._mark()
            if not was_bad:
                self.dateChanged.emit()
            return
        old, was_bad = self._value, self._bad
        self._value, self._bad = parsed, False
        self._mark()
        if parsed != old or was_bad:
            self.dateChanged.emit()

    def _finished(self) -> None:
        if not self._bad and self._value is not None:
            self.line.setText(_qdate(self._value).toString(self.fmt))  # 1/2/27 -> 01.02.2027
        self.editingFinished.emit()

    def _mark(self) -> None:
        self.line.setStyleSheet("border: 1px solid #c62828;" if self._bad else "")
        self.line.setToolTip(self.placeholder() + " · 2027-11-30" if self._bad else "")

    def step(self, key: int, mods: Qt.KeyboardModifier) -> bool:
        """F4 or Alt+Down opens the calendar; Up and Down move the date by a day."""
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return True
        current = self.value()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and current is not None:
            self.set_value(current + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
            return True
        return False

    # -- the calendar --------------------------------------------------------------------------
    def _chosen(self, q: QDate) -> None:
        self.popup.hide()
        self.set_value(date(q.year(), q.month(), q.day()))
        self.editingFinished.emit()
        self.line.setFocus()

    def open_calendar(self) -> None:
        at = self.value() or self.hint or date.today()
        self.popup.calendar.setSelectedDate(_qdate(at))
        self.popup.calendar.setCurrentPage(at.year, at.month)
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar.setFocus()


def keep_span(first: DateField, last: DateField) -> None:
    """When the first day changes, move the last day by the same number of days (a reschedule
    keeps the delivery's length); typing the last day itself is left alone."""
    state = {"first": first.value()}

    def moved() -> None:
        new = first.value()
        if new is None:
            return  # half-typed: wait for a date (shifts compose, so the end is exact)
        old, state["first"] = state["first"], new
        end = last.value()
        if old is not None and end is not None and new != old:
            last.set_value(end + (new - old))

    first.dateChanged.connect(moved)
