"""The Help menu: the keyboard shortcuts, the user guide (the README the installed package carries
in its metadata, so it is there in a wheel and a bundle, offline) and About (version, where the
data, the database and the logs are, the licence)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.files import crash_log_path

DIST = "unified-planner"


def user_guide_markdown() -> str:
    """The README as shipped in the installed distribution's metadata ('' when not installed)."""
    from importlib import metadata  # (when the guide is opened: not before the window's first paint)

    try:
        md = metadata.metadata(DIST)
    except metadata.PackageNotFoundError:
        return ""
    payload = md.get_payload()  # type: ignore[attr-defined]
    return payload if isinstance(payload, str) else ""


def licence_text() -> str:
    from importlib import metadata

    try:
        dist = metadata.distribution(DIST)
    except metadata.PackageNotFoundError:
        return "LicenseRef-Proprietary"
    for f in dist.files or ():
        if Path(str(f)).name.upper().startswith("LICENSE"):
            try:
                return Path(str(f.locate())).read_text(encoding="utf-8").strip()
            except OSError:
                break
    return dist.metadata.get("License-Expression") or dist.metadata.get("License") or "LicenseRef-Proprietary"


def _ok_box(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dialog.reject)
    box.accepted.connect(dialog.accept)
    return box


def shortcuts_dialog(window: QMainWindow) -> QDialog:
    """Every action of the window that has a shortcut, with its keys in the platform's notation."""
    dialog = QDialog(window)
    dialog.setObjectName("shortcuts_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
        name = action.text().replace("&", "").rstrip("…").strip()
        if keys and name and name not in seen:
            seen.add(name)
            rows.append((name, ", ".join(keys)))
    rows += [(QCoreApplication.translate("Help", "Find in the current table"),
              QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)),
             (QCoreApplication.translate("Help", "Open the calendar of a date field"), "F4, Alt+↓"),
             (QCoreApplication.translate("Help", "Next or previous day in a date field"), "↑ ↓")]
    table = QTableWidget(len(rows), 2, dialog)
    table.setObjectName("shortcuts")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("Help", "Action"), QCoreApplication.translate("Help", "Keys")])
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, (name, keys) in enumerate(sorted(rows)):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    lay = QVBoxLayout(dialog)
    lay.addWidget(table)
    lay.addWidget(_ok_box(dialog))
    dialog.resize(560, 480)
    return dialog


def guide_dialog(window: QWidget) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName("guide_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "User guide"))
    browser = QTextBrowser(dialog)
    browser.setObjectName("guide")
    browser.setOpenExternalLinks(True)
    text = user_guide_markdown()
    if text:
        browser.setMarkdown(text)
    else:
        browser.setPlainText(QCoreApplication.translate("Help", "The user guide is part of the installed package; this copy runs "
                                "without it. See README.md beside the program."))
    lay = QVBoxLayout(dialog)
    lay.addWidget(browser)
    lay.addWidget(_ok_box(dialog))
    dialog.resize(820, 640)
    return dialog


def about_dialog(window: QWidget, db_path: str, data_folder: str) -> QDialog:
    """Version, data folder, database, crash log, licence: what a colleague or support asks first."""
    dialog = QDialog(window)
    dialog.setObjectName("about_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Help", "About Unified Planner"))
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def value(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    form.addRow(QCoreApplication.translate("Help", "Version"), value(__version__, "about_version"))
    form.addRow(QCoreApplication.translate("Help", "Database"), value(db_path, "about_db"))
    form.addRow(QCoreApplication.translate("Help", "Data folder"), value(data_folder, "about_data"))
    form.addRow(QCoreApplication.translate("Help", "Error log"), value(str(crash_log_path()), "about_log"))
    licence = QTextBrowser(dialog)
    licence.setObjectName("about_licence")
    licence.setPlainText(licence_text())
    licence.setMaximumHeight(120)
    form.addRow(QCoreApplication.translate("Help", "Licence"), licence)
    lay = QVBoxLayout(dialog)
    title = QLabel(f"<b>Unified Planner</b> {__version__}")
    lay.addWidget(title)
    lay.addLayout(form)
    lay.addWidget(_ok_box(dialog))
    dialog.resize(640, 360)
    return dialog


def add_help_menu(window: QMainWindow, db_path, data_folder) -> QMenu:
    """Add Help to the window's menu bar; ``db_path``/``data_folder`` are callables (the database
    can be switched while the window is open)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))
    menu.setObjectName("help_menu")

    def act(name: str, text: str, slot, keys: str | None = None) -> QAction:
        a = QAction(text, window)
        a.setObjectName(name)
        if keys:
            a.setShortcut(QKeySequence(keys))
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    act("help_guide", QCoreApplication.translate("Help", "User guide"), lambda: guide_dialog(window).exec(), "F1")
    act("help_shortcuts", QCoreApplication.translate("Help", "Keyboard shortcuts"), lambda: shortcuts_dialog(window).exec(), "Ctrl+/")
    menu.addSeparator()
    act("help_about", QCoreApplication.translate("Help", "About Unified Planner"),
        lambda: about_dialog(window, str(db_path()), str(data_folder())).exec())
    return menu
