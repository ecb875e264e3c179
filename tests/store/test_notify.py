"""Live refresh's announcements (issue 17): migration 0009's trigger names every work order a
transaction touched, whoever made it (raw SQL here), and app.store.notify's listener hands the
numbers over once per batch, reconnects when the server drops it, and stops cleanly."""

from __future__ import annotations

import threading
import time

import pytest

from tests.conftest import TODAY


class Heard:
    def __init__(self):
        self.batches: list[list[str]] = []
        self.reconnects = 0
        self.event = threading.Event()

    def changed(self, numbers):
        self.batches.append(list(numbers))
        self.event.set()

    def reconnected(self):
        self.reconnects += 1

    def wait(self, timeout=2.0):
        assert self.event.wait(timeout), "nothing was announced within 2 seconds"
        self.event.clear()
        return self.batches[-1]


@pytest.fixture
def demo_url(pg_planner_url):
    from app.services.portfolio import load_demo
    from app.store.db import open_db

    db = open_db(pg_planner_url)
    load_demo(db, TODAY)
    db.close()
    return pg_planner_url


def _sql(url, *statements, rollback=False):
    import psycopg

    with psycopg.connect(url) as conn:
        for s in statements:
            conn.execute(s)
        if rollback:
            conn.rollback()


def _listener(url, heard, **kw):
    from app.store.notify import Listener

    lis = Listener(url, heard.changed, heard.reconnected, **kw).start()
    assert lis.ready.wait(5)
    return lis


def test_a_raw_sql_change_is_announced_once_with_its_work_order(demo_url):
    heard = Heard()
    lis = _listener(demo_url, heard)
    try:
        # three statements in one transaction on a delivery and a location of one work order
        _sql(demo_url,
             "UPDATE delivery SET notes = 'moved' WHERE work_order_id = "
             "(SELECT id FROM work_order WHERE number = 'UES-KZ-2025-014')",
             "UPDATE delivery SET notes = 'moved again' WHERE work_order_id = "
             "(SELECT id FROM work_order WHERE number = 'UES-KZ-2025-014')",
             "UPDATE location SET country = country WHERE work_order_id = "
             "(SELECT id FROM work_order WHERE number = 'UES-KZ-2025-014')")
        assert heard.wait() == ["UES-KZ-2025-014"]
        # a rolled-back change announces nothing; the next one names only its work order
        _sql(demo_url, "UPDATE work_order SET notes = 'x' WHERE number = 'UES-KZ-2025-014'",
             rollback=True)
        _sql(demo_url, "UPDATE work_order SET notes = 'y' WHERE number <> 'UES-KZ-2025-014'")
        got = heard.wait()
        assert "UES-KZ-2025-014" not in got and len(got) == 4
        assert len(heard.batches) == 2
    finally:
        lis.close()
    assert not lis.running


def test_the_listener_reconnects_when_the_server_drops_it(demo_url):
    heard = Heard()
    lis = _listener(demo_url, heard, retry=0.1)
    try:
        _sql(demo_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
             "WHERE application_name = 'Unified Planner (live refresh)' AND datname = current_database()")
        deadline = time.monotonic() + 5
        while heard.reconnects == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert heard.reconnects == 1 and lis.ready.wait(5)
        _sql(demo_url, "UPDATE work_order SET notes = 'back' WHERE number = 'UES-KZ-2025-014'")
        assert heard.wait() == ["UES-KZ-2025-014"]
    finally:
        lis.close()
    assert not lis.running


def test_no_trigger_on_sqlite(tmp_path):
    from sqlalchemy import text

    from app.store.db import open_db

    db = open_db(tmp_path / "p.db")
    try:
        with db.engine.connect() as conn:
            names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars().all()
        assert not [n for n in names if "notify" in n]
    finally:
        db.close()
