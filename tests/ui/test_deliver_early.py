"""Issue 16: marking delivered before the first day asks whether to move the first day to the
delivery day (the lifecycle decides, the dialog asks) instead of saving it or refusing mutely."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from tests.conftest import TODAY
from tests.ui.conftest import rows, when_modal

A = "UES-KZ-2025-014"
Q = ("SELECT d.status, d.first_day, d.last_day FROM delivery d JOIN work_order w ON w.id=d.work_order_id "
     "WHERE w.number=? AND d.ref='D-006'")


def _answer(button_text: str, seen: dict):
    def answer(box):
        seen["question"] = box.text() if isinstance(box, QMessageBox) else ""
        for b in box.findChildren(QPushButton):
            if b.text() == button_text:
                b.click()
                return
    return answer


def _deliver(qtbot, window, answer_text: str):
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-006")  # scheduled, 18 days from TODAY
    seen = {}

    def in_dialog(d):
        seen["consequence"] = d.findChild(QLabel, "consequence").text()
        when_modal(_answer(answer_text, seen))
        d.findChild(QPushButton, "ok").click()  # the question is asked (modal) inside this click
        seen["still_open"] = d.isVisible()
        seen["error"] = (d.findChild(QLabel, "error_date").text() if d.findChild(QLabel, "error_date") else "")
        if d.isVisible():
            d.reject()

    when_modal(in_dialog)
    plan.buttons["deliver"].click()
    QApplication.processEvents()
    return seen


def test_delivered_early_moves_the_first_day_when_the_person_says_so(qtbot, window, demo_db):
    (status, first, last), = rows(demo_db, Q, A)
    assert status == "scheduled" and first > TODAY.isoformat()
    seen = _deliver(qtbot, window, "Move the first day")
    assert "before the first day" in seen["consequence"]
    assert "Move the first day to" in seen["question"]
    assert rows(demo_db, Q, A) == [("delivered", TODAY.isoformat(), last)]
    window.undo_action.trigger()
    assert rows(demo_db, Q, A) == [(status, first, last)]


def test_saying_back_writes_nothing_and_says_why_at_the_field(qtbot, window, demo_db):
    before = rows(demo_db, Q, A)
    seen = _deliver(qtbot, window, "Back")
    assert seen["still_open"]
    assert seen["error"] == "cannot be delivered before its first day"
    assert rows(demo_db, Q, A) == before
