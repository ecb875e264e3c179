"""Portfolio-wide actions: load, check the rules, fill with the demo; and one work order's slice
(read and checked alone, for the window's refresh after an edit)."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from app.domain.balances import Balance, work_order_balances
from app.domain.findings import CheckSettings, Finding
from app.domain.model import Portfolio, WorkOrder
from app.domain.rules import check_portfolio, check_work_order
from app.store import repo
from app.store.db import Database
from app.store.repo import load_portfolio


@contextmanager
def _no_gc_pauses():
    """Pause the cyclic garbage collector while a whole portfolio is built and checked: the
    hundreds of thousands of new (acyclic) objects otherwise trigger full collections that cost
    as much as the work itself (bench/, path "portfolio check"). Restores the previous state.

    On leaving, what the block built and kept is moved straight to the oldest generation
    (``gc.freeze`` then ``gc.unfreeze``, both a list splice): re-enabled as they were, the
    collector's first young collection would walk every one of those objects, and the next
    ones again. Cycles among them are still found, by the next full collection. Not while
    something is frozen already (the window's snapshot, app.ui.context): unfreezing would hand
    that back to the collector."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def load(db: Database) -> Portfolio:
    with _no_gc_pauses(), db.read() as s:
        return load_portfolio(s)


def load_headlines(db: Database) -> Portfolio:
    """The work orders without their contents (numbers, customers, terms): read at once, shown
    while the whole portfolio is read and checked."""
    with db.read() as s:
        return repo.load_headlines(s)


def check(db: Database, today: date, settings: CheckSettings | None = None,
          include_archived: bool = False) -> list[Finding]:
    """Every finding of the portfolio on ``today`` (archived work orders left out, unless
    ``include_archived``)."""
    with _no_gc_pauses():
        p = load(db)
        if not include_archived:
            p.work_orders = [wo for wo in p.work_orders if wo.archived_on is None]
        findings = check_portfolio(p, today, settings)
        del p  # freed here, while the collector still sleeps, rather than walked by it first
    return findings


def load_demo(db: Database, today: date) -> list[str]:
    """Put the demo portfolio in the database, replacing any earlier copy of the demo's own work
    orders (work orders of the user's, even one sharing a demo number, are left alone: see
    :func:`app.services.demo.load`). Returns the work order numbers written."""
    from .demo import load as load_demo_portfolio

    return load_demo_portfolio(db, today, replace=True)[0]


@dataclass
class WorkOrderSlice:
    """One work order as the window shows it after an edit: its domain object (None when it is
    gone), its findings (soonest first) and its entitlements' balances, as of ``today``."""

    number: str
    work_order: WorkOrder | None
    findings: list[Finding] = field(default_factory=list)
    today: date | None = None

    @cached_property
    def balances(self) -> list[Balance]:
        """Its entitlements' balances as of ``today`` (computed when first asked for)."""
        if self.work_order is None or self.today is None:
            return []
        return work_order_balances(self.work_order, self.today)


def load_work_order(db: Database, number: str) -> WorkOrder | None:
    """One work order (by its number) as a domain object, read by the queries of the whole
    portfolio restricted to it; None when there is none."""
    with db.read() as s:
        return repo.load_work_order(s, number)


def work_order_slice(db: Database, number: str, today: date,
                     settings: CheckSettings | None = None) -> WorkOrderSlice:
    """Read and check only the work order ``number`` (what the window does after an edit of it:
    the other work orders are neither read nor checked again)."""
    wo = load_work_order(db, number)
    if wo is None:
        return WorkOrderSlice(number, None)
    findings = check_work_order(wo, today, settings)
    findings.sort(key=Finding.sort_key)
    return WorkOrderSlice(number, wo, findings, today)
