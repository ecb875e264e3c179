"""Nothing is lost, seen from the window: a database another copy has open is offered
read-only; a damaged one is offered its newest good backup; File > Back up now / Restore…;
a failed daily backup is said in the status bar; the History tab reads as sentences, not JSON."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import TODAY
from tests.ui.conftest import rows, when_modal

A = "UES-KZ-2025-014"
ROOT = Path(__file__).resolve().parents[2]


def click_button(text: str):
    """Answer a message box by the text of one of its buttons."""

    def answer(box):
        assert isinstance(box, QMessageBox), box
        for b in box.buttons():
            if b.text() == text:
                b.click()
                return
        raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")

    return answer


@pytest.fixture
def held_elsewhere():
    """Another process holds the writer's lock of a database (as a second copy of the app does)."""
    procs = []

    def hold(path: Path) -> subprocess.Popen:
        code = ("import sys; from pathlib import Path; from app.store import lock; "
                "lock.acquire(Path(sys.argv[1])); print('held', flush=True); sys.stdin.read()")
        p = subprocess.Popen([sys.executable, "-c", code, str(path)], cwd=ROOT, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert p.stdout.readline().strip() == "held"
        procs.append(p)
        return p

    yield hold
    for p in procs:
        p.stdin.close()
        p.wait(timeout=10)


def test_database_in_use_elsewhere_opens_read_only_after_asking(qtbot, demo_db, settings, held_elsewhere):
    from app.store.db import DatabaseError
    from app.ui.context import Context
    from app.ui.window import MainWindow

    path = Path(demo_db.path)
    demo_db.close()  # this test process lets go; another process takes the file
    held_elsewhere(path)
    ctx = Context(None, "en", TODAY, settings, path=path)
    w = MainWindow(ctx=ctx, background=True)  # paints first, opens the database in the background
    qtbot.addWidget(w)
    when_modal(click_button("Open read-only"))
    with qtbot.waitSignal(w.loaded, timeout=20000):
        w.show()
    try:
        assert ctx.db is not None and ctx.db.readonly
        assert "read-only" in w.windowTitle()
        assert w.readonly_label.isVisible()
        assert w.screens["portfolio"].proxy.rowCount() == 5  # everything can be looked at
        w.ctx.set_current(A)
        assert not w.import_action.isEnabled() and not w.new_action.isEnabled()
        assert not w.restore_action.isEnabled()
        assert not w.screens["plan"].buttons["new"].isEnabled()
        assert not w.screens["ledger"].buttons["grant"].isEnabled()
        assert not w.screens["workorder"].fields["base_amount"].isEnabled()
        with pytest.raises(DatabaseError):  # and nothing can be written, whatever the widgets
            with ctx.db.session():
                pass
    finally:
        w.close()
        ctx.db.close()


def test_declining_read_only_closes_the_window(qtbot, demo_db, settings, held_elsewhere):
    from app.ui.context import Context
    from app.ui.window import MainWindow

    path = Path(demo_db.path)
    demo_db.close()
    held_elsewhere(path)
    ctx = Context(None, "en", TODAY, settings, path=path)
    w = MainWindow(ctx=ctx, background=True)
    qtbot.addWidget(w)
    when_modal(click_button("Cancel"))
    w.show()
    qtbot.waitUntil(lambda: w.exit_code is not None, timeout=20000)
    assert w.exit_code == 1 and ctx.db is None


def test_a_damaged_database_is_offered_its_newest_good_backup(qtbot, demo_db):
    from app.store.backup import backup_now
    from app.ui.main import open_for_window

    path = Path(demo_db.path)
    backup_now(path)
    demo_db.close()
    with open(path, "r+b") as fh:  # scribble over the tables' pages (the header stays)
        size = path.stat().st_size
        for offset in range(4096, size, 4096):
            fh.seek(offset + 8)
            fh.write(b"\xde\xad" * 512)
    when_modal(click_button("Restore the backup"))
    db, readonly = open_for_window(path)
    try:
        assert db is not None and not readonly
        assert len(rows(db, "SELECT id FROM work_order")) == 5
        assert any(path.parent.rglob("*.damaged"))  # the damaged bytes were kept
    finally:
        db.close()


def test_back_up_now_then_restore_from_the_file_menu(qtbot, window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.services import planning
    from app.store.backup import list_backups

    file_menu = window.menuBar().actions()[0].menu().actions()
    next(a for a in file_menu if a.objectName() == "backup").trigger()
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=20000)
    backups = list_backups(Path(demo_db.path))
    assert backups, "File > Back up now made no backup"
    assert "Backed up to" in window.statusBar().currentMessage()
    window.ctx.apply(lambda: planning.cancel_delivery(window.ctx.db, A, "D-005", TODAY))
    assert rows(demo_db, "SELECT status FROM delivery WHERE ref='D-005' AND work_order_id="
                         "(SELECT id FROM work_order WHERE number=?)", A) == [("cancelled",)]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backups[0]), "")))
    when_modal(click_button("Restore"))
    next(a for a in file_menu if a.objectName() == "restore").trigger()
    try:
        assert rows(window.ctx.db, "SELECT status FROM delivery WHERE ref='D-005' AND work_order_id="
                                   "(SELECT id FROM work_order WHERE number=?)", A) == [("scheduled",)]
        assert "Restored from" in window.statusBar().currentMessage()
        window.ctx.set_current(A)
        plan = window.screens["plan"]  # (a hidden screen is brought up to date when asked for)
        assert next(d for d in plan.model.rows if d.ref == "D-005").status.value == "scheduled"
    finally:
        window.ctx.db.close()  # the restored database was opened by the window


def test_a_failed_daily_backup_is_said_in_the_status_bar(qtbot, window):
    window.ctx.db.backup_error = "No space left on device"
    window.refresh()
    assert "No space left on device" in window.backup_label.text()
    assert "failed" in window.backup_label.text()


def test_history_tab_reads_as_sentences_after_an_edit(qtbot, window):
    window.ctx.set_current(A)
    window.show_screen("workorder")
    screen = window.screens["workorder"]
    base = screen.fields["base_amount"]
    base.setText("1300000")
    base.editingFinished.emit()
    model = screen.history_model
    table = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    when, user, record, change, field, old, new = table[0]  # newest first
    assert (record, change, field, old, new) == (f"Work order {A}", "changed", "Base amount", "1,250,000", "1,300,000")
    assert when and user
    added = next(r for r in table if r[2] == "Delivery D-001" and r[3] == "added")
    assert added[6].startswith("D-001 · Active Directory RAP as a Service · delivered · ")
    assert not any("{" in (cell or "") for r in table for cell in r)  # no raw JSON anywhere


def test_services_tab_shows_the_engines_figures(qtbot, window):
    from app.domain.balances import line_figures
    from app.services import planning

    window.ctx.set_current(A)
    window.show_screen("workorder")
    screen = window.screens["workorder"]
    model = screen.line_model
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    cols = [heads.index(h) for h in ("Delivered", "Scheduled", "Remaining", "Available")]
    figures = line_figures(planning.work_order(window.ctx.db, A), window.ctx.today)
    for r in range(model.rowCount()):
        line_no = int(model.index(r, 0).data())
        b = figures[line_no]
        shown = [model.index(r, c).data() for c in cols]
        assert [s.replace(",", "") for s in shown] == [str(v) for v in (b.delivered, b.scheduled, b.remaining, b.available)]
