"""Portfolio-wide actions: load, check the rules, fill with the demo."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from datetime import date

from app.domain.findings import CheckSettings, Finding
from app.domain.model import Portfolio
from app.domain.rules import check_portfolio
from app.store.db import Database
from app.store.repo import load_portfolio


@contextmanager
def _no_gc_pauses():
    """Pause the cyclic garbage collector while a whole portfolio is built and checked: the
    hundreds of thousands of new (acyclic) objects otherwise trigger full collections that cost
    as much as the work itself (bench/, path "portfolio check"). Restores the previous state."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load(db: Database) -> Portfolio:
    with _no_gc_pauses(), db.read() as s:
        return load_portfolio(s)


def check(db: Database, today: date, settings: CheckSettings | None = None) -> list[Finding]:
    """Every finding of the portfolio on ``today``."""
    with _no_gc_pauses():
        return check_portfolio(load(db), today, settings)


def load_demo(db: Database, today: date) -> list[str]:
    """Put the demo portfolio in the database, replacing any earlier copy of the demo's own work
    orders (work orders of the user's, even one sharing a demo number, are left alone: see
    :func:`app.services.demo.load`). Returns the work order numbers written."""
    from .demo import load as load_demo_portfolio

    return load_demo_portfolio(db, today, replace=True)[0]
