"""Live refresh (issue 17): hear which work orders other clients changed on a team database,
and read and check those alone.

:func:`watch` starts a listener (:mod:`app.store.notify`) on a team database; on an SQLite file
there is nothing to hear (one window owns it) and it returns None. :func:`read_work_orders` is
what the window runs in a worker with the numbers heard."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.domain.findings import CheckSettings
from app.store import pg
from app.store.db import Database
from app.store.notify import Listener
from app.store.paths import DatabaseError, default_db_path

from . import portfolio


def watch(db: Database, on_changed: Callable[[list[str]], None],
          on_reconnect: Callable[[], None] | None = None, batch: float = 0.25) -> Listener | None:
    """Call ``on_changed(numbers)`` (from a thread of its own) when work orders of team database
    ``db`` change, whoever changed them; ``on_reconnect()`` after the server dropped the
    listener and it is back (changes may have been missed). None for an SQLite file."""
    if db is None or not db.is_pg:
        return None
    return Listener(str(db.path), on_changed, on_reconnect, batch=batch).start()


def read_work_orders(db: Database, numbers: list[str], today: date,
                     settings: CheckSettings | None = None) -> list[portfolio.WorkOrderSlice]:
    """Each of ``numbers`` read and checked alone (a work order removed meanwhile: its slice
    says so); nothing else is read."""
    return [portfolio.work_order_slice(db, n, today, settings) for n in numbers]


def check_team_database(target: str) -> str:
    """``target`` as a team database connection string the planner accepts (app.store.pg's
    rules), as shown and kept: never a password. Raises DatabaseError (``password_in_url``,
    ``bad_url``, ``not_team_database``) saying why not; nothing is connected to."""
    text = (target or "").strip()
    if not pg.is_pg(text):
        raise DatabaseError("not_team_database", text)
    pg.conninfo(text)  # refuses a password written in it, and what libpq cannot parse
    return pg.display(text)


def local_database() -> Path:
    """The planner's own file on this machine (where the window goes back to)."""
    return default_db_path()

