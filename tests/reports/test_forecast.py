"""Issue 15: the burn-down's forecast at the pace of the last 90 days, its even ticks and months."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.reports.pdf import month_ticks, nice_ticks
from app.services.statements import build_from_work_order

from .conftest import DEMO_A, QUARTER, pdf_text


def test_even_y_ticks_and_month_x_ticks():
    assert nice_ticks(Decimal(-5), Decimal(45)) == [Decimal(n) for n in range(-10, 51, 10)]
    ticks = nice_ticks(Decimal(0), Decimal(117))
    steps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    assert steps == {Decimal(20)} and ticks[0] == 0 and ticks[-1] == 120
    assert month_ticks(date(2025, 12, 20), date(2026, 12, 20)) == [date(2026, m, 1) for m in range(1, 13)]
    two_years = month_ticks(date(2026, 11, 1), date(2028, 10, 31))
    assert two_years[0] == date(2026, 11, 1) and len(two_years) <= 12
    assert {(b.year * 12 + b.month) - (a.year * 12 + a.month) for a, b in zip(two_years, two_years[1:], strict=False)} == {2}


def test_forecast_ends_at_what_is_at_risk(tmp_path):
    """The forecast runs from today's balance to the term end at the 90-day pace, less what is
    scheduled: it ends at the at-risk amount page 1 states."""
    from app.domain.balances import work_order_balances
    from app.services.demo import demo_work_orders
    from tests.conftest import TODAY

    wo = next(w for w in demo_work_orders(TODAY) if w.number == DEMO_A)
    st = build_from_work_order(wo, QUARTER, "en", TODAY)
    credits = next(b for b in st.burn if b.unit == "credits")
    risk = next(r for r in st.risks if r.unit == "credits")
    pools = [b for b in work_order_balances(wo, TODAY) if b.kind == "credits"]
    used = sum((m.amount for b in pools for m in b.movements if m.figure in ("delivered", "fees")
                and m.on and TODAY - timedelta(days=89) <= m.on <= TODAY), Decimal(0))
    left = sum((b.remaining for b in pools), Decimal(0))
    pace_use = (used / 90 * (wo.term_end - TODAY).days).quantize(Decimal(1))
    assert risk.remaining == left and risk.forecast_use == pace_use
    assert risk.at_risk == left - max(risk.scheduled, pace_use)
    assert credits.forecast == ((TODAY, left), (wo.term_end, risk.at_risk))
    from app.services.statements import render_pdf

    text = pdf_text(render_pdf(st, tmp_path / "f.pdf"))
    assert "Forecast" in text and f"{risk.at_risk} credits may expire unused" in text
