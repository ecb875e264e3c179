"""A delivery's days are the working days of its location's country, wherever they are counted:
the engine, the rules, the statement's Services table (issue 12: the statement counted weekdays
only, so a KZ holiday inside a delivery was used up on the statement but not in the balances)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.balances import delivery_amount, line_figures
from app.domain.enums import Unit
from app.domain.rules import _change_fee, line_usage
from app.services.statements import build_from_work_order

from .builders import dlv, line, loc, wo

# Mon 14 - Fri 18 Dec 2026: 16 Dec is Independence Day in Kazakhstan, a working day in Kyrgyzstan
MON, FRI = date(2026, 12, 14), date(2026, 12, 18)


def _wo():
    return wo(locations=[loc(1, "KZ"), loc(2, "KG", "downstream")],
              lines=[line(1, "ONSITE", "20", "days", 1, price="1000"),
                     line(2, "ONSITE", "20", "days", 2, price="1000")],
              deliveries=[dlv("D-1", "ONSITE", "delivered", first=MON, last=FRI, location=1, line_no=1),
                          dlv("D-2", "ONSITE", "delivered", first=MON, last=FRI, location=2, line_no=2),
                          dlv("D-3", "ONSITE", "scheduled", first=MON, last=FRI, location=1, line_no=1)])


def test_the_one_count_skips_the_holiday_of_the_delivery_country():
    w = _wo()
    kz, kg, _ = w.deliveries
    assert delivery_amount(w, kz, Unit.DAYS) == 4
    assert delivery_amount(w, kg, Unit.DAYS) == 5


def test_engine_rules_and_statement_agree_on_the_days_used():
    w = _wo()
    figures = line_figures(w, date(2026, 12, 20))
    assert (figures[1].delivered, figures[1].scheduled, figures[1].remaining) == (D(4), D(4), D(16))
    assert (figures[2].delivered, figures[2].remaining) == (D(5), D(15))
    usage = line_usage(w)
    assert (usage[1]["delivered"], usage[1]["planned"], usage[2]["delivered"]) == (D(4), D(8), D(5))
    assert _change_fee(w, w.deliveries[2]) == (D(4000), "USD")  # 4 working days at 1,000 each
    st = build_from_work_order(w, "2026Q4", "en", date(2026, 12, 20))
    rows = {r.line_no: r for r in st.services}
    assert (rows[1].delivered_to_date, rows[1].delivered_in_quarter, rows[1].remaining) == (D(4), D(4), D(16))
    assert (rows[2].delivered_to_date, rows[2].remaining) == (D(5), D(15))


def test_a_line_left_unused_at_the_term_end_is_not_shown_as_left():
    st = build_from_work_order(_wo(), "2027Q1", "en", date(2027, 2, 1))
    rows = {r.line_no: r for r in st.services}
    assert (rows[1].delivered_to_date, rows[1].delivered_in_quarter, rows[1].remaining) == (D(4), D(0), D(0))
