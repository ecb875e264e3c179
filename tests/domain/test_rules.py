"""Each check of the rules page at its boundaries: the last allowed day, the day after, leap
years and month ends. Findings are asserted by rule, severity, date and days left."""

from datetime import date, timedelta
from decimal import Decimal as D

from app.domain import rules
from app.domain.enums import Severity
from app.domain.findings import CheckSettings

from .builders import dlv, entry, line, loc, wo

S = CheckSettings()


def only(findings, rule, key=None):
    return [f for f in findings if f.rule == rule and (key is None or f.key == key)]


def run(check, w, today):
    from app.domain.catalog import catalog

    return check(w, today, S, catalog())


# --------------------------------------------------------------- R-REQUEST-60

def test_request_on_last_day_is_on_time_and_day_after_is_late():
    end = date(2026, 12, 31)
    on_time = wo(end=end, lines=[line(qty="5")],
                 deliveries=[dlv(status="requested", req=date(2026, 11, 1), credits="5")])
    assert not only(run(rules.r_request_60, on_time, date(2026, 10, 1)), "R-REQUEST-60", "late_request")
    late = wo(end=end, lines=[line(qty="5")],
              deliveries=[dlv(status="requested", req=date(2026, 11, 2), credits="5")])
    # one day late: its own wording ("1 day after", not "1 days after"; issue 13)
    [f] = only(run(rules.r_request_60, late, date(2026, 11, 2)), "R-REQUEST-60", "late_request_one_day")
    assert (f.severity, f.date, f.days_left, f.params["days_late"]) == (Severity.ERROR, date(2026, 11, 1), -1, 1)


def test_request_deadline_in_a_leap_year():
    # term ends 1 March 2028: 60 days back crosses 29 February, last request day 1 January
    w = wo(start=date(2027, 3, 2), end=date(2028, 3, 1), lines=[line(service="WORKSHOPS", qty="8", unit="seats")])
    [f] = only(run(rules.r_request_60, w, date(2027, 12, 2)), "R-REQUEST-60", "unrequested_line")
    assert f.date == date(2028, 1, 1) and f.days_left == 30 and f.severity is Severity.WARNING
    assert f.params["amount"] == "8"
    # one day before the reminder window opens: nothing yet
    assert not run(rules.r_request_60, w, date(2027, 12, 1))
    # the day after the last request day: the amount is lost -> error
    [f] = only(run(rules.r_request_60, w, date(2028, 1, 2)), "R-REQUEST-60", "unrequested_line")
    assert f.severity is Severity.ERROR and f.days_left == -1


def test_unrequested_counts_only_requested_deliveries_and_credit_balance():
    w = wo(end=date(2026, 12, 31), lines=[line(qty="10")],
           deliveries=[dlv("D-1", status="scheduled", req=date(2026, 6, 1), credits="4"),
                       dlv("D-2", status="planned", credits="3")],
           ledger=[entry(date(2026, 1, 1), credits="20")])
    found = run(rules.r_request_60, w, date(2026, 10, 20))
    # the line is priced in credits: its credits are the pool's, reported once, with the pool
    assert not only(found, "R-REQUEST-60", "unrequested_line")
    [cr] = only(found, "R-REQUEST-60", "unrequested_credits")
    assert cr.params["amount"] == "16"  # 20 granted, 4 requested
    seats = wo(end=date(2026, 12, 31), lines=[line(service="WORKSHOPS", qty="10", unit="seats")],
               deliveries=[dlv("D-1", "WORKSHOPS", status="scheduled", req=date(2026, 6, 1)),
                           dlv("D-2", "WORKSHOPS", status="planned")])
    [ln] = only(run(rules.r_request_60, seats, date(2026, 10, 20)), "R-REQUEST-60", "unrequested_line")
    assert ln.params["amount"] == "9"  # only the requested one counts


def test_base_package_items_need_no_request():
    w = wo(end=date(2026, 12, 31), lines=[line(service="ODA", qty="1", unit="each", funding="base")])
    assert not run(rules.r_request_60, w, date(2026, 10, 20))


# --------------------------------------------------------------- R-CANCEL-14

def test_cancel_on_last_free_day_is_free_day_after_costs():
    first = date(2026, 6, 15)
    free = wo(deliveries=[dlv(status="cancelled", first=first, credits="12", changed=date(2026, 6, 1))])
    assert not only(run(rules.r_cancel_14, free, date(2026, 6, 2)), "R-CANCEL-14")
    late = wo(deliveries=[dlv(status="cancelled", first=first, credits="12", changed=date(2026, 6, 2))])
    [f] = only(run(rules.r_cancel_14, late, date(2026, 6, 2)), "R-CANCEL-14", "late_cancel")
    assert (f.severity, f.date, f.params["fee"], f.params["unit"]) == (Severity.WARNING, date(2026, 6, 1), "12", "credits")


def test_reschedule_keeps_the_day_it_moved_from_and_fee_follows_the_percentage():
    w = wo(fee_pct="50", deliveries=[dlv(status="scheduled", first=date(2026, 7, 20), moved=date(2026, 6, 15),
                                         changed=date(2026, 6, 5), credits="5")])
    [f] = only(run(rules.r_cancel_14, w, date(2026, 6, 5)), "R-CANCEL-14", "late_reschedule")
    assert f.params["first_day"] == "2026-06-15" and f.params["fee"] == "3"  # 2.5 rounds half up


def test_scheduled_delivery_reminder_window():
    first = date(2026, 3, 14)  # last free day 28 Feb 2026
    w = wo(deliveries=[dlv(status="scheduled", first=first, hours="8")])
    [f] = only(run(rules.r_cancel_14, w, date(2026, 1, 29)), "R-CANCEL-14", "free_change_ends")
    assert f.severity is Severity.INFO and f.date == date(2026, 2, 28) and f.days_left == 30
    assert not run(rules.r_cancel_14, w, date(2026, 1, 28))


def test_change_cost_at_the_moment_of_editing():
    w = wo(deliveries=[dlv(status="scheduled", first=date(2026, 6, 15), credits="12")])
    d = w.deliveries[0]
    assert rules.change_cost(w, d, date(2026, 6, 1)) is None
    assert rules.change_cost(w, d, date(2026, 6, 2)) == (D(12), "credits")


# --------------------------------------------------------------- R-EXPIRY

def test_expiry_on_a_month_end_term():
    end = date(2026, 2, 28)
    w = wo(start=date(2025, 3, 1), end=end, ledger=[entry(date(2025, 3, 1), credits="9", hours="4")])
    found = run(rules.r_expiry, w, end - timedelta(days=30))
    assert {(f.params["unit"], f.params["amount"], f.days_left) for f in found} == {("credits", "9", 30), ("hours", "4", 30)}
    assert all(f.severity is Severity.WARNING for f in found)
    assert not run(rules.r_expiry, w, end - timedelta(days=31))
    after = run(rules.r_expiry, w, end + timedelta(days=1))
    assert after and all(f.key == "expired" and f.days_left == -1 for f in after)


# --------------------------------------------------------------- flex

def test_flex_cap_boundaries():
    # flex 100,000: cap 50,000; exactly 50,000 is allowed, 50,001 is not
    ok = wo(flex="100000", lines=[line(service="PROACTIVE_CREDITS", qty="25", funding="flex", price="2000", year=1)])
    assert not run(rules.r_flex_cap, ok, date(2026, 1, 1))
    over = wo(flex="100000", lines=[line(service="PROACTIVE_CREDITS", qty="25", funding="flex", price="2000.04", year=1)])
    [f] = run(rules.r_flex_cap, over, date(2026, 1, 1))
    assert f.severity is Severity.ERROR and f.params["cap_usd"] == "50000"


def test_flex_cap_converts_at_the_work_order_rate():
    # 60,000 EUR at 1.08 = 64,800 USD of credits; flex 400,000 EUR = 432,000 USD -> cap 86,400
    w = wo(currency="EUR", rate="1.08", flex="400000",
           lines=[line(service="CUSTOM_PROACTIVE", qty="30", unit="days", funding="flex", price="2000", year=1)])
    assert not run(rules.r_flex_cap, w, date(2026, 1, 1))
    w.lines[0].quantity = D(41)  # 82,000 EUR = 88,560 USD > 86,400
    [f] = run(rules.r_flex_cap, w, date(2026, 1, 1))
    assert f.params["rate"] == "1.08" and f.params["cap_usd"] == "86400"


def test_flex_year_last_day_and_day_after():
    start = date(2028, 2, 29)  # leap day: year 1 ends 28 Feb 2029 (civil reckoning, issue 13)
    ln = line(service="CUSTOM_PROACTIVE", qty="2", unit="days", funding="flex", price="1", year=1)
    inside = wo(start=start, end=date(2030, 2, 27), flex="2", lines=[ln],
                deliveries=[dlv(service="CUSTOM_PROACTIVE", first=date(2029, 2, 27), last=date(2029, 2, 28), line_no=1)])
    assert not only(run(rules.r_flex_year, inside, date(2028, 3, 1)), "R-FLEX-YEAR", "outside_year")
    outside = wo(start=start, end=date(2030, 2, 27), flex="2", lines=[ln],
                 deliveries=[dlv(service="CUSTOM_PROACTIVE", first=date(2029, 2, 28), last=date(2029, 3, 1), line_no=1)])
    [f] = only(run(rules.r_flex_year, outside, date(2028, 3, 1)), "R-FLEX-YEAR", "outside_year")
    assert f.date == date(2029, 2, 28) and f.severity is Severity.ERROR


def test_flex_sdm_and_signing():
    w = wo(flex="1000", lines=[line(service="SDM_ADDON", qty="2", unit="hours", funding="flex", price="300", year=1)])
    [sdm] = run(rules.r_flex_sdm, w, date(2026, 1, 1))
    assert sdm.severity is Severity.ERROR and sdm.subject.label == "SDM_ADDON"
    [sig] = run(rules.r_flex_signing, w, date(2026, 1, 1))
    assert sig.params["amount"] == "400"
    w.lines[0].quantity = D("3.3333334")
    assert not run(rules.r_flex_signing, w, date(2026, 1, 1))


# --------------------------------------------------------------- credits and transfers

def test_balance_never_below_zero_and_plans_that_overdraw():
    w = wo(ledger=[entry(date(2026, 1, 1), credits="10", i=1), entry(date(2026, 2, 1), "draw", credits="10", i=2)])
    assert not run(rules.r_credit_balance, w, date(2026, 3, 1))  # exactly zero is fine
    w.ledger.append(entry(date(2026, 2, 2), "draw", credits="1", i=3))
    [f] = run(rules.r_credit_balance, w, date(2026, 3, 1))
    assert f.key == "overdrawn" and f.date == date(2026, 2, 2) and f.params["amount"] == "-1"
    plan = wo(ledger=[entry(date(2026, 1, 1), credits="10")],
              deliveries=[dlv(status="planned", first=date(2026, 5, 1), credits="11")])
    [f] = run(rules.r_credit_balance, plan, date(2026, 3, 1))
    assert f.key == "plan_overdraws" and f.params["short"] == "1"


def test_the_balance_is_judged_at_each_days_end():
    """Entries carry a day, not a time: a draw entered before the same day's grant is no
    overdraw, and neither is a draw not saved yet (a preview's) beside that day's saved grant."""
    w = wo(ledger=[entry(date(2026, 2, 1), "draw", credits="10", i=1), entry(date(2026, 2, 1), credits="10", i=2)])
    assert not run(rules.r_credit_balance, w, date(2026, 3, 1))
    w = wo(ledger=[entry(date(2026, 2, 1), credits="10", i=1), entry(date(2026, 2, 1), "draw", credits="10")])
    assert not run(rules.r_credit_balance, w, date(2026, 3, 1))
    assert [e.id for e, _c, _h in rules.running_balance(reversed(w.ledger))] == [1, None]  # the unsaved one last
    w.ledger.append(entry(date(2026, 2, 1), "draw", credits="1"))
    [f] = run(rules.r_credit_balance, w, date(2026, 3, 1))
    assert f.key == "overdrawn" and f.date == date(2026, 2, 1) and f.params["amount"] == "-1"


def test_transfers_only_between_listed_locations():
    w = wo(locations=[loc(1, "KZ"), loc(2, "KG", "downstream")],
           ledger=[entry(date(2026, 1, 1), "transfer out", credits="3", other="KG"),
                   entry(date(2026, 1, 1), "transfer in", credits="3", location=2, other="KZ"),
                   entry(date(2026, 2, 1), "transfer out", credits="2", other="TM")])
    [f] = run(rules.r_xfer_locations, w, date(2026, 3, 1))
    assert f.params["country"] == "TM" and f.severity is Severity.ERROR


def test_billing_exception_for_downstream_japan_only():
    w = wo(locations=[loc(1, "KZ"), loc(2, "JP", "downstream"), loc(3, "KG", "downstream")])
    [f] = run(rules.r_billing_exception, w, date(2026, 3, 1))
    assert f.params["country"] == "JP" and f.key == "separate_order"
    w.lines = [line(1, "WORKSHOPS", "5", "seats", location=2), line(2, "WORKSHOPS", "5", "seats", location=3),
               line(3, "EDE", "5", "hours", location=2)]
    found = run(rules.r_billing_exception, w, date(2026, 3, 1))
    assert [(f.key, f.subject.key) for f in found] == [("separate_order", "JP"), ("proactive_excluded", "1")]
    assert not run(rules.r_billing_exception, wo(locations=[loc(1, "JP")]), date(2026, 3, 1))


# --------------------------------------------------------------- enhanced services

def test_aem_confirmation_eight_weeks():
    start = date(2026, 9, 1)  # confirm by 7 July
    ok = wo(deliveries=[dlv(service="AEM", status="scheduled", req=date(2026, 7, 7), first=start)])
    assert not run(rules.r_aem_notice, ok, date(2026, 7, 10))
    late = wo(deliveries=[dlv(service="AEM", status="scheduled", req=date(2026, 7, 8), first=start)])
    [f] = run(rules.r_aem_notice, late, date(2026, 7, 10))
    assert f.key == "confirmed_late" and f.date == date(2026, 7, 7)
    pending = wo(deliveries=[dlv(service="AEM", status="planned", first=start)])
    [f] = run(rules.r_aem_notice, pending, date(2026, 7, 7))
    assert f.key == "confirm_soon" and f.days_left == 0
    [f] = run(rules.r_aem_notice, pending, date(2026, 7, 8))
    # past the confirm-by day unconfirmed: a warning, "unless Microsoft agrees otherwise" (issue 13)
    assert f.key == "not_confirmed" and f.severity is Severity.WARNING


def test_aem_five_days():
    ok = wo(deliveries=[dlv(service="AEM", first=date(2026, 2, 25), last=date(2026, 3, 1))])  # 5 days
    assert not run(rules.r_aem_length, ok, date(2026, 1, 1))
    leap = wo(start=date(2028, 1, 1), end=date(2028, 12, 31),
              deliveries=[dlv(service="AEM", first=date(2028, 2, 26), last=date(2028, 3, 1))])  # 5 days incl. 29 Feb
    assert not run(rules.r_aem_length, leap, date(2028, 1, 1))
    long = wo(deliveries=[dlv(service="AEM", first=date(2026, 2, 24), last=date(2026, 3, 1))])
    [f] = run(rules.r_aem_length, long, date(2026, 1, 1))
    assert f.params["days"] == 6


def test_uer_onboarding_within_ninety_days():
    w = wo(start=date(2026, 1, 1), lines=[line(service="UER", qty="1", unit="each")])
    [f] = run(rules.r_uer_onboard, w, date(2026, 3, 31))
    assert f.key == "due" and f.days_left == 0
    [f] = run(rules.r_uer_onboard, w, date(2026, 4, 1))
    assert f.key == "missed" and f.severity is Severity.ERROR
    w.deliveries = [dlv(service="UER", status="delivered", first=date(2026, 3, 31))]
    assert not run(rules.r_uer_onboard, w, date(2026, 4, 1))
    w.deliveries = [dlv(service="UER", status="delivered", first=date(2026, 4, 1))]
    assert run(rules.r_uer_onboard, w, date(2026, 4, 1))


def test_ede_hours_one_location_business_days_and_total():
    w = wo(locations=[loc(1, "KZ"), loc(2, "KG", "downstream")],
           lines=[line(1, "EDE", "10", "hours"), line(2, "EDE", "5", "hours", location=2)],
           deliveries=[dlv("D-1", "EDE", "scheduled", first=date(2026, 12, 16), hours="8"),
                       dlv("D-2", "EDE", "delivered", first=date(2026, 12, 8), hours="8"),
                       dlv("D-3", "EDE", "scheduled", first=date(2026, 12, 30), last=date(2027, 1, 2), hours="1")])
    found = run(rules.r_ede_hours, w, date(2026, 12, 1))
    keys = {f.key for f in found}
    assert keys == {"several_locations", "over_hours", "non_working_day", "after_agreement"}
    [holiday] = [f for f in found if f.key == "non_working_day" and f.subject.key == "D-1"]
    assert holiday.date == date(2026, 12, 16)


def test_sab_conversion_day():
    w = wo(start=date(2026, 1, 1), lines=[line(service="WORKSHOPS", qty="10", unit="seats", funding="SAB")])
    [f] = run(rules.r_sab_30, w, date(2026, 1, 1))
    assert f.key == "convert_soon" and f.date == date(2026, 1, 31) and f.days_left == 30
    [f] = run(rules.r_sab_30, w, date(2026, 2, 1))
    assert f.key == "shortfall" and f.severity is Severity.ERROR


# --------------------------------------------------------------- the whole portfolio

import pytest  # noqa: E402


@pytest.mark.parametrize("today", [date(2026, 11, 25), date(2028, 2, 29), date(2027, 12, 31), date(2026, 1, 1)])
def test_demo_has_a_finding_of_every_check(today):
    from app.domain.model import Portfolio
    from app.services.demo import demo_work_orders

    found = rules.check_portfolio(Portfolio(work_orders=demo_work_orders(today)), today)
    assert {f.rule for f in found} == set(rules.CHECKS)


def test_reminder_days_are_a_setting():
    w = wo(start=date(2025, 3, 1), end=date(2026, 2, 28), ledger=[entry(date(2025, 3, 1), credits="9")])
    from app.domain.catalog import catalog

    narrow = CheckSettings(reminder_days=(7,))
    assert not rules.r_expiry(w, date(2026, 2, 20), narrow, catalog())
    [f] = rules.r_expiry(w, date(2026, 2, 21), narrow, catalog())
    assert narrow.reminder(f.days_left) == 7
