"""Checking is safe on worker threads: what check_work_order computes once for its checks lives
in that call's own context, so two threads checking at once get exactly the findings of one."""

from __future__ import annotations

import threading
from datetime import date

from app.domain.model import Portfolio
from app.domain.rules import check_portfolio, check_work_order
from app.services.demo import demo_work_orders

TODAY = date(2026, 11, 25)

def test_two_threads_checking_at_once_find_what_one_finds():
    orders = demo_work_orders(TODAY) * 20
    expected = [repr(f) for f in check_portfolio(Portfolio(work_orders=orders), TODAY)]
    assert expected, "the demo portfolio has findings to compare"

    start = threading.Barrier(2)
    got: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            start.wait()
            # each thread walks the orders in a different order, so the two are always
            # checking different work orders at the same moment
            mine = orders if n == 0 else orders[::-1]
            found = check_portfolio(Portfolio(work_orders=mine), TODAY)
            got[n] = [repr(f) for f in found]
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    assert sorted(got[0]) == sorted(expected)
    assert sorted(got[1]) == sorted(expected)
    assert got[0] == expected

def test_each_work_order_is_checked_with_its_own_usage():
    """A check of one work order never sees the line usage of another (checked just before)."""
    orders = demo_work_orders(TODAY)
    alone = {wo.number: [repr(f) for f in check_work_order(wo, TODAY)] for wo in orders}
    for wo in orders:
        check_work_order(orders[0], TODAY)
        assert [repr(f) for f in check_work_order(wo, TODAY)] == alone[wo.number]
