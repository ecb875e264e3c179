"""Settings › Import profiles: the remembered answers of imports (columns mapped, service names
chosen), by profile: look at them, rename a profile, remove one answer or the whole profile.
No SQL here: app.services.profiles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.domain.catalog import catalog
from app.workbook import format as fmt

from .failures import shown


class ProfilesDialog(QDialog):
    def __init__(self, db, lang: str, parent=None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setWindowTitle(self.tr("Import profiles"))
        self.resize(820, 480)
        self.names = QListWidget()
        self.names.setObjectName("profiles")
        self.names.currentTextChanged.connect(self._show)
        self.answers = QTableWidget(0, 3)
        self.answers.setObjectName("answers")
        self.answers.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("As written in the file"),
                                                self.tr("Read as")])
        self.answers.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.answers.verticalHeader().hide()
        self.answers.setEditTriggers(QTableWidget.NoEditTriggers)
        self.answers.setSelectionBehavior(QTableWidget.SelectRows)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete the profile"))
        self.forget_button = QPushButton(self.tr("Forget the selected answer"))
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(lambda: self.delete(self.current()))
        self.forget_button.clicked.connect(self._forget_selected)
        side = QVBoxLayout()
        side.addWidget(self.names, 1)
        side.addWidget(self.rename_button)
        side.addWidget(self.delete_button)
        main = QVBoxLayout()
        main.addWidget(self.answers, 1)
        main.addWidget(self.forget_button)
        row = QHBoxLayout()
        row.addLayout(side, 1)
        row.addLayout(main, 3)
        hint = QLabel(self.tr("A profile is applied by itself to a file with the same headers as the one it "
                              "was saved from; it travels with the exported portfolio."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        box = QDialogButtonBox()
        box.addButton(self.tr("Close"), QDialogButtonBox.RejectRole)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addLayout(row, 1)
        lay.addWidget(self.message)
        lay.addWidget(box)
        self.readonly = bool(getattr(db, "readonly", False))
        for b in (self.rename_button, self.delete_button, self.forget_button):
            b.setEnabled(not self.readonly)
        self.refresh()

    def current(self) -> str | None:
        item = self.names.currentItem()
        return item.text() if item is not None else None

    def refresh(self, select: str | None = None) -> None:
        from app.services.profiles import list_profiles

        self.profiles = {p.name: p for p in list_profiles(self.db)}
        self.names.clear()
        self.names.addItems(list(self.profiles))
        if not self.profiles:
            self.message.setText(self.tr("No import profile yet: tick “Remember … as the import profile” "
                                         "when you import a file."))
        names = list(self.profiles)
        if names:
            self.names.setCurrentRow(names.index(select) if select in names else 0)
        else:
            self._show(None)

    def _rows(self, name: str | None) -> list[tuple[str, str, str]]:
        """(kind key, as written, its value) of the profile's answers."""
        p = self.profiles.get(name or "")
        if p is None:
            return []
        return [("column", h, f) for h, f in sorted(p.columns.items())] \
            + [("service", n, c) for n, c in sorted(p.services.items())]

    def _field_name(self, key: str) -> str:
        if key == "":
            return self.tr("ignored")
        for sheet in fmt.SHEETS:
            for col in sheet.columns:
                if col.key == key:
                    return col.header(self.lang)
        return key

    def _show(self, name: str | None) -> None:
        rows = self._rows(name)
        self.answers.setRowCount(len(rows))
        kinds = {"column": self.tr("Column"), "service": self.tr("Service")}
        for r, (kind, text, value) in enumerate(rows):
            shown_value = self._field_name(value) if kind == "column" else (
                f"{catalog()[value].name(self.lang)} ({value})" if value in catalog() else value)
            for c, cell in enumerate((kinds[kind], text, shown_value)):
                self.answers.setItem(r, c, QTableWidgetItem(shown(cell)))

    # ------------------------------------------------------------------ actions
    def rename(self, old: str, new: str) -> bool:
        from app.services.profiles import ProfileError, rename_profile

        try:
            rename_profile(self.db, old, new)
        except ProfileError as exc:
            self.message.setText(exc.text(self.lang))
            return False
        self.message.setText("")
        self.refresh(" ".join(new.split()))
        return True

    def delete(self, name: str | None) -> None:
        from app.services.profiles import delete_profile

        if name is None:
            return
        delete_profile(self.db, name)
        self.refresh()

    def forget(self, name: str, row: int) -> None:
        """Remove one answer (a column or a service choice) from the profile."""
        from app.services.profiles import save_profile

        rows = self._rows(name)
        if not (0 <= row < len(rows)):
            return
        kind, text, _value = rows[row]
        p = self.profiles[name]
        if kind == "column":
            p.columns.pop(text, None)
        else:
            p.services.pop(text, None)
        save_profile(self.db, p)
        self.refresh(name)

    def _ask_rename(self) -> None:
        name = self.current()
        if name is None:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename the profile"), self.tr("New name"), text=name)
        if ok:
            self.rename(name, new)

    def _forget_selected(self) -> None:
        name = self.current()
        if name is not None and self.answers.currentRow() >= 0:
            self.forget(name, self.answers.currentRow())
