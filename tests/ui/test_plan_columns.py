"""Plan at 1366x768: the dates, amounts and the last free change day in view, a severity mark
on rows with findings, a column chooser remembered in the settings (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.domain.dates import last_free_change_day

NUMBER = "UES-KZ-2025-014"
MUST_SEE = ["First day", "Last day", "Last free day", "Credits", "Hours", "Fee", "Quantity"]


def _plan(window, size=(1366, 768)):
    window.resize(*size)
    window.ctx.set_current(NUMBER)
    window.show_screen("plan")
    for _ in range(3):
        QApplication.processEvents()
    return window.screens["plan"]


def _heads(plan):
    return [plan.model.headerData(c, Qt.Orientation.Horizontal) for c in range(plan.model.columnCount())]


def _cell(plan, ref, head, role=Qt.ItemDataRole.DisplayRole):
    c = _heads(plan).index(head)
    r = next(r for r, d in enumerate(plan.model.rows) if d.ref == ref)
    return plan.model.index(r, c).data(role)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_dates_amounts_and_free_day_fit_at_1366(make_window, demo_db, lang):
    window = make_window(demo_db, lang)
    plan = _plan(window)
    view = plan.view
    wanted = {plan.tr(h) for h in MUST_SEE}
    seen = set()
    for c, head in enumerate(_heads(plan)):
        if head in wanted:
            assert not view.isColumnHidden(c), head
            right = view.columnViewportPosition(c) + view.columnWidth(c)
            assert view.columnViewportPosition(c) >= 0 and right <= view.viewport().width(), (head, right)
            assert view.columnWidth(c) >= 40, head
            assert plan.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == head
            seen.add(head)
    assert seen == wanted


def test_last_free_day_is_the_domains_and_late_rows_carry_a_mark(window):
    plan = _plan(window)
    d005 = next(d for d in plan.model.rows if d.ref == "D-005")  # scheduled from 04.12.2026
    from app.ui.widgets import day

    assert last_free_change_day(d005.first_day).isoformat() == "2026-11-20"
    assert _cell(plan, "D-005", "Last free day") == day(last_free_change_day(d005.first_day), "en")
    assert _cell(plan, "D-007", "Last free day") == ""  # delivered: nothing left to change free
    # the demo's late-requested D-003 has an error: an icon on its row, its words in the tooltip
    icon = _cell(plan, "D-003", "Ref", Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert not icon.pixmap(16, 16).toImage().isNull()
    tip = _cell(plan, "D-003", "Ref", Qt.ItemDataRole.ToolTipRole)
    assert "error: Requested on 5 Nov 2026, 15 days after the last request day" in tip
    assert _cell(plan, "D-007", "Ref", Qt.ItemDataRole.DecorationRole) is None


def test_column_chooser_hides_a_column_and_remembers_it(make_window, demo_db, settings):
    window = make_window(demo_db)
    plan = _plan(window)
    title = _heads(plan).index("Title")
    mode = _heads(plan).index("Mode")
    assert plan.view.isColumnHidden(mode) and not plan.view.isColumnHidden(title)  # the defaults
    menu = plan.columns.menu()
    by_text = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert by_text["Title"].isChecked() and not by_text["Mode"].isChecked()
    by_text["Title"].trigger()  # untick
    by_text["Mode"].trigger()  # tick
    assert plan.view.isColumnHidden(title) and not plan.view.isColumnHidden(mode)
    window.close()
    again = make_window(demo_db)
    plan2 = _plan(again)
    assert plan2.view.isColumnHidden(title) and not plan2.view.isColumnHidden(mode)


def test_the_error_mark_in_rich_text_is_a_drawn_icon_not_a_glyph(qtbot):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    from app.ui.icons import mark_html

    html = mark_html("error")
    assert "⛔" not in html and "<img" in html
    label = QLabel(html)
    qtbot.addWidget(label)
    label.resize(40, 24)
    image = label.grab().toImage()
    reds = sum(1 for x in range(20) for y in range(24)
               if QColor(image.pixel(x, y)).red() > 150 and QColor(image.pixel(x, y)).green() < 100)
    assert reds > 20  # the red disc of error.svg was painted
