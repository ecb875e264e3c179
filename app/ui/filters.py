"""A filter row over a table: combo boxes (status, kind, location…) and a date range, each
"any" by default; a screen turns their values into a predicate over its rows and gives it to
the table's find bar (Ctrl+F), so the typed words and the filters combine."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from .date_field import DateField
from .widgets import fill_combo


class FilterRow(QWidget):
    changed = Signal()

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.combos: dict[str, QComboBox] = {}
        self.lay = QHBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.count = QLabel()
        self.count.setObjectName(f"{name}_count")
        self.date_from: DateField | None = None
        self.date_to: DateField | None = None

    def add_combo(self, key: str, label: str, any_text: str, items: list[tuple[str, object]], width: int = 10) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"filter_{key}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(width)
        combo.setProperty("any_text", any_text)
        fill_combo(combo, [(any_text, None)] + items)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        combo.setToolTip(label)
        if label:
            self.lay.addWidget(QLabel(label))
        self.lay.addWidget(combo)
        self.combos[key] = combo
        return combo

    def set_items(self, key: str, items: list[tuple[str, object]]) -> None:
        """New choices (another work order's locations), the chosen one kept when still there."""
        combo = self.combos[key]
        current = combo.currentData()
        fill_combo(combo, [(combo.property("any_text"), None)] + items, current)
        if combo.currentData() != current:
            self.changed.emit()

    def add_dates(self, label_from: str, label_to: str) -> None:
        self.date_from, self.date_to = DateField(optional=True), DateField(optional=True)
        for w, name, label in ((self.date_from, "filter_from", label_from), (self.date_to, "filter_to", label_to)):
            w.setObjectName(name)
            w.setMaximumWidth(130)
            w.dateChanged.connect(self.changed.emit)
            self.lay.addWidget(QLabel(label))
            self.lay.addWidget(w)

    def finish(self, clear_text: str) -> None:
        clear = QToolButton()
        clear.setObjectName(f"{self.objectName()}_clear")
        clear.setText(clear_text)
        clear.clicked.connect(self.clear)
        self.lay.addWidget(clear)
        self.lay.addStretch()
        self.lay.addWidget(self.count)

    def clear(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for w in (self.date_from, self.date_to):
            if w is not None:
                w.blockSignals(True)
                w.set_value(None)
                w.blockSignals(False)
        self.changed.emit()

    def value(self, key: str):
        return self.combos[key].currentData()

    def dates(self) -> tuple[date | None, date | None]:
        return (self.date_from.value() if self.date_from else None, self.date_to.value() if self.date_to else None)

    def active(self) -> bool:
        return any(c.currentData() is not None for c in self.combos.values()) or any(self.dates())


def overlaps(first: date | None, last: date | None, lo: date | None, hi: date | None) -> bool:
    """Whether the days ``first``–``last`` meet the range ``lo``–``hi`` (open ends: any); an
    undated row passes only when no range is set."""
    if lo is None and hi is None:
        return True
    if first is None and last is None:
        return False
    first = first or last
    last = last or first
    return (hi is None or first <= hi) and (lo is None or last >= lo)  # type: ignore[operator]
