"""Plan and ledger filter by status, service/kind, location and dates, combined with Ctrl+F's
words (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.enums import LedgerKind, Status

NUMBER = "UES-KZ-2025-014"


def _visible_refs(plan):
    return [plan.model.rows[r].ref for r in range(plan.model.rowCount()) if not plan.view.isRowHidden(r)]


def _type(widget, text):
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _choose(combo, data):
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(data))


def _plan(window):
    window.ctx.set_current(NUMBER)
    window.show_screen("plan")
    QApplication.processEvents()
    return window.screens["plan"]


def test_plan_status_location_and_dates_combine_with_find(qtbot, window):
    plan = _plan(window)
    everything = [d.ref for d in plan.model.rows]
    assert _visible_refs(plan) == everything
    _choose(plan.filters.combos["status"], Status.DELIVERED.value)
    delivered = [d.ref for d in plan.model.rows if d.status is Status.DELIVERED]
    assert _visible_refs(plan) == delivered and set(delivered) == {"D-001", "D-002", "D-007"}
    assert plan.filters.count.text() == f"3 of {len(everything)} deliveries"
    # and only in Kyrgyzstan: none delivered there; any status there: D-003 and D-006
    kg = next(loc.id for loc in window.ctx.work_order().locations if loc.country == "KG")
    _choose(plan.filters.combos["location"], kg)
    assert _visible_refs(plan) == []
    _choose(plan.filters.combos["status"], None)
    assert sorted(_visible_refs(plan)) == ["D-003", "D-006"]
    _choose(plan.filters.combos["location"], None)
    # dates typed as a person would: from 1 Dec 2026 on, the deliveries that reach into December
    field = plan.filters.date_from.line
    field.setFocus()
    _type(field, "01.12.2026")
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert sorted(_visible_refs(plan)) == ["D-005", "D-006"]
    # Ctrl+F's words on top: "Power" keeps D-006 only
    QTest.keyClick(plan.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert plan.find.isVisible()
    QTest.keyClicks(plan.find.edit, "power")
    qtbot.waitUntil(lambda: _visible_refs(plan) == ["D-006"])
    QTest.keyClick(plan.find.edit, Qt.Key.Key_Escape)  # the words go, the dates stay
    assert sorted(_visible_refs(plan)) == ["D-005", "D-006"]
    from PySide6.QtWidgets import QToolButton

    QTest.mouseClick(plan.filters.findChild(QToolButton, "plan_filters_clear"), Qt.MouseButton.LeftButton)
    assert _visible_refs(plan) == everything


def test_plan_filter_survives_a_sort_and_a_refresh(qtbot, window):
    plan = _plan(window)
    _choose(plan.filters.combos["status"], Status.SCHEDULED.value)
    plan.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    QApplication.processEvents()
    assert sorted(_visible_refs(plan)) == ["D-005", "D-006"]
    plan.refresh()
    QApplication.processEvents()
    assert sorted(_visible_refs(plan)) == ["D-005", "D-006"]


def test_ledger_kind_and_dates(qtbot, window):
    window.ctx.set_current(NUMBER)
    window.show_screen("ledger")
    QApplication.processEvents()
    led = window.screens["ledger"]
    rows = led.model.rows
    kinds = {e.kind for e, *_ in rows}
    assert LedgerKind.GRANT in kinds and len(kinds) > 1

    def visible():
        return [led.model.rows[r][0] for r in range(led.model.rowCount()) if not led.view.isRowHidden(r)]

    _choose(led.filters.combos["kind"], LedgerKind.GRANT.value)
    assert visible() and all(e.kind is LedgerKind.GRANT for e in visible())
    assert len(visible()) == sum(1 for e, *_ in rows if e.kind is LedgerKind.GRANT)
    last = max(e.on for e in visible())
    field = led.filters.date_from.line
    field.setFocus()
    _type(field, last.strftime("%d.%m.%Y"))
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert visible() and all(e.on >= last and e.kind is LedgerKind.GRANT for e in visible())
    assert led.filters.count.text() == f"{len(visible())} of {len(rows)} entries"
