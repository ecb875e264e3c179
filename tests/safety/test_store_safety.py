"""Issue 10, the store's part: restore never loses a backup, damage is caught before it spreads,
one writer whatever the name, demo is harmless, every command refuses the same way, plain words
for plain conditions. Through the command line, as a user would notice it."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from app.cli import main
from app.services import planning
from app.store import backup as bk
from app.store import integrity
from app.store.db import DatabaseError, open_db

from .helpers import digest, make_db, small_work_order, spawn

TODAY = "2026-11-25"


def run(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def work_orders(path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT number FROM work_order ORDER BY number")]
    finally:
        con.close()


def damage_an_index(path: Path) -> None:
    """Make an index disagree with its table: drop the index from the schema (its pages stay),
    change the indexed column, put the index back. quick_check passes, integrity_check fails."""
    con = sqlite3.connect(path)
    row = con.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master "
                      "WHERE name = 'ix_location_work_order_id'").fetchone()
    assert row is not None
    con.execute("PRAGMA writable_schema=ON")
    con.execute("DELETE FROM sqlite_master WHERE name = ?", (row[1],))
    con.commit()
    con.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE location SET work_order_id = (SELECT max(id) FROM work_order) "
                "WHERE id = (SELECT min(id) FROM location)")
    con.commit()
    con.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", row)
    con.commit()
    con.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    finally:
        con.close()


@pytest.fixture
def planner(tmp_path):
    """A closed database with two work orders (WO-1 with locations, WO-2 without)."""
    path = tmp_path / "planner.db"
    db = make_db(path)
    planning.create_work_order(db, small_work_order("WO-2"))
    db.close()
    return path


# ------------------------------------------------------------------ 1. restore never loses a backup
def ten_backups(path: Path) -> list[Path]:
    for _ in range(10):
        bk.backup_now(path)
    backups = bk.list_backups(path)
    assert len(backups) == 10
    return backups


def test_restore_of_the_oldest_of_the_last_ten_keeps_it(planner):
    backups = ten_backups(planner)
    oldest = backups[-1]
    before = digest(oldest)
    db = open_db(planner)
    planning.create_work_order(db, small_work_order("WO-3"))
    db.close()
    code, out, err = run("restore", "--db", planner, oldest)
    assert code == 0, err
    assert oldest.exists() and digest(oldest) == before
    assert work_orders(planner) == ["WO-1", "WO-2"]
    kept = [p for p in bk.list_backups(planner) if p.name.endswith("-pre-restore.db")]
    assert len(kept) == 1 and "WO-3" in work_orders(kept[0])
    assert "kept as" in out


def test_rotation_always_keeps_a_verified_backup(planner):
    good = bk.backup_now(planner)
    assert bk.is_verified(planner, good)
    for _ in range(12):  # copies put there by hand: never checked, so never "verified"
        fake = bk.backup_dir(planner) / bk._name(planner, "daily")
        fake.write_bytes(good.read_bytes())
        os.utime(fake)
    removed = bk.rotate(planner)
    assert good not in removed and good.exists()
    assert len(bk.list_backups(planner)) == 11


def test_restore_refuses_to_replace_a_file_that_is_not_a_planner_database(planner, tmp_path):
    backup = bk.backup_now(planner)
    other = tmp_path / "notes.db"
    other.write_text("my own notes, not a database\n")
    before = digest(other)
    code, _out, err = run("restore", "--db", other, backup)
    assert code == 1
    assert "not a Unified Planner database" in one_line(err) and "nothing was restored" in err
    assert digest(other) == before
    foreign = tmp_path / "foreign.db"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = digest(foreign)
    code, _out, err = run("restore", "--db", foreign, backup)
    assert code == 1 and "nothing was restored" in one_line(err)
    assert digest(foreign) == before


def test_restore_of_a_damaged_backup_is_refused(planner, tmp_path):
    backup = tmp_path / "copy.db"
    bk.backup_now(planner, backup)
    damage_an_index(backup)
    before = digest(planner)
    code, _out, err = run("restore", "--db", planner, backup)
    assert code == 1 and "is damaged" in one_line(err)
    assert digest(planner) == before


def test_restore_into_an_open_database_keeps_its_lock(planner):
    backup = bk.backup_now(planner)
    db = open_db(planner)
    try:
        planning.create_work_order(db, small_work_order("WO-3"))
        kept = bk.restore_into(db, backup)
        assert kept.exists() and backup.exists()
        assert sorted(planning.work_order(db, n).number for n in ("WO-1", "WO-2")) == ["WO-1", "WO-2"]
        with pytest.raises(planning.NotFound):
            planning.work_order(db, "WO-3")
        proc = spawn("hold", planner)  # another copy of the app: still refused
        assert proc.stdout.readline() == ""
        assert proc.wait(10) != 0 and "in_use" in proc.stderr.read()
        planning.create_work_order(db, small_work_order("WO-4"))  # and this one still writes
    finally:
        db.close()
    assert work_orders(planner) == ["WO-1", "WO-2", "WO-4"]


# ------------------------------------------------------------------ 2. damage caught before it spreads
def test_damage_the_quick_check_misses_is_refused_and_never_backed_up(planner):
    good = bk.backup_now(planner)
    good_digest = digest(good)
    damage_an_index(planner)
    before = digest(planner)
    for argv in (["demo", "--replace-demo"], ["check"]):
        code, _out, err = run(*argv, "--db", planner, "--today", TODAY)
        line = one_line(err)
        assert code == 2 and "is damaged" in line and str(good) in line, err
    code, _out, err = run("backup", "--db", planner, planner.parent / "out.db")
    assert code == 2 and "is damaged" in one_line(err)
    assert not (planner.parent / "out.db").exists()
    # the daily backup of a damaged file is not made and pushes no good backup out
    assert bk.daily_backup(planner, today=__import__("datetime").date(2099, 1, 1)).startswith(
        "the database failed the integrity check")
    assert bk.list_backups(planner) == [good] and digest(good) == good_digest
    assert digest(planner) == before
    assert bk.latest_good_backup(planner) == good


def test_the_full_check_runs_only_when_the_file_changed(planner, monkeypatch):
    calls = []
    real = integrity.first_problem
    monkeypatch.setattr(integrity, "first_problem", lambda p: calls.append(p) or real(p))
    open_db(planner).close()  # changed since created by make_db's close? recorded either way
    calls.clear()
    db = open_db(planner)
    planning.create_work_order(db, small_work_order("WO-3"))  # our own write
    db.close()
    assert calls == []  # unchanged since the last good check, our own writes included
    con = sqlite3.connect(planner)  # another program writes to the file
    con.execute("UPDATE work_order SET notes = 'x' WHERE number = 'WO-1'")
    con.commit()
    con.close()
    open_db(planner).close()
    assert calls and Path(calls[0]) == planner


# ------------------------------------------------------------------ 3. one writer whatever the name
@pytest.mark.parametrize("kind", ["symlink", "hardlink"])
def test_a_second_writer_through_another_name_is_refused(planner, tmp_path, kind):
    other_dir = tmp_path / "elsewhere"
    other_dir.mkdir()
    alias = other_dir / "alias.db"
    if kind == "symlink":
        alias.symlink_to(planner)
    else:
        os.link(planner, alias)
    proc = spawn("hold", planner)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    try:
        before = work_orders(planner)
        code, _out, err = run("demo", "--db", alias, "--replace-demo", "--today", TODAY)
        assert code == 2 and "in use by another copy" in one_line(err)
        assert work_orders(planner) == before
        with pytest.raises(DatabaseError) as exc:
            open_db(alias)
        assert exc.value.reason == "in_use"
    finally:
        proc.stdin.close()
        proc.wait(10)
    # and the other way round: the alias held, the real name refused
    proc = spawn("hold", alias)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    try:
        with pytest.raises(DatabaseError) as exc:
            open_db(planner)
        assert exc.value.reason == "in_use"
    finally:
        proc.stdin.close()
        proc.wait(10)


# ------------------------------------------------------------------ 4. demo is harmless
def test_demo_refuses_a_database_that_holds_data(planner):
    before = digest(planner)
    code, _out, err = run("demo", "--db", planner, "--today", TODAY)
    assert code == 1
    line = one_line(err)
    assert "already holds data" in line and "--replace-demo" in line
    assert digest(planner) == before


def test_demo_replace_touches_only_its_own_work_orders(tmp_path):
    path = tmp_path / "planner.db"
    db = make_db(path, "UES-KZ-2025-014")  # the user's own work order with a demo number
    db.close()
    con = sqlite3.connect(path)
    mine = con.execute("SELECT * FROM location ORDER BY id").fetchall()
    con.close()
    code, out, err = run("demo", "--db", path, "--replace-demo", "--today", TODAY)
    assert code == 0, err
    assert "UES-KZ-2025-014" in one_line(err) and "was not written" in err
    assert "4 work orders" in out
    code, out, err = run("demo", "--db", path, "--replace-demo", "--today", TODAY)  # again: replaces its own
    assert code == 0 and "4 work orders" in out
    con = sqlite3.connect(path)
    try:
        wo = con.execute("SELECT id, customer_id FROM work_order WHERE number = 'UES-KZ-2025-014'").fetchone()
        assert con.execute("SELECT * FROM location WHERE work_order_id = ? ORDER BY id",
                           (wo[0],)).fetchall() == mine
        assert con.execute("SELECT count(*) FROM work_order").fetchone()[0] == 5
        assert con.execute("SELECT name FROM customer WHERE id = ?", (wo[1],)).fetchone()[0] == "Қазақ Банкі"
    finally:
        con.close()


def test_demo_on_an_empty_database_writes_everything(tmp_path):
    code, out, _err = run("demo", "--db", tmp_path / "new.db", "--today", TODAY)
    assert code == 0 and "5 work orders" in out


# ------------------------------------------------------------------ 5. consistent refusal
def test_every_command_refuses_a_newer_schema_database_the_same_way(planner, tmp_path):
    con = sqlite3.connect(planner)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = digest(planner)
    commands = {
        "check": ["check", "--db", planner],
        "demo": ["demo", "--db", planner, "--replace-demo"],
        "export": ["export", "--db", planner, tmp_path / "out.xlsx"],
        "calendar": ["calendar", "--db", planner, tmp_path / "out.ics"],
        "statement": ["statement", "--db", planner, "--work-order", "WO-1", "--quarter", "2026Q4",
                      "--pdf", tmp_path / "s.pdf"],
        "statements": ["statements", "--db", planner, "--quarter", "2026Q4", "--out", tmp_path / "st"],
        "backup": ["backup", "--db", planner, tmp_path / "b.db"],
        "import": ["import", tmp_path / "missing.xlsx", "--db", planner],
    }
    expected = f"error: database {planner} was written by a newer version of Unified Planner"
    for name, argv in commands.items():
        if name == "import":
            continue  # the workbook is read first: covered by the open path below
        code, out, err = run(*argv)
        assert code == 2, (name, out, err)
        assert one_line(err).startswith(expected), (name, err)
    with pytest.raises(DatabaseError) as exc:
        open_db(planner, readonly=True)
    assert exc.value.reason == "newer_schema"
    assert digest(planner) == before
    assert not any((tmp_path / n).exists() for n in ("out.xlsx", "out.ics", "s.pdf", "b.db"))


def test_read_only_media_opens_read_only_for_reading_and_refuses_writing(planner, monkeypatch):
    import app.store.db as store_db

    monkeypatch.setattr(store_db, "media_read_only", lambda p: True)
    before = digest(planner)
    db = open_db(planner)
    try:
        assert db.readonly and db.readonly_reason == "media" and db.note == "db.note_read_only_media"
        assert planning.work_order(db, "WO-1").number == "WO-1"
    finally:
        db.close()
    code, out, err = run("check", "--db", planner, "--today", TODAY, "--json")
    assert code in (0, 1) and out.lstrip().startswith("["), err
    assert "opened read-only" in one_line(err)
    for argv in (("export", "--db", planner, str(planner.parent / "all.xlsx")),
                 ("calendar", "--db", planner, str(planner.parent / "c.ics"))):
        code, _out, err = run(*argv)  # every reading command says it, not only check
        assert code == 0 and "opened read-only" in err, argv
    code, _out, err = run("demo", "--db", planner, "--replace-demo", "--today", TODAY)
    assert code == 2 and "is read-only; nothing was changed" in one_line(err)
    assert digest(planner) == before
    assert not (planner.parent / (planner.name + "-wal")).exists()


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_partials_of_killed_backups_and_restores_are_cleaned_up(planner):
    bk.backup_now(planner)
    folder = bk.backup_dir(planner)
    dead = dead_pid()
    stale = [folder / f".{planner.stem}-20261101-000000-000000-daily.db.part-{dead}",
             planner.parent / f".{planner.name}.restore-{dead}",
             planner.parent / f".{planner.name}.restore-{dead}-journal"]
    live = planner.parent / f".{planner.name}.restore-{os.getpid()}"
    for p in (*stale, live):
        p.write_bytes(b"partial")
    code, _out, err = run("check", "--db", planner, "--today", TODAY)
    assert code in (0, 1), err
    assert not any(p.exists() for p in stale)
    assert live.exists()  # its process is alive: it may still be working
    live.unlink()


# ------------------------------------------------------------------ 6. plain words
def test_backup_name_too_long_and_disk_full_are_one_plain_line(planner, tmp_path, monkeypatch):
    code, _out, err = run("backup", "--db", planner, tmp_path / ("x" * 300 + ".db"))
    assert code == 2 and "the file name is too long; nothing was written" in one_line(err)

    def full(*_a, **_k):
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = 13
        raise exc

    monkeypatch.setattr(bk, "_online_copy", full)
    code, _out, err = run("backup", "--db", planner, tmp_path / "b.db", "--lang", "ru")
    assert code == 2 and one_line(err).endswith("диск заполнен; ничего не записано")
    assert not (tmp_path / "b.db").exists()
    assert not [p for p in tmp_path.iterdir() if ".part-" in p.name]


def test_demo_on_a_full_disk_says_so_in_one_line(tmp_path, monkeypatch):
    import app.store.db as store_db

    path = tmp_path / "planner.db"
    open_db(path).close()
    real = store_db._on_connect

    def tiny(conn, record, readonly=False):
        real(conn, record, readonly)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages + 2}")

    monkeypatch.setattr(store_db, "_on_connect", tiny)
    code, _out, err = run("demo", "--db", path, "--today", TODAY)
    assert code == 2 and "the disk is full; nothing was changed" in one_line(err)
    monkeypatch.setattr(store_db, "_on_connect", real)
    assert work_orders(path) == []


def test_a_today_out_of_range_is_one_line_of_usage(tmp_path):
    for command in ("demo", "check"):
        code, _out, err = run(command, "--db", tmp_path / "p.db", "--today", "9999-12-31")
        assert code == 2 and "--today: 9999-12-31 is outside" in one_line(err)
    assert not (tmp_path / "p.db").exists()


def test_a_new_database_on_a_full_disk_is_not_left_damaged(tmp_path, capsys):
    """The last checkpoint of a new file fails silently on a full disk: the file must then not
    be put in place (it would be damaged without its -wal); the disk is named instead."""
    import subprocess

    from app.cli import main

    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(mnt)]).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        code = main(["demo", "--db", str(mnt / "d.db"), "--today", "2026-11-25"])
        err = capsys.readouterr().err
        assert code != 0 and "disk is full" in err and "malformed" not in err
        assert not (mnt / "d.db").exists()
        assert not [p for p in mnt.iterdir() if ".new-" in p.name]
    finally:
        subprocess.run(["umount", str(mnt)])
