"""Thin table models: a list of rows (domain objects or small tuples) and column functions.
Display text, sort key, alignment, icon, colours and tooltips come from the columns; the models
hold no rule and run no query.

Sorting happens in the model itself (``RowsModel.sort``: one key per row, computed once, then
``list.sort``), not in a proxy's ``lessThan`` (a Python call per comparison: 800,000 of them
for 50,000 rows). Filtering, where a screen has it, is a proxy (``FilterProxy``) that forwards
sorting to the model."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from .failures import shown, tooltip
from .widgets import RIGHT

SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ASCENDING = Qt.SortOrder.AscendingOrder


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
    key: str = ""  # a stable name (the column chooser remembers hidden columns by it)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], rows: list | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = list(rows or [])
        self._natural: list = self.rows  # the order the rows were given in (sort column -1)
        self._perm: list[int] = list(range(len(self.rows)))  # rows[i] is _natural[_perm[i]]
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, _ASCENDING)
        # role -> the Column attribute answering it (DisplayRole is handled first, in data())
        self._roles = {_DECORATION: "icon", _FOREGROUND: "foreground", _BACKGROUND: "background",
                       _TOOLTIP: "tooltip"}

    def set_rows(self, rows: list) -> None:
        """Show ``rows``, in the order the view is sorted by (the given order when unsorted)."""
        self.beginResetModel()
        self._natural = list(rows)
        self._perm = self._permutation(*self._sorted_by)
        self.rows = [self._natural[i] for i in self._perm]
        self.endResetModel()

    def replace_rows(self, same: Callable[[Any, Any], bool], new_rows: list) -> list:
        """Put each of ``new_rows`` in place of the row it is the ``same`` as (same position,
        selection kept: one dataChanged per row, no reset). Returns those with no old row."""
        left = []
        last = self.columnCount() - 1
        for new in new_rows:
            k = next((k for k, old in enumerate(self._natural) if same(old, new)), None)
            if k is None:
                left.append(new)
                continue
            self._natural[k] = new
            r = self._perm.index(k)
            self.rows[r] = new
            self.dataChanged.emit(self.index(r, 0), self.index(r, last))
        return left

    def row(self, index: QModelIndex):
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal:
            col = self.columns[section]
            if role in (_DISPLAY, _TOOLTIP):  # a narrow column elides its title: the tooltip says it
                return col.title
            if role == _ALIGN and col.right:
                return int(RIGHT)
        return None

    def data(self, index, role=_DISPLAY):
        if role == _DISPLAY:  # user text: bidi overrides removed, control characters visible
            text = self.columns[index.column()].text(self.rows[index.row()])
            return shown(text) if text and not text.isprintable() else text
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        if role == _TOOLTIP:  # Qt guesses rich text in tooltips: always given escaped
            fn = col.tooltip
            return tooltip(fn(self.rows[index.row()])) if fn else None
        name = self._roles.get(role)
        if name is not None:
            fn = getattr(col, name)
            return fn(self.rows[index.row()]) if fn else None
        if role == _ALIGN:
            return int(RIGHT) if col.right else None
        if role == ROW_ROLE:
            return self.rows[index.row()]
        if role == SORT_ROLE:
            return sort_key(col, self.rows[index.row()])
        return None

    # ------------------------------------------------------------------ sorting
    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Sort by ``column`` (-1: the order the rows were given in). Selections and other
        persistent indexes follow their rows."""
        if (column, order) == self._sorted_by:
            return  # sorted so already (set_rows keeps the order; views ask twice per click)
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self._perm
        self._perm = self._permutation(column, order)
        self.rows = [self._natural[i] for i in self._perm]
        persistent = self.persistentIndexList()
        if persistent:
            where = [0] * len(self._perm)  # position in _natural -> new row
            for new, k in enumerate(self._perm):
                where[k] = new
            n = len(before)
            self.changePersistentIndexList(
                persistent, [self.index(where[before[p.row()]], p.column()) if 0 <= p.row() < n else QModelIndex()
                             for p in persistent])
        self.layoutChanged.emit()

    def _permutation(self, column: int, order) -> list[int]:
        """Positions in ``_natural`` in the order of ``column``: one key per row, then a sort."""
        rows = self._natural
        if column < 0 or column >= len(self.columns) or len(rows) < 2:
            return list(range(len(rows)))
        col = self.columns[column]
        keys = [col.sort(r) for r in rows] if col.sort else [col.text(r) for r in rows]
        first = next((k for k in keys if k is not None), None)
        if isinstance(first, str):  # text compares case-insensitively
            keys = [k.casefold() if isinstance(k, str) else k for k in keys]
        if None in keys:  # None sorts first
            keys = [(k is not None, k) for k in keys]
        reverse = order != _ASCENDING
        try:
            return sorted(range(len(rows)), key=keys.__getitem__, reverse=reverse)
        except TypeError:  # mixed types: compare as text
            keys = [(k is not None, "" if k is None else str(k)) for k in keys]
            return sorted(range(len(rows)), key=keys.__getitem__, reverse=reverse)


def sort_key(col: Column, item):
    """A key that compares in Python (Decimals, dates, text); None sorts first."""
    key = col.sort(item) if col.sort else col.text(item)
    if isinstance(key, str):
        key = key.casefold()
    return (key is not None, key)


class FilterProxy(QSortFilterProxyModel):
    """Filters rows with a predicate over the row object; sorting is the source model's own
    (``RowsModel.sort``), so the proxy keeps the source's order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self.predicate = predicate
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row, source_parent):
        predicate = self.predicate
        return True if predicate is None else predicate(self.sourceModel().rows[source_row])


#: The former name (screens and tests use it).
