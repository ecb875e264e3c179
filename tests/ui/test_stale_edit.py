"""A dialog opened on a record saves with the version it was opened with (issue 17): when
someone changed the record meanwhile, the save is refused with who changed what (no
traceback), nothing of it is written, the window shows the record as stored, and Undo has
nothing new."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from app.services import planning
from app.store import audit
from tests.ui.conftest import rows
from tests.ui.test_safety_window import _when_dialog, on_message_box

A = "UES-KZ-2025-014"


def test_a_stale_save_says_who_changed_what_and_shows_the_stored_record(qtbot, window, demo_db, monkeypatch):
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-003")
    undo = window.ctx.undo_stack.count()
    seen: list = []
    still_open: list = []

    def in_dialog(d):
        d.title_edit.setText("My new title")
        # meanwhile, in another window (alice's), D-003 is scheduled
        monkeypatch.setattr(audit, "current_user", lambda: "alice")
        planning.schedule_delivery(demo_db, A, "D-003", date(2026, 12, 7), date(2026, 12, 7))
        monkeypatch.setattr(audit, "current_user", lambda: "me")
        on_message_box(seen)
        d.findChild(QPushButton, "ok").click()
        still_open.append(d.isVisible())
        d.reject()

    _when_dialog(in_dialog)
    plan.buttons["edit"].click()
    assert seen, "no message"
    text = seen[0][1]
    assert "D-003 was changed by alice at" in text and "status" in text and "first day" in text, text
    assert "nothing of your change was saved" in text
    assert still_open == [True]
    # alice's change stands, nothing of ours was written
    [(title, status, first)] = rows(demo_db, "SELECT d.title, d.status, d.first_day FROM delivery d JOIN "
                                    "work_order w ON w.id = d.work_order_id WHERE d.ref='D-003' AND w.number=?", A)
    assert (status, first) == ("scheduled", "2026-12-07") and title != "My new title"
    assert window.ctx.undo_stack.count() == undo
    # the window read the record again: the plan shows it scheduled
    d3 = next(d for d in window.ctx.work_order(A).deliveries if d.ref == "D-003")
    assert (d3.status.value, d3.first_day) == ("scheduled", date(2026, 12, 7))
    assert not isinstance(QApplication.activeModalWidget(), (QDialog, QMessageBox))


def test_the_stale_save_message_in_kazakh(qtbot, make_window, demo_db, monkeypatch):
    """The same refusal in the window's language; its picture is saved (SAFETY_SHOTS) to look at."""
    window = make_window(demo_db, "kk")
    window.ctx.set_current(A)
    window.show_screen("plan")
    window.screens["plan"].select("D-003")
    seen: list = []

    def in_dialog(d):
        d.title_edit.setText("Жаңа атау")
        monkeypatch.setattr(audit, "current_user", lambda: "alice")
        planning.schedule_delivery(demo_db, A, "D-003", date(2026, 12, 7), date(2026, 12, 7))
        monkeypatch.setattr(audit, "current_user", lambda: "me")
        on_message_box(seen, shot="stale_edit_kk")
        d.findChild(QPushButton, "ok").click()
        d.reject()

    _when_dialog(in_dialog)
    window.screens["plan"].buttons["edit"].click()
    assert seen, "no message"
    text = seen[0][1]
    assert "D-003: сіз ашқаннан кейін оны alice" in text and "күйі" in text and "бірінші күн" in text, text
    assert "сіздің өзгерісіңіз сақталмады" in text
