"""Thin table models: a list of rows (domain objects or small tuples) and column functions.
Display text, sort key (UserRole), alignment, icon, colours and tooltips come from the columns;
the models hold no rule and run no query."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from .widgets import RIGHT

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    right: bool = False
    icon: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None
    background: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], rows: list | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = list(rows or [])

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: QModelIndex):
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.title
            if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
                return int(RIGHT)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(item)
        if role == SORT_ROLE:
            return sort_key(col, item)
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return int(RIGHT)
        if role == Qt.ItemDataRole.DecorationRole and col.icon:
            return col.icon(item)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground:
            return col.foreground(item)
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            return col.background(item)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(item)
        return None


def sort_key(col: Column, item):
    """A key that compares in Python (Decimals, dates, text); None sorts first."""
    key = col.sort(item) if col.sort else col.text(item)
    if isinstance(key, str):
        key = key.casefold()
    return (key is not None, key)


class SortProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE; filters rows with a predicate over the row object."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self.predicate = predicate
        self.endFilterChange()

    def lessThan(self, left, right):
        model = self.sourceModel()
        col = model.columns[left.column()]
        a, b = sort_key(col, model.rows[left.row()]), sort_key(col, model.rows[right.row()])
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row, source_parent):
        if self.predicate is None:
            return True
        item = self.sourceModel().rows[source_row]
        return self.predicate(item)
