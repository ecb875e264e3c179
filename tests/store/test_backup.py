"""Backups: made with SQLite's online backup, daily at most once on opening and before every
upgrade, rotated (last 10 + one a month), restored only from a good planner backup, keeping
the file it replaces."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.services import planning
from app.store import backup as bk
from app.store.db import DatabaseError, open_db
from tests.safety.helpers import digest, make_db


def rows(path, table="work_order"):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        con.close()


@pytest.fixture
def planner(tmp_path):
    db = make_db(tmp_path / "planner.db")
    yield db
    db.close()


def test_backup_now_copies_the_live_database(planner):
    planning.update_work_order(planner, "WO-1", base_amount=Decimal("123.45"))  # in the WAL only
    out = bk.backup_now(planner.path)
    assert out.parent == planner.path.parent / "backups"
    assert bk.list_backups(planner.path) == [out]
    assert rows(out) == rows(planner.path)
    assert rows(out)[0][8] == "123.45"  # base_amount
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    assert not any(p.name.endswith(("-wal", "-journal")) or ".part-" in p.name
                   for p in out.parent.iterdir())
    assert bk.last_backup_time(planner.path) == bk.backup_time(out)
    assert abs(bk.last_backup_time(planner.path) - datetime.now()) < timedelta(minutes=1)


def test_backup_to_a_chosen_file_or_folder(planner, tmp_path):
    out = bk.backup_now(planner.path, tmp_path / "copy.db")
    assert rows(out) == rows(planner.path)
    with pytest.raises(FileExistsError):
        bk.backup_now(planner.path, out)
    inside = bk.backup_now(planner.path, tmp_path)
    assert inside.parent == tmp_path and rows(inside) == rows(planner.path)
    assert bk.list_backups(planner.path) == []  # chosen places are not the backups folder


def test_daily_backup_on_opening_at_most_once_a_day(tmp_path):
    path = tmp_path / "planner.db"
    make_db(path).close()
    assert bk.list_backups(path) == []  # a new, empty database is not backed up
    open_db(path).close()
    first = bk.list_backups(path)
    assert len(first) == 1 and first[0].name.endswith("-daily.db")
    open_db(path).close()
    open_db(path).close()
    assert bk.list_backups(path) == first
    assert bk.daily_backup(path, today=date.today() + timedelta(days=1)) is None
    assert len(bk.list_backups(path)) == 2


def _fake_backup(template, db_path, when: datetime, kind="daily"):
    dest = bk.backup_dir(db_path) / bk._name(db_path, kind, when)
    shutil.copyfile(template, dest)
    return dest


def test_rotation_keeps_the_last_ten_and_one_per_month(planner):
    template = bk.backup_now(planner.path)
    template.rename(template.with_name("template.sqlite"))
    template = template.with_name("template.sqlite")
    start = datetime(2025, 1, 1, 9)
    made = [_fake_backup(template, planner.path, start + timedelta(days=7 * i)) for i in range(40)]
    bk.rotate(planner.path)
    kept = bk.list_backups(planner.path)
    newest_ten = sorted(made, reverse=True)[:10]
    assert set(newest_ten) <= set(kept)
    months = {(bk.backup_time(p).year, bk.backup_time(p).month) for p in made}
    assert {(bk.backup_time(p).year, bk.backup_time(p).month) for p in kept} == months
    for month in months:  # the one kept for a month is its newest
        in_month = [p for p in made if (bk.backup_time(p).year, bk.backup_time(p).month) == month]
        assert max(in_month) in kept
    assert len(kept) == len(set(newest_ten) | {max(p for p in made if (bk.backup_time(p).year,
                                                bk.backup_time(p).month) == m) for m in months})


def test_restore_brings_the_data_back_and_keeps_the_replaced_file(planner):
    saved = bk.backup_now(planner.path)
    before = rows(planner.path)
    planning.update_work_order(planner, "WO-1", base_amount=Decimal("1"))
    changed = rows(planner.path)
    assert changed != before
    kept = bk.restore(planner.path, saved)
    assert rows(planner.path) == before  # also seen through the open Database
    assert planning.work_order(planner, "WO-1").base_amount == Decimal("500000")
    assert kept.name.endswith("-pre-restore.db") and rows(kept) == changed
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    planning.update_work_order(planner, "WO-1", base_amount=Decimal("2"))  # still usable
    assert planning.work_order(planner, "WO-1").base_amount == Decimal("2")


def test_restore_over_a_damaged_database(tmp_path):
    path = tmp_path / "planner.db"
    make_db(path).close()
    open_db(path).close()  # the daily backup
    good = bk.latest_good_backup(path)
    expected = rows(path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = os.urandom(4096)  # a damaged page
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as exc:
        open_db(path)
    assert exc.value.reason == "damaged"
    damaged = digest(path)
    kept = bk.restore(path, good)
    assert kept.name.endswith(".damaged") and digest(kept) == damaged
    assert kept not in bk.list_backups(path)
    db = open_db(path)
    try:
        assert rows(path) == expected
        assert planning.work_order(db, "WO-1").locations[0].country == "KZ"
    finally:
        db.close()


def test_latest_good_backup_skips_damaged_ones(planner):
    old = bk.backup_now(planner.path)
    newer = bk.backup_now(planner.path)
    newer.write_bytes(newer.read_bytes()[:3000])
    assert bk.list_backups(planner.path)[0] == newer
    assert bk.latest_good_backup(planner.path) == old


@pytest.mark.parametrize("bad", ["text", "foreign", "damaged", "missing", "folder", "empty"])
def test_restore_refuses_a_bad_backup_and_writes_nothing(planner, tmp_path, bad):
    target = tmp_path / "bad.db"
    if bad == "text":
        target.write_text("name,amount\nx,1\n")
    elif bad == "foreign":
        con = sqlite3.connect(target)
        con.execute("CREATE TABLE songs(title)")
        con.commit()
        con.close()
    elif bad == "damaged":
        good = bk.backup_now(planner.path, tmp_path / "good.db")
        data = bytearray(good.read_bytes())
        data[4096:4196] = b"\xff" * 100
        target.write_bytes(bytes(data))
    elif bad == "folder":
        target.mkdir()
    elif bad == "empty":
        target.write_bytes(b"")
    db_before = digest(planner.path)
    with pytest.raises(DatabaseError) as exc:
        bk.restore(planner.path, target)
    assert exc.value.path == str(target)
    assert digest(planner.path) == db_before
    assert bk.list_backups(planner.path) == []


def test_restore_refuses_while_another_process_uses_the_database(tmp_path):
    from tests.safety.helpers import spawn

    path = tmp_path / "planner.db"
    make_db(path).close()
    saved = bk.backup_now(path, tmp_path / "saved.db")
    proc = spawn("hold", path)
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseError) as exc:
            bk.restore(path, saved)
        assert exc.value.reason == "in_use"
    finally:
        proc.stdin.close()
        proc.wait(10)


def test_command_line_backup_and_restore(tmp_path):
    from tests.cli.test_cli import run

    path = tmp_path / "planner.db"
    db = make_db(path)
    db.close()
    out = tmp_path / "copy.db"
    r = run("backup", "--db", path, out)
    assert r.returncode == 0, r.stderr
    assert rows(out) == rows(path)
    r = run("backup", "--db", path, out)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and str(out) in r.stderr
    r = run("backup", "--db", path, tmp_path / "nowhere" / "x.db")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    r = run("backup", "--db", tmp_path / "missing.db", tmp_path / "y.db")
    assert r.returncode == 2 and "missing.db does not exist" in r.stderr

    db = open_db(path)
    planning.update_work_order(db, "WO-1", base_amount=Decimal("7"))
    db.close()
    r = run("restore", "--db", path, out)
    assert r.returncode == 0, r.stderr
    assert "kept as" in r.stdout
    assert rows(path) == rows(out)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    before = digest(path)
    r = run("restore", "--db", path, notes)
    assert r.returncode == 1
    assert r.stderr == f"error: backup {notes} is not a Unified Planner backup (not an SQLite file); nothing was restored\n"
    assert digest(path) == before
    assert "Traceback" not in r.stderr
