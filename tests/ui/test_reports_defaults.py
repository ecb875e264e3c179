"""Issue 16: the Reports screen has a title, starts on the work order the window is on (not a
greyed list of all), and remembers its output folder (default: Documents or home)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

A = "UES-KZ-2025-014"


def test_reports_starts_on_the_current_work_order_and_remembers_its_folder(qtbot, make_window, demo_db,
                                                                            settings, tmp_path):
    window = make_window(demo_db, "kk")
    window.ctx.set_current(A)
    window.show_screen("reports")
    screen = window.screens["reports"]
    assert screen.findChild(QLabel, "reports_title").text() == "Тоқсандық есептер"
    assert not screen.all_active.isChecked() and screen.orders.isEnabled()
    assert screen.checked_numbers() == [A]
    assert screen.orders.count() > 1  # the others are there, to tick
    default = Path(screen.folder.text())
    from PySide6.QtCore import QStandardPaths

    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert default.is_dir() and default in (Path.home(), Path(docs))
    out = tmp_path / "statements"
    out.mkdir()
    screen.folder.setText(str(out))
    screen.pdf.setChecked(False)  # the Excel one alone: quicker
    screen.render_button.click()
    qtbot.waitUntil(lambda: screen.worker is None, timeout=60000)
    assert sorted(p.name for p in out.iterdir())  # written there
    assert settings.reports_dir == out
    window.close()

    again = make_window(demo_db, "en")
    again.show_screen("reports")
    assert again.screens["reports"].folder.text() == str(out)


def test_without_a_current_work_order_all_active_are_ticked(qtbot, demo_db):
    from app.ui.reports_screen import ReportsScreen

    screen = ReportsScreen(demo_db, "en", current=lambda: None)
    qtbot.addWidget(screen)
    assert screen.all_active.isChecked()
    assert all(screen.orders.item(i).checkState() == Qt.Checked for i in range(screen.orders.count()))
