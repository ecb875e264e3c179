"""``migrate`` between a laptop file and a team database, both ways, and ``backup``/``restore`` of a
team database with pg_dump/pg_restore (issue 17): every row, the history and the ledger arrive,
the balances agree, a target holding data is refused with nothing written, the copy keeps
working (the next id follows the copied ones)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from .test_cli import run

A = "UES-KZ-2025-014"


def counts_pg(url) -> dict[str, int]:
    import psycopg

    with psycopg.connect(url) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("work_order", "delivery", "ledger_entry", "history", "delivery_event")}


def counts_file(path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("work_order", "delivery", "ledger_entry", "history", "delivery_event")}
    finally:
        con.close()


def balances(target) -> list:
    r = run("balances", "--json", "--on", "2026-11-25", "--db", target)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


@pytest.fixture
def laptop(tmp_path):
    path = tmp_path / "laptop.db"
    assert run("demo", "--db", path, "--today", "2026-11-25").returncode == 0
    return path


def test_a_laptop_file_into_a_team_database_and_back(laptop, pg_url, tmp_path):
    r = run("migrate", "--from", laptop, "--to", pg_url, "--lang", "en")
    assert r.returncode == 0, r.stderr
    want = counts_file(laptop)
    assert want["history"] > 50 and want["ledger_entry"] > 10
    assert counts_pg(pg_url) == want
    assert f"history {want['history']}, ledger {want['ledger_entry']}" in r.stdout and "verified" in r.stdout
    assert balances(pg_url) == balances(laptop)
    # the team database keeps working: a new ledger entry gets the next id, and its history
    from datetime import date
    from decimal import Decimal

    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry
    from app.services import planning
    from app.store.db import open_db

    db = open_db(pg_url)
    try:
        host = planning.work_order(db, A).host.id
        planning.add_entry(db, A, LedgerEntry(id=None, on=date(2026, 11, 25), location_id=host, kind=LedgerKind.GRANT, credits=Decimal(5)))
    finally:
        db.close()
    assert counts_pg(pg_url)["ledger_entry"] == want["ledger_entry"] + 1
    back = tmp_path / "back.db"
    r = run("migrate", "--from", pg_url, "--to", back, "--lang", "ru")
    assert r.returncode == 0, r.stderr
    assert "проверено" in r.stdout
    assert counts_file(back) == counts_pg(pg_url)
    assert balances(back) == balances(pg_url) != balances(laptop)


def test_a_target_that_holds_data_is_refused_nothing_written(laptop, pg_url, tmp_path):
    assert run("migrate", "--from", laptop, "--to", pg_url).returncode == 0
    before = counts_pg(pg_url)
    r = run("migrate", "--from", laptop, "--to", pg_url, "--lang", "en")
    assert r.returncode == 1 and "already holds data" in r.stderr and "nothing was written" in r.stderr
    assert counts_pg(pg_url) == before
    other = tmp_path / "other.db"
    assert run("demo", "--db", other, "--today", "2026-11-25").returncode == 0
    digest = other.read_bytes()
    r = run("migrate", "--from", pg_url, "--to", other, "--lang", "kk")
    assert r.returncode == 1 and "ештеңе жазылмады" in r.stderr
    assert other.read_bytes() == digest


def test_backup_and_restore_of_a_team_database(laptop, pg_server, tmp_path):
    team, empty = pg_server.new(), pg_server.new()
    assert run("migrate", "--from", laptop, "--to", team).returncode == 0
    out = tmp_path / "team.pgdump"
    r = run("backup", out, "--db", team, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes()[:5] == b"PGDMP" and (out.stat().st_mode & 0o777) == 0o600
    assert "pg_dump custom format" in r.stdout
    r = run("backup", out, "--db", team, "--lang", "en")  # never replaces a file
    assert r.returncode == 1 and "already exists" in r.stderr
    r = run("restore", out, "--db", empty, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "verified" in r.stdout
    assert counts_pg(empty) == counts_pg(team) and balances(empty) == balances(team)
    r = run("restore", out, "--db", team, "--lang", "en")  # only into an empty database
    assert r.returncode == 1 and "is not empty" in r.stderr
    assert counts_pg(team) == counts_pg(empty)
    r = run("restore", laptop, "--db", pg_server.new(), "--lang", "en")  # a file backup: use migrate
    assert r.returncode == 1 and "migrate" in r.stderr


def test_pg_dump_missing_or_of_another_version_is_said(tmp_path, monkeypatch):
    from app.store import pgdump

    monkeypatch.setattr(pgdump.shutil, "which", lambda name: None)
    monkeypatch.setattr(pgdump.os, "access", lambda *a: False)
    with pytest.raises(pgdump.ToolProblem) as err:
        pgdump.find_tool("pg_dump", 15)
    assert err.value.reason == "no_tool"
    fake = tmp_path / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 11.2'\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pgdump.shutil, "which", lambda name: str(fake))
    with pytest.raises(pgdump.ToolProblem) as err:
        pgdump.find_tool("pg_dump", 15)
    assert (err.value.reason, err.value.found) == ("other_version", "11")
    from app.messages import t

    assert "PostgreSQL 11" in t("teambackup.other_version", "en", tool="pg_dump", major=15, found="11")


def test_a_laptop_copy_is_brought_back_not_migrated(laptop, tmp_path):
    """A file made by ``offline take`` holds a part of a database to be merged back: migrate
    refuses it until its changes are brought back, and never carries its laptop tables along."""
    copy = tmp_path / "copy.db"
    r = run("offline", "take", "--from", laptop, "--to", copy, "--work-order", A)
    assert r.returncode == 0, r.stderr
    target = tmp_path / "team.db"
    r = run("migrate", "--from", copy, "--to", target, "--lang", "en")
    assert r.returncode == 1
    assert "laptop copy" in r.stderr and "offline bring" in r.stderr and "nothing was written" in r.stderr
    assert not target.exists()
    r = run("offline", "bring", "--from", copy, "--to", laptop)
    assert r.returncode == 0, r.stderr
    r = run("migrate", "--from", copy, "--to", target, "--lang", "en")
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM offline_copy").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM offline_base").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM work_order").fetchone()[0] == 1
    finally:
        con.close()
