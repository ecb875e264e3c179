"""SIGKILL at random moments during imports and edits, 200 times: the database passes the
integrity check every time, each import is wholly there or not at all, each edit too.

Every kill stops a fresh process that opened the database itself. Most are forked from a
process that has already imported the app (so 200 start in seconds); every tenth is a whole new
interpreter, as a user starts the app."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from app.store.db import head_revision, open_db

from .helpers import CHILD, spawn

KILLS = 200
LANES = 2  # independent databases killed in parallel


def check_database(path) -> int:
    """Everything a user could lose, checked on the file as the killed process left it.
    Returns the number of work orders."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()

        def per_order(sql):
            return dict(con.execute(sql).fetchall())

        locations = per_order("SELECT work_order_id, count(*) FROM location GROUP BY 1")
        lines = per_order("SELECT work_order_id, count(*) FROM service_line GROUP BY 1")
        deliveries = per_order("SELECT work_order_id, count(*) FROM delivery GROUP BY 1")
        grants = per_order("SELECT work_order_id, count(*) FROM ledger_entry "
                           "WHERE reference='IMPORT' GROUP BY 1")
        outs = per_order("SELECT work_order_id, count(*) FROM ledger_entry "
                         "WHERE kind='transfer out' GROUP BY 1")
        ins = per_order("SELECT work_order_id, count(*) FROM ledger_entry "
                        "WHERE kind='transfer in' GROUP BY 1")
        orders = con.execute("SELECT id, number, notes FROM work_order").fetchall()
        for wid, number, notes in orders:
            # the import wrote its own size in the same transaction: all rows or none
            assert json.loads(notes) == {"locations": locations.get(wid), "lines": lines.get(wid),
                                         "deliveries": deliveries.get(wid),
                                         "grants": grants.get(wid)}, number
            assert outs.get(wid, 0) == ins.get(wid, 0), number  # a transfer is two entries
        assert set(locations) | set(lines) | set(deliveries) <= {o[0] for o in orders}
        # the history is written in the same transaction as the change it records
        for table in ("work_order", "service_line", "delivery", "ledger_entry"):
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            logged = con.execute("SELECT count(*) FROM history WHERE table_name=? AND action='insert'",
                                 (table,)).fetchone()[0]
            assert rows == logged, table
        return len(orders)
    finally:
        con.close()


class Zygote:
    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, str(CHILD), "zygote"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)

    def ask(self, line: str, until: str) -> tuple[str, bool]:
        """Send a line; read up to the answer starting with ``until``; tell if "ready" came."""
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        ready = False
        while True:
            got = self.proc.stdout.readline()
            if not got:
                raise AssertionError("the zygote died")
            if got.startswith("ready"):
                ready = True
            if got.startswith(until):
                return got.strip(), ready

    def wait_ready(self) -> bool:
        got = self.proc.stdout.readline()
        return got.startswith("ready")

    def wait_committed(self) -> None:
        while True:
            got = self.proc.stdout.readline()
            if not got:
                raise AssertionError("the zygote died")
            if got.startswith("failed"):  # the child ended on an error: say it, never wait on
                raise AssertionError(f"the child failed: {got.strip()}")
            if got.startswith("committed"):
                return

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(10)


def wait_committed(stream) -> None:
    """Until the child says an import committed (on a loaded machine a fixed sleep may end
    before any did, and the kills would then only ever hit a starting child)."""
    while True:
        got = stream.readline()
        if got.startswith("failed"):
            raise AssertionError(f"the child failed: {got.strip()}")
        if not got or got.startswith("committed"):
            return


def lane(tmp_path, lane_no: int, kills: int, seed: int, results: list, errors: list) -> None:
    rng = random.Random(seed)
    path = tmp_path / f"lane{lane_no}" / "planner.db"
    path.parent.mkdir()
    zygote = Zygote()
    try:
        for i in range(kills):
            fresh = i % 10 == 9
            if fresh:
                proc = spawn("chaos", path, seed * 1000 + i, stdin=subprocess.DEVNULL)
                pid = proc.pid
            else:  # the child shares the zygote's output: its "ready" may come before the pid
                answer, early_ready = zygote.ask(f"fork {path} {seed * 1000 + i}", "pid")
                pid = int(answer.split()[1])
            if rng.random() < 0.2:  # while starting: creating, checking, migrating, backing up
                time.sleep(rng.uniform(0.0, 0.05 if not fresh else 0.6))
            else:  # while importing and editing
                ready = (proc.stdout.readline().startswith("ready") if fresh
                         else early_ready or zygote.wait_ready())
                assert ready, f"kill {i}: the child did not start"
                if rng.random() < 0.5:  # at least one import done: the kill lands in later ones
                    wait_committed(proc.stdout) if fresh else zygote.wait_committed()
                time.sleep(rng.uniform(0.0, 0.25))
            os.kill(pid, signal.SIGKILL)
            if fresh:
                proc.wait(10)
                proc.stdout.close()
                proc.stderr.close()
            else:
                zygote.ask(f"reap {pid}", "reaped")
            if path.exists():
                results.append(check_database(path))
            if i % 25 == 24:  # and the app opens it again as if nothing had happened
                open_db(path).close()
    except BaseException as exc:  # noqa: BLE001 - reported by the test's thread
        errors.append(exc)
    finally:
        zygote.close()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and fork are POSIX")
def test_sigkill_during_imports_and_edits(tmp_path):
    results: list[int] = []
    errors: list[BaseException] = []
    threads = [threading.Thread(target=lane, args=(tmp_path, n, KILLS // LANES, 7 + n, results, errors))
               for n in range(LANES)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    assert len(results) >= KILLS * 0.95  # (a kill before the first file exists checks nothing)
    # imports really happened between the kills: half of them waited for one to commit
    assert max(results) >= KILLS // LANES // 4
    print(f"{KILLS} kills, {len(results)} checks, up to {max(results)} work orders, "
          f"{time.monotonic() - started:.1f} s")
