"""One writer: a second copy of the app is told the file is in use and can read it; two
processes writing at once never lose an update."""

from __future__ import annotations

import json
import os
import signal
from decimal import Decimal

import pytest
from sqlmodel import func, select

from app.services import planning
from app.store.db import DatabaseError, open_db
from app.store.tables import History, LedgerRow

from .helpers import make_db, spawn


@pytest.fixture
def held(tmp_path):
    """The database, open for writing in another process (another copy of the app)."""
    path = tmp_path / "planner.db"
    make_db(path).close()
    proc = spawn("hold", path)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    yield path, proc
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(10)


def test_second_copy_is_told_in_use_and_reads_read_only(held):
    path, _proc = held
    with pytest.raises(DatabaseError) as exc:
        open_db(path)
    assert exc.value.reason == "in_use" and exc.value.path == str(path)
    ro = open_db(path, readonly=True)
    try:
        assert planning.work_order(ro, "WO-1").base_amount == Decimal("500000")
        with pytest.raises(DatabaseError) as exc:
            with ro.session():
                pass
        assert exc.value.reason == "read_only"
    finally:
        ro.close()


def test_cli_second_copy_writing_gets_one_line_reading_goes_on(held):
    import io
    from contextlib import redirect_stderr, redirect_stdout

    from app.cli import main

    path, _proc = held
    err = io.StringIO()
    with redirect_stderr(err):
        code = main(["demo", "--db", str(path), "--today", "2026-11-25"])
    assert code == 2
    assert err.getvalue().strip() == f"error: database {path} is in use by another copy of Unified Planner"
    # check only reads: it opens the file read-only and reports while the other copy works
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["check", "--db", str(path), "--today", "2026-11-25", "--json"])
    assert code in (0, 1) and out.getvalue().lstrip().startswith("[")


def test_the_lock_dies_with_the_process(held):
    path, proc = held
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    db = open_db(path)  # no stale lock after a crash
    try:
        assert planning.work_order(db, "WO-1").number == "WO-1"
    finally:
        db.close()


def test_the_same_process_may_open_twice_and_the_lock_is_released_on_close(tmp_path):
    path = tmp_path / "planner.db"
    a = make_db(path)
    b = open_db(path)  # a second window of the same app: shares the lock
    a.close()
    proc = spawn("hold", path)
    try:
        assert proc.stdout.readline() == ""  # still held by b: the other copy fails
        assert proc.wait(10) != 0 and "in_use" in proc.stderr.read()
    finally:
        b.close()
    proc = spawn("hold", path)
    assert proc.stdout.readline().strip() == "ready"
    proc.stdin.close()
    assert proc.wait(10) == 0


def _two_writers(tmp_path, mode: str, n: int = 40):
    path = tmp_path / "planner.db"
    make_db(path, "INC").close()
    procs = [spawn(mode, path, n, tag, stdin=None) for tag in ("a", "b")]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    db = open_db(path)
    try:
        wo = planning.work_order(db, "INC")
        with db.read() as s:
            grants = s.exec(select(func.count()).select_from(LedgerRow)).one()
            changes = s.exec(select(func.count()).select_from(History).where(
                History.table_name == "work_order", History.field == "base_amount")).one()
    finally:
        db.close()
    return wo, grants, changes, [json.loads(o.strip().splitlines()[-1]) for o, _ in outs]


def test_two_copies_taking_turns_lose_no_update(tmp_path):
    wo, grants, changes, _ = _two_writers(tmp_path, "locked")
    assert wo.base_amount == Decimal("500000") + 80
    assert grants == 80 and len(wo.ledger) == 80
    assert changes == 80  # and the history has every one of them


def test_two_processes_writing_at_once_lose_no_update(tmp_path):
    """Without the lock (as on a file system where it does not work) both write the same row
    at once; stale reads are refused (Conflict) and retried, never silently overwritten."""
    wo, grants, changes, reports = _two_writers(tmp_path, "nolock")
    assert wo.base_amount == Decimal("500000") + 80
    assert grants == 80
    assert changes == 80
    assert all("conflicts" in r for r in reports)
