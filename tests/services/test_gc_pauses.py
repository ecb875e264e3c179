"""The portfolio check and the balances pause the cyclic collector while they build the
portfolio, and leave it as they found it: enabled, and what the window froze (its snapshot,
app.ui.context) still frozen, so that an edit's collections do not walk the whole portfolio."""

from __future__ import annotations

import gc

from app.services import balances, portfolio
from tests.conftest import TODAY


def test_check_and_balances_leave_the_collector_on_and_a_frozen_snapshot_frozen(demo_db):
    assert gc.isenabled()
    snapshot = portfolio.load(demo_db)  # what the window keeps, frozen
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert portfolio.check(demo_db, TODAY)
        assert balances.portfolio_balances(demo_db, TODAY)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # still frozen (fewer: what was freed since is gone)
    finally:
        gc.unfreeze()
    assert snapshot.work_orders


def test_what_check_returns_is_not_left_frozen(demo_db):
    gc.unfreeze()
    findings = portfolio.check(demo_db, TODAY)
    assert findings and gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert gc.is_tracked(findings)
