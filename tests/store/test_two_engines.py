"""One schema, two engines (issue 17): every migration runs on SQLite and on PostgreSQL, up one
revision at a time, all the way down and up again, and the result is the models' schema (columns,
their kind and nullability, indexes, unique constraints); amounts are exact NUMERIC on the server;
the ledger and the history refuse an UPDATE from any program; the one open path's rules for a
team database (no password in the string, TLS off the local machine, a foreign or newer database
refused untouched)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy import inspect

from app.store import pg
from app.store.db import current_revision, known_revisions, make_engine, open_db, upgrade
from app.store.paths import DatabaseError
from app.store.tables import metadata
from app.store.types import DecimalText


def kind(t) -> str:
    if isinstance(t, DecimalText):
        return "amount"
    while isinstance(t, sa.TypeDecorator):
        t = t.impl if isinstance(t.impl, sa.types.TypeEngine) else t.impl()
    for name, cls in (("boolean", sa.Boolean), ("integer", sa.Integer), ("datetime", sa.DateTime),
                      ("date", sa.Date), ("numeric", sa.Numeric), ("text", sa.String)):
        if isinstance(t, cls):
            return name
    return type(t).__name__


def model_schema(dialect: str) -> dict:
    amount = "numeric" if dialect == "postgresql" else "text"
    out = {}
    for table in metadata.sorted_tables:
        cols = {c.name: ((amount if kind(c.type) == "amount" else kind(c.type)), c.nullable)
                for c in table.columns}
        indexes = {(i.name, tuple(c.name for c in i.columns)) for i in table.indexes}
        uniques = {tuple(c.name for c in u.columns) for u in table.constraints
                   if isinstance(u, sa.UniqueConstraint)}
        uniques |= {(c.name,) for c in table.columns if c.unique}
        out[table.name] = (cols, indexes, uniques)
    return out


def db_schema(engine) -> dict:
    out = {}
    with engine.connect() as conn:
        insp = inspect(conn)
        for name in insp.get_table_names():
            if name == "alembic_version":
                continue
            cols = {c["name"]: (kind(c["type"]), c["nullable"]) for c in insp.get_columns(name)}
            indexes = {(i["name"], tuple(i["column_names"])) for i in insp.get_indexes(name)
                       if not i.get("duplicates_constraint")}
            uniques = {tuple(u["column_names"]) for u in insp.get_unique_constraints(name)}
            out[name] = (cols, indexes, uniques)
    return out


def engine_for(target):
    return pg.make_engine(target) if isinstance(target, str) else make_engine(target)


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_target(request, tmp_path):
    if request.param == "sqlite":
        return tmp_path / "empty.db"
    return request.getfixturevalue("pg_url")


def test_every_migration_builds_the_models_schema_on_both_engines(empty_target):
    engine = engine_for(empty_target)
    try:
        for rev in known_revisions():  # one revision at a time, as an old database is upgraded
            upgrade(engine, rev)
            assert current_revision(engine) == rev
        assert db_schema(engine) == model_schema(engine.dialect.name)
        from alembic import command

        from app.store.db import alembic_config

        with engine.begin() as conn:  # every downgrade too, then up again
            command.downgrade(alembic_config(conn), "base")
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
        upgrade(engine)
        assert db_schema(engine) == model_schema(engine.dialect.name)
    finally:
        engine.dispose()


def test_amounts_are_exact_numeric_on_the_server(pg_planner_url):
    db = open_db(pg_planner_url)
    try:
        with db.engine.connect() as conn:
            types = dict(conn.exec_driver_sql(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = 'ledger_entry'").all())
        assert types["credits"] == "numeric" and types["hours"] == "numeric"
        from app.services import planning

        planning.create_work_order(db, _wo())
        wo = planning.work_order(db, "WO-X")
        assert wo.base_amount == Decimal("9876543.123456789")
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT base_amount::text FROM work_order").scalar() == \
                "9876543.123456789"
    finally:
        db.close()


def _wo():
    from datetime import date

    from app.domain.model import WorkOrder

    return WorkOrder(id=None, number="WO-X", customer="C", term_start=date(2026, 1, 1), term_end=date(2026, 12, 31),
                     base_amount=Decimal("9876543.123456789"))


def test_the_server_refuses_to_change_the_ledger_and_the_history(pg_server):
    import psycopg

    from app.services.portfolio import load_demo
    from tests.conftest import TODAY

    url = pg_server.new(planner=True)
    db = open_db(url)
    load_demo(db, TODAY)
    db.close()
    with psycopg.connect(url) as con:  # any program, plain SQL
        for sql in ("UPDATE ledger_entry SET credits = 1000", "UPDATE history SET old = 'x'"):
            with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="cannot be changed"):
                con.execute(sql)
            con.rollback()
        assert con.execute("SELECT count(*) FROM ledger_entry WHERE credits = 1000").fetchone()[0] == 0


# ------------------------------------------------------------------ the open path's rules

def test_a_password_in_the_string_is_refused_and_never_shown():
    for url in ("postgresql://ann:s3cret@db.example/planner", "host=db.example password=s3cret dbname=p"):
        with pytest.raises(DatabaseError) as err:
            open_db(url)
        assert err.value.reason == "password_in_url"
        assert "s3cret" not in str(err.value) and "s3cret" not in err.value.path


def test_tls_is_required_off_the_local_machine(monkeypatch):
    from psycopg.conninfo import conninfo_to_dict

    monkeypatch.delenv("PGSSLMODE", raising=False)
    monkeypatch.delenv("PGHOST", raising=False)

    def mode(url):
        return conninfo_to_dict(pg.conninfo(url)).get("sslmode")

    assert mode("postgresql://ann@db.example/planner") == "require"
    assert mode("host=10.0.0.5 dbname=planner") == "require"
    assert mode("postgresql://ann@db.example/planner?sslmode=verify-full") == "verify-full"
    assert mode("postgresql://ann@db.example/planner?sslmode=disable") == "disable"  # said, kept
    for local in ("postgresql://ann@localhost/planner", "postgresql://ann@127.0.0.1/p",
                  "postgresql://ann@[::1]/p", "postgresql:///planner?host=/var/run/postgresql",
                  "dbname=planner"):
        assert mode(local) is None, local
    monkeypatch.setenv("PGSSLMODE", "verify-ca")  # libpq's own setting wins
    assert mode("postgresql://ann@db.example/planner") is None


def test_a_service_names_its_host_and_mode(tmp_path, monkeypatch):
    from psycopg.conninfo import conninfo_to_dict

    monkeypatch.delenv("PGSSLMODE", raising=False)
    services = tmp_path / "pg_service.conf"
    services.write_text("[team]\nhost=db.example\ndbname=planner\n\n[near]\nhost=localhost\n"
                        "[strict]\nhost=db.example\nsslmode=verify-full\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert conninfo_to_dict(pg.conninfo("service=team")).get("sslmode") == "require"
    assert conninfo_to_dict(pg.conninfo("postgresql:///?service=team")).get("sslmode") == "require"
    assert conninfo_to_dict(pg.conninfo("service=near")).get("sslmode") is None
    assert conninfo_to_dict(pg.conninfo("service=strict")).get("sslmode") is None  # libpq reads it


def test_a_server_that_cannot_be_reached_is_said_not_traced_back(pg_server):
    from psycopg.conninfo import make_conninfo

    with pytest.raises(DatabaseError) as err:
        open_db(make_conninfo(pg_server.base, dbname="no_such_database_here"))
    assert err.value.reason == "cannot_connect" and "no_such_database_here" in err.value.detail


def test_a_foreign_or_newer_database_is_refused_untouched(pg_url, pg_planner_url):
    import psycopg

    with psycopg.connect(pg_url) as con:
        con.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(DatabaseError) as err:
        open_db(pg_url)
    assert err.value.reason == "foreign_database"
    with psycopg.connect(pg_planner_url) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError) as err:
        open_db(pg_planner_url)
    assert err.value.reason == "newer_schema"
    with psycopg.connect(pg_planner_url) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"


def test_an_empty_database_gets_the_schema_only_when_asked(pg_url):
    with pytest.raises(DatabaseError) as err:
        open_db(pg_url, create=False)
    assert err.value.reason == "empty_team_database"
    db = open_db(pg_url)
    try:
        assert db.is_pg and current_revision(db.engine) == known_revisions()[-1]
        assert "password" not in str(db.path)
    finally:
        db.close()


def test_two_units_of_work_at_once_one_is_refused_nothing_of_it_saved(pg_planner_url):
    """No file lock on a server: a unit of work is SERIALIZABLE, so one that read before another's
    commit and writes the same row is refused (``conflict``), never a lost update."""
    from app.store.tables import WorkOrderRow

    first, second = open_db(pg_planner_url), open_db(pg_planner_url)
    try:
        planning_wo(first)
        late = second.session()
        s2 = late.__enter__()
        s2.get(WorkOrderRow, 1)  # its snapshot is taken here
        with first.session() as s1:
            s1.get(WorkOrderRow, 1).notes = "saved first"
        s2.get(WorkOrderRow, 1).notes = "based on an old read"
        with pytest.raises(DatabaseError) as err:
            late.__exit__(None, None, None)
        assert err.value.reason == "conflict"
        with first.read() as s:
            assert s.get(WorkOrderRow, 1).notes == "saved first"
        from app.messages import t

        assert "try again" in t("db.conflict", "en")
    finally:
        first.close()
        second.close()


def planning_wo(db):
    from app.services import planning

    planning.create_work_order(db, _wo())
