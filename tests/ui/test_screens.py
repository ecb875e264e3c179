"""Each screen's main flow driven through the widgets, checked in the database."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from app.domain.money import transfer_credits_arriving
from tests.ui.conftest import rows, when_modal

A = "UES-KZ-2025-014"  # the demo work order ending in 25 days (see app/services/demo.py)


def click_ok(dialog):
    dialog.findChild(QPushButton, "ok").click()


def test_portfolio_filter_sort_and_open(qtbot, window):
    screen = window.screens["portfolio"]
    assert screen.proxy.rowCount() == 5
    screen.filter.setText("алатау")  # keyClicks types ASCII only
    assert screen.proxy.rowCount() == 1
    screen.filter.clear()
    qtbot.keyClicks(screen.filter, "steppe")
    assert screen.proxy.rowCount() == 1
    screen.filter.clear()
    screen.only_problems.setChecked(True)
    shown = [screen.proxy.index(r, 1).data() for r in range(screen.proxy.rowCount())]
    assert "UES-KZ-2025-005" not in shown  # expired, info only
    screen.only_problems.setChecked(False)
    screen.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    numbers = [screen.proxy.index(r, 1).data() for r in range(screen.proxy.rowCount())]
    assert numbers == sorted(numbers)
    row = numbers.index(A)
    screen.view.doubleClicked.emit(screen.proxy.index(row, 0))
    assert window.current_screen() == "workorder"
    assert window.ctx.current == A
    assert A in window.screens["workorder"].title.text()


def test_header_refuses_bad_input_at_the_field_then_saves_and_undoes(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("workorder")
    screen = window.screens["workorder"]
    rate = screen.fields["rate_to_usd"]
    rate.clear()
    qtbot.keyClicks(rate, "0")
    rate.editingFinished.emit()
    assert screen.errors.error("rate_to_usd") == "must be greater than zero"
    assert rows(demo_db, "SELECT rate_to_usd FROM work_order WHERE number=?", A) == [("1",)]
    qtbot.keyClicks(rate, "abc")  # letters cannot even be typed
    assert rate.text() == "0"

    fee = screen.fields["cancel_fee_pct"]
    fee.clear()
    qtbot.keyClicks(fee, "150")
    fee.editingFinished.emit()
    assert screen.errors.error("cancel_fee_pct") == "must be between 0 and 100"
    fee.clear()
    qtbot.keyClicks(fee, "50")
    fee.editingFinished.emit()
    assert screen.errors.error("cancel_fee_pct") == ""
    assert rows(demo_db, "SELECT cancel_fee_pct FROM work_order WHERE number=?", A) == [("50",)]
    window.undo_action.trigger()
    assert rows(demo_db, "SELECT cancel_fee_pct FROM work_order WHERE number=?", A) == [("100",)]
    assert screen.fields["cancel_fee_pct"].text() == "100"
    window.redo_action.trigger()
    assert rows(demo_db, "SELECT cancel_fee_pct FROM work_order WHERE number=?", A) == [("50",)]


def test_add_location_and_a_line_from_the_catalog(qtbot, window, demo_db):
    window.ctx.set_current("UES-KG-2026-003")
    window.show_screen("workorder")
    screen = window.screens["workorder"]

    def fill_location(d):
        d.findChild(QComboBox, "country").setCurrentIndex(d.findChild(QComboBox, "country").findData("AM"))
        d.findChild(QLineEdit, "currency").setText("AMD")
        d.findChild(QLineEdit, "rate_to_usd").setText("0.0026")
        credit = d.findChild(QLineEdit, "credit_value")
        click_ok(d)  # the credit value is missing: refused at the field, the dialog stays
        assert d.isVisible()
        assert d.findChild(QLabel, "error_credit_value").text() == "is required"
        credit.setText("770000")
        click_ok(d)

    when_modal(fill_location)
    qtbot.mouseClick(screen.findChild(QPushButton, "add_location"), Qt.MouseButton.LeftButton)
    assert rows(demo_db, "SELECT l.country, l.role, l.currency, l.credit_value FROM location l JOIN work_order w "
                "ON w.id=l.work_order_id WHERE w.number=? AND l.country='AM'", "UES-KG-2026-003") == [
        ("AM", "downstream", "AMD", "770000")]

    def fill_line(d):
        qtbot.keyClicks(d.findChild(QLineEdit, "catalog_search"), "chalk")
        d.picker.setCurrentIndex(d.catalog_proxy.index(0, 1))
        assert "Chalk Talks" in d.findChild(QLabel, "service").text()
        assert d.findChild(QLabel, "service").text().startswith("+")
        d.findChild(QLineEdit, "quantity").setText("3")
        d.findChild(QLineEdit, "unit_price").setText("3500")
        click_ok(d)

    screen.tabs.setCurrentIndex(1)
    when_modal(fill_line)
    screen.findChild(QPushButton, "add_line").click()
    assert rows(demo_db, "SELECT s.line_no, s.service, s.quantity, s.unit FROM service_line s JOIN work_order w "
                "ON w.id=s.work_order_id WHERE w.number=? AND s.service='CHALK_TALKS'", "UES-KG-2026-003") == [
        (4, "CHALK_TALKS", "3", "sessions")]


def test_late_cancellation_states_the_fee_charges_it_and_undo_takes_it_back(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-005")  # EDE, scheduled to start in 9 days, 16 hours
    assert plan.buttons["cancel"].isEnabled() and not plan.buttons["request"].isEnabled()
    seen = {}

    def confirm(d):
        seen["text"] = d.findChild(QLabel, "consequence").text()
        click_ok(d)

    when_modal(confirm)
    qtbot.mouseClick(plan.buttons["cancel"], Qt.MouseButton.LeftButton)
    assert "Cancelling now, 9 days before the first day, may cost 100% of the price: 16 hours (USSD 2.5)" \
        in seen["text"]
    q_delivery = ("SELECT d.status, d.fee, d.changed_on FROM delivery d JOIN work_order w ON w.id=d.work_order_id "
                  "WHERE w.number=? AND d.ref='D-005'")
    q_fee = ("SELECT e.kind, e.hours, e.credits, e.reference FROM ledger_entry e JOIN work_order w "
             "ON w.id=e.work_order_id WHERE w.number=? AND e.kind='fee' AND e.reference='D-005'")
    assert rows(demo_db, q_delivery, A) == [("cancelled", "16", "2026-11-25")]
    assert rows(demo_db, q_fee, A) == [("fee", "16", "0", "D-005")]
    assert plan.current_ref() == "D-005"
    window.undo_action.trigger()
    assert rows(demo_db, q_delivery, A)[0][:2] == ("scheduled", "0")
    assert rows(demo_db, q_fee, A) == []


def test_backing_out_of_a_late_cancellation_writes_nothing(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-005")
    when_modal(lambda d: d.findChild(QPushButton, "cancel").click())
    plan.buttons["cancel"].click()
    assert rows(demo_db, "SELECT status FROM delivery WHERE ref='D-005'") == [("scheduled",)]


def test_new_delivery_then_a_late_request_warns_before_saving(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]

    def new(d):
        combo = d.findChild(QComboBox, "service")
        combo.setCurrentIndex(combo.findData(7))  # line 7: chalk talks
        d.findChild(QLineEdit, "title").setText("Chalk talk: Intune")
        click_ok(d)

    when_modal(new)
    plan.buttons["new"].click()
    assert rows(demo_db, "SELECT ref, status, service FROM delivery WHERE title='Chalk talk: Intune'") == [
        ("D-008", "planned", "CHALK_TALKS")]
    plan.select("D-008")
    seen = {}

    def request(d):
        seen["text"] = d.findChild(QLabel, "consequence").text()
        click_ok(d)

    when_modal(request)
    plan.buttons["request"].click()
    assert "after the last request day" in seen["text"] and "USSD 2.6" in seen["text"]
    assert rows(demo_db, "SELECT status, requested_on FROM delivery WHERE ref='D-008'") == [
        ("requested", "2026-11-25")]


def test_transfer_lists_own_locations_and_previews_rounded_up_credits(qtbot, window, demo_db):
    window.ctx.set_current(A)
    window.show_screen("ledger")
    ledger = window.screens["ledger"]
    wo = window.ctx.work_order()
    kz = next(loc for loc in wo.locations if loc.country == "KZ")
    kg = next(loc for loc in wo.locations if loc.country == "KG")
    expected = transfer_credits_arriving(Decimal(10), kz.credit_value, kz.rate_to_usd, kg.credit_value, kg.rate_to_usd)
    seen = {}

    def transfer(d):
        src, dst = d.findChild(QComboBox, "src"), d.findChild(QComboBox, "location")
        seen["countries"] = {src.itemData(i) for i in range(src.count())}
        src.setCurrentIndex(src.findData(kz.id))
        dst.setCurrentIndex(dst.findData(kg.id))
        qtbot.keyClicks(d.findChild(QLineEdit, "credits"), "10")
        seen["text"] = d.findChild(QLabel, "consequence").text()
        click_ok(d)

    when_modal(transfer)
    ledger.buttons["transfer"].click()
    assert seen["countries"] == {loc.id for loc in wo.locations}
    assert f"<b>{expected}</b> credits arrive at KG" in seen["text"]
    got = rows(demo_db, "SELECT kind, credits, counterparty FROM ledger_entry WHERE reference='X-3' ORDER BY id")
    assert got == [("transfer out", "10", "KG"), ("transfer in", str(expected), "KZ")]


def test_draw_that_overdraws_warns_and_grant_lands_in_the_ledger(qtbot, window, demo_db):
    window.ctx.set_current("UES-KZ-2025-022")
    window.show_screen("ledger")
    ledger = window.screens["ledger"]
    seen = {}

    def draw(d):
        qtbot.keyClicks(d.findChild(QLineEdit, "credits"), "500")
        seen["text"] = d.findChild(QLabel, "consequence").text()
        d.findChild(QPushButton, "cancel").click()

    when_modal(draw)
    ledger.buttons["draw"].click()
    assert "USSD 2.2" in seen["text"] and "below zero" in seen["text"]

    def grant(d):
        qtbot.keyClicks(d.findChild(QLineEdit, "credits"), "12")
        d.findChild(QLineEdit, "reference").setText("Top-up")
        click_ok(d)

    when_modal(grant)
    ledger.buttons["grant"].click()
    assert rows(demo_db, "SELECT kind, credits, hours FROM ledger_entry WHERE reference='Top-up'") == [
        ("grant", "12", "0")]
    balance = ledger.model.rows[-1][1]
    assert balance == Decimal(72)


def test_deadlines_filter_and_open_the_subject(qtbot, window):
    window.show_screen("deadlines")
    screen = window.screens["deadlines"]
    total = screen.proxy.rowCount()
    screen.severity.setCurrentIndex(screen.severity.findData("error"))
    assert 0 < screen.proxy.rowCount() < total
    assert all(screen.proxy.index(r, 0).data() == "error" for r in range(screen.proxy.rowCount()))
    screen.severity.setCurrentIndex(0)
    screen.window.setCurrentIndex(screen.window.findData("week"))
    week = [screen.model.row(screen.proxy.mapToSource(screen.proxy.index(r, 0))) for r in range(screen.proxy.rowCount())]
    # the next 7 days and what is overdue (issue 16), no past information
    assert all(f.days_left < 7 and (f.days_left >= 0 or f.severity.value != "info") for f in week)
    assert any(f.days_left < 0 for f in week) and any(f.days_left >= 0 for f in week)
    screen.window.setCurrentIndex(0)
    screen.rule.setCurrentIndex(screen.rule.findData("R-AEM-LENGTH"))
    assert screen.proxy.rowCount() == 1
    screen.view.activated.emit(screen.proxy.index(0, 0))
    assert window.current_screen() == "plan"
    assert window.ctx.current == "UES-KZ-2026-027"
    assert window.screens["plan"].current().title == "Nauryz campaign"


def test_status_bar_counts_open_deadlines(qtbot, window):
    assert window.counts.text().startswith("Errors: ")
    window.counts.click()
    assert window.current_screen() == "deadlines"


def test_an_empty_table_says_what_to_do_next(make_window, tmp_path):
    """A work order with no lines or deliveries yet: the tables say what to do, not a blank grid."""
    from app.domain.model import WorkOrder
    from app.services import planning
    from app.store.db import open_db
    from tests.conftest import TODAY

    db = open_db(tmp_path / "empty.db", create=True)
    planning.create_work_order(db, WorkOrder(id=None, number="UES-KZ-2027-001", customer="Жаңа Клиент",
                                             term_start=TODAY, term_end=TODAY.replace(year=TODAY.year + 1)))
    w = make_window(db, "ru")
    w.ctx.set_current("UES-KZ-2027-001")
    w.show_screen("plan")
    view = w.screens["plan"].view
    assert view.model().rowCount() == 0
    assert view.empty_text() == "Оказаний услуг пока нет: добавьте кнопкой «Новая…» или импортируйте книгу Excel."
    w.show_screen("workorder")
    assert "Добавить…" in w.screens["workorder"].line_view.empty_text()
