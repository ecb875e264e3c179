"""The PostgreSQL benchmarks (bench/pg.py, ``python -m bench.run --pg``; issue 17): the quick
mode runs on the test run's server and reports every key, and the writers' check finds a lost
update and an overdraw when there is one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_pg_run_reports_every_key(pg_server, tmp_path):
    out = tmp_path / "pg.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", UP_BENCH_PG=pg_server.base)
    proc = subprocess.run([sys.executable, "-m", "bench.run", "--quick", "--pg", "--only", "pgload",
                           "pgcheck", "pgedit", "pgwriters", "--json", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    paths = {p["key"]: p for p in result["paths"]}
    assert set(paths) == {"pgload", "pgcheck", "pgedit"}
    for key, p in paths.items():
        assert p["status"] == "ok", (key, p["detail"])
        assert p["median"] > 0 and p["floor_median"] > 0 and p["ratio"] is not None
    assert "findings on both" in paths["pgcheck"]["detail"]
    w = result["pgwriters"]
    assert w["status"] == "ok", w.get("detail")
    assert w["edits_per_second"] > 0
    assert w["lost_updates"] == 0
    assert isinstance(w["overdraws"], int)
    run = w["runs"][0]
    # every edit was either acknowledged or a draw refused for want of credits
    assert run["acknowledged"] + run["skipped_draws"] == w["writers"] * w["edits"]
    assert "concurrent writers (PostgreSQL)" in proc.stdout


def test_writers_check_finds_lost_update_and_overdraw(pg_server):
    """Two writers' acknowledged title edits based on the same value (one overwrote the other
    unseen) count as a lost update; a draw beyond the pool leaves it below 0: an overdraw."""
    from decimal import Decimal

    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import planning
    from app.store.db import open_db
    from bench import generate as gen
    from bench import pg

    _src, url = pg.pg_copy(10, pg_server)
    db = open_db(url)
    try:
        deliveries, pools = pg._targets(db)
        (number, ref) = deliveries[0]
        first = next(d.title for d in planning.work_order(db, number).deliveries if d.ref == ref)
        original = {(n, r): next(d.title for d in planning.work_order(db, n).deliveries if d.ref == r)
                    for n, r in deliveries}
        planning.update_delivery(db, number, ref, title="w1-0")  # what the last writer left
        n, loc = pools[0]
        left = pg._credits_left(db, n, loc, gen.TODAY)
        planning.add_entry(db, n, LedgerEntry(id=None, on=gen.TODAY, location_id=loc, kind=LedgerKind.DRAW, credits=left + 1, hours=Decimal(0),
                                              reference="pgw-1-1", counterparty="", notes=""))
    finally:
        db.close()
    clean = [{"titles": [{"wo": number, "ref": ref, "before": first, "after": "w1-0"}],
              "draws": [{"wo": n, "loc": loc, "reference": "pgw-1-1"}]}]
    lost = [{"titles": [{"wo": number, "ref": ref, "before": first, "after": "w0-0"}], "draws": []},
            *clean]
    ok = pg.verify(url, original, clean)
    assert ok["lost_updates"] == 0 and ok["overdraws"] == 1
    bad = pg.verify(url, original, lost)
    assert bad["lost_titles"] == 1
    missing = pg.verify(url, original, [{"titles": [], "draws": [{"wo": n, "loc": loc, "reference": "pgw-9-9"}]}])
    assert missing["lost_draws"] == 1
