"""Ctrl+F over a table: a find bar over the table's top right keeps only the rows whose visible
text holds every typed word (any order, any case); Esc or closing the bar shows them all again.

Rows are hidden in the view, not filtered by a proxy, so a screen's indexes (``model.row(index)``)
stay what they are and any table can have it with one call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QTableView, QToolButton, QWidget


def _words(text: str) -> list[str]:
    return [w for w in text.casefold().split() if w]


class FindBar(QFrame):
    def __init__(self, view: QTableView, host: QWidget):
        super().__init__(view)
        self.setObjectName("find_bar")
        self.view = view
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find_text")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(QCoreApplication.translate("Find", "Find in this table…"))
        self.edit.setMinimumWidth(220)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(QCoreApplication.translate("Find", "Show all rows (Esc)"))
        close.clicked.connect(self.close_bar)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 2, 2, 2)
        lay.addWidget(self.edit)
        lay.addWidget(self.count)
        lay.addWidget(close)
        self.hide()
        self._apply_later = QTimer(self)
        self._apply_later.setSingleShot(True)
        self._apply_later.setInterval(0)
        self._apply_later.timeout.connect(self.apply)
        self.edit.textChanged.connect(lambda _t: self._apply_later.start())
        self.edit.installEventFilter(self)
        view.installEventFilter(self)
        self._model = None
        #: a screen's own filter (status, kind, dates…) over the model's row numbers, combined
        #: with the typed words: a row is shown when it passes both
        self.row_filter = None
        self.shown = 0  # rows shown after the last apply()
        self._watch(view.model())
        shortcut = QShortcut(QKeySequence.StandardKey.Find, host)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.open_bar)
        self.shortcut = shortcut

    # -- keeping up with the table --------------------------------------------------------------
    def _watch(self, model) -> None:
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(lambda *_a: self._apply_later.start()
                           if self.isVisible() or self.row_filter is not None else None)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.view and event.type() == QEvent.Type.Resize:
            self._place()
        elif obj is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.view.setFocus()
                first = self.first_shown()
                if first is not None:
                    self.view.setCurrentIndex(self.view.model().index(first, 0))
                return True
        return super().eventFilter(obj, event)

    def _place(self) -> None:
        self.adjustSize()
        vp = self.view.viewport().geometry()
        self.move(max(0, vp.right() - self.width() - 4), vp.top() + 2)

    # -- what a person does ----------------------------------------------------------------------
    def open_bar(self) -> None:
        self._watch(self.view.model())
        self._place()
        self.show()
        self.raise_()
        self.edit.setFocus()
        self.edit.selectAll()
        self.apply()

    def close_bar(self) -> None:
        self.edit.clear()
        self.apply()
        self.hide()
        self.view.setFocus()

    def first_shown(self) -> int | None:
        model = self.view.model()
        for r in range(model.rowCount() if model is not None else 0):
            if not self.view.isRowHidden(r):
                return r
        return None

    def apply(self) -> None:
        """Hide the rows that do not hold every word; say how many are shown."""
        model = self.view.model()
        if model is None:
            return
        words = _words(self.edit.text())
        columns = [c for c in range(model.columnCount()) if not self.view.isColumnHidden(c)]
        shown = 0
        total = model.rowCount()
        row_filter = self.row_filter
        for r in range(total):
            if row_filter is not None and not row_filter(r):
                keep = False
            elif words:
                text = " ".join(str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                                for c in columns).casefold()
                keep = all(w in text for w in words)
            else:
                keep = True
            self.view.setRowHidden(r, not keep)
            shown += keep
        self.count.setText(f"{shown}/{total}" if words else "")
        self.shown = shown
        self._place()

    def set_row_filter(self, predicate) -> None:
        """Show only the rows ``predicate(row number)`` keeps (None: every row), with the words."""
        self.row_filter = predicate
        self.apply()


def install_find(host: QWidget, view: QTableView) -> FindBar:
    """Ctrl+F anywhere in ``host`` (a screen) opens the find bar over ``view``."""
    return FindBar(view, host)
