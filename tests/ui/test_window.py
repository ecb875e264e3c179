"""The window as a whole: every screen, undo leaving the database exactly as it was, settings,
language, background export, first start, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from tests.conftest import TODAY
from tests.ui.conftest import dump, rows, when_modal

A = "UES-KZ-2025-014"


def test_every_screen_then_edits_undone_leave_the_database_as_it_was(qtbot, window, demo_db):
    before = dump(demo_db)
    for i, key in enumerate(("portfolio", "workorder", "plan", "ledger", "deadlines", "reports"), 1):
        qtbot.keyClick(window, Qt.Key.Key_0 + i, Qt.KeyboardModifier.ControlModifier)
        assert window.current_screen() == key
    window.ctx.set_current(A)
    window.show_screen("workorder")
    base = window.screens["workorder"].fields["base_amount"]
    base.setText("1300000")
    base.editingFinished.emit()
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) == [("1300000",)]
    window.show_screen("plan")
    window.screens["plan"].select("D-005")
    when_modal(lambda d: d.findChild(QPushButton, "ok").click())
    window.screens["plan"].buttons["cancel"].click()
    window.show_screen("ledger")
    when_modal(lambda d: (d.findChild(QLineEdit, "credits").setText("3"), d.findChild(QPushButton, "ok").click()))
    window.screens["ledger"].buttons["grant"].click()
    assert dump(demo_db) != before
    assert window.ctx.undo_stack.count() == 3
    window.activateWindow()  # the dialogs were the active windows
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()  # in a text field Ctrl+Z undoes the typing, as everywhere
    for _ in range(3):
        qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.undo_stack.index() == 0
    assert dump(demo_db) == before
    qtbot.keyClick(window.nav, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows(demo_db, "SELECT base_amount FROM work_order WHERE number=?", A) == [("1300000",)]
    window.undo_action.trigger()
    assert dump(demo_db) == before


def test_new_work_order_from_the_toolbar_menu(qtbot, window, demo_db):
    def fill(d):
        d.findChild(QLineEdit, "number").setText("UES-KZ-2027-001")
        d.findChild(QLineEdit, "customer").setText("Ақтөбе Су")
        d.findChild(QPushButton, "ok").click()

    when_modal(fill)
    window.new_action.trigger()
    assert rows(demo_db, "SELECT number, cancel_fee_pct, term_start FROM work_order WHERE number='UES-KZ-2027-001'") == [
        ("UES-KZ-2027-001", "100", TODAY.isoformat())]
    assert window.ctx.current == "UES-KZ-2027-001"
    assert window.wo_combo.currentData() == "UES-KZ-2027-001"


def test_settings_are_saved_and_the_language_switches_at_run_time(qtbot, window, settings):
    from app.ui.main import relaunch

    def fill(d):
        d.findChild(QComboBox, "lang").setCurrentIndex(d.findChild(QComboBox, "lang").findData("kk"))
        d.findChild(QLineEdit, "reminder_days").setText("abc")
        d.findChild(QPushButton, "ok").click()
        assert d.isVisible()  # refused at the field
        d.findChild(QLineEdit, "reminder_days").setText("60, 30")
        d.findChild(QLineEdit, "default_fee_pct").setText("50")
        d.findChild(QPushButton, "ok").click()

    changed = []
    window.language_changed.connect(changed.append)
    when_modal(fill)
    window.settings_action.trigger()
    assert settings.reminder_days == (60, 30) and str(settings.default_fee_pct) == "50"
    assert changed == ["kk"]
    new = relaunch(window, "kk")
    qtbot.addWidget(new)
    assert new.nav.item(0).text() == "Портфель"
    assert new.screens["portfolio"].model.headerData(0, Qt.Orientation.Horizontal) == "Тұтынушы"
    assert new.ctx.check_settings().reminder_days == (60, 30)
    new.close()


def test_window_geometry_is_remembered(qtbot, make_window, demo_db, settings):
    w = make_window(demo_db)
    w.resize(1500, 901)
    w.show_screen("deadlines")
    w.close()
    assert settings.window_screen() == 4
    from app.ui.window import MainWindow

    w2 = MainWindow(demo_db, "en", today=TODAY, settings=settings)
    qtbot.addWidget(w2)
    w2.show()
    assert w2.current_screen() == "deadlines"
    geometry = settings.window_geometry()
    assert geometry is not None and len(geometry) > 0
    # (the offscreen platform clamps a restored geometry to its small screen: the bytes are what we check)
    w2.close()


def test_export_runs_in_the_background(qtbot, window, tmp_path):
    out = tmp_path / "portfolio.xlsx"
    task = window.export_to(out)
    with qtbot.waitSignal(task.signals.finished, timeout=30000):
        pass
    assert out.exists() and out.stat().st_size > 0
    from openpyxl import load_workbook

    wb = load_workbook(out, read_only=True)
    text = " ".join(str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c)
    wb.close()
    assert A in text
    assert window.progress.isHidden()


def test_first_start_offers_the_demo(qtbot, db, settings):
    from app.ui.context import Context
    from app.ui.main import offer_demo

    ctx = Context(db, "en", TODAY, settings)
    when_modal(lambda d: d.findChild(QPushButton, "load_demo").click())
    assert offer_demo(ctx) is True
    assert len(rows(db, "SELECT id FROM work_order")) == 5


def test_read_only_window_disables_editing(qtbot, make_window, demo_db):
    from app.store.db import open_db

    ro = open_db(demo_db.path, readonly=True)
    try:
        from app.ui.window import MainWindow

        w = MainWindow(ro, "en", today=TODAY, readonly=True)
        qtbot.addWidget(w)
        w.ctx.set_current(A)
        assert not w.import_action.isEnabled()
        assert not w.screens["plan"].buttons["new"].isEnabled()
        assert not w.screens["ledger"].buttons["grant"].isEnabled()
        assert not w.screens["workorder"].fields["base_amount"].isEnabled()
        assert "read-only" in w.windowTitle()
        w.close()
    finally:
        ro.close()


def test_screenshots_command_renders_every_screen_and_dialog(demo_db, tmp_path):
    from app.cli import main

    out = tmp_path / "shots"
    assert main(["screenshots", "--db", str(demo_db.path), "--out", str(out), "--lang", "kk",
                 "--today", TODAY.isoformat()]) == 0
    names = {p.name for p in out.glob("*.png")}
    for screen in ("1-portfolio", "2-workorder", "3-plan", "4-ledger", "5-deadlines", "6-reports",
                   "d09-cancel", "d13-transfer", "d14-settings"):
        assert f"kk-{screen}.png" in names
    assert len(names) >= 20
