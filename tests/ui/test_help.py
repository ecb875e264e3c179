"""The Help menu as a person opens it: About names the version, this database and the data
folder; the shortcuts list the window's keys; the user guide is the packaged README."""

from PySide6.QtWidgets import QLabel, QTableWidget, QTextBrowser

from app import __version__
from app.services import session

from .conftest import when_modal


def trigger(window, name):
    action = next(a for a in window.help_menu.actions() if a.objectName() == name)
    action.trigger()


def test_about_names_version_database_and_folders(window, demo_db):
    seen = {}

    def read(dialog):
        for name in ("about_version", "about_db", "about_data", "about_log"):
            seen[name] = dialog.findChild(QLabel, name).text()
        seen["licence"] = dialog.findChild(QTextBrowser, "about_licence").toPlainText()
        dialog.reject()

    when_modal(read)
    trigger(window, "help_about")
    assert seen["about_version"] == __version__
    assert seen["about_db"] == str(demo_db.path)
    assert seen["about_data"] == str(session.data_folder())
    assert seen["about_log"].endswith("crash.log")
    assert "Unified Planner" in seen["licence"]


def test_shortcuts_list_the_window_keys(window):
    seen = {}

    def read(dialog):
        table = dialog.findChild(QTableWidget, "shortcuts")
        seen.update({table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())})
        dialog.reject()

    when_modal(read)
    trigger(window, "help_shortcuts")
    assert seen["Undo"] == "Ctrl+Z"
    assert seen["Import"] == "Ctrl+I"
    assert "F1" in seen.values()


def test_the_user_guide_is_the_packaged_readme(window):
    seen = {}

    def read(dialog):
        seen["text"] = dialog.findChild(QTextBrowser, "guide").toPlainText()
        dialog.reject()

    when_modal(read)
    trigger(window, "help_guide")
    assert "Unified Planner" in seen["text"] and "demo" in seen["text"]
