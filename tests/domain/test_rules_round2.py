"""Issue 13, the contract's rules round two: each corrected reading and each new term at its
boundary days (the day before, the day, the day after) and on the demo where it applies."""

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from app import texts
from app.domain import dates, rules
from app.domain.catalog import catalog
from app.domain.enums import Severity, Status
from app.domain.findings import SECTIONS, CheckSettings
from app.domain.lifecycle import Action, ChangeEvent
from app.domain.model import Portfolio
from app.messages import LANGS
from app.messages import catalog as words

from .builders import dlv, line, loc, wo

S = CheckSettings()


def run(check, w, today):
    return check(w, today, S, catalog())


def keys(findings, rule=None):
    return [(f.key, f.severity) for f in findings if rule is None or f.rule == rule]


def demo(today):
    from app.services.demo import demo_work_orders

    return demo_work_orders(today)


# ----------------------------------------------------------------- EDE at the wrong location

def test_ede_delivered_at_another_location_than_bought_is_an_error():
    w = wo(locations=[loc(1, "KZ"), loc(2, "KG", "downstream")],
           lines=[line(1, "EDE", "40", "hours")],
           deliveries=[dlv("D-1", "EDE", first=date(2026, 12, 1), hours="8"),
                       dlv("D-2", "EDE", first=date(2026, 12, 2), hours="8", location=2)])
    found = [f for f in run(rules.r_ede_hours, w, date(2026, 11, 1)) if f.key == "wrong_location"]
    assert [(f.subject.key, f.severity, f.params["country"], f.params["bought_country"]) for f in found] == [
        ("D-2", Severity.ERROR, "KG", "KZ")]
    said = texts.message(found[0], "kk")
    assert "Қырғызстан" in said and "Қазақстан" in said and "2.3" in said


# ----------------------------------------------------------------- EDE weekends: noise

def _ede(first, last, hours="40"):
    return wo(lines=[line(1, "EDE", "200", "hours")],
              deliveries=[dlv("D-1", "EDE", first=first, last=last, hours=hours)])


def test_a_span_that_only_contains_a_weekend_is_fine():
    # the example: Mon 30 Nov - Fri 11 Dec 2026, 40 h, spans the 5-6 Dec weekend
    assert keys(run(rules.r_ede_hours, _ede(date(2026, 11, 30), date(2026, 12, 11)), date(2026, 11, 1))) == []


@pytest.mark.parametrize("first,last,off", [
    (date(2026, 11, 28), date(2026, 12, 11), "2026-11-28"),   # starts on a Saturday
    (date(2026, 11, 30), date(2026, 12, 13), "2026-12-13"),   # ends on a Sunday
    (date(2026, 12, 14), date(2026, 12, 16), "2026-12-16"),   # ends on Independence Day (KZ)
])
def test_first_or_last_day_off_warns(first, last, off):
    [f] = run(rules.r_ede_hours, _ede(first, last, "8"), date(2026, 11, 1))
    assert (f.key, f.severity, f.params["days"]) == ("non_working_day", Severity.WARNING, off)


def test_the_last_working_day_before_a_holiday_is_fine():
    assert keys(run(rules.r_ede_hours, _ede(date(2026, 12, 14), date(2026, 12, 15), "8"), date(2026, 11, 1))) == []
    assert keys(run(rules.r_ede_hours, _ede(date(2026, 12, 17), date(2026, 12, 18), "8"), date(2026, 11, 1))) == []


def test_more_hours_than_the_working_days_hold_warns_at_the_boundary():
    # 30 Nov - 11 Dec 2026: 10 working days in KZ -> at most 85 h of business hours
    first, last = date(2026, 11, 30), date(2026, 12, 11)
    assert keys(run(rules.r_ede_hours, _ede(first, last, "84.5"), date(2026, 11, 1))) == []
    assert keys(run(rules.r_ede_hours, _ede(first, last, "85"), date(2026, 11, 1))) == []
    [f] = run(rules.r_ede_hours, _ede(first, last, "85.5"), date(2026, 11, 1))
    assert (f.key, f.severity, f.params["working_days"], f.params["most"]) == (
        "over_business_hours", Severity.WARNING, 10, "85")


def test_the_whole_span_is_examined_not_only_its_first_60_days():
    # 100 days of EDE ending on a Sunday: the old check looked at the first 60 days only
    first = date(2026, 1, 5)
    last = first + timedelta(days=97)  # Sunday 12 April 2026
    assert last.weekday() == 6
    [f] = run(rules.r_ede_hours, _ede(first, last, "8"), date(2026, 1, 1))
    assert f.key == "non_working_day" and f.params["days"] == last.isoformat()


# ----------------------------------------------------------------- SAB after its day

def _sab(start=date(2026, 1, 1), end=date(2026, 12, 31), service="EDE", unit="hours"):
    return wo(start=start, end=end, lines=[line(1, service, "10", unit, funding="SAB")])


def test_sab_shortfall_stays_an_error_until_the_term_ends():
    w = _sab()  # conversion day 31 Jan 2026
    [f] = run(rules.r_sab_30, w, date(2026, 1, 30))
    assert (f.key, f.severity, f.date) == ("convert_soon", Severity.WARNING, date(2026, 1, 31))
    [f] = run(rules.r_sab_30, w, date(2026, 1, 31))
    assert (f.key, f.severity) == ("convert_soon", Severity.WARNING)
    for today in (date(2026, 2, 1), date(2026, 3, 3), date(2026, 12, 31)):  # 31 days after, and on
        [f] = run(rules.r_sab_30, w, today)
        assert (f.key, f.severity, f.date) == ("shortfall", Severity.ERROR, date(2026, 1, 31)), today
    assert run(rules.r_sab_30, w, date(2027, 1, 1)) == []  # the term has ended


def test_sab_converted_has_no_finding():
    w = _sab()
    w.deliveries = [dlv("D-1", "EDE", "planned", first=date(2026, 3, 2), hours="10", line_no=1)]
    assert run(rules.r_sab_30, w, date(2026, 3, 3)) == []


# ----------------------------------------------------------------- SAB eligibility

@pytest.mark.parametrize("service,unit,eligible", [
    ("EDE", "hours", True),            # EDE components
    ("AEM", "events", True),           # Enhanced Services components
    ("PROBLEM_RESOLUTION", "each", True),   # Base Package support
    ("WORKSHOPS", "seats", False),
    ("STA", "hours", False),
])
def test_sab_funds_base_package_ede_and_enhanced_only(service, unit, eligible):
    found = run(rules.r_sab_eligible, _sab(service=service, unit=unit), date(2026, 1, 1))
    if eligible:
        assert found == []
    else:
        [f] = found
        assert (f.rule, f.severity, f.subject.label) == ("R-SAB-ELIGIBLE", Severity.WARNING, service)
        assert "2.5" in texts.message(f, "ru")


def test_demo_workshops_funded_by_sab_are_named():
    found = rules.check_portfolio(Portfolio(work_orders=demo(date(2026, 11, 25))), date(2026, 11, 25))
    assert [(f.work_order, f.subject.label) for f in found if f.rule == "R-SAB-ELIGIBLE"] == [
        ("UES-KG-2026-003", "WORKSHOPS")]


# ----------------------------------------------------------------- a year from 29 February

def test_years_from_29_february_follow_the_civil_codes():
    start = date(2028, 2, 29)
    assert dates.flex_year_bounds(start, 1) == (date(2028, 2, 29), date(2029, 2, 28))
    assert dates.flex_year_of(start, date(2029, 2, 28)) == 1
    assert dates.flex_year_of(start, date(2029, 3, 1)) == 2
    # a leap year again: year 5 starts on 29 February 2032, year 4 ends the day before
    assert dates.flex_year_bounds(start, 4) == (date(2031, 3, 1), date(2032, 2, 28))
    assert dates.flex_year_bounds(start, 5) == (date(2032, 2, 29), date(2033, 2, 28))


def test_the_last_flex_year_ends_with_the_term():
    years = dates.flex_years(date(2028, 2, 29), date(2030, 2, 28))
    assert years == [(date(2028, 2, 29), date(2029, 2, 28)), (date(2029, 3, 1), date(2030, 2, 28))]
    # a term that ends on its second anniversary: no one-day "year 3", year 2 takes the day
    assert dates.flex_years(date(2026, 1, 1), date(2028, 1, 1))[-1] == (date(2027, 1, 1), date(2028, 1, 1))
    assert len(dates.flex_years(date(2026, 1, 1), date(2028, 1, 1))) == 2
    # a remainder of a month or more is a year of its own
    assert dates.flex_years(date(2026, 1, 1), date(2028, 1, 31))[-1] == (date(2028, 1, 1), date(2028, 1, 31))


def test_sab_conversion_after_a_29_february_start_counts_from_1_march():
    assert dates.sab_conversion_days(date(2028, 2, 29), date(2030, 2, 28)) == [
        date(2028, 3, 30), date(2029, 3, 31)]


# ----------------------------------------------------------------- flex per year

def _flex_wo(*lines_, flex="100000", end=date(2027, 12, 31)):
    return wo(start=date(2026, 1, 1), end=end, flex=flex, lines=list(lines_))


def test_multi_year_flex_is_allocated_per_annual_allowance():
    y1 = line(1, "STA", "100", "hours", funding="flex", price="1000", year=1)   # 100,000
    y2 = line(2, "STA", "99", "hours", funding="flex", price="1000", year=2)    # 99,000
    found = run(rules.r_flex_signing, _flex_wo(y1, y2), date(2026, 1, 1))
    assert [(f.key, f.params["year"], f.params["amount"]) for f in found] == [("unallocated_year", 2, "1000")]
    assert "2" in texts.message(found[0], "en") and "2.1" in texts.message(found[0], "kk")
    y2.quantity = D("100")
    assert run(rules.r_flex_signing, _flex_wo(y1, y2), date(2026, 1, 1)) == []
    y2.quantity = D("101")
    [f] = run(rules.r_flex_signing, _flex_wo(y1, y2), date(2026, 1, 1))
    assert (f.key, f.severity, f.params["year"], f.params["amount"]) == (
        "over_allocated_year", Severity.ERROR, 2, "1000")


def test_flex_above_the_allowance_on_a_one_year_order_is_an_error():
    ln = line(1, "STA", "101", "hours", funding="flex", price="1000", year=1)
    [f] = run(rules.r_flex_signing, _flex_wo(ln, end=date(2026, 12, 31)), date(2026, 1, 1))
    assert (f.key, f.severity, f.params["amount"], f.params["allocated"]) == (
        "over_allocated", Severity.ERROR, "1000", "101000")


def test_flex_cap_applies_to_each_annual_allowance():
    # flex 100,000 a year: the cap is USD 50,000 each year, not 50,000 over the two years
    y1 = line(1, "PROACTIVE_CREDITS", "25", "credits", funding="flex", price="2000", year=1)  # 50,000
    y2 = line(2, "PROACTIVE_CREDITS", "25", "credits", funding="flex", price="2000", year=2)  # 50,000
    assert run(rules.r_flex_cap, _flex_wo(y1, y2), date(2026, 1, 1)) == []
    y2.unit_price = D("2000.04")  # 50,001 in year 2
    [f] = run(rules.r_flex_cap, _flex_wo(y1, y2), date(2026, 1, 1))
    assert (f.key, f.params["year"], f.date, f.params["cap_usd"]) == (
        "over_cap_year", 2, date(2027, 1, 1), "50000")


def test_flex_on_a_reactive_add_on_is_named():
    w = _flex_wo(line(1, "RCA", "1", "each", funding="flex", price="5000", year=1),
                 line(2, "RSM_ADDON", "10", "hours", funding="flex", price="300", year=1),
                 line(3, "STA", "10", "hours", funding="flex", price="300", year=1),
                 line(4, "AEM", "1", "events", funding="flex", price="300", year=1))
    found = run(rules.r_flex_eligible, w, date(2026, 1, 1))
    assert [(f.subject.label, f.severity) for f in found] == [("RCA", Severity.WARNING), ("RSM_ADDON", Severity.WARNING)]


# ----------------------------------------------------------------- severities

def test_aem_unconfirmed_after_confirm_by_is_a_warning_unless_microsoft_agrees():
    start = date(2026, 9, 1)  # confirm by 7 July
    pending = wo(deliveries=[dlv(service="AEM", status="planned", first=start)])
    [f] = run(rules.r_aem_notice, pending, date(2026, 7, 6))
    assert (f.key, f.severity) == ("confirm_soon", Severity.WARNING)
    [f] = run(rules.r_aem_notice, pending, date(2026, 7, 7))
    assert (f.key, f.severity) == ("confirm_soon", Severity.WARNING)
    [f] = run(rules.r_aem_notice, pending, date(2026, 7, 8))
    assert (f.key, f.severity) == ("not_confirmed", Severity.WARNING)
    assert "Microsoft agrees otherwise" in texts.message(f, "en")
    assert "Microsoft басқаша келіспесе" in texts.message(f, "kk")


def test_billing_exception_planned_is_an_error_only_listed_a_warning():
    listed = wo(locations=[loc(1, "KZ"), loc(2, "JP", "downstream")])
    [f] = run(rules.r_billing_exception, listed, date(2026, 3, 1))
    assert (f.key, f.severity) == ("separate_order", Severity.WARNING)
    planned = wo(locations=[loc(1, "KZ"), loc(2, "JP", "downstream")],
                 deliveries=[dlv("D-1", "EDE", "planned", location=2)])
    [f] = run(rules.r_billing_exception, planned, date(2026, 3, 1))
    assert (f.key, f.severity) == ("separate_order", Severity.ERROR)
    planned.deliveries[0].status = Status.CANCELLED  # cancelled: nothing planned there any more
    [f] = run(rules.r_billing_exception, planned, date(2026, 3, 1))
    assert f.severity is Severity.WARNING


def test_demo_japan_location_with_a_workshop_line_is_an_error():
    found = rules.check_portfolio(Portfolio(work_orders=demo(date(2026, 11, 25))), date(2026, 11, 25))
    [f] = [f for f in found if f.rule == "R-BILLING-EXCEPTION" and f.key == "separate_order"]
    assert (f.work_order, f.subject.key, f.severity) == ("UES-KZ-2025-014", "JP", Severity.ERROR)


# ----------------------------------------------------------------- a waived fee, the words

def _cancelled(fee, unit):
    first = date(2026, 6, 15)  # free until 1 June
    d = dlv(status="cancelled", first=first, credits="12", changed=date(2026, 6, 2))
    d.events = [ChangeEvent(Action.CANCEL, date(2026, 6, 2), first, first, first, first, D(fee), unit)]
    return wo(deliveries=[d])


def test_a_waived_fee_is_not_shown_at_100_percent():
    [f] = run(rules.r_cancel_14, _cancelled("0", ""), date(2026, 6, 3))
    assert (f.key, f.severity) == ("late_cancel_waived", Severity.INFO)
    assert "100" not in texts.message(f, "en") and "waived" in texts.message(f, "en")
    [f] = run(rules.r_cancel_14, _cancelled("12", "credits"), date(2026, 6, 3))
    assert (f.key, f.severity, f.params["fee"]) == ("late_cancel", Severity.WARNING, "12")


def test_one_day_late_says_1_day():
    late = wo(lines=[line(qty="5")], deliveries=[dlv(status="requested", req=date(2026, 11, 2), credits="5")])
    [f] = [f for f in run(rules.r_request_60, late, date(2026, 11, 2)) if f.rule == "R-REQUEST-60"
           and f.key.startswith("late_request")]
    assert "1 day after" in texts.message(f, "en") and "1 days" not in texts.message(f, "en")
    later = wo(lines=[line(qty="5")], deliveries=[dlv(status="requested", req=date(2026, 11, 3), credits="5")])
    [f] = [f for f in run(rules.r_request_60, later, date(2026, 11, 3)) if f.key.startswith("late_request")]
    assert "2 days after" in texts.message(f, "en")


def test_free_until_a_past_date_says_the_period_ended():
    w = wo(deliveries=[dlv(status="scheduled", first=date(2026, 6, 15), hours="8")])  # free until 1 June
    [f] = run(rules.r_cancel_14, w, date(2026, 6, 1))
    assert f.key == "free_change_ends" and "free until" in texts.message(f, "en")
    [f] = run(rules.r_cancel_14, w, date(2026, 6, 2))
    assert f.key == "free_change_ended"
    assert "free change period ended on 1 Jun 2026" in texts.message(f, "en")
    assert "free until" not in texts.message(f, "en")


# ----------------------------------------------------------------- On-demand Assessment help

@pytest.mark.parametrize("mode,first,last,warns", [
    ("onsite", date(2026, 3, 2), date(2026, 3, 3), False),   # Mon-Tue: 2 days onsite
    ("onsite", date(2026, 3, 2), date(2026, 3, 4), True),    # 3 days onsite
    ("onsite", date(2026, 3, 6), date(2026, 3, 9), False),   # Fri-Mon over a weekend: 2 working days
    ("remote", date(2026, 3, 2), date(2026, 3, 2), False),   # 1 day remote
    ("remote", date(2026, 3, 2), date(2026, 3, 3), True),    # 2 days remote
])
def test_oda_extra_help_two_days_onsite_one_day_remote(mode, first, last, warns):
    w = wo(lines=[line(1, "ODA", "1", "each", funding="base")],
           deliveries=[dlv("D-1", "ODA", first=first, last=last, mode=mode)])
    found = run(rules.r_oda_help, w, date(2026, 2, 1))
    assert bool(found) is warns
    if warns:
        assert found[0].key == f"too_long_{mode}" and "2.2" in texts.message(found[0], "kk")


# ----------------------------------------------------------------- SDM may be required

def test_additional_services_without_delivery_management_are_noted():
    w = wo(lines=[line(1, "STA", "10", "hours"), line(2, "ODA", "1", "each", funding="base"),
                  line(3, "AEM", "1", "events")])
    [f] = run(rules.r_sdm_required, w, date(2026, 1, 1))
    assert (f.key, f.severity, f.params["services"]) == ("may_require_sdm", Severity.INFO, "STA, AEM")
    w.lines.append(line(4, "SDM_ADDON", "20", "hours"))
    assert run(rules.r_sdm_required, w, date(2026, 1, 1)) == []
    assert run(rules.r_sdm_required, wo(lines=[line(1, "ODA", "1", "each", funding="base")]), date(2026, 1, 1)) == []
    # the term has ended: nothing left to add
    w.lines.pop()
    assert run(rules.r_sdm_required, w, date(2026, 12, 31)) and not run(rules.r_sdm_required, w, date(2027, 1, 1))


# ----------------------------------------------------------------- onsite travel

def test_each_onsite_delivery_notes_travel_unless_prepaid():
    w = wo(lines=[line(1, "WORKSHOPS", "10", "seats")],
           deliveries=[dlv("D-1", "WORKSHOPS", first=date(2026, 5, 4), mode="onsite", line_no=1),
                       dlv("D-2", "WORKSHOPS", first=date(2026, 5, 5), mode="remote", line_no=1),
                       dlv("D-3", "WORKSHOPS", first=date(2026, 5, 6), mode="onsite", line_no=1)])
    w.deliveries[2].travel_prepaid = True
    found = run(rules.r_travel, w, date(2026, 5, 4))
    assert [(f.subject.key, f.severity) for f in found] == [("D-1", Severity.INFO)]
    assert run(rules.r_travel, w, date(2026, 5, 5)) == []  # it is over
    w.lines[0].travel_prepaid = True  # prepaid on its line
    assert run(rules.r_travel, w, date(2026, 5, 4)) == []


# ----------------------------------------------------------------- ids, sections, words, demo

def test_every_check_has_a_section_a_name_and_words_in_three_languages():
    assert set(rules.CHECKS) <= set(SECTIONS)
    for rule in ("R-FLEX-ELIGIBLE", "R-SAB-ELIGIBLE", "R-ODA-HELP", "R-SDM-REQUIRED", "R-TRAVEL"):
        assert rule in rules.CHECKS
        assert all(words()[f"rule.{rule}"].get(lang) for lang in LANGS)
        variants = [k for k in words() if k.startswith(rule + "/")]
        assert variants and all(words()[k].get(lang) for k in variants for lang in LANGS)


@pytest.mark.parametrize("today", [date(2026, 11, 25), date(2026, 1, 1)])
def test_demo_shows_the_new_checks(today):
    found = rules.check_portfolio(Portfolio(work_orders=demo(today)), today)
    by_rule = {f.rule for f in found}
    assert {"R-FLEX-ELIGIBLE", "R-SAB-ELIGIBLE", "R-ODA-HELP", "R-SDM-REQUIRED", "R-TRAVEL"} <= by_rule
    for f in found:  # every finding has words in every language
        for lang in texts.LANGS:
            assert texts.message(f, lang)


# ----------------------------------------------------------------- the seed's other spellings

@pytest.mark.parametrize("text,code", [
    ("Кеңесшіні қолдау", "ADVISORY"),
    ("Алдын ала берілетін кредиттер", "PROACTIVE_CREDITS"),
    ("Office 365 тікелей инженерлік қызметі", "O365_ED"),
    ("Бағалау бағдарламасы", "ASSESS_PROGRAM"),
    ("Бірыңғай қолдау көрсетуді қосу", "UNIFIED_ONBOARDING"),
    ("Қызмет түріндегі RAP", "RAPAAS"),
    ("  бағалау   БАҒДАРЛАМАСЫ ", "ASSESS_PROGRAM"),   # case and spaces as people type them
])
def test_the_seeds_other_spellings_are_aliases(text, code):
    assert catalog().lookup(text).code == code


@pytest.mark.parametrize("text,code", [
    ("Support Technology Advisor (STA)", "STA"),
    ("Support Technology Advisor", "STA"),
    ("Designated Engineering", "DE"),
    ("Enhanced Designated Engineering", "EDE"),
    ("Unified Enhanced Response", "UER"),
    ("Azure Event Management", "AEM"),
    ("Алдын алу операциялары бағдарламасы", "POP"),
    ("Қызмет түріндегі Тәуекелдерді және денсаулықты сараптау бағдарламасы", "RAPAAS"),
    ("Risk and Health Assessment Program as a Service", "RAPAAS"),
    ("RAP as a Service", "RAPAAS"),
])
def test_a_name_ending_in_its_abbreviation_matches_with_or_without_it(text, code):
    assert catalog().lookup(text).code == code


def test_no_derived_spelling_takes_another_services_name():
    from app.domain.catalog import name_variants

    cat = catalog()
    for svc in cat:
        for name in (*svc.names.values(), *svc.aliases):
            for variant in name_variants(name):
                assert cat.lookup(variant).code == svc.code, (svc.code, variant)
    assert name_variants("Proactive Credits") == ()
