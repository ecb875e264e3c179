"""The Contract reference screen: the current work order's reference, following the choice."""

from __future__ import annotations

A = "UES-KZ-2025-014"
B = "UES-KZ-2026-027"


def test_reference_screen_shows_the_current_work_order(qtbot, window):
    window.ctx.set_current(A)
    window.show_screen("reference")
    view = window.screens["reference"].view
    text = view.toPlainText()
    assert "Contract reference" in text and A in text
    assert "Initial response targets by severity" in text and "Independence Day" in text
    assert "This work order has no flex allowance." in text
    window.ctx.set_current(B)
    text = window.screens["reference"].view.toPlainText()
    assert B in text and "Flex allowance per year" in text and "186,000 USD" in text


def test_reference_screen_in_kazakh(qtbot, make_window, demo_db):
    w = make_window(demo_db, "kk")
    w.ctx.set_current(A)
    w.show_screen("reference")
    text = w.screens["reference"].view.toPlainText()
    assert "Келісімшарт анықтамасы" in text and "Маңыздылық деңгейі" in text and "Тәуелсіздік күні" in text
