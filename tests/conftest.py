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


# ------------------------------------------------------------------ PostgreSQL (issue 17)

def _pg_unavailable(why: str):
    """No PostgreSQL for the ``pg`` tests: skip with the reason, or fail when it is required."""
    if os.environ.get("UP_REQUIRE_PG") == "1":
        pytest.fail(f"PostgreSQL tests are required (UP_REQUIRE_PG=1) but {why}", pytrace=False)
    pytest.skip(f"no PostgreSQL server: {why}")


_PG: dict = {}


@pytest.fixture(scope="session")
def pg_server():
    """The test run's PostgreSQL server (tests/pgserver.py): UP_TEST_PG_URL, else a throwaway
    cluster of its own; skips (fails with UP_REQUIRE_PG=1) when there is none."""
    if "error" in _PG:
        _pg_unavailable(_PG["error"])
    if "server" not in _PG:
        try:
            import psycopg  # noqa: F401
        except ImportError:
            _PG["error"] = "psycopg is not installed"
            _pg_unavailable(_PG["error"])
        from tests import pgserver

        try:
            _PG["server"] = pgserver.start()
        except (LookupError, RuntimeError) as exc:
            _PG["error"] = str(exc)
            _pg_unavailable(_PG["error"])
    yield _PG["server"]


def pytest_sessionfinish(session, exitstatus):
    server = _PG.pop("server", None)
    if server is not None:
        server.close()


def pytest_collection_modifyitems(config, items):
    """A test that uses a PostgreSQL fixture is marked ``pg`` (``-m "not pg"`` leaves them out)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        params = getattr(getattr(item, "callspec", None), "params", {})
        if {"pg_server", "pg_url", "pg_planner_url"} & names or "postgresql" in params.values():
            item.add_marker(pytest.mark.pg)


@pytest.fixture
def pg_url(pg_server):
    """A new, empty database on the test server (its libpq connection string)."""
    url = pg_server.new()
    yield url
    pg_server.drop(url)


@pytest.fixture
def pg_planner_url(pg_server):
    """A new database on the test server already at the planner's current schema."""
    url = pg_server.new(planner=True)
    yield url
    pg_server.drop(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_target(request, tmp_path):
    """A new planner database on each engine: a file path, or a team database's connection string."""
    if request.param == "sqlite":
        return tmp_path / "planner.db"
    return request.getfixturevalue("pg_planner_url")
