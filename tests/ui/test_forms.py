"""The form dialogs as a person types into them: the focus starts on the first field (a space
typed there never presses a button), Enter in a dialog that costs a fee means Back, and a
reschedule moves the last day with the first."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from app.domain.enums import Status

from .conftest import dump

A = "UES-KZ-2025-014"  # the demo work order with scheduled deliveries


def _scheduled(window):
    wo = window.ctx.work_order(A)
    return wo, next(d for d in wo.deliveries if d.status is Status.SCHEDULED and d.first_day and d.last_day)


def test_a_new_dialog_starts_on_its_first_field_and_a_space_types_a_space(qtbot, window):
    from app.ui.workorder_dialogs import NewWorkOrderDialog

    dlg = NewWorkOrderDialog(window.ctx, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    first = dlg.first_field()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    assert isinstance(first, QLineEdit)
    qtbot.keyClicks(first, "Baiterek Telecom")
    assert first.text() == "Baiterek Telecom" and dlg.isVisible()


def test_enter_in_a_reschedule_means_back_and_saves_nothing(qtbot, window, demo_db):
    from app.ui.plan_dialogs import ActionDialog

    wo, d = _scheduled(window)
    before = dump(demo_db)
    dlg = ActionDialog(window.ctx, wo, d, "reschedule", window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    first = dlg.first_field()
    assert first is dlg.first.line  # the first day's text, where a person starts typing
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.isVisible()
    assert dump(demo_db) == before


def test_a_moved_first_day_moves_the_last_day_by_the_same_span(qtbot, window):
    from app.ui.plan_dialogs import ActionDialog

    wo, d = _scheduled(window)
    dlg = ActionDialog(window.ctx, wo, d, "reschedule", window)
    qtbot.addWidget(dlg)
    dlg.first.set_value(d.first_day + timedelta(days=7))
    assert dlg.last.value() == d.last_day + timedelta(days=7)
