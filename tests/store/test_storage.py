"""How the database is stored: pragmas on every connection, one transaction per action,
complete creation, owner-only files, schema and migrations in step."""

from __future__ import annotations

import os
import stat

import pytest
from sqlalchemy import text
from sqlmodel import func, select

from app.store.db import Database, DatabaseError, head_revision, open_db
from app.store.tables import Customer, WorkOrderRow


def test_every_connection_has_wal_full_sync_and_foreign_keys(db):
    with db.engine.connect() as a, db.engine.connect() as b:
        for conn in (a, b):
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_unit_of_work_is_one_transaction(db):
    with pytest.raises(RuntimeError):
        with db.session() as s:
            s.add(Customer(name="First"))
            s.flush()
            s.add(Customer(name="Second"))
            s.flush()
            raise RuntimeError("the user's action fails half way")
    with db.read() as s:
        assert s.exec(select(func.count()).select_from(Customer)).one() == 0


def test_foreign_keys_are_enforced(db):
    from datetime import date

    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(WorkOrderRow(number="X", customer_id=999, term_start=date(2026, 1, 1),
                               term_end=date(2026, 12, 31)))


def test_new_database_appears_complete_and_private(tmp_path):
    old = os.umask(0)  # a careless umask must not make the files readable by others
    try:
        db = open_db(tmp_path / "planner.db")
        with db.session() as s:
            s.add(Customer(name="C"))
    finally:
        os.umask(old)
    try:
        names = sorted(p.name for p in tmp_path.iterdir())
        assert names == ["planner.db", "planner.db-shm", "planner.db-wal", "planner.db.lock"]
        for name in names:
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
    finally:
        db.close()
    assert not (tmp_path / "planner.db-wal").exists()  # checkpointed on close


def test_default_data_folder_is_private(monkeypatch):
    from app.store.db import default_db_path

    old = os.umask(0)
    try:
        db = open_db()
    finally:
        os.umask(old)
    db.close()
    assert db.path == default_db_path()
    assert stat.S_IMODE(db.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.path.stat().st_mode) == 0o600


def test_existing_world_readable_database_is_made_private(tmp_path):
    open_db(tmp_path / "p.db").close()
    os.chmod(tmp_path / "p.db", 0o644)
    open_db(tmp_path / "p.db").close()
    assert stat.S_IMODE((tmp_path / "p.db").stat().st_mode) == 0o600


def test_crash_while_creating_leaves_nothing_and_is_cleaned(tmp_path):
    # what a kill in the middle of creating leaves: the temporary file only
    stale = tmp_path / ".planner.db.new-99999"
    stale.write_bytes(b"half")
    db = open_db(tmp_path / "planner.db")
    db.close()
    assert not stale.exists()


def test_paths_with_uri_characters(tmp_path):
    folder = tmp_path / "Мой #1 ?% folder"
    folder.mkdir()
    db = open_db(folder / "план #2.db")
    with db.session() as s:
        s.add(Customer(name="C"))
    db.close()
    ro = open_db(folder / "план #2.db", readonly=True)
    with ro.read() as s:
        assert s.exec(select(Customer.name)).all() == ["C"]
    ro.close()


def test_schema_matches_the_migrations(db):
    """The tables the code declares are exactly what the migrations build."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.store.tables import metadata

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_file_of_a_newer_version_is_refused_untouched(tmp_path):
    from tests.safety.helpers import digest

    path = tmp_path / "p.db"
    open_db(path).close()
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseError) as exc:
        open_db(path)
    assert exc.value.reason == "newer_schema" and exc.value.detail == "9999"
    assert digest(path) == before


def test_errors_carry_no_contract_data(db):
    """A database error (as it would reach a crash log) names no values of the user's."""
    from sqlalchemy.exc import IntegrityError

    with db.session() as s:
        s.add(Customer(name="Secret Bank of Astana"))
    with pytest.raises(IntegrityError) as exc:
        with db.session() as s:
            s.add(Customer(name="Secret Bank of Astana"))
    assert "Secret" not in str(exc.value)


def test_read_only_database_object_refuses_a_unit_of_work(tmp_path):
    open_db(tmp_path / "p.db").close()
    ro = open_db(tmp_path / "p.db", readonly=True)
    assert isinstance(ro, Database) and ro.readonly
    with pytest.raises(DatabaseError):
        with ro.session():
            pass
    ro.close()
