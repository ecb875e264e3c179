"""Issue 16: a dialog with a fee says it on its accept button, counted in the reader's language,
and Enter there is still Back (a fee is never charged by a stray key)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from tests.ui.conftest import rows, when_modal

A = "UES-KZ-2025-014"


@pytest.mark.parametrize("lang, button, words", [
    ("en", "Cancel the delivery — fee 16 hours", "may cost 100% of the price: 16 hours (USSD 2.5)"),
    ("ru", "Отменить оказание — плата 16 часов", "может стоить до 100% цены: 16 часов (USSD, разд. 2.5)"),
    ("kk", "Жеткізуден бас тарту — ақы 16 сағат", "бағаның 100% дейін тұруы мүмкін: 16 сағат (USSD, 2.5-бөлім)"),
])
def test_the_cancel_button_names_the_fee_counted_and_enter_backs_out(qtbot, make_window, demo_db, lang, button,
                                                                     words):
    window = make_window(demo_db, lang)
    window.ctx.set_current(A)
    window.show_screen("plan")
    plan = window.screens["plan"]
    plan.select("D-005")  # scheduled to start in 9 days, 16 hours: a late change costs them
    seen = {}

    def look(d):
        ok = d.findChild(QPushButton, "ok")
        seen["button"] = ok.text()
        seen["text"] = d.findChild(QLabel, "consequence").text()
        d.findChild(QCheckBox, "charge_fee").setChecked(False)  # not charged: the button says no fee
        seen["uncharged"] = ok.text()
        d.findChild(QCheckBox, "charge_fee").setChecked(True)
        qtbot.keyClick(d.focusWidget() or d, Qt.Key.Key_Return)  # Enter: Back, nothing written

    when_modal(look)
    plan.buttons["cancel"].click()
    assert seen["button"] == button
    assert words in seen["text"] and "(сағаттар)" not in seen["text"] and "(часы)" not in seen["text"]
    assert "—" not in seen["uncharged"]
    assert rows(demo_db, "SELECT d.status, d.fee FROM delivery d JOIN work_order w ON w.id=d.work_order_id "
                "WHERE w.number=? AND d.ref='D-005'", A) == [("scheduled", "0")]


@pytest.mark.parametrize("lang, words", [("en", "12 credits"), ("ru", "12 кредитов"), ("kk", "12 кредит")])
def test_the_statement_counts_the_fee(demo_db, lang, words):
    from app.domain.catalog import catalog
    from app.services import portfolio, statements

    wo = next(w for w in portfolio.load(demo_db).work_orders if any(d.ref == "D-004" and d.fee for d in w.deliveries))
    d = next(d for d in wo.deliveries if d.ref == "D-004")
    row = statements._delivery_row(wo, d, catalog(), lang)
    assert row.fee_text == words  # the PDF's fee cell: counted, not "12 кредиты"
