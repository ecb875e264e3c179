"""Issue 12: an edit of the ledger reads its work order once: the service reads it to check the
entry, the work order as the change left it comes back with the change set, and the window
checks it without reading it again, showing exactly what a fresh read shows. Undo reads."""

from __future__ import annotations

from decimal import Decimal

from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry
from app.services import planning
from tests.conftest import TODAY

A = "UES-KZ-2025-014"


def _grant(loc: int, credits: str) -> LedgerEntry:
    return LedgerEntry(id=None, on=TODAY, location_id=loc, kind=LedgerKind.GRANT, credits=Decimal(credits),
                       reference="R-1")


def test_a_grant_in_the_window_reads_once_and_shows_what_a_fresh_read_shows(qtbot, window, monkeypatch):
    from app.services import portfolio
    from app.store import repo

    loads = []
    load = repo.load_portfolio
    monkeypatch.setattr(repo, "load_portfolio", lambda s, ids=None: loads.append(ids) or load(s, ids))
    ctx = window.ctx
    window.show_screen("portfolio")
    loc = ctx.work_order(A).locations[0].id
    table = window.screens["portfolio"].model

    def credits_shown():
        return next(r for r in table.rows if r.wo.number == A).credits

    before = credits_shown()
    ctx.apply(lambda: planning.add_entry(ctx.db, A, _grant(loc, "3")), "Grant")
    assert len(loads) == 1  # the service's read; the window's refresh read nothing
    assert credits_shown() == before + 3
    fresh = portfolio.work_order_slice(ctx.db, A, ctx.today, ctx.check_settings())
    assert ctx.work_order(A) == fresh.work_order
    assert ctx.findings_of(A) == fresh.findings
    assert ctx.undo_stack.command(ctx.undo_stack.count() - 1).cs.after is None  # not kept for Undo

    loads.clear()
    window.undo_action.trigger()  # Undo reads what it replayed
    assert loads and credits_shown() == before
    assert ctx.work_order(A) == planning.work_order(ctx.db, A)
