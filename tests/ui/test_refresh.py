"""Targeted refresh: after an edit (and its undo) the window reads and checks again only the
work order the change names; the others are not read, not checked, not summarized again, and
the screens show the new state."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from tests.ui.conftest import when_modal

A = "UES-KZ-2025-014"


@pytest.fixture
def spied(monkeypatch):
    """Counts what is read (work order ids per load) and checked (work order numbers)."""
    from app.services import portfolio
    from app.store import repo
    from app.ui import context

    seen = {"loads": [], "checked": [], "whole": 0}
    load, check, whole = repo.load_portfolio, portfolio.check_work_order, context.Snapshot.read

    def spy_load(session, ids=None):
        seen["loads"].append(ids)
        return load(session, ids)

    def spy_check(wo, *args, **kwargs):
        seen["checked"].append(wo.number)
        return check(wo, *args, **kwargs)

    def spy_whole(*args, **kwargs):
        seen["whole"] += 1
        return whole(*args, **kwargs)

    monkeypatch.setattr(repo, "load_portfolio", spy_load)
    monkeypatch.setattr(portfolio, "check_work_order", spy_check)
    monkeypatch.setattr(context.Snapshot, "read", staticmethod(spy_whole))
    return seen


def _row(window, number):
    model = window.screens["portfolio"].model
    return next(s for s in model.rows if s.wo.number == number)


def test_a_grant_rereads_and_rechecks_only_its_work_order_and_the_table_shows_it(qtbot, window, demo_db, spied):
    window.show_screen("portfolio")
    others = {s.wo.number: s for s in window.screens["portfolio"].model.rows if s.wo.number != A}
    assert others, "the demo has more than one work order"
    before = _row(window, A).credits
    available = _row(window, A).outlook("credits")[0]
    wo_ids = {n: wo.id for n, wo in window.ctx.snapshot().by_number.items()}
    window.ctx.set_current(A)
    window.show_screen("ledger")
    when_modal(lambda d: (d.findChild(QLineEdit, "credits").setText("3"), d.findChild(QPushButton, "ok").click()))
    window.screens["ledger"].buttons["grant"].click()
    assert spied["whole"] == 0
    assert spied["loads"] and all(ids == [wo_ids[A]] for ids in spied["loads"])  # A alone is read
    assert spied["checked"] == [A]  # and checked; no other
    window.show_screen("portfolio")
    assert _row(window, A).credits == before + Decimal(3)
    for number, summary in others.items():  # the same objects: not summarized again
        assert _row(window, number) is summary
    table = window.screens["portfolio"]
    col = [c.title for c in table.model.columns].index("Credits available")
    shown = {table.proxy.index(r, 1).data(): table.proxy.index(r, col).data() for r in range(table.proxy.rowCount())}
    assert shown[A] == _credits_text(available + 3)

    window.undo_action.trigger()  # the undo is targeted the same way
    assert spied["whole"] == 0 and spied["checked"] == [A, A]
    assert _row(window, A).credits == before
    assert sum(r[1] for r in window.screens["ledger"].loc_model.rows) == before  # its screen too


def _credits_text(value):
    from app.ui.widgets import amount

    return amount(value, "en")


def test_a_delivery_cancelled_updates_deadlines_and_plan_of_that_work_order_only(qtbot, window, demo_db, spied):
    window.show_screen("deadlines")
    findings = window.screens["deadlines"].model.rows
    other = [f for f in findings if f.work_order != A]
    about = [(f.rule, f.severity.value) for f in findings if f.work_order == A and f.subject.key == "D-005"]
    assert ("R-CANCEL-14", "info") in about  # its free-cancellation reminder, before
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-005")
    when_modal(lambda d: d.findChild(QPushButton, "ok").click())
    plan.buttons["cancel"].click()
    assert spied["whole"] == 0 and spied["checked"] == [A]
    assert next(d for d in plan.model.rows if d.ref == "D-005").status.value == "cancelled"
    window.show_screen("deadlines")
    now = window.screens["deadlines"].model.rows
    assert [f for f in now if f.work_order != A] == other  # the other work orders' findings, as they were
    assert all(any(f is g for g in other) for f in now if f.work_order != A)
    after = [(f.rule, f.severity.value) for f in now if f.work_order == A and f.subject.key == "D-005"]
    assert after != about and ("R-CANCEL-14", "info") not in after, after
    assert window.ctx.findings_of(A) == [f for f in now if f.work_order == A]


def test_a_new_work_order_reads_everything(qtbot, window, demo_db, spied):
    def fill(d):
        d.findChild(QLineEdit, "number").setText("UES-KZ-2027-001")
        d.findChild(QLineEdit, "customer").setText("Ақтөбе Су")
        d.findChild(QPushButton, "ok").click()

    when_modal(fill)
    window.new_action.trigger()
    assert spied["whole"] == 1
    window.show_screen("portfolio")
    assert any(s.wo.number == "UES-KZ-2027-001" for s in window.screens["portfolio"].model.rows)


def test_the_history_tab_lists_the_change_event_in_words(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("plan")
    window.screens["plan"].select("D-005")
    when_modal(lambda d: d.findChild(QPushButton, "ok").click())
    window.screens["plan"].buttons["cancel"].click()
    window.show_screen("workorder")
    model = window.screens["workorder"].history_model
    shown = [(model.index(r, 2).data(), model.index(r, 6).data()) for r in range(model.rowCount())]
    assert ("Delivery D-005", "cancelled on 25 Nov 2026 (first day 4 Dec 2026) · fee 16 hours") in shown, shown[:6]


def test_the_plan_reverses_a_delivered_delivery_through_the_lifecycle_and_undo_takes_it_back(qtbot, window, demo_db):
    from tests.ui.conftest import dump, rows

    before = dump(demo_db)
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-003")  # requested: nothing to reverse
    assert not plan.buttons["reverse"].isEnabled()
    plan.select("D-001")  # delivered, 12 credits drawn
    assert plan.buttons["reverse"].isEnabled()
    seen = {}

    def confirm(d):
        seen["text"] = d.findChild(QLabel, "consequence").text()
        d.findChild(QPushButton, "ok").click()

    when_modal(confirm)
    plan.buttons["reverse"].click()
    qtbot.waitUntil(lambda: "text" in seen)
    assert "scheduled again" in seen["text"]
    wid = rows(demo_db, "SELECT id FROM work_order WHERE number=?", A)[0][0]
    assert rows(demo_db, "SELECT status FROM delivery WHERE work_order_id=? AND ref='D-001'", wid) == [("scheduled",)]
    assert rows(demo_db, "SELECT kind, credits FROM ledger_entry WHERE work_order_id=? AND reference='D-001' "
                         "ORDER BY id", wid)[-1] == ("adjustment", "12")
    assert next(d for d in plan.model.rows if d.ref == "D-001").status.value == "scheduled"
    window.undo_action.trigger()
    assert dump(demo_db) == before
    assert next(d for d in plan.model.rows if d.ref == "D-001").status.value == "delivered"


def test_a_credit_pool_bought_by_two_lines_shows_its_figures_once(qtbot, window, demo_db):
    from app.domain.enums import Funding, Unit
    from app.domain.model import ServiceLine
    from app.services import planning
    from app.services.balances import portfolio_balances
    from tests.conftest import TODAY

    kz = next(loc.id for loc in planning.work_order(demo_db, A).locations if loc.country == "KZ")
    window.ctx.set_current(A)
    window.ctx.apply(lambda: planning.add_line(demo_db, A, ServiceLine(
        id=None, line_no=0, service="PROACTIVE_CREDITS", quantity=Decimal(30), unit=Unit.CREDITS, location_id=kz, funding=Funding.ADDITIONAL, unit_price=Decimal(1000))), "add")
    pool = next(b for b in portfolio_balances(demo_db, TODAY, A) if b.kind == "credits" and b.country == "KZ")
    window.show_screen("workorder")
    screen = window.screens["workorder"]
    model = screen.line_model
    lines = [ln.line_no for ln in model.rows if ln.service == "PROACTIVE_CREDITS"]
    assert len(lines) == 2
    remaining = [c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Remaining"][0]
    shown = {ln.line_no: model.index(r, remaining).data() for r, ln in enumerate(model.rows)}
    assert shown[lines[0]] == _credits_text(pool.remaining)  # the pool's figure, once
    assert shown[lines[1]] == f"in line {lines[0]}"
    tip = model.index(next(r for r, ln in enumerate(model.rows) if ln.line_no == lines[1]), remaining).data(
        Qt.ItemDataRole.ToolTipRole)
    assert f"lines {lines[0]}, {lines[1]}" in tip
