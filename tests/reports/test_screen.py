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


def test_screen_renders_the_customer_edition_unless_internal_is_ticked(qtbot, demo_db, tmp_path, today):
    """The customer edition by default, with the account manager from the settings; the
    internal edition (findings with rule ids) only when its box is ticked."""
    from app.reports.statement import Contact
    from app.ui.reports_screen import ReportsScreen

    from .conftest import DEMO_A, pdf_text

    screen = ReportsScreen(demo_db, "en", today=today,
                           contact=lambda: Contact("Aigerim Sadykova", "a.sadykova@example.com", ""))
    qtbot.addWidget(screen)
    assert not screen.internal.isChecked()
    screen.xlsx.setChecked(False)
    for sub, internal in (("c", False), ("i", True)):
        screen.internal.setChecked(internal)
        screen.folder.setText(str(tmp_path / sub))
        with qtbot.waitSignal(screen.rendered, timeout=60000):
            screen.render_button.click()
    customer = pdf_text(next((tmp_path / "c").glob(f"{DEMO_A}_*.pdf")))
    internal = pdf_text(next((tmp_path / "i").glob(f"{DEMO_A}_*.pdf")))
    assert "a.sadykova@example.com" in customer and "R-EXPIRY" not in customer
    assert "R-EXPIRY" in internal and "Internal edition" in internal
    screen.shutdown()


def test_account_manager_settings_are_kept(qtbot, tmp_path):
    from app.ui.settings import AppSettings
    from app.ui.settings_dialog import SettingsDialog

    settings = AppSettings(tmp_path / "cfg")
    dialog = SettingsDialog(settings, "en")
    qtbot.addWidget(dialog)
    dialog.manager_name.setText("  Aigerim Sadykova ")
    dialog.manager_email.setText("a.sadykova@example.com")
    dialog.manager_phone.setText("+7 701 555 01 01")
    dialog._ok()
    again = AppSettings(tmp_path / "cfg")
    contact = again.statement_contact()
    assert (contact.name, contact.email, contact.phone) == ("Aigerim Sadykova", "a.sadykova@example.com",
                                                            "+7 701 555 01 01")
