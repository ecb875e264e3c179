"""Issue 12: a ledger edit returns the work order as it left it (``ChangeSet.after``), equal to
what reading it again gives, so that the window need not read it again; None when the service
cannot know that (someone wrote in between, a team database without a locked read)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry
from app.services import planning
from tests.conftest import TODAY

A = "UES-KZ-2025-014"


def _entry(loc: int, kind: LedgerKind, credits: str, on: date = TODAY, hours: str = "0") -> LedgerEntry:
    return LedgerEntry(id=None, on=on, location_id=loc, kind=kind, credits=Decimal(credits),
                       hours=Decimal(hours), reference="R-1", counterparty="", notes="why")


@pytest.mark.parametrize("kind, credits, hours, on", [
    (LedgerKind.GRANT, "3", "0", TODAY),
    (LedgerKind.ADJUSTMENT, "-1.50", "2.250", TODAY),
    (LedgerKind.DRAW, "2.0", "0", date(2025, 1, 1)),  # dated before most of the ledger: sorted in
    (LedgerKind.FEE, "0.10", "0", TODAY),
])
def test_the_change_set_carries_the_work_order_as_a_fresh_read_gives_it(demo_db, kind, credits, hours, on):
    loc = planning.work_order(demo_db, A).locations[0].id
    cs = planning.add_entry(demo_db, A, _entry(loc, kind, credits, on, hours))
    fresh = planning.work_order(demo_db, A)
    assert cs.after is not None
    assert cs.after == fresh  # every field, the new entry's id and stored amounts, the order
    assert [e.id for e in cs.after.ledger] == [e.id for e in fresh.ledger]
    assert [str(e.credits) for e in cs.after.ledger] == [str(e.credits) for e in fresh.ledger]


def test_a_transfer_carries_both_entries(demo_db):
    wo = planning.work_order(demo_db, A)
    src, dst = wo.locations[0], wo.locations[1]
    cs = planning.transfer(demo_db, A, src.id, dst.id, Decimal(1), TODAY)
    assert cs.after is not None and cs.after == planning.work_order(demo_db, A)


def test_a_write_between_the_read_and_the_change_means_no_after(demo_db, monkeypatch):
    """Another thread (a second window on a file shares its Database) wrote the work order after
    the service read it: the service does not pretend to know the result."""
    loc = planning.work_order(demo_db, A).locations[0].id
    marked = planning._marked

    def read_then_someone_writes(db, number):
        got = marked(db, number)
        monkeypatch.setattr(planning, "_marked", marked)
        planning.add_entry(db, number, _entry(loc, LedgerKind.GRANT, "5"))  # the other one's grant
        return got

    monkeypatch.setattr(planning, "_marked", read_then_someone_writes)
    cs = planning.add_entry(demo_db, A, _entry(loc, LedgerKind.GRANT, "1"))
    assert cs and cs.after is None
    assert sum(e.credits for e in planning.work_order(demo_db, A).ledger if e.reference == "R-1") == 6


def test_on_a_team_database_a_grant_is_read_again_and_a_draw_is_not(pg_planner_url):
    from app.services.portfolio import load_demo
    from app.store.db import open_db

    db = open_db(pg_planner_url)
    try:
        load_demo(db, TODAY)
        loc = planning.work_order(db, A).locations[0].id
        grant = planning.add_entry(db, A, _entry(loc, LedgerKind.GRANT, "3"))
        assert grant and grant.after is None  # read before, unlocked: another client may have written
        draw = planning.add_entry(db, A, _entry(loc, LedgerKind.DRAW, "1"))
        assert draw.after is not None  # read inside its locked transaction
        assert draw.after == planning.work_order(db, A)
    finally:
        db.close()
