"""The balances engine (app.domain.balances): figures as of several days, the reconciliation of
purchased lines and mirrored grants, expiry, and the invariant over random portfolios."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import lifecycle as lc
from app.domain.balances import work_order_balances

from .builders import dlv, entry, line, loc, wo

START, END = date(2026, 1, 1), date(2026, 12, 31)


def pool(bals, kind="credits", country="KZ"):
    return next(b for b in bals if b.kind == kind and b.country == country)


def portfolio_a():
    w = wo(START, END, locations=[loc(1, "KZ"), loc(2, "KG", role="downstream")],
           lines=[line(1, "PROACTIVE_CREDITS", "100", "credits"), line(2, "EDE", "40", "hours"),
                  line(3, "WORKSHOPS", "20", "seats")])
    w.ledger = [entry(START, "grant", credits="100", i=1),             # mirrors line 1: not twice
                entry(date(2026, 3, 1), "transfer out", credits="10", other="KG", i=2),
                entry(date(2026, 3, 1), "transfer in", credits="7", location=2, other="KZ", i=3),
                entry(date(2026, 5, 10), "draw", credits="13", i=4),
                entry(date(2026, 6, 1), "fee", credits="5", i=5),
                entry(date(2026, 6, 2), "draw", hours="8", i=6)]
    w.deliveries = [dlv("D-1", "RAPAAS", "delivered", first=date(2026, 5, 10), credits="13"),
                    dlv("D-2", "RAPAAS", "scheduled", first=date(2026, 9, 1), credits="20"),
                    dlv("D-3", "WORKSHOPS", "delivered", first=date(2026, 4, 1), line_no=3),
                    dlv("D-4", "EDE", "scheduled", first=date(2026, 10, 5), hours="16")]
    return w


def test_figures_as_of_several_days():
    w = portfolio_a()
    early = pool(work_order_balances(w, date(2026, 2, 1)))
    assert (early.purchased, early.granted, early.remaining) == (D(100), D(0), D(100))  # grant not counted twice
    after_transfer = work_order_balances(w, date(2026, 3, 1))
    assert pool(after_transfer).transferred_out == 10 and pool(after_transfer, country="KG").transferred_in == 7
    after_fee = pool(work_order_balances(w, date(2026, 6, 1)))
    assert (after_fee.delivered, after_fee.fees, after_fee.remaining, after_fee.scheduled, after_fee.available) == \
        (D(13), D(5), D(72), D(20), D(52))
    hours = pool(work_order_balances(w, date(2026, 7, 1)), "hours")
    assert (hours.purchased, hours.delivered, hours.scheduled, hours.available) == (D(40), D(8), D(16), D(16))
    seats = next(b for b in work_order_balances(w, date(2026, 7, 1)) if b.line_no == 3)
    assert (seats.purchased, seats.delivered, seats.remaining) == (D(20), D(1), D(19))


def test_after_the_term_end_what_is_left_is_expired_never_left():
    bals = work_order_balances(portfolio_a(), date(2027, 1, 1))
    kz = pool(bals)
    assert (kz.remaining, kz.expired, kz.scheduled) == (D(0), D(72), D(0))
    assert all(b.remaining <= 0 for b in bals)
    on_last_day = pool(work_order_balances(portfolio_a(), END))
    assert (on_last_day.remaining, on_last_day.expired) == (D(72), D(0))


def test_entries_and_events_after_the_day_are_left_out():
    w = portfolio_a()
    d = w.deliveries[1]
    moved = lc.reschedule(w, d, date(2026, 9, 8), date(2026, 9, 8), date(2026, 8, 1))
    d = lc.replace(moved.delivery, events=[moved.event])
    cancelled = lc.cancel(w, d, date(2026, 8, 20))
    w.deliveries[1] = lc.replace(cancelled.delivery, events=[moved.event, cancelled.event])
    assert pool(work_order_balances(w, date(2026, 8, 19))).scheduled == 20   # still planned then
    assert pool(work_order_balances(w, date(2026, 8, 20))).scheduled == 0    # cancelled on that day


def test_a_grant_that_is_not_a_mirror_counts():
    w = portfolio_a()
    w.ledger.append(entry(date(2026, 7, 1), "grant", credits="100", i=9))  # a second grant, mid-term
    assert pool(work_order_balances(w, date(2026, 7, 1))).granted == 100


def test_a_grant_mirrors_a_line_only_in_that_lines_kind():
    """One grant of 100 credits and 150 hours at the term start stands for the 100-credit line
    (not counted twice); its 150 hours mirror no line (the hours line is of 40) and count as
    granted, in the balances and in the balance rule alike."""
    from app.domain.catalog import catalog
    from app.domain.findings import CheckSettings
    from app.domain.rules import r_credit_balance

    w = portfolio_a()
    w.ledger[0] = entry(START, "grant", credits="100", hours="150", i=1)
    bals = work_order_balances(w, date(2026, 7, 1))
    credits, hours = pool(bals), pool(bals, "hours")
    assert (credits.purchased, credits.granted) == (D(100), D(0))
    assert (hours.purchased, hours.granted, hours.delivered, hours.remaining) == (D(40), D(150), D(8), D(182))
    # the hours pool cannot be overdrawn by a draw the 150 granted hours cover
    w.ledger.append(entry(date(2026, 7, 1), "draw", hours="100", i=7))
    assert not [f for f in r_credit_balance(w, date(2026, 7, 1), CheckSettings(), catalog()) if f.key == "overdrawn"]


def test_credits_bought_with_a_flex_year_expire_at_its_end():
    """Seed 2.1: a flex year's allowance ends with the year. 50 credits bought with year 1's flex
    and 30 bought outright; 20 drawn in year 1: on the day after year 1, the 30 left of the flex
    purchase expire (never more than the pool holds), the 30 bought outright stay to the term end."""
    two_years = wo(START, date(2027, 12, 31), lines=[line(1, "PROACTIVE_CREDITS", "50", "credits", funding="flex", year=1),
                                                   line(2, "PROACTIVE_CREDITS", "30", "credits")])
    two_years.ledger = [entry(date(2026, 6, 1), "draw", credits="20", i=1)]
    last_day = pool(work_order_balances(two_years, date(2026, 12, 31)))
    assert (last_day.purchased, last_day.expired, last_day.remaining) == (D(80), D(0), D(60))
    after = pool(work_order_balances(two_years, date(2027, 1, 1)))
    assert (after.delivered, after.expired, after.remaining) == (D(20), D(30), D(30))
    assert [(m.on, m.amount) for m in after.movements if m.figure == "expired"] == [(date(2027, 1, 1), D(30))]
    # a draw after the flex year's credits expired is judged against what the pool still holds
    from app.domain.catalog import catalog
    from app.domain.findings import CheckSettings
    from app.domain.rules import r_credit_balance

    late = wo(START, date(2027, 12, 31), lines=two_years.lines,
              ledger=[*two_years.ledger, entry(date(2027, 2, 1), "draw", credits="35", i=3)])
    [f] = [f for f in r_credit_balance(late, date(2027, 3, 1), CheckSettings(), catalog()) if f.key == "overdrawn"]
    assert f.date == date(2027, 2, 1) and f.params["amount"] == "-5"
    assert pool(work_order_balances(late, date(2027, 3, 1))).remaining == -5
    # drawn beyond the flex purchase within its year: nothing of it is left to expire
    two_years.ledger.append(entry(date(2026, 9, 1), "draw", credits="40", i=2))
    after = pool(work_order_balances(two_years, date(2027, 1, 1)))
    assert (after.expired, after.remaining) == (D(0), D(20))
    # and at the term end what is left expires as always
    end = pool(work_order_balances(two_years, date(2028, 1, 1)))
    assert (end.expired, end.remaining) == (D(20), D(0))


amounts = st.integers(0, 200).map(D)
days = st.integers(0, 500).map(lambda n: START + timedelta(days=n))
kinds = st.sampled_from(["grant", "draw", "transfer out", "transfer in", "fee", "expiry", "adjustment"])


@st.composite
def portfolios(draw):
    lines = [line(1, "PROACTIVE_CREDITS", str(draw(amounts)), "credits", location=draw(st.sampled_from([1, 2])))]
    lines.append(line(2, "EDE", str(draw(amounts)), "hours"))
    lines.append(line(3, "WORKSHOPS", str(draw(amounts)), "seats", funding=draw(st.sampled_from(["flex", "additional"])),
                      year=1))
    ledger = [entry(draw(days), draw(kinds), credits=str(draw(amounts)), hours=str(draw(amounts)),
                    location=draw(st.sampled_from([1, 2])), i=i) for i in range(draw(st.integers(0, 12)))]
    statuses = st.sampled_from(["planned", "requested", "scheduled", "delivered", "cancelled"])
    deliveries = []
    for i in range(draw(st.integers(0, 6))):
        first = draw(days)
        deliveries.append(dlv(f"D-{i}", draw(st.sampled_from(["RAPAAS", "WORKSHOPS", "EDE"])), draw(statuses),
                              first=first, credits=str(draw(amounts)), hours=str(draw(amounts)),
                              location=draw(st.sampled_from([1, 2, None])), changed=first - timedelta(days=3)))
    return wo(START, END, locations=[loc(1, "KZ"), loc(2, "KG", role="downstream")], lines=lines,
              ledger=ledger, deliveries=deliveries)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(w=portfolios(), on=days)
def test_every_entitlement_adds_up(w, on):
    for b in work_order_balances(w, on):
        assert (b.purchased + b.granted + b.transferred_in - b.transferred_out - b.delivered - b.fees
                - b.expired) == b.remaining
        assert b.available == b.remaining - b.scheduled
        if on > b.expires_on:
            assert b.remaining <= 0  # expired, never left
        # the movements make up the figures
        for name in ("purchased", "granted", "transferred_in", "transferred_out", "scheduled",
                     "delivered", "fees", "expired"):
            assert sum((m.amount for m in b.movements if m.figure == name), D(0)) == getattr(b, name)


def test_a_flex_line_of_the_last_year_expires_with_the_term_not_before():
    # a term of two years and 15 days: the 15 days join year 2 (civil reckoning, R-FLEX-YEAR),
    # so a year-2 flex line is left until 15 Jan 2028 and expired after it, never on 1 Jan
    w = wo(date(2026, 1, 1), date(2028, 1, 15),
           lines=[line(1, "WORKSHOPS", "5", "seats", funding="flex", year=2)])
    [b] = [x for x in work_order_balances(w, date(2028, 1, 10)) if x.line_no == 1]
    assert (b.remaining, b.expired) == (D(5), D(0))
    [b] = [x for x in work_order_balances(w, date(2028, 1, 16)) if x.line_no == 1]
    assert (b.remaining, b.expired) == (D(0), D(5))
