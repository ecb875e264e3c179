"""Concurrent edits lose nothing (issue 17), under real concurrency on both engines: two draws
that each fit but together would overdraw, started in parallel many times: exactly one is
written, the other refused by R-CREDIT-BALANCE, the ledger never overdrawn; two edits of one
delivery based on the same version, in parallel: one wins, the other gets StaleEdit."""

from __future__ import annotations

import threading
from datetime import date
from decimal import Decimal as D

import pytest

from app.domain.balances import work_order_balances
from app.domain.enums import LedgerKind, Mode, Role, Status
from app.domain.model import Delivery, LedgerEntry, Location, WorkOrder
from app.services import changes, planning
from app.store.db import open_db
from app.texts import message

ON = date(2026, 3, 2)
ROUNDS = 20


@pytest.fixture
def two(engine_target):
    """Two connections to one database, as two windows on a team database would have (on
    SQLite one process holds the file: two threads share its Database, each its own connection)."""
    first = open_db(engine_target)
    second = open_db(engine_target) if first.is_pg else first
    yield first, second
    if second is not first:
        second.close()
    first.close()


def _work_order(db, number: str, granted: str = "10") -> int:
    planning.create_work_order(db, WorkOrder(id=None, number=number, customer="Concurrent LLP",
                                             term_start=date(2026, 1, 1), term_end=date(2026, 12, 31)))
    planning.add_location(db, number, Location(id=None, country="KZ", role=Role.HOST, currency="USD",
                                               rate_to_usd=D(1), credit_value=D(1)))
    loc = planning.work_order(db, number).locations[0].id
    planning.add_entry(db, number, LedgerEntry(id=None, on=date(2026, 1, 5), location_id=loc,
                                               kind=LedgerKind.GRANT, credits=D(granted)))
    return loc


def _parallel(*calls):
    """Start the calls together (a barrier), return what each returned or raised."""
    results: list = [None] * len(calls)
    barrier = threading.Barrier(len(calls))

    def run(i, call):
        barrier.wait()
        try:
            results[i] = call()
        except Exception as exc:  # noqa: BLE001 - the outcome under test
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    return results


def test_two_draws_that_together_overdraw_one_is_refused(two):
    a, b = two
    for i in range(ROUNDS):
        number = f"UES-CC-{i:02d}"
        loc = _work_order(a, number)

        seen = planning.work_order(a, number)  # both dialogs opened on it: 10 left, 6 fits

        def draw(db, ref, number=number, loc=loc, seen=seen):
            return planning.add_entry(db, number, LedgerEntry(
                id=None, on=ON, location_id=loc, kind=LedgerKind.DRAW, credits=D(6), reference=ref), seen=seen)

        results = _parallel(lambda: draw(a, "D-001"), lambda: draw(b, "D-002"))
        written = [r for r in results if isinstance(r, changes.ChangeSet)]
        refused = [r for r in results if isinstance(r, planning.Overdrawn)]
        assert len(written) == 1 and len(refused) == 1, (i, results)
        wo = planning.work_order(a, number)
        draws = [e for e in wo.ledger if e.kind is LedgerKind.DRAW]
        assert [e.credits for e in draws] == [D(6)]
        assert all(x.remaining >= 0 for x in work_order_balances(wo, ON) if x.kind == "credits")
        # refused with the rule's own words: what the balance would have fallen to
        text = message(refused[0].findings[0], "en")
        assert "The balance falls to" in text and "never go below zero" in text, text


def test_a_draw_seen_to_overdraw_is_recorded_one_made_on_an_old_ledger_is_not(two):
    """The re-check refuses what changed under the caller, not what the caller saw (a dialog
    warns of an overdraw before saving; recorded, the rule reports it)."""
    a, _b = two
    number = "UES-CC-ONE"
    loc = _work_order(a, number)
    draw = LedgerEntry(id=None, on=ON, location_id=loc, kind=LedgerKind.DRAW, credits=D(6))
    seen = planning.work_order(a, number)  # what a dialog opened now reads
    planning.add_entry(a, number, draw)
    planning.add_entry(a, number, draw)  # read after the first: seen to overdraw, recorded
    assert sum(e.credits for e in planning.work_order(a, number).ledger if e.kind is LedgerKind.DRAW) == D(12)
    with a.session() as s, pytest.raises(planning.Overdrawn):
        planning._check_draws(s, seen, [draw])  # based on the ledger before both: refused


def test_two_edits_of_one_delivery_from_the_same_version_one_wins(two):
    a, b = two
    number = "UES-CC-EDIT"
    _work_order(a, number)
    planning.create_delivery(a, number, Delivery(id=None, ref="D-001", service="RAPAAS", title="RAP",
                                                 location_id=None, mode=Mode.REMOTE, status=Status.PLANNED))
    for i in range(ROUNDS):
        opened = next(d for d in planning.work_order(a, number).deliveries if d.ref == "D-001")
        v = opened.version
        results = _parallel(
            lambda v=v, i=i: planning.update_delivery(a, number, "D-001", based_on=v, title=f"A{i}"),
            lambda v=v, i=i: planning.update_delivery(b, number, "D-001", based_on=v, notes=f"B{i}"))
        written = [r for r in results if isinstance(r, changes.ChangeSet)]
        stale = [r for r in results if isinstance(r, changes.StaleEdit)]
        assert len(written) == 1 and len(stale) == 1, (i, results)
        now = next(d for d in planning.work_order(a, number).deliveries if d.ref == "D-001")
        assert now.version == opened.version + 1
        # exactly the winner's change is stored, nothing of the loser's
        won = written[0].changes[0].after
        assert (now.title == f"A{i}") == ("title" in won) and (now.notes == f"B{i}") == ("notes" in won)
        assert stale[0].label == "D-001" and stale[0].fields == [next(k for k in won if k != "version")]


def test_an_import_is_one_transaction_and_does_not_block_readers(two, tmp_path, monkeypatch):
    """While an import's transaction is open (its rows written, not committed), another
    connection reads at once (PostgreSQL's snapshots; SQLite's WAL) and sees none of it; after
    the commit it sees all of it."""
    import time

    from app.services import importer
    from tests.workbook.conftest import full_sheets
    from tests.workbook.xlsx import make_xlsx

    a, b = two
    _work_order(a, "UES-CC-READ")
    path = tmp_path / "in.xlsx"
    make_xlsx(path, full_sheets(), False, None)
    plan = importer.plan_import(a, path)
    assert plan.problems == []
    inside, release = threading.Event(), threading.Event()
    write = importer._write

    def held(*args, **kwargs):
        write(*args, **kwargs)
        inside.set()
        assert release.wait(30)

    monkeypatch.setattr(importer, "_write", held)
    done: list = []
    th = threading.Thread(target=lambda: done.append(importer.commit(a, plan)))
    th.start()
    try:
        assert inside.wait(30)
        start = time.monotonic()
        assert planning.work_order(b, "UES-CC-READ").locations  # read during the open import
        with pytest.raises(planning.NotFound):
            planning.work_order(b, "WO-1")  # nothing of the import before it commits
        assert time.monotonic() - start < 2
    finally:
        release.set()
        th.join(30)
    assert done and planning.work_order(b, "WO-1").deliveries
