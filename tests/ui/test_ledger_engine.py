"""The Credits and hours screen, the portfolio's credit and hour columns and the ledger dialogs'
"balance now" read the balances engine (issue 12, one truth): a purchased pool line counts
without a grant typed by hand, a grant mirroring it is not counted twice, and what expired at
the term end is shown expired, never left — the same figures as ``balances --json``."""

from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt

from app.services.balances import portfolio_balances
from tests.conftest import TODAY


def engine_pools(db) -> dict[tuple[str, str, str], D]:
    return {(b.work_order, b.kind, b.country): b.remaining for b in portfolio_balances(db, TODAY)
            if b.kind != "line"}


def shown_locations(window, number) -> dict[tuple[str, str], tuple[str, str]]:
    window.ctx.set_current(number)
    window.show_screen("ledger")
    model = window.screens["ledger"].loc_model
    return {(r[0].country): (model.index(i, 1).data(), model.index(i, 2).data())
            for i, r in enumerate(model.rows)}


def test_every_location_shows_what_the_engine_says_is_left(window, demo_db):
    pools = engine_pools(demo_db)
    for wo in window.ctx.snapshot().portfolio.work_orders:
        shown = shown_locations(window, wo.number)
        for loc in wo.locations:
            want = tuple(str(pools.get((wo.number, k, loc.country), D(0))) for k in ("credits", "hours"))
            assert tuple(s.replace(",", "") for s in shown[loc.country]) == want, (wo.number, loc.country)


def test_expired_credits_are_expired_not_left(window, demo_db):
    shown = shown_locations(window, "UES-KZ-2025-005")
    assert shown["KZ"][0] == "0"  # the ledger alone says 8
    screen = window.screens["ledger"]
    summary = screen.pool_summary.text()
    assert "credits KZ:" in summary and "expired 8" in summary and "left 0" in summary, summary
    # the chart ends at 0: the 8 credits leave on the day after the term end
    assert screen.chart.points[-1][1] == 0 and screen.chart.points[-2][1] == 8


def test_bought_hours_count_without_a_grant_typed_by_hand(window, demo_db):
    shown = shown_locations(window, "UES-KZ-2026-027")
    assert shown["KZ"][1] == "100"  # the ledger alone says 0
    screen = window.screens["ledger"]
    assert "hours KZ: bought 100" in screen.pool_summary.text()


def test_the_running_balance_ends_at_what_is_left(window, demo_db):
    pools = engine_pools(demo_db)
    shown_locations(window, "UES-KZ-2025-014")
    screen = window.screens["ledger"]
    last = screen.model.rows[-1]
    assert (last[1], last[2]) == (pools[("UES-KZ-2025-014", "credits", "KZ")], pools[("UES-KZ-2025-014", "hours", "KZ")])


def test_the_portfolio_row_sums_the_engines_pools(window, demo_db):
    pools = engine_pools(demo_db)
    window.show_screen("portfolio")
    screen = window.screens["portfolio"]
    model = screen.model
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    col = heads.index("Credits left")
    assert model.rows and not any(s.pending for s in model.rows)
    for r, s in enumerate(model.rows):
        want = sum((v for (n, k, _c), v in pools.items() if n == s.wo.number and k == "credits"), D(0))
        assert model.index(r, col).data().replace(",", "") == str(want), s.wo.number
