"""A team database on a PostgreSQL server: the connection string, TLS by default off the local
machine, passwords only where libpq keeps them, and the engine the one open path
(:func:`app.store.db.open_db`) uses instead of an SQLite file.

Accepted forms of ``--db`` (libpq's own, passed to libpq untouched but for ``sslmode``):
``postgresql://user@host:port/dbname?sslmode=verify-full``, ``postgres://…``,
``postgresql:///?service=NAME`` and a key/value string such as ``service=NAME`` or
``host=db.example dbname=planner``.

Passwords: never in the connection string (refused, ``password_in_url``) and so never in the
planner's settings; libpq reads them from ``~/.pgpass`` (``PGPASSFILE``), the service file
(``~/.pg_service.conf``, ``PGSERVICEFILE``) or ``PGPASSWORD``.

TLS: a connection string or service that names ``sslmode`` keeps it (as does ``PGSSLMODE``);
otherwise ``sslmode=require`` is added for any host that is not local (``localhost``,
``127.0.0.1``, ``::1`` or a Unix socket folder).

What replaces each SQLite-only guarantee of :mod:`app.store.db` on a server:
- the file lock (one writer): every unit of work is one SERIALIZABLE transaction, so two
  concurrent units of work behave as if one ran after the other; the one that would break that
  is refused (``DatabaseError("conflict")``) and nothing of it is written;
- WAL and ``synchronous=FULL``: the server's own write-ahead log and ``fsync`` (its
  administrator's settings), a commit is durable when it returns;
- ``integrity_check`` on opening and backups on opening: the server's checksums and the
  administrator's backups (``pg_dump``/base backups); ``backup`` uses ``pg_dump`` on request;
- read-only media: the server's privileges (a role without write rights gets a refusal);
- the append-only ledger and history: a trigger that raises, as the SQLite one does.
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path

from .paths import DatabaseError

_PREFIXES = ("postgresql://", "postgres://")
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", ""}


def is_pg(target: object) -> bool:
    """True when ``target`` (a ``--db`` value) names a PostgreSQL database, not a file."""
    if not isinstance(target, str):
        return False
    text = target.strip()
    if text.startswith(_PREFIXES):
        return True
    return "=" in text and text.split("=", 1)[0].strip() in (
        "service", "host", "hostaddr", "dbname", "user", "port")


def _parse(conninfo: str) -> dict[str, str]:
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(conninfo).items() if v is not None}
    except Exception as exc:  # noqa: BLE001 - libpq's parser refused it: said as a DatabaseError
        raise DatabaseError("bad_url", conninfo, (str(exc).splitlines() or [""])[0]) from None


def _service(name: str) -> dict[str, str]:
    """The settings of libpq service ``name`` (user's file first, then the system's)."""
    files = [os.environ.get("PGSERVICEFILE") or str(Path.home() / ".pg_service.conf")]
    sysconf = os.environ.get("PGSYSCONFDIR")
    files.append(str(Path(sysconf) / "pg_service.conf") if sysconf else "/etc/postgresql-common/pg_service.conf")
    for f in files:
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(f, encoding="utf-8")
        except (configparser.Error, OSError):
            continue
        if parser.has_section(name):
            return dict(parser.items(name))
    return {}


def _is_local(host: str) -> bool:
    return all(h.strip() in _LOCAL_HOSTS or h.strip().startswith("/") for h in host.split(","))


def conninfo(target: str) -> str:
    """The libpq connection string for ``target``, with ``sslmode=require`` added when the host is
    not local and nothing chose a mode; refuses a password written in it."""
    params = _parse(target.strip())
    if "password" in params:
        raise DatabaseError("password_in_url", display(target))
    service = _service(params["service"]) if "service" in params else {}
    if "sslmode" not in params and "sslmode" not in service and not os.environ.get("PGSSLMODE"):
        host = params.get("host") or params.get("hostaddr") or service.get("host") \
            or service.get("hostaddr") or os.environ.get("PGHOST", "")
        if not _is_local(host):
            params["sslmode"] = "require"
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**params)


def display(target: str) -> str:
    """``target`` as shown to the user and kept in settings: never a password."""
    text = target.strip()
    try:
        params = _parse(text)
    except DatabaseError:
        return text.split("@")[-1] if text.startswith(_PREFIXES) else text
    if "password" not in params:
        return text
    params.pop("password")
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**params)


def _on_connect(dbapi_conn, _record):
    # naive datetimes read back are UTC, as on SQLite (the app writes UTC)
    with dbapi_conn.cursor() as cur:
        cur.execute("SET TIME ZONE 'UTC'")
    dbapi_conn.commit()


def make_engine(target: str):
    """The SQLAlchemy engine of the team database ``target`` (psycopg 3, libpq's own parsing)."""
    import psycopg
    from sqlalchemy import event
    from sqlmodel import create_engine

    info = conninfo(target)
    given = _parse(info)
    # defaults only: what the string (or the service) says wins
    extra = {k: v for k, v in (("connect_timeout", "10"), ("application_name", "Unified Planner"))
             if k not in given and not (k == "connect_timeout" and os.environ.get("PGCONNECT_TIMEOUT"))}

    def connect():
        return psycopg.connect(info, **extra)

    engine = create_engine("postgresql+psycopg://", creator=connect, hide_parameters=True,
                           pool_pre_ping=True)
    event.listen(engine, "connect", _on_connect)
    return engine


def pg_reason(exc: BaseException) -> str | None:
    """The reason key of a PostgreSQL error (or SQLAlchemy's wrapper of one), None otherwise."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None)
    if state is None:
        import psycopg

        if isinstance(orig, psycopg.OperationalError):
            return "cannot_connect"
        return None
    if state in ("40001", "40P01"):
        return "conflict"
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return "cannot_connect"
    if state.startswith(("28", "3D")):
        return "cannot_connect"
    if state in ("42501",):
        return "permission_denied"
    if state in ("53100",):
        return "disk_full"
    if state in ("25006",):
        return "read_only"
    return None
