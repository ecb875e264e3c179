"""Live refresh (issue 17): two windows on one team database; a change made in one (or by a
command on another connection, or raw SQL) appears in the other within 2 seconds, and the other
re-reads only the work order that changed, never the whole portfolio."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.conftest import TODAY

N = "UES-KZ-2025-014"


@pytest.fixture
def team(pg_planner_url):
    from app.services.portfolio import load_demo
    from app.store.db import open_db

    db = open_db(pg_planner_url)
    load_demo(db, TODAY)
    db.close()
    return pg_planner_url


@pytest.fixture
def spies(monkeypatch):
    """What each window re-read after an announcement, and every whole-portfolio read."""
    from app.services import live, portfolio

    reads: list[tuple[object, list[str]]] = []
    loads: list[object] = []
    read_work_orders, load = live.read_work_orders, portfolio.load

    def spy_read(db, numbers, *a, **kw):
        reads.append((db, list(numbers)))
        return read_work_orders(db, numbers, *a, **kw)

    def spy_load(db, *a, **kw):
        loads.append(db)
        return load(db, *a, **kw)

    monkeypatch.setattr(live, "read_work_orders", spy_read)
    monkeypatch.setattr(portfolio, "load", spy_load)
    return reads, loads


def _two_windows(make_window, url, qtbot):
    from app.store.db import open_db

    w1, w2 = make_window(open_db(url)), make_window(open_db(url))
    for w in (w1, w2):
        assert w.live.listener is not None
        qtbot.waitUntil(w.live.listener.ready.is_set, timeout=5000)
    return w1, w2


def _delivery(w, number=N):
    return w.ctx.work_order(number).deliveries[0]


def test_an_edit_in_one_window_appears_in_the_other(make_window, team, qtbot, spies):
    from app.services import planning

    reads, loads = spies
    w1, w2 = _two_windows(make_window, team, qtbot)
    reads.clear()
    loads.clear()
    d = _delivery(w1)
    w1.ctx.apply(lambda: planning.update_delivery(w1.ctx.db, N, d.ref, notes="moved by Ann"),
                 "Edit delivery")
    qtbot.waitUntil(lambda: next(x for x in w2.ctx.work_order(N).deliveries
                                 if x.ref == d.ref).notes == "moved by Ann", timeout=2000)
    # window 2 read that one work order, alone, and nothing else; window 1's echo is targeted too
    assert [numbers for db, numbers in reads if db is w2.ctx.db] == [[N]]
    qtbot.waitUntil(lambda: any(db is w1.ctx.db for db, _ in reads), timeout=2000)
    assert [numbers for db, numbers in reads if db is w1.ctx.db] == [[N]]
    assert loads == []  # no whole re-read in either window
    # the portfolio table of window 2 shows the new state of the other work orders untouched
    assert len(w2.ctx.portfolio().work_orders) == 5
    for w in (w1, w2):
        w.close()
    assert w1.live.listener is None and w2.live.listener is None


def test_a_command_and_raw_sql_on_another_connection_appear_in_the_window(make_window, team, qtbot, spies):
    import psycopg

    from app.services import planning
    from app.store.db import open_db

    reads, loads = spies
    w = make_window(open_db(team))
    qtbot.waitUntil(w.live.listener.ready.is_set, timeout=5000)
    reads.clear()
    loads.clear()
    other = open_db(team)  # as a command would
    try:
        planning.update_work_order(other, N, cancel_fee_pct=Decimal(50))
    finally:
        other.close()
    qtbot.waitUntil(lambda: w.ctx.work_order(N).cancel_fee_pct == Decimal(50), timeout=2000)
    assert reads == [(w.ctx.db, [N])]
    with psycopg.connect(team) as conn:  # raw SQL, no planner at all
        conn.execute("UPDATE work_order SET cancel_fee_pct = 25 WHERE number = %s", (N,))
    qtbot.waitUntil(lambda: w.ctx.work_order(N).cancel_fee_pct == Decimal(25), timeout=2000)
    assert reads[-1] == (w.ctx.db, [N]) and loads == []
    w.close()


def test_an_sqlite_window_does_not_listen(window):
    assert window.live.listener is None


# ------------------------------------------------------------------ Settings › Team database
def test_settings_refuses_a_team_database_with_a_password(qtbot, settings):
    from PySide6.QtWidgets import QPushButton

    from app.ui.settings_dialog import SettingsDialog

    dlg = SettingsDialog(settings, "en")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.team_db.setText("postgresql://ann:s3cret@db.example/planner")
    dlg.findChild(QPushButton, "use_team_db").click()
    label = dlg.errors.fields["team_db"][1]
    assert not dlg.result() and dlg.isVisible() and dlg.switch_to is None
    assert "password" in label.text() and "~/.pgpass" in label.text() and label.isVisible()
    assert settings.team_db == ""  # nothing kept, least of all the password
    dlg.team_db.setText("not a database")
    dlg.findChild(QPushButton, "use_team_db").click()
    assert "is not a team database connection string" in label.text() and dlg.switch_to is None
    dlg.team_db.setText("service=planner")  # accepted as written, kept for next time
    dlg.findChild(QPushButton, "use_team_db").click()
    assert dlg.result() and dlg.switch_to == "service=planner" and settings.team_db == "service=planner"


def test_settings_switches_the_window_to_the_team_database_and_back(window, pg_planner_url, qtbot, settings):
    from PySide6.QtWidgets import QPushButton

    from tests.ui.conftest import when_modal

    local = window.ctx.db.path
    assert len(window.ctx.portfolio().work_orders) == 5 and window.live.listener is None

    def use_team(dlg):
        dlg.team_db.setText(pg_planner_url)
        dlg.findChild(QPushButton, "use_team_db").click()

    when_modal(use_team)
    window.open_settings()
    assert window.ctx.db.is_pg and window.ctx.path == pg_planner_url
    assert window.ctx.portfolio().work_orders == []  # the team database is still empty
    assert settings.team_db == pg_planner_url and settings.last_db == pg_planner_url
    assert settings.local_db == local
    assert window.live.listener is not None  # live refresh on the team database
    qtbot.waitUntil(window.live.listener.ready.is_set, timeout=5000)

    def use_local(dlg):
        assert dlg.team_db.text() == pg_planner_url and dlg.use_local.isEnabled()
        dlg.findChild(QPushButton, "use_local_file").click()

    when_modal(use_local)
    window.open_settings()
    assert not window.ctx.db.is_pg and window.ctx.db.path == local
    assert len(window.ctx.portfolio().work_orders) == 5 and settings.last_db == local
    assert window.live.listener is None
