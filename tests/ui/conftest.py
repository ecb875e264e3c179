"""Fixtures for the window tests: settings in a temporary folder, the main window on the demo
portfolio as on TODAY, and a helper that answers the next modal dialog."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A test that switches the language leaves English installed for the next one."""
    yield
    from app.ui import i18n

    i18n.install("en")


@pytest.fixture
def settings(tmp_path):
    from app.ui.settings import AppSettings

    return AppSettings(tmp_path / "config")


@pytest.fixture
def make_window(qtbot, settings):
    from app.ui import i18n

    made = []

    def make(db, lang="en"):
        from app.ui.window import MainWindow

        i18n.install(lang)
        w = MainWindow(db, lang, today=TODAY, settings=settings)
        qtbot.addWidget(w)
        w.resize(1300, 800)
        w.show()
        made.append(w)
        return w

    yield make
    for w in made:
        w.tasks.wait()
    i18n.install("en")


@pytest.fixture
def window(make_window, demo_db):
    return make_window(demo_db)


def when_modal(action, timeout_ms: int = 5000) -> None:
    """Run ``action(dialog)`` on the next modal dialog once it is shown (dialogs are exec()'d)."""
    state = {"left": timeout_ms}

    def poll():
        w = QApplication.activeModalWidget()
        if w is None or not w.isVisible():
            state["left"] -= 20
            if state["left"] > 0:
                QTimer.singleShot(20, poll)
            return
        action(w)

    QTimer.singleShot(0, poll)


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table (the history of changes aside: it records the edit and its undo)."""
    con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables if t != "history"}
    finally:
        con.close()


def rows(db, sql: str, *params) -> list[tuple]:
    con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()
