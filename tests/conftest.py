"""Test configuration: headless Qt, and no test ever touches the user's real data or settings."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

#: The day the tests look at the demo portfolio from.
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """Point the data, config and log folders (platformdirs, QSettings) at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db(tmp_path):
    """An empty planner database at the current schema."""
    from app.store.db import open_db

    database = open_db(tmp_path / "planner.db")
    yield database
    database.close()


@pytest.fixture
def demo_db(db):
    """The demo portfolio, built around TODAY."""
    from app.services.portfolio import load_demo

    load_demo(db, TODAY)
    return db
