"""On the demo, no finding reports an amount twice: a credits or hours amount is reported with its
pool (app.domain.balances), never also on the purchased line it came from."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from app.services.portfolio import check

from .test_planning import TODAY

AMOUNT_RULES = ("R-EXPIRY", "R-REQUEST-60", "R-CREDIT-BALANCE")


@pytest.mark.parametrize("today", [TODAY, date(2026, 12, 20), date(2027, 1, 15)])
def test_no_amount_reported_twice(demo_db, today):
    found = [f for f in check(demo_db, today) if f.rule in AMOUNT_RULES and "amount" in f.params]
    for f in found:
        if f.subject.kind == "line":
            assert f.params.get("unit") not in ("credits", "hours"), f  # those are the pools'
    per_pool = Counter((f.rule, f.key, f.work_order, f.subject.key, f.params.get("unit")) for f in found)
    assert all(n == 1 for n in per_pool.values()), per_pool


def test_the_issues_figures(demo_db):
    found = check(demo_db, TODAY)
    a = [f for f in found if f.work_order == "UES-KZ-2025-014"]
    expiry_hours = [f for f in a if f.rule == "R-EXPIRY" and f.params.get("unit") == "hours"]
    assert [f.params["amount"] for f in expiry_hours] == ["120"]        # once, not twice
    credits = [f for f in a if f.rule == "R-REQUEST-60" and f.params.get("unit") == "credits"]
    assert sorted((f.subject.key, f.params["amount"]) for f in credits) == [("KG", "10"), ("KZ", "81")]
    # UES-KZ-2025-005: the 8 credits left are expired, and the engine says so too
    from app.domain.balances import work_order_balances
    from app.services import planning

    [pool] = [b for b in work_order_balances(planning.work_order(demo_db, "UES-KZ-2025-005"), TODAY)
              if b.kind == "credits"]
    assert (pool.remaining, pool.expired) == (0, 8)
