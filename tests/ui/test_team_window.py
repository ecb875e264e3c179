"""The window on a team database (issue 17): given a ``postgresql`` connection string, it opens
the database in the background as it opens a file, shows its portfolio, saves an edit into the
server, and remembers the string (never a password) as the last database."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import TODAY


def test_the_window_opens_a_team_database(qtbot, settings, pg_planner_url):
    from app.services import planning
    from app.services.portfolio import load_demo
    from app.store.db import open_db
    from app.ui.context import Context
    from app.ui.window import MainWindow

    db = open_db(pg_planner_url)
    load_demo(db, TODAY)
    db.close()
    ctx = Context(None, "en", TODAY, settings, path=pg_planner_url)
    w = MainWindow(ctx=ctx, background=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.ctx.db is not None and not w.ctx.loading, timeout=30000)
    assert w.ctx.db.is_pg and w.ctx.path == pg_planner_url
    assert len(w.ctx.portfolio().work_orders) == 5
    settings.last_db = w.ctx.path  # as app.ui.main.run keeps it: the string itself, never a Path
    assert settings.last_db == pg_planner_url
    settings.last_db = "postgresql://ann:s3cret@db.example/planner"  # a password is never kept
    assert "s3cret" not in str(settings.last_db) and "db.example" in str(settings.last_db)
    assert pg_planner_url in w.db_label.text()
    # no file to copy: the status bar says whose job backups are, File > Back up/Restore are off
    assert w.backup_label.text() == "Backups: by the database server"
    assert not w.backup_action.isEnabled() and not w.restore_action.isEnabled()
    assert "pg_dump" in w.backup_action.toolTip()
    planning.update_work_order(w.ctx.db, "UES-KZ-2025-014", cancel_fee_pct=Decimal(50))
    check = open_db(pg_planner_url, readonly=True)
    try:
        assert planning.work_order(check, "UES-KZ-2025-014").cancel_fee_pct == Decimal(50)
    finally:
        check.close()
    w.tasks.wait()
    w.close()
