"""Statements are built safely on worker threads: the balances a statement's parts share while it
is built belong to that build alone (a per-call context), so two threads building at once get
exactly the statements built one at a time, and a statement never shows another's figures."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal

from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry
from app.services.demo import demo_work_orders
from app.services.statements import build_from_work_order

TODAY = date(2026, 11, 25)
QUARTER = "2026Q4"


def _built(orders) -> list[str]:
    return [repr(build_from_work_order(wo, QUARTER, "kk", TODAY)) for wo in orders]


def test_two_threads_building_at_once_build_what_one_builds():
    orders = demo_work_orders(TODAY) * 4
    expected = _built(orders)
    start = threading.Barrier(2)
    got: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            start.wait()
            mine = orders if n == 0 else orders[::-1]  # different work orders at the same moment
            got[n] = _built(mine)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors
    assert got[0] == expected
    assert got[1] == expected[::-1]


def test_a_changed_work_order_is_built_with_its_own_balances():
    """The same work order again with a grant of 7 credits at its host: the statement shows the
    host's credits 7 higher (what the first build shared is gone with it)."""
    wo = demo_work_orders(TODAY)[0]
    host = wo.host
    assert host is not None
    first = build_from_work_order(wo, QUARTER, "en", TODAY)
    grant = LedgerEntry(id=None, on=TODAY, location_id=host.id, kind=LedgerKind.GRANT, credits=Decimal(7), hours=Decimal(0), reference="test", counterparty="", notes="")
    second = build_from_work_order(replace(wo, ledger=[*wo.ledger, grant]), QUARTER, "en", TODAY)

    def host_credits(st):
        return next(b.closing for b in st.balances if b.is_host and b.unit == "credits")

    assert host_credits(second) == host_credits(first) + 7
