"""Overdraws are warned before saving, in the dialogs that move credits and hours: the amount the
pool falls to and the contract section, never "No new warning"; nothing is saved when the dialog
is left with Back. Same-day grants that bring the pool back count."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry
from app.services import planning
from app.services.balances import portfolio_balances
from app.ui.widgets import amount
from tests.conftest import TODAY
from tests.ui.conftest import dump, when_modal

A = "UES-KZ-2025-014"


def _pool(db, kind, country="KZ") -> Decimal:
    return next(b.remaining for b in portfolio_balances(db, TODAY, A) if b.kind == kind and b.country == country)


def _location(db, country="KZ") -> int:
    return next(loc.id for loc in planning.work_order(db, A).locations if loc.country == country)


def _open(qtbot, window, screen, button, fill=None) -> dict:
    """Open ``button``'s dialog on ``screen``, fill it, read its preview, leave it with Back."""
    seen = {}

    def act(d):
        if fill:
            fill(d)
        seen["text"] = d.findChild(QLabel, "consequence").text()
        d.findChild(QPushButton, "cancel").click()

    window.ctx.set_current(A)
    window.show_screen(screen)
    when_modal(act)
    window.screens[screen].buttons[button].click()
    qtbot.waitUntil(lambda: "text" in seen)
    return seen


def test_a_draw_past_the_balance_says_the_amount_and_section_and_saves_nothing(qtbot, window, demo_db):
    left = _pool(demo_db, "credits")
    before = dump(demo_db)
    seen = _open(qtbot, window, "ledger", "draw",
                 lambda d: d.findChild(QLineEdit, "credits").setText(str(left + 2)))
    text = seen["text"]
    assert f"Kazakhstan credit pool falls to {amount(Decimal(-2), 'en')} credits" in text
    assert f"(from {left})" in text and "(USSD 2.2)" in text
    assert "No new warning" not in text and not set("⛔⚠ℹ") & set(text)
    assert dump(demo_db) == before  # Back: nothing saved


def test_a_grant_the_same_day_brings_it_back_and_is_not_warned(qtbot, window, demo_db):
    left = _pool(demo_db, "credits")
    planning.add_entry(demo_db, A, LedgerEntry(id=None, on=TODAY, location_id=_location(demo_db), kind=LedgerKind.DRAW,
                                               credits=left + 2, hours=Decimal(0), reference="", counterparty="", notes=""))
    window.ctx.reload()
    assert _pool(demo_db, "credits") == -2
    seen = _open(qtbot, window, "ledger", "grant", lambda d: d.findChild(QLineEdit, "credits").setText("5"))
    assert "falls to" not in seen["text"]
    seen = _open(qtbot, window, "ledger", "draw", lambda d: d.findChild(QLineEdit, "credits").setText("1"))
    assert "credit pool falls to" in seen["text"] and "(from " in seen["text"]  # −2 → −3: worse, warned


def test_a_reschedule_fee_that_overdraws_the_hours_is_warned(qtbot, window, demo_db):
    left = _pool(demo_db, "hours")
    planning.add_entry(demo_db, A, LedgerEntry(id=None, on=TODAY, location_id=_location(demo_db), kind=LedgerKind.DRAW,
                                               credits=Decimal(0), hours=left - 10, reference="", counterparty="", notes=""))
    window.ctx.reload()
    before = dump(demo_db)
    window.ctx.set_current(A)
    window.show_screen("plan")
    window.screens["plan"].select("D-005")  # scheduled, 16 hours' fee if moved now
    seen = _open(qtbot, window, "plan", "reschedule")
    text = seen["text"]
    assert f"Kazakhstan hours pool falls to {amount(Decimal(-6), 'en')} hours" in text and "(USSD 2.3)" in text
    assert "No new warning" not in text
    assert not set("⛔⚠ℹ") & set(text) and "<img" in text  # drawn marks: a glyph is a box without the font
    assert dump(demo_db) == before
    window.screens["plan"].select("D-005")
    seen = _open(qtbot, window, "plan", "cancel")
    assert "Kazakhstan hours pool falls to" in seen["text"]
    window.screens["plan"].select("D-005")
    seen = _open(qtbot, window, "plan", "reschedule", lambda d: d.findChild(type(d.charge), "charge_fee").setChecked(False))
    assert "falls to" not in seen["text"]  # the fee not recorded: nothing drawn
    assert dump(demo_db) == before
