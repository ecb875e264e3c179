"""The Reports screen renders in the background and reports progress."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import QUARTER


def test_render_all_active_in_background(qtbot, demo_db, tmp_path, today):
    from app.ui.reports_screen import ReportsScreen

    screen = ReportsScreen(demo_db, "kk", today=today)
    qtbot.addWidget(screen)
    assert screen.quarter.currentText() == QUARTER
    assert screen.orders.count() == 5
    screen.folder.setText(str(tmp_path))
    screen.xlsx.setChecked(False)
    with qtbot.waitSignal(screen.rendered, timeout=60000) as blocker:
        screen.render_button.click()
    result = blocker.args[0]
    assert result.done == 5 and len(list(tmp_path.glob("*.pdf"))) == 5
    assert screen.progress.value() == 5 and screen.progress.maximum() == 5
    assert screen.open_file_button.isEnabled() and screen.render_button.isEnabled()
    screen.shutdown()


def test_render_checked_work_orders_only(qtbot, demo_db, tmp_path, today):
    from app.ui.reports_screen import ReportsScreen

    screen = ReportsScreen(demo_db, "en", today=today)
    qtbot.addWidget(screen)
    screen.all_active.setChecked(False)
    for i in range(1, screen.orders.count()):
        screen.orders.item(i).setCheckState(Qt.Unchecked)
    screen.folder.setText(str(tmp_path))
    with qtbot.waitSignal(screen.rendered, timeout=60000) as blocker:
        screen.render_button.click()
    assert blocker.args[0].done == 1 and len(list(tmp_path.glob("*_2026Q4_en.*"))) == 2
    screen.shutdown()


def test_missing_folder_is_said_not_rendered(qtbot, demo_db, today):
    from app.ui.reports_screen import ReportsScreen

    screen = ReportsScreen(demo_db, "en", today=today)
    qtbot.addWidget(screen)
    screen.render_button.click()
    assert "folder" in screen.status.text() and screen.worker is None


def test_calendar_button_writes_ics(qtbot, demo_db, tmp_path, today):
    from app.ui.reports_screen import ReportsScreen

    screen = ReportsScreen(demo_db, "ru", today=today)
    qtbot.addWidget(screen)
    screen.export_calendar(str(tmp_path / "c.ics"))
    assert (tmp_path / "c.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "c.ics" in screen.status.text()
