"""Needs attention at the Portfolio's top: overdue, this week (next 7 days), the next 30 days,
grouped by customer, each with the action in words; a double-click opens the record. And the
Portfolio's available / at-risk figures are the statement's (issue 16)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.services.attention import attention


def _view(window):
    window.resize(1366, 768)
    window.show_screen("portfolio")
    QApplication.processEvents()
    return window.screens["portfolio"].attention


def test_groups_customers_and_actions_in_words(window):
    view = _view(window)
    tree = view.tree
    tops = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    items = attention(window.ctx.findings(), window.ctx.today)
    n = {g: sum(1 for i in items if i.group == g) for g in ("overdue", "week", "month")}
    assert tops == [f"Overdue ({n['overdue']})", f"This week (next 7 days) ({n['week']})",
                    f"Next 30 days ({n['month']})"]
    assert n["overdue"] and n["week"] and n["month"]
    # the demo's late-requested D-003 is overdue, under its customer, with what to do about it
    overdue = tree.topLevelItem(0)
    customers = [overdue.child(j).text(0) for j in range(overdue.childCount())]
    assert customers == sorted(customers, key=str.casefold) and "Астана Цифрлық Банкі" in customers
    bank = overdue.child(customers.index("Астана Цифрлық Банкі"))
    rows = {bank.child(k).text(0): bank.child(k) for k in range(bank.childCount())}
    d003 = next(r for text, r in rows.items() if text.startswith("Chalk talk"))
    assert d003.text(1) == "UES-KZ-2025-014"
    assert d003.text(4) == "Check with Microsoft that it can still be delivered"
    assert d003.text(3) == "35 days ago"
    # this week: the next 7 days (today 25 Nov 2026: through 1 Dec), nothing later
    week = tree.topLevelItem(1)
    dates = [week.child(j).child(k).text(2) for j in range(week.childCount()) for k in range(week.child(j).childCount())]
    assert dates and set(dates) <= {f"{d} Nov 2026" for d in range(25, 31)} | {"1 Dec 2026"}
    assert view.heading.text() == (f"Needs attention: {n['overdue']} overdue · {n['week']} this week · "
                                   f"{n['month']} in the next 30 days")


def test_double_click_opens_the_delivery(qtbot, window):
    view = _view(window)
    row = next(r for r in view.rows() if r.text(0).startswith("Chalk talk"))
    view.tree.scrollToItem(row)
    rect = view.tree.visualItemRect(row)
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    qtbot.waitUntil(lambda: window.current_screen() == "plan")
    assert window.ctx.current == "UES-KZ-2025-014"
    assert window.screens["plan"].current().ref == "D-003"


def test_enter_on_a_row_opens_its_work_order(qtbot, window):
    view = _view(window)
    row = next(r for r in view.rows() if r.data(0, Qt.ItemDataRole.UserRole + 2).subject.kind == "work_order")
    number = row.text(1)
    view.tree.setFocus()
    view.tree.setCurrentItem(row)
    QTest.keyClick(view.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_screen() == "workorder")
    assert window.ctx.current == number


def test_kazakh_view_has_kazakh_actions(make_window, demo_db):
    window = make_window(demo_db, "kk")
    view = _view(window)
    assert view.tree.topLevelItem(0).text(0).startswith("Мерзімі өткен")
    assert any(r.text(4) == "Қазір сұрау: сұраудың соңғы күні өтіп кетті" for r in view.rows())


def test_portfolio_available_and_at_risk_are_the_statements(window):
    from app.services import statements

    screen = window.screens["portfolio"]
    heads = [c.title for c in screen.model.columns]
    col_avail, col_risk = heads.index("Credits available"), heads.index("Credits at risk")
    shown = {screen.proxy.index(r, 1).data(): (screen.proxy.index(r, col_avail).data(),
                                               screen.proxy.index(r, col_risk).data())
             for r in range(screen.proxy.rowCount())}
    wo = window.ctx.snapshot().by_number["UES-KZ-2025-014"]
    assert window.ctx.today == date(2026, 11, 25)
    risk = next(r for r in statements._risks(wo, "en", window.ctx.today) if r.unit == "credits")
    assert shown["UES-KZ-2025-014"][1] == "88" == str(risk.at_risk)  # as the statement says: 88 credits
    avail, at_risk = statements.outlook(wo, window.ctx.today)["credits"]
    assert shown["UES-KZ-2025-014"][0] == str(avail) and at_risk == risk.at_risk


def test_an_edit_updates_the_view_in_place(qtbot, window):
    """A reschedule inside the free days of D-006 (free until 29 Nov) takes its 'free change ends'
    row out of this week; undo brings it back; the rest of the tree is the same rows."""
    from app.services import planning

    view = _view(window)
    before = [(r.text(0), r.text(1), r.text(2)) for r in view.rows()]
    others = [r for r in view.rows() if r.text(1) != "UES-KZ-2025-014"]
    d006 = [r for r in view.rows() if r.text(0).startswith("Power BI admin workshop") and r.text(2) == "29 Nov 2026"]
    assert d006
    window.ctx.apply(lambda: planning.reschedule_delivery(window.ctx.db, "UES-KZ-2025-014", "D-006",
                                                          date(2027, 1, 18), date(2027, 1, 19), date(2026, 11, 25)),
                     "Reschedule delivery")
    QApplication.processEvents()
    after = [(r.text(0), r.text(1), r.text(2)) for r in view.rows()]
    assert not [a for a in after if a[0].startswith("Power BI admin workshop") and a[2] == "29 Nov 2026"]
    assert all(r in view.rows() for r in others)  # the other work orders' rows were not built again
    fresh = _rebuilt(window)
    assert after == fresh
    window.undo_action.trigger()
    QApplication.processEvents()
    assert [(r.text(0), r.text(1), r.text(2)) for r in view.rows()] == before


def _rebuilt(window):
    from app.ui.attention_view import AttentionView

    v = AttentionView("en")
    v.set_findings(window.ctx.findings(), window.ctx.today)
    out = [(r.text(0), r.text(1), r.text(2)) for r in v.rows()]
    v.deleteLater()
    return out
