"""A copy of the app for the multi-process tests, run as ``python child.py MODE DB [ARGS]``.
Imports only what the mode needs, so that it starts fast (the SIGKILL test starts 200)."""

from __future__ import annotations

import json
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.store.db import Database, DatabaseError, make_engine, open_db  # noqa: E402

START = date(2026, 1, 1)


def open_retrying(path: str, seconds: float = 20.0) -> Database:
    """A second copy is told the file is in use: wait for the first to close it."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return open_db(path)
        except DatabaseError as exc:
            if exc.reason != "in_use" or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def hold(path: str) -> None:
    """Open the database for writing and keep it open until stdin closes."""
    db = open_db(path)
    print("ready", flush=True)
    sys.stdin.read()
    db.close()


def work_order(number: str, rng: random.Random):
    from app.domain.enums import Funding, LedgerKind, Mode, Role, Status, Unit
    from app.domain.model import Delivery, LedgerEntry, Location, ServiceLine, WorkOrder

    wo = WorkOrder(id=None, number=number, customer=f"Customer {rng.randint(1, 5)}", term_start=START, term_end=START + timedelta(days=364),
                   signed_on=START, currency="USD", rate_to_usd=Decimal("1"), base_amount=Decimal("100000"), flex_allowance=Decimal("0"), cancel_fee_pct=Decimal("100"))
    wo.locations = [Location(id=1, country="KZ", role=Role.HOST, currency="KZT", rate_to_usd=Decimal("0.0019"), credit_value=Decimal("1050000")),
                    Location(id=2, country="KG", role=Role.DOWNSTREAM, currency="KGS", rate_to_usd=Decimal("0.0115"), credit_value=Decimal("174000"))]
    wo.lines = [ServiceLine(id=None, line_no=i + 1, service="PROACTIVE_CREDITS", quantity=Decimal(10 + i), unit=Unit.CREDITS, location_id=1,
                            funding=Funding.ADDITIONAL, unit_price=Decimal("2000"), flex_year=None, notes="")
                for i in range(rng.randint(1, 40))]
    wo.deliveries = [Delivery(id=None, ref=f"D-{i + 1:03d}", service="WORKSHOPS", title=f"Workshop {i}", location_id=1, mode=Mode.REMOTE,
                              status=Status.PLANNED, requested_on=None, first_day=None, last_day=None, credits=Decimal("3"), hours=Decimal("0"), changed_on=None,
                              moved_from=None, fee=Decimal("0"), line_no=None, notes="")
                     for i in range(rng.randint(1, 60))]
    wo.ledger = [LedgerEntry(id=None, on=START, location_id=1, kind=LedgerKind.GRANT, credits=Decimal("1000"), hours=Decimal("0"),
                             reference="IMPORT", counterparty="", notes="")
                 for _ in range(rng.randint(1, 20))]
    return wo


def chaos(path: str, seed: int) -> None:
    """Imports of whole work orders and edits through the services, forever (until killed).
    Each import writes, in the same transaction, how many rows it has (work_order.notes)."""
    from sqlmodel import select

    from app.services import planning
    from app.store.repo import add_work_order
    from app.store.tables import WorkOrderRow

    rng = random.Random(seed)
    db = open_retrying(path)
    with db.read() as s:
        numbers = list(s.exec(select(WorkOrderRow.number)).all())
    print("ready", flush=True)
    k = 0
    while True:
        k += 1
        number = f"K{seed}-{k}"
        wo = work_order(number, rng)
        with db.session() as s:
            add_work_order(s, wo)
            row = s.get(WorkOrderRow, wo.id)
            row.notes = json.dumps({"locations": len(wo.locations), "lines": len(wo.lines),
                                    "deliveries": len(wo.deliveries), "grants": len(wo.ledger)})
        numbers.append(number)
        print("committed", flush=True)  # the parent may wait for one before it kills
        for _ in range(3):
            try:
                _edit(db, planning, numbers, rng)
            except planning.ValidationError:  # refused as a person's edit would be (no credit left, a
                pass  # delivered delivery's amounts): nothing written, the next edit goes on


def _edit(db, planning, numbers: list[str], rng: random.Random) -> None:
    """One edit of :func:`chaos`: a transfer, a delivery's title and credits, or a base amount."""
    target = planning.work_order(db, rng.choice(numbers))
    host, other = target.locations[0].id, target.locations[1].id
    pick = rng.random()
    if pick < 0.4:
        planning.transfer(db, target.number, host, other, Decimal(1), START)
    elif pick < 0.8:
        d = rng.choice(target.deliveries)
        planning.update_delivery(db, target.number, d.ref, title=f"{d.title}+", credits=d.credits + 1)
    else:
        planning.update_work_order(db, target.number, base_amount=target.base_amount + 1)


def increments(path: str, n: int, tag: str, locked: bool) -> None:
    """``n`` increments of work order INC's base amount and ``n`` ledger entries, through the
    services. ``locked``: as the app does (open, write, close; wait while in use). Otherwise
    both processes write at once on one shared file, as if the lock did not work (a network
    drive): stale reads are refused by the optimistic check and retried."""
    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import changes, planning

    conflicts = 0
    db = None if locked else Database(Path(path), make_engine(Path(path)))
    for i in range(n):
        if locked:
            db = open_retrying(path)
        while True:
            wo = planning.work_order(db, "INC")  # read outside the write transaction
            try:
                changes.run(db, "inc", "INC", lambda s, cs, wo=wo: cs.changes.append(changes.update(
                    s, "work_order", wo.id, expect={"base_amount": wo.base_amount},
                    base_amount=wo.base_amount + 1)))
                break
            except changes.Conflict:
                conflicts += 1
        planning.add_entry(db, "INC", LedgerEntry(id=None, on=START, location_id=wo.locations[0].id, kind=LedgerKind.GRANT,
                                                  credits=Decimal(1), hours=Decimal(0), reference=f"{tag}-{i}", counterparty="", notes=""))
        if locked:
            db.close()
    if not locked:
        db.close()
    print(json.dumps({"conflicts": conflicts}), flush=True)


def zygote() -> None:
    """Import once, then fork a fresh process per ``fork DB SEED`` line (it runs :func:`chaos`);
    ``reap PID`` waits for a killed one. Each forked process opens the database itself, so a
    kill stops a real, separate copy of the app, and 200 of them start in milliseconds."""
    import os

    from app.services import planning  # noqa: F401  (imported before forking)
    from app.store import repo  # noqa: F401

    for line in sys.stdin:
        cmd, *rest = line.split()
        if cmd == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    chaos(rest[0], int(rest[1]))
                except BaseException as exc:  # noqa: BLE001 - the parent is waiting for "ready": say why not
                    print(f"failed {exc!r}", flush=True)
                finally:
                    os._exit(1)
            print(f"pid {pid}", flush=True)
        elif cmd == "reap":
            os.waitpid(int(rest[0]), 0)
            print("reaped", flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "zygote":
        zygote()
        sys.exit(0)
    db_path = sys.argv[2]
    if mode == "hold":
        hold(db_path)
    elif mode == "chaos":
        chaos(db_path, int(sys.argv[3]))
    elif mode in ("locked", "nolock"):
        increments(db_path, int(sys.argv[3]), sys.argv[4], mode == "locked")
