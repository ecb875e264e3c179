"""Deadline arithmetic and the two computations, at their boundaries."""

from datetime import date
from decimal import Decimal as D

import pytest

from app.domain import dates, money


@pytest.mark.parametrize("end, last", [
    (date(2026, 12, 31), date(2026, 11, 1)),   # the rules page's example
    (date(2028, 3, 1), date(2028, 1, 1)),      # leap year: 29 Feb 2028 counts
    (date(2027, 3, 1), date(2026, 12, 31)),    # no leap day
    (date(2026, 2, 28), date(2025, 12, 30)),   # month end
])
def test_last_request_day(end, last):
    assert dates.last_request_day(end) == last


def test_last_free_change_day_example():
    assert dates.last_free_change_day(date(2026, 6, 15)) == date(2026, 6, 1)
    assert dates.last_free_change_day(date(2028, 3, 10)) == date(2028, 2, 25)


def test_aem_confirm_by_is_eight_weeks():
    assert dates.aem_confirm_by(date(2026, 9, 1)) == date(2026, 7, 7)


def test_uer_onboarding_day_one_is_term_start():
    assert dates.uer_onboarding_last_day(date(2026, 1, 1)) == date(2026, 3, 31)
    assert dates.uer_onboarding_last_day(date(2028, 1, 1)) == date(2028, 3, 30)  # leap February


def test_flex_years_from_term_start_and_leap_day():
    assert dates.flex_year_bounds(date(2026, 3, 15), 1) == (date(2026, 3, 15), date(2027, 3, 14))
    assert dates.flex_year_bounds(date(2026, 3, 15), 2) == (date(2027, 3, 15), date(2028, 3, 14))
    # a term starting on 29 February, counted as the civil codes count years (issue 13): year 1
    # ends on 28 February, the last day of the month with no 29th, and year 2 starts on 1 March
    assert dates.flex_year_bounds(date(2028, 2, 29), 1) == (date(2028, 2, 29), date(2029, 2, 28))
    assert dates.flex_year_bounds(date(2028, 2, 29), 2) == (date(2029, 3, 1), date(2030, 2, 28))
    # and a term ending 28 Feb 2030 has two flex years, no one-day "year 3"
    assert dates.flex_years(date(2028, 2, 29), date(2030, 2, 28)) == [
        (date(2028, 2, 29), date(2029, 2, 28)), (date(2029, 3, 1), date(2030, 2, 28))]
    assert dates.flex_year_of(date(2026, 3, 15), date(2027, 3, 14)) == 1
    assert dates.flex_year_of(date(2026, 3, 15), date(2027, 3, 15)) == 2


def test_sab_days_each_anniversary():
    assert dates.sab_conversion_days(date(2026, 1, 1), date(2027, 12, 31)) == [
        date(2026, 1, 31), date(2027, 1, 31)]


def test_quarters():
    assert dates.parse_quarter("2026Q4") == (date(2026, 10, 1), date(2026, 12, 31))
    assert dates.parse_quarter("2028q1") == (date(2028, 1, 1), date(2028, 3, 31))
    with pytest.raises(ValueError):
        dates.parse_quarter("2026Q5")
    assert dates.quarter_of(date(2026, 11, 25)) == "2026Q4"


def test_working_days_use_the_country_calendar():
    # 16 December is Kazakhstan's Independence Day; a Saturday is never a working day
    assert not dates.is_working_day("KZ", date(2026, 12, 16))
    assert not dates.is_working_day("KZ", date(2026, 12, 5))
    assert dates.is_working_day("KZ", date(2026, 12, 8))
    assert dates.working_days("KZ", date(2025, 1, 1), date(2025, 1, 31)) == 20


@pytest.mark.parametrize("value, rounded", [("12.5", 13), ("12.4", 12), ("12.49", 12), ("0.5", 1), ("7", 7)])
def test_credit_round_half_up(value, rounded):
    assert money.credit_round(D(value)) == D(rounded)


def test_transfer_rounds_up():
    # the rules page's example: 10 credits of 1,000 EUR moved where one is worth 1,500 EUR
    assert money.transfer_credits_arriving(D(10), D(1000), D("1.08"), D(1500), D("1.08")) == 7
    # an exact result is not pushed up
    assert money.transfer_credits_arriving(D(10), D(1500), D(1), D(1500), D(1)) == 10
    # currencies differ: 10 x 1,050,000 KZT x 0.0019 / (174,000 KGS x 0.0115) = 9.97 -> 10
    assert money.transfer_credits_arriving(D(10), D(1050000), D("0.0019"), D(174000), D("0.0115")) == 10
    with pytest.raises(money.AmountError):
        money.transfer_credits_arriving(D(10), D(0), D(1), D(1), D(1))


@pytest.mark.parametrize("flex, cap", [(100000, 50000), (400000, 80000), (30000, 30000),
                                       (250000, 50000), (250001, D("50000.2"))])
def test_flex_cap(flex, cap):
    assert money.flex_credit_cap_usd(D(flex)) == D(cap)


@pytest.mark.parametrize("bad", [1.5, float("nan"), "nan", "inf", "-Infinity", "1e13", "abc", True, None])
def test_to_decimal_refuses_what_is_not_an_exact_amount(bad):
    with pytest.raises(money.AmountError):
        money.to_decimal(bad)


def test_to_decimal_keeps_every_digit():
    assert money.to_text(money.to_decimal("12345678901.23")) == "12345678901.23"
