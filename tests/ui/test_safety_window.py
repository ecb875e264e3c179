"""The window never pretends: a save the database refuses is said (what, why, nothing saved),
the screen shows what is stored and Undo is not offered; an error nobody caught reaches the
person as a dialog with the crash log's path; user text is shown literally; File › Restore
keeps the writer's lock."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from tests.ui.conftest import dump, rows

A = "UES-KZ-2025-014"
SHOTS = Path(os.environ.get("SAFETY_SHOTS", "/tmp/safety_shots"))
FAKE = '<h1 style="color:green">✔ Approved by Microsoft: no fee applies</h1>'


def every_row(db) -> dict:
    """dump() plus the history of changes: a refused edit must leave no trace at all."""
    con = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True)
    try:
        history = con.execute("SELECT * FROM history ORDER BY 1").fetchall()
    finally:
        con.close()
    return {**dump(db), "history": history}


def on_message_box(seen: list, click: str = "accept", timeout_ms: int = 8000, shot: str = "") -> None:
    """Record the text of the next message box (shown modally) and close it; ``shot``: save a
    picture of it (and the window behind) under SHOTS first."""
    state = {"left": timeout_ms}

    def poll():
        w = QApplication.activeModalWidget()
        if not isinstance(w, QMessageBox) or not w.isVisible():
            state["left"] -= 20
            if state["left"] > 0:
                QTimer.singleShot(20, poll)
            return
        seen.append((w.windowTitle(), w.text(), w.textFormat()))
        if shot:
            SHOTS.mkdir(parents=True, exist_ok=True)
            w.grab().save(str(SHOTS / f"{shot}_box.png"))
            w.parentWidget().window().grab().save(str(SHOTS / f"{shot}_window.png"))
        (w.defaultButton() or w.buttons()[0]).click() if click == "accept" else w.reject()

    QTimer.singleShot(0, poll)


def refuse(monkeypatch, module, name: str, message: str) -> None:
    def refused(*_a, **_k):
        raise sqlite3.OperationalError(message)

    monkeypatch.setattr(module, name, refused)


# ------------------------------------------------------------------ a refused save

@pytest.mark.parametrize("message, words", [
    ("database or disk is full", "the disk is full"),
    ("attempt to write a readonly database", "read-only"),
])
def test_a_header_field_the_database_refuses_is_said_and_shows_the_stored_value(
        qtbot, window, demo_db, monkeypatch, message, words):
    from app.services import planning

    window.ctx.set_current(A)
    window.show_screen("workorder")
    screen = window.screens["workorder"]
    stored = rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A)
    shown_before = screen.fields["base_amount"].text()
    before, undo = every_row(demo_db), window.ctx.undo_stack.count()
    refuse(monkeypatch, planning, "update_work_order", message)
    seen: list = []
    on_message_box(seen, shot="refused_save_en" if "full" in message else "")
    screen.fields["base_amount"].setText("999999")
    screen.fields["base_amount"].editingFinished.emit()
    qtbot.waitUntil(lambda: bool(seen))
    title, text, fmt = seen[0]
    assert title == "Not saved"
    assert "Base amount" in text and words in text and "Nothing of it was written" in text
    assert fmt == Qt.TextFormat.PlainText
    assert screen.fields["base_amount"].text() == shown_before  # read again: the stored value
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) == stored
    assert every_row(demo_db) == before
    assert window.ctx.undo_stack.count() == undo  # nothing to undo: nothing was saved


def test_a_refused_commit_rolls_back_the_whole_edit_and_the_dialog_stays(qtbot, window, demo_db, monkeypatch):
    """A cancellation with its fee writes a delivery and a ledger entry: the commit fails, neither
    is written, the plan shows the stored status, and Undo has nothing new."""
    from app.store.db import PlannerSession

    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-005")
    status = plan.model.data(plan.view.currentIndex().siblingAtColumn(1))
    before, undo = every_row(demo_db), window.ctx.undo_stack.count()

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(PlannerSession, "commit", full)
    seen: list = []
    still_open: list = []

    def in_dialog(d):
        on_message_box(seen)
        d.findChild(QPushButton, "ok").click()
        still_open.append(d.isVisible())
        d.reject()

    _when_dialog(in_dialog)
    plan.buttons["cancel"].click()
    assert seen and "the disk is full" in seen[0][1] and "Cancel delivery" in seen[0][1]
    assert still_open == [True]  # the person can try again once there is room
    assert every_row(demo_db) == before  # no half: neither the delivery nor the fee entry
    assert window.ctx.undo_stack.count() == undo
    plan.select("D-005")
    assert plan.model.data(plan.view.currentIndex().siblingAtColumn(1)) == status


def _when_dialog(action, timeout_ms: int = 8000) -> None:
    state = {"left": timeout_ms}

    def poll():
        w = QApplication.activeModalWidget()
        if not isinstance(w, QDialog) or isinstance(w, QMessageBox) or not w.isVisible():
            state["left"] -= 20
            if state["left"] > 0:
                QTimer.singleShot(20, poll)
            return
        action(w)

    QTimer.singleShot(0, poll)


def _chattr(flag: str, *paths: Path) -> bool:
    if not shutil.which("chattr"):
        return False
    return all(subprocess.run(["chattr", flag, str(p)], capture_output=True, check=False).returncode == 0
               for p in paths if p.exists())


def test_a_really_immutable_database_file_refuses_the_save_and_the_window_says_so(qtbot, window, demo_db):
    """No monkeypatch: the file and its journal are made immutable while the window has them open
    (chattr +i; skipped where the file system or the container does not allow it)."""
    path = Path(demo_db.path)
    files = [path, path.with_name(path.name + "-wal")]
    if not _chattr("+i", *files):
        _chattr("-i", *files)
        pytest.skip("chattr +i is not possible here")
    try:
        window.ctx.set_current(A)
        window.show_screen("workorder")
        screen = window.screens["workorder"]
        shown_before = screen.fields["base_amount"].text()
        undo = window.ctx.undo_stack.count()
        seen: list = []
        on_message_box(seen)
        screen.fields["base_amount"].setText("777777")
        screen.fields["base_amount"].editingFinished.emit()
        qtbot.waitUntil(lambda: bool(seen))
        assert seen[0][0] == "Not saved" and "Nothing of it was written" in seen[0][1]
        assert "disk refused to write" in seen[0][1]
        assert screen.fields["base_amount"].text() == shown_before
        assert window.ctx.undo_stack.count() == undo
    finally:
        _chattr("-i", *files)
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) != [("777777",)]


def test_an_undo_the_disk_refuses_is_said_in_plain_words(qtbot, window, demo_db, monkeypatch):
    from app.services import changes

    window.ctx.set_current(A)
    window.show_screen("workorder")
    field = window.screens["workorder"].fields["base_amount"]
    field.setText("1300000")
    field.editingFinished.emit()
    assert window.ctx.undo_stack.count() == 1
    refuse(monkeypatch, changes, "undo", "database or disk is full")
    seen: list = []
    on_message_box(seen)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert "the disk is full" in seen[0][1] and "nothing was written" in seen[0][1]
    assert "OperationalError" not in seen[0][1]
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) == [("1300000",)]
    assert not window.undo_action.isEnabled()  # the stack does not claim what the file does not hold


# ------------------------------------------------------------------ previews

def test_a_preview_that_fails_says_so_instead_of_no_new_warning(qtbot, window, monkeypatch):
    from app.services import planning

    refuse(monkeypatch, planning, "preview_delivery", "disk I/O error")
    window.ctx.set_current(A)
    window.show_screen("plan")
    seen = {}

    def look(d):
        seen["text"] = d.findChild(QLabel, "consequence").text()
        d.reject()

    _when_dialog(look)
    window.screens["plan"].buttons["new"].click()
    assert "could not be worked out" in seen["text"]
    assert "No new warning" not in seen["text"]


def test_an_action_whose_overdraw_check_fails_says_so_beside_what_it_could_work_out(qtbot, window,
                                                                                  monkeypatch):
    from app.services import balances, planning
    from app.ui.plan_dialogs import ActionDialog

    refuse(monkeypatch, balances, "transition_overdraws", "disk I/O error")
    wo = planning.work_order(window.ctx.db, A)
    d = next(x for x in wo.deliveries if x.status.value == "scheduled")
    dialog = ActionDialog(window.ctx, wo, d, "deliver")
    qtbot.addWidget(dialog)
    dialog.update_preview()
    text = dialog.findChild(QLabel, "consequence").text()
    assert "could not be worked out" in text
    assert "No new warning" not in text
    assert "Draws" in text or "Nothing is drawn" in text  # what could be worked out is still said


# ------------------------------------------------------------------ user text is inert

def test_a_rich_text_title_is_shown_literally_in_the_plan(qtbot, make_window, demo_db):
    from app.services import planning

    planning.update_delivery(demo_db, A, "D-005", title=FAKE)
    # control characters are refused on entry; a file written otherwise may still hold them
    con = sqlite3.connect(demo_db.path)
    with con:
        con.execute("UPDATE delivery SET notes=? WHERE ref='D-005'", ("note \u202eevil\u202c\x1b[31m",))
    con.close()
    window = make_window(demo_db)
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-005")
    title = plan.details.title
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert title.text() == f"D-005 · {FAKE}"
    text = plan.details.text()
    assert "\u202e" not in text and "\x1b" not in text and "␛[31m" in text
    for label in plan.details.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText or label.objectName() == "delivery_findings"
    # the table's tooltip for the title column is escaped rich text, never interpreted
    idx = plan.view.currentIndex().siblingAtColumn(2)
    assert plan.model.data(idx) == FAKE
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.resize(1366, 768)
    qtbot.wait(50)
    assert window.grab().save(str(SHOTS / "plan_rich_title_en.png"))


def test_tooltips_and_dialogs_never_interpret_user_text(qtbot, window, demo_db):
    from app.ui.models import Column, RowsModel

    model = RowsModel([Column("t", lambda r: r, tooltip=lambda r: r)], ["<b>bold</b> & <i>x</i>"])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in tip and "<b>" not in tip
    from app.services import planning
    from app.ui.plan_dialogs import ActionDialog

    planning.update_delivery(demo_db, A, "D-005", title=FAKE)
    window.ctx.reload()
    wo = window.ctx.work_order(A)
    d = next(x for x in wo.deliveries if x.ref == "D-005")
    dlg = ActionDialog(window.ctx, wo, d, "cancel", window)
    about = dlg.findChild(QLabel, "about_delivery")
    assert "&lt;h1" in about.text() and "<h1" not in about.text()
    dlg.deleteLater()


# ------------------------------------------------------------------ errors nobody caught

@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_dialog_with_the_crash_log(qtbot, window):
    from app.ui import failures

    failures.install_hooks()
    try:
        def boom():
            raise RuntimeError("a bug in a slot")

        seen: list = []
        on_message_box(seen)
        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: bool(seen), timeout=8000)
        title, text, _fmt = seen[0]
        log = failures.crash_log_path()
        assert title == "Unexpected error" and str(log) in text and "RuntimeError" in text
        assert "a bug in a slot" in log.read_text(encoding="utf-8")
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
        # a second error while nothing is open: one more dialog, never a loop of them
        rep = failures.reporter()
        rep.showing = True
        QTimer.singleShot(0, boom)
        qtbot.wait(100)
        assert rep.missed == 1
        rep.showing = False
    finally:
        failures.uninstall_hooks()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_reaches_the_dialog(qtbot, window):
    import threading

    from app.ui import failures

    failures.install_hooks()
    try:
        seen: list = []
        on_message_box(seen)
        t = threading.Thread(target=lambda: 1 / 0, name="worker")
        t.start()
        t.join()
        qtbot.waitUntil(lambda: bool(seen), timeout=8000)
        assert "ZeroDivisionError" in seen[0][1] and "crash.log" in seen[0][1]
    finally:
        failures.uninstall_hooks()


def test_a_background_task_failure_is_one_plain_line(qtbot):
    from app.ui.workers import Task

    got = []
    task = Task(lambda _p: (_ for _ in ()).throw(sqlite3.OperationalError("database or disk is full")))
    task.signals.failed.connect(got.append)
    task.run()
    assert got == ["the disk is full"]


# ------------------------------------------------------------------ database errors, in the window's language

def test_database_errors_in_the_window_language(qtbot):
    from app.store.paths import DatabaseError
    from app.ui.failures import db_error_text

    kk = db_error_text(DatabaseError("cannot_open", "/x/planner.db", "file is not a database"), "kk")
    assert kk.startswith("қате:") and "file is not" not in kk and "database" not in kk.replace("planner.db", "")
    ru = db_error_text(DatabaseError("in_use", "/x/planner.db"), "ru")
    assert "используется" in ru
    en = db_error_text(DatabaseError("cannot_open", "/x/planner.db", "file is not a database"), "en")
    assert "(file is not a database)" in en


# ------------------------------------------------------------------ restore keeps the lock

SECOND_WRITER = ("import sys\nfrom app.store.db import DatabaseError, open_db\n"
                 "try:\n    open_db(sys.argv[1]).close()\nexcept DatabaseError as e:\n"
                 "    print(e.reason); sys.exit(3)\nprint('opened')\n")


def second_writer(path: Path) -> str:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", SECOND_WRITER, str(path)], capture_output=True, text=True,
                         env=env, timeout=120, check=False)
    return out.stdout.strip()


def test_restore_from_the_window_keeps_the_lock(qtbot, window, demo_db):
    from app.store.backup import backup_now

    path = Path(demo_db.path)
    backup = backup_now(path)
    seen: list = []
    on_message_box(seen)  # "Replace the data with the backup…?" -> Restore
    assert window.restore_from(backup)
    assert second_writer(path) == "in_use"
    window.ctx.set_current(A)
    window.show_screen("workorder")
    field = window.screens["workorder"].fields["base_amount"]
    field.setText("1234567")
    field.editingFinished.emit()
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) == [("1234567",)]


def test_a_restore_that_fails_keeps_the_lock_and_the_database(qtbot, window, demo_db, monkeypatch):
    from app.store import backup as store_backup

    path = Path(demo_db.path)
    good = store_backup.backup_now(path)
    refuse(monkeypatch, store_backup, "restore", "no such table: x")  # what the issue saw
    seen: list = []
    on_message_box(seen)  # the question
    QTimer.singleShot(300, lambda: on_message_box(seen))  # the failure
    assert not window.restore_from(good)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=8000)
    assert "Restore" in seen[1][0] and "crash.log" in seen[1][1]
    assert second_writer(path) == "in_use"
    assert window.ctx.db is not None and not window.ctx.readonly
    assert window.ctx.work_order(A) is not None


@pytest.mark.parametrize("lang, title, words", [("kk", "Сақталмады", "диск толы"),
                                                ("ru", "Не сохранено", "диск заполнен")])
def test_a_refused_save_is_said_in_the_window_language(qtbot, make_window, demo_db, monkeypatch,
                                                       lang, title, words):
    import re

    from app.services import planning

    window = make_window(demo_db, lang)
    window.ctx.set_current(A)
    window.show_screen("workorder")
    refuse(monkeypatch, planning, "update_work_order", "database or disk is full")
    seen: list = []
    on_message_box(seen, shot=f"refused_save_{lang}")
    field = window.screens["workorder"].fields["base_amount"]
    field.setText("999999")
    field.editingFinished.emit()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == title and words in seen[0][1]
    assert not re.search(r"[A-Za-z]{3,}", seen[0][1])  # not a word of English in it


def test_an_import_the_disk_refuses_says_nothing_was_imported_not_that_the_workbook_is_bad(qtbot, demo_db, tmp_path,
                                                                                          monkeypatch):
    from app.services import exporter, importer
    from app.ui.import_dialog import ImportDialog

    book = tmp_path / "p.xlsx"
    exporter.export(demo_db, book, "en")
    dlg = ImportDialog(demo_db, "en")
    qtbot.addWidget(dlg)
    dlg.load(book)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=60000)
    before = every_row(demo_db)
    refuse(monkeypatch, importer, "commit_change", "database or disk is full")
    dlg.run_import()
    qtbot.waitUntil(lambda: "Nothing was imported" in dlg.summary.text(), timeout=20000)
    assert "the disk is full" in dlg.summary.text() and "workbook cannot be read" not in dlg.summary.text()
    assert every_row(demo_db) == before
    dlg.tasks.wait()


def test_restoring_the_oldest_of_ten_backups_from_the_window(qtbot, window, demo_db):
    from datetime import datetime, timedelta

    from app.store import backup as store_backup

    path = Path(demo_db.path)
    first = store_backup.backup_now(path)
    now = datetime.now().replace(microsecond=0)
    names = []
    for i in range(1, 10):  # nine more, older, all in this month: the first made is the oldest
        when = now - timedelta(seconds=10 * i)
        target = first.with_name(store_backup._name(path, "manual", when))
        shutil.copyfile(first, target)
        names.append(target)
    oldest = store_backup.list_backups(path)[-1]
    window.ctx.set_current(A)
    window.show_screen("workorder")
    field = window.screens["workorder"].fields["base_amount"]
    field.setText("4444444")
    field.editingFinished.emit()
    seen: list = []
    on_message_box(seen)  # the question
    QTimer.singleShot(300, lambda: on_message_box(seen))  # (today: the failure, closed so nothing hangs)
    restored = window.restore_from(oldest)
    assert second_writer(path) == "in_use"  # the window's side holds, restored or not
    assert restored, seen[1:]
    assert oldest.exists()
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) != [("4444444",)]


def test_settings_are_readable_by_their_owner_only(qtbot, tmp_path, monkeypatch):
    import stat

    from app.ui.settings import AppSettings

    monkeypatch.setenv("UNIFIED_PLANNER_CONFIG", str(tmp_path / "cfg"))
    old = os.umask(0o022)
    try:
        s = AppSettings()
        s.qs.setValue("db/last", "/home/me/customers/planner.db")
        s.sync()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "cfg").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "cfg" / "settings.ini").stat().st_mode) == 0o600
