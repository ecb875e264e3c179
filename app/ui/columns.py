"""The column chooser: a right click on a table's header lists its columns with a check box
each; unticking one hides it. The choice is remembered in the settings by the columns' keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView


class ColumnChooser:
    def __init__(self, view: QTableView, name: str, settings=None, default_hidden: set[str] | None = None):
        self.view = view
        self.name = name
        self.settings = settings
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        saved = settings.hidden_columns(name) if settings is not None else None
        self.hidden: set[str] = set(default_hidden or ()) if saved is None else saved
        view.model().modelReset.connect(self.apply)  # a reset shows every section again
        self.apply()

    def _columns(self) -> list:
        return self.view.model().sourceModel().columns if hasattr(self.view.model(), "sourceModel") \
            else self.view.model().columns

    def apply(self) -> None:
        for c, col in enumerate(self._columns()):
            self.view.setColumnHidden(c, bool(col.key) and col.key in self.hidden)

    def menu(self) -> QMenu:
        """The menu the header's right click shows (also for tests)."""
        menu = QMenu(self.view)
        menu.setObjectName(f"{self.name}_columns")
        menu.addSection(QCoreApplication.translate("Columns", "Columns shown"))
        for col in self._columns():
            act = QAction(col.title, menu)
            act.setCheckable(True)
            act.setChecked(col.key not in self.hidden)
            act.setEnabled(bool(col.key))  # a column without a key is always shown
            act.toggled.connect(lambda on, k=col.key: self.set_shown(k, on))
            menu.addAction(act)
        return menu

    def set_shown(self, key: str, on: bool) -> None:
        if on:
            self.hidden.discard(key)
        else:
            self.hidden.add(key)
        if self.settings is not None:
            self.settings.set_hidden_columns(self.name, self.hidden)
        self.apply()

    def _menu_at(self, pos) -> None:
        self.menu().exec(self.view.horizontalHeader().mapToGlobal(pos))
