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
    r = run("offline", "take", "--from", team, "--to", team, "--work-order", A, "--lang", "en")  # a file with data
    assert r.returncode == 1 and "already holds data: a laptop copy goes into a new file" in r.stderr
    r = run("offline", "bring", "--from", team, "--to", team, "--lang", "en")
    assert r.returncode == 1 and "was not made by offline take" in r.stderr


def test_take_mine_as_one_of_two_owners_takes_only_theirs(pg_planner_url, tmp_path, capsys):
    """--mine means the work orders whose owner is the database role connected (what ``team
    assign`` records), not the OS user, and not all that row-level security lets one read (a
    manager reads the whole team's)."""
    import psycopg
    from psycopg.conninfo import make_conninfo
    from sqlalchemy import select

    from app.cli import main
    from app.services.portfolio import load_demo
    from app.store.tables import metadata

    url = pg_planner_url
    db = open_db(url)
    numbers = load_demo(db, TODAY)
    db.close()
    with psycopg.connect(url) as con:
        for role in ("off_ann", "off_bob"):
            con.execute(f"DROP ROLE IF EXISTS {role}")
    assert main(["team", "init", "--db", url, "--team", "west"]) == 0
    for role in ("off_ann", "off_bob"):
        assert main(["team", "add", role, "--db", url, "--team", "west", "--as", "manager"]) == 0
    assert main(["team", "assign", numbers[0], "--db", url, "--owner", "off_ann"]) == 0
    assert main(["team", "assign", numbers[1], "--db", url, "--owner", "off_bob"]) == 0
    capsys.readouterr()
    for role, number in (("off_ann", numbers[0]), ("off_bob", numbers[1])):
        laptop = tmp_path / f"{role}.db"
        assert main(["offline", "take", "--from", make_conninfo(url, user=role), "--to", str(laptop),
                     "--mine", "--lang", "en"]) == 0, capsys.readouterr().err
        out = capsys.readouterr().out
        assert number in out and "changed last" not in out
        lap = open_db(laptop)
        try:
            wo = metadata.tables["work_order"]
            with lap.engine.connect() as c:
                assert [r.number for r in c.execute(select(wo.c.number))] == [number]
        finally:
            lap.close()


def test_bring_with_a_decisions_file(tmp_path):
    team = tmp_path / "team.db"
    assert run("demo", "--db", team, "--today", "2026-11-25").returncode == 0
    laptop = tmp_path / "laptop.db"
    assert run("offline", "take", "--from", team, "--to", laptop, "--work-order", A).returncode == 0
    for target, fee, flex in ((laptop, 50, 1111), (team, 75, 2222)):
        db = open_db(target)
        try:
            planning.update_work_order(db, A, cancel_fee_pct=Decimal(fee), flex_allowance=Decimal(flex))
        finally:
            db.close()
    r = run("offline", "bring", "--from", laptop, "--to", team, "--lang", "en")
    assert r.returncode == 1
    keys = [line.split()[1].rstrip(":") for line in r.stderr.splitlines() if line.startswith("conflict ")]
    assert sorted(k.rsplit(":", 1)[1] for k in keys) == ["cancel_fee_pct", "flex_allowance"]
    fee_key = next(k for k in keys if k.endswith(":cancel_fee_pct"))
    flex_key = next(k for k in keys if k.endswith(":flex_allowance"))
    decisions = tmp_path / "decisions.json"
    # one conflict decided, the other not: still nothing written, the other one listed
    decisions.write_text(json.dumps({fee_key: "laptop"}), encoding="utf-8")
    r = run("offline", "bring", "--from", laptop, "--to", team, "--decisions", decisions, "--lang", "en")
    assert r.returncode == 1 and flex_key in r.stderr and fee_key not in r.stderr
    assert "1 conflict(s) wait" in r.stderr
    # a word other than laptop or server: bad usage, nothing written
    decisions.write_text(json.dumps({fee_key: "laptop", flex_key: "mine"}), encoding="utf-8")
    r = run("offline", "bring", "--from", laptop, "--to", team, "--decisions", decisions, "--lang", "en")
    assert r.returncode == 2 and "decisions file is a JSON object" in r.stderr
    db = open_db(team)
    try:
        wo = planning.work_order(db, A)
        assert (wo.cancel_fee_pct, wo.flex_allowance) == (75, 2222)
    finally:
        db.close()
    decisions.write_text(json.dumps({fee_key: "laptop", flex_key: "server"}), encoding="utf-8")
    r = run("offline", "bring", "--from", laptop, "--to", team, "--decisions", decisions, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "2 conflict(s) decided" in r.stdout
    db = open_db(team)
    try:
        wo = planning.work_order(db, A)
        assert (wo.cancel_fee_pct, wo.flex_allowance) == (50, 2222)
    finally:
        db.close()
    help_text = run("offline", "bring", "--help").stdout
    assert "laptop" in help_text and "server" in help_text and "table:id:field" in help_text


def test_bring_into_another_database_is_refused(tmp_path):
    laptop = tmp_path / "laptop.db"
    for name in ("team.db", "other.db"):
        assert run("demo", "--db", tmp_path / name, "--today", "2026-11-25").returncode == 0
    assert run("offline", "take", "--from", tmp_path / "team.db", "--to", laptop, "--work-order", A).returncode == 0
    edit(laptop, fee_pct=50)
    for target in (tmp_path / "other.db", laptop):
        r = run("offline", "bring", "--from", laptop, "--to", target, "--lang", "en")
        assert r.returncode == 1 and "is not the database this laptop copy was taken from" in r.stderr
    db = open_db(tmp_path / "other.db")
    try:
        assert planning.work_order(db, A).cancel_fee_pct == 100
    finally:
        db.close()
