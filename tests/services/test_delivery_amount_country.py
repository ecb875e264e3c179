"""A delivery's amount in days counts the working days of its location's country, in every place
that counts it: the engine (balances), the statement's Services table (issue 12, one truth)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.domain.balances import delivery_amount, work_order_balances
from app.domain.catalog import catalog as load_catalog
from app.services.statements import _services
from tests.domain.builders import dlv, line, loc, wo


def _wo(country: str):
    # 15-17 December 2026: 16 December is Independence Day in Kazakhstan
    return wo(locations=[loc(1, country)],
              lines=[line(1, service="WORKSHOPS", qty="10", unit="days")],
              deliveries=[dlv("D-1", service="WORKSHOPS", status="delivered",
                              first=date(2026, 12, 15), last=date(2026, 12, 17), line_no=1)])


def test_a_delivery_over_a_kazakh_holiday_counts_two_days_everywhere():
    w = _wo("KZ")
    assert delivery_amount(w, w.deliveries[0], w.lines[0].unit) == D(2)
    [bal] = [b for b in work_order_balances(w, date(2026, 12, 31)) if b.kind == "line"]
    assert bal.delivered == D(2) and bal.remaining == D(8)
    [row] = _services(w, load_catalog(), "en", date(2026, 10, 1), date(2026, 12, 31))
    assert (row.delivered_to_date, row.delivered_in_quarter, row.remaining) == (D(2), D(2), D(8))


def test_the_same_days_elsewhere_count_three():
    w = _wo("GB")
    [row] = _services(w, load_catalog(), "en", date(2026, 10, 1), date(2026, 12, 31))
    assert row.delivered_to_date == D(3)
