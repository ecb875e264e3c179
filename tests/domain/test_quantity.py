"""Delivery quantities in the line's unit (issue 12): attendees for seats, working days of the
delivery's location for days, one per delivery for per-delivery units; and R-LINE-OVERRUN at its
boundaries (issue 13)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from app import texts
from app.domain import rules
from app.domain.balances import work_order_balances
from app.domain.rules import CheckSettings

from .builders import dlv, line, loc, wo

THU, MON = date(2026, 12, 10), date(2026, 12, 14)  # Thursday to Monday, Kazakhstan


def _line_balance(w, no, on=date(2026, 12, 20)):
    return next(b for b in work_order_balances(w, on) if b.line_no == no)


def test_a_twelve_attendee_workshop_uses_twelve_seats():
    w = wo(lines=[line(1, "WORKSHOPS", "30", "seats")],
           deliveries=[replace(dlv("D-1", "WORKSHOPS", "delivered", first=date(2026, 5, 4)), quantity=D(12))])
    b = _line_balance(w, 1)
    assert (b.delivered, b.remaining) == (D(12), D(18))


def test_a_dedicated_workshop_counts_one_however_many_attend():
    w = wo(lines=[line(1, "WORKSHOPS", "2", "deliveries")],
           deliveries=[replace(dlv("D-1", "WORKSHOPS", "delivered", first=date(2026, 5, 4)), quantity=D(12))])
    assert _line_balance(w, 1).delivered == D(1)


def test_days_are_the_working_days_of_the_location_unless_given():
    w = wo(lines=[line(1, "CUSTOM_PROACTIVE", "20", "days")],
           deliveries=[dlv("D-1", "CUSTOM_PROACTIVE", "scheduled", first=THU, last=MON)])
    assert _line_balance(w, 1, date(2026, 12, 1)).scheduled == D(3)  # Thu, Fri, Mon; not 5
    # 16 December is Independence Day in Kazakhstan: Mon 14 - Wed 16 is two working days
    w.deliveries = [dlv("D-1", "CUSTOM_PROACTIVE", "scheduled", first=MON, last=date(2026, 12, 16))]
    assert _line_balance(w, 1, date(2026, 12, 1)).scheduled == D(2)
    w.deliveries = [replace(dlv("D-1", "CUSTOM_PROACTIVE", "scheduled", first=THU, last=MON), quantity=D(5))]
    assert _line_balance(w, 1, date(2026, 12, 1)).scheduled == D(5)  # given explicitly


def test_days_follow_the_delivery_location_calendar():
    # 16 December is a working day in Kyrgyzstan
    w = wo(locations=[loc(1, "KZ"), loc(2, "KG", role="downstream")],
           lines=[line(1, "CUSTOM_PROACTIVE", "20", "days", location=2)],
           deliveries=[dlv("D-1", "CUSTOM_PROACTIVE", "scheduled", first=MON, last=date(2026, 12, 16),
                           location=2)])
    assert _line_balance(w, 1, date(2026, 12, 1)).scheduled == D(3)


def _overrun(total_attendees: list[int]):
    w = wo(lines=[line(1, "WORKSHOPS", "10", "seats")],
           deliveries=[replace(dlv(f"D-{i}", "WORKSHOPS", status, first=date(2026, 6, 1 + i)), quantity=D(n))
                       for i, (n, status) in enumerate(zip(total_attendees, ("delivered", "scheduled", "planned",
                                                                               "requested"), strict=False))])
    return [f for f in rules.r_line_overrun(w, date(2026, 5, 1), CheckSettings(), None)]


def test_overrun_boundaries():
    assert _overrun([4, 4]) == []                                     # 80 %
    [near] = _overrun([5, 4])                                         # 90 %: a warning
    assert (near.key, near.severity.value, near.params["pct"], near.subject.key) == ("near", "warning", "90", "1")
    [exact] = _overrun([5, 3, 2])                                     # exactly the quantity: still a warning
    assert (exact.key, exact.severity.value, exact.params["planned"]) == ("near", "warning", "10")
    [over] = _overrun([5, 3, 2, 1])                                   # one above: an error
    assert (over.key, over.severity.value, over.params["planned"], over.params["used"],
            over.params["purchased"]) == ("over", "error", "11", "5", "10")


def test_overrun_ignores_cancelled_and_names_the_unit_in_three_languages():
    from app.domain.findings import SECTIONS
    from app.messages import catalog

    words = catalog()

    w = wo(lines=[line(1, "WORKSHOPS", "10", "seats")],
           deliveries=[replace(dlv("D-1", "WORKSHOPS", "cancelled", first=date(2026, 6, 1)), quantity=D(20)),
                       replace(dlv("D-2", "WORKSHOPS", "planned", first=date(2026, 6, 2)), quantity=D(3))])
    assert rules.r_line_overrun(w, date(2026, 5, 1), CheckSettings(), None) == []
    assert SECTIONS["R-LINE-OVERRUN"] == "2.1" and set(words["rule.R-LINE-OVERRUN"]) == {"en", "ru", "kk"}
    assert {"R-LINE-OVERRUN/over", "R-LINE-OVERRUN/near"} <= set(words)
    w.deliveries.append(replace(dlv("D-3", "WORKSHOPS", "planned", first=date(2026, 6, 3)), quantity=D(8)))
    [f] = rules.r_line_overrun(w, date(2026, 5, 1), CheckSettings(), None)
    assert texts.message(f, "en").startswith("11 seats planned or delivered (0 delivered), more than the 10")
    assert "2.1" in texts.message(f, "en") and "орын" in texts.message(f, "kk")
    assert "11" in texts.message(f, "ru") and "2.1" in texts.message(f, "ru")


def test_ede_hours_reads_the_engine_each_amount_once():
    from app.domain.enums import LedgerKind, Mode, Status
    from app.domain.model import Delivery, LedgerEntry
    from app.services.demo import demo_work_orders

    today = date(2026, 11, 25)
    a = next(w for w in demo_work_orders(today) if w.number == "UES-KZ-2025-014")
    ede = lambda f: f.rule == "R-EDE-HOURS" and f.key == "over_hours"  # noqa: E731
    assert not [f for f in rules.check_work_order(a, today) if ede(f)]  # 200 bought, 80 + 16 used
    a.deliveries.append(Delivery(id=None, ref="D-099", service="EDE", title="more EDE", location_id=1,
                                 mode=Mode.REMOTE, status=Status.SCHEDULED, first_day=date(2026, 12, 8),
                                 last_day=date(2026, 12, 8), hours=D(110), line_no=4))
    [f] = [f for f in rules.check_work_order(a, today) if ede(f)]
    # the grant mirroring the 200 hours bought is the line, not 200 more
    assert (f.params["purchased"], f.params["used"], f.params["planned"]) == ("200", "80", "206")
    a.ledger.append(LedgerEntry(id=None, on=date(2026, 11, 20), location_id=1, kind=LedgerKind.GRANT,
                                hours=D(10), reference="extra hours"))
    assert not [f for f in rules.check_work_order(a, today) if ede(f)]  # 210 available to plan
