"""The statement's data: balances from the ledger, services delivered, deliveries, findings."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.enums import Status
from app.services.statements import StatementError, build_statement

from .conftest import DEMO_A, QUARTER

Q_START, Q_END = date(2026, 10, 1), date(2026, 12, 31)


def test_balances_match_the_ledger(demo_db, demo_wo, today):
    """The balance table is the balances engine's: opening = left the day before the quarter,
    closing = left on the statement's day (the quarter's end, or the printing day when that is
    earlier: nothing is shown as expired before it has)."""
    from app.domain.balances import work_order_balances

    st = build_statement(demo_db, DEMO_A, QUARTER, "en", today)
    assert st.header.as_of == today
    before = {(b.kind, b.country): b for b in work_order_balances(demo_wo, Q_START - timedelta(days=1))}
    after = {(b.kind, b.country): b for b in work_order_balances(demo_wo, today)}
    for row in st.balances:
        assert row.opening == before[(row.unit, row.country)].remaining
        assert row.closing == after[(row.unit, row.country)].remaining
        assert row.closing == row.opening + sum(row.movements, Decimal(0))
    kz = next(r for r in st.balances if r.country == "KZ" and r.unit == "credits")
    assert kz.is_host and kz.fees == Decimal(-12)  # the late cancellation of D-004 in October
    assert kz.other == 0 and kz.closing == 81  # nothing has expired yet on 25 Nov
    # the Services table says the same of the Proactive Credits line
    line = next(r for r in st.services if r.code == "PROACTIVE_CREDITS")
    assert line.remaining == kz.closing == 81 and line.delivered_to_date == 12
    # printed after the quarter, the same statement is the state on its last day: expired at
    # the term end (20 Dec), never shown as left, and never counted as delivered
    late = build_statement(demo_db, DEMO_A, QUARTER, "en", date(2027, 1, 5))
    kz = next(r for r in late.balances if r.country == "KZ" and r.unit == "credits")
    assert kz.closing == 0 and kz.other == Decimal(-81)
    line = next(r for r in late.services if r.code == "PROACTIVE_CREDITS")
    assert line.remaining == 0 and line.delivered_to_date == 12


def test_statement_before_the_term_end_agrees_with_the_ledger_figure(demo_db, today):
    st = build_statement(demo_db, "UES-KZ-2025-014", "2026Q3", "en", today)
    kz = next(r for r in st.balances if r.country == "KZ" and r.unit == "credits")
    line = next(r for r in st.services if r.code == "PROACTIVE_CREDITS")
    assert line.remaining == kz.closing and kz.closing > 0


def test_header_services_and_deliveries(demo_db, today):
    st = build_statement(demo_db, DEMO_A, QUARTER, "kk", today)
    assert st.header.customer == "Астана Цифрлық Банкі"
    assert st.header.locations[0].is_host and st.header.locations[0].country == "KZ"
    assert st.header.as_of == today  # printed during the quarter: findings as on the print day
    rap = next(s for s in st.services if s.code == "RAPAAS")
    assert (rap.quantity, rap.delivered_to_date, rap.remaining) == (24, 12, 12)
    assert rap.mark == "+" and "RAP" in rap.name
    assert next(s for s in st.services if s.code == "ODA").mark == "✓"
    refs = {d.ref: d for d in st.deliveries}
    assert refs["D-004"].status == Status.CANCELLED.value and refs["D-004"].fee == 12
    assert "D-005" in refs  # scheduled in December
    assert "D-003" in {d.ref for d in st.upcoming}  # requested, not yet dated
    assert any(f.rule == "R-EXPIRY" and f.days_left == 25 for f in st.findings)
    assert {b.unit for b in st.burn} == {"credits", "hours"}


def test_findings_of_a_past_quarter_are_checked_at_its_end(demo_db, today):
    st = build_statement(demo_db, DEMO_A, "2026Q3", "en", today)
    assert st.header.as_of == date(2026, 9, 30)
    assert all(f.days_left == (f.due - date(2026, 9, 30)).days for f in st.findings)


def test_burn_down_starts_full_and_ends_with_the_plan(demo_db, demo_wo, today):
    st = build_statement(demo_db, DEMO_A, QUARTER, "en", today)
    credits = next(b for b in st.burn if b.unit == "credits")
    assert credits.planned[0] == (demo_wo.term_start, Decimal(120))
    assert credits.planned[-1][0] == demo_wo.term_end
    from app.domain.balances import work_order_balances

    left_today = sum((b.remaining for b in work_order_balances(demo_wo, today) if b.kind == "credits"), Decimal(0))
    assert credits.delivered[-1] == (today, left_today)
    # the plan ends with what the engine says will be available at the term end: every movement,
    # draws without a delivery included, less what open deliveries commit
    at_end = [b for b in work_order_balances(demo_wo, demo_wo.term_end) if b.kind == "credits"]
    assert credits.planned[-1][1] == sum((b.remaining - b.scheduled for b in at_end), Decimal(0))


@pytest.mark.parametrize("number, quarter, reason", [
    ("NO-SUCH-WO", QUARTER, "unknown_work_order"),
    (DEMO_A, "2026Q5", "bad_quarter"),
    (DEMO_A, "Q4 2026", "bad_quarter"),
])
def test_bad_input_is_refused(demo_db, number, quarter, reason):
    with pytest.raises(StatementError) as exc:
        build_statement(demo_db, number, quarter, "en")
    assert exc.value.reason == reason


def test_quarter_is_normalised(demo_db, today):
    assert build_statement(demo_db, DEMO_A, "2026q4", "ru", today).header.quarter == "2026Q4"
    assert build_statement(demo_db, DEMO_A, "2026q4", "ru", today).next_quarter == "2027Q1"
    assert (Q_END + timedelta(days=1)).year == 2027


def test_a_past_quarter_shows_the_state_at_its_last_day(demo_db, today):
    # D-004 was cancelled on 9 Oct 2026 (with a 12-credit fee): on 30 Sept it was still scheduled
    st = build_statement(demo_db, DEMO_A, "2026Q3", "en", today)
    [row] = [r for r in (*st.deliveries, *st.upcoming) if r.ref == "D-004"]  # first day 16 Oct: upcoming
    assert (row.status, row.fee) == ("scheduled", 0)
    kz = next(r for r in st.balances if r.country == "KZ" and r.unit == "credits")
    assert kz.fees == 0  # the fee came in October
