"""``offline take`` then ``offline bring`` on the command line (issue 17): PostgreSQL -> laptop ->
PostgreSQL; conflicts are listed field by field with exit 1 and nothing written, until decided."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry
from app.services import planning
from app.store.db import open_db

from .test_cli import run

A = "UES-KZ-2025-014"
TODAY = date(2026, 11, 25)


def pools(target) -> list:
    r = run("balances", "--json", "--on", "2026-11-25", "--work-order", A, "--db", target)
    assert r.returncode == 0, r.stderr
    return [b for b in json.loads(r.stdout) if b["entitlement"].get("pool")]


def edit(target, fee_pct=None, grant=None):
    db = open_db(target)
    try:
        if fee_pct is not None:
            planning.update_work_order(db, A, cancel_fee_pct=Decimal(fee_pct))
        if grant is not None:
            host = planning.work_order(db, A).host.id
            planning.add_entry(db, A, LedgerEntry(id=None, on=TODAY, location_id=host, kind=LedgerKind.GRANT, credits=Decimal(grant)))
    finally:
        db.close()


def test_postgresql_to_a_laptop_and_back(pg_url, tmp_path):
    assert run("demo", "--db", pg_url, "--today", "2026-11-25").returncode == 0
    laptop = tmp_path / "laptop.db"
    r = run("offline", "take", "--from", pg_url, "--to", laptop, "--work-order", A, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert A in r.stdout and "copied to" in r.stdout
    start = pools(pg_url)
    edit(laptop, fee_pct=50, grant=7)
    edit(pg_url, fee_pct=75, grant=3)
    r = run("offline", "bring", "--from", laptop, "--to", pg_url, "--lang", "en")
    assert r.returncode == 1
    assert "conflict work_order:" in r.stderr and "cancel_fee_pct" in r.stderr
    assert "laptop '50'" in r.stderr and "server '75'" in r.stderr and "nothing was written" in r.stderr
    assert pools(pg_url) != start  # the server's own grant only
    only_server = pools(pg_url)
    r = run("offline", "bring", "--from", laptop, "--to", pg_url, "--dry-run", "--take-mine", "--lang", "en")
    assert r.returncode == 0 and "nothing written" in r.stdout
    assert pools(pg_url) == only_server
    r = run("offline", "bring", "--from", laptop, "--to", pg_url, "--take-mine", "--lang", "ru")
    assert r.returncode == 0, r.stderr
    assert "возвращено" in r.stdout
    # the laptop's 7 credits are granted on the server beside its own 3
    merged = pools(pg_url)
    granted = sum(Decimal(b["granted"]) for b in merged)
    assert granted - sum(Decimal(b["granted"]) for b in only_server) == 7
    assert granted - sum(Decimal(b["granted"]) for b in start) == 10
    db = open_db(pg_url)
    try:
        assert planning.work_order(db, A).cancel_fee_pct == 50
    finally:
        db.close()
    r = run("offline", "bring", "--from", laptop, "--to", pg_url, "--lang", "en")  # again: nothing new
    assert r.returncode == 0 and "0 new record(s)" in r.stdout
    assert pools(pg_url) == merged


def test_an_unknown_work_order_is_refused_nothing_written(tmp_path):
    team = tmp_path / "team.db"
    assert run("demo", "--db", team, "--today", "2026-11-25").returncode == 0
    laptop = tmp_path / "laptop.db"
    r = run("offline", "take", "--from", team, "--to", laptop, "--work-order", "NOPE", "--lang", "en")
    assert r.returncode == 1 and "no work order NOPE" in r.stderr and not laptop.exists()
    r = run("offline", "bring", "--from", team, "--to", team, "--lang", "en")
    assert r.returncode == 1 and "was not made by offline take" in r.stderr
