"""Backups of a team database with PostgreSQL's own tools (issue 17): ``pg_dump`` in its custom
format, written atomically (app/files.py), and ``pg_restore`` into an EMPTY database only, then
checked: the restored database opens through the one open path and every table holds the rows
the backup holds (counted in the backup itself). The tools must be of the server's major version
(``/usr/lib/postgresql/<major>/bin`` is tried when the one on PATH is of another)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import inspect

from app.files import atomic_output

from . import pg
from .db import Database, open_db
from .tables import planner_tables

DUMP_MAGIC = b"PGDMP"


class ToolProblem(Exception):
    """``reason``: ``no_tool`` (not found), ``other_version`` (found of another major version),
    ``failed`` (it ran and failed: ``detail``), ``not_a_dump``, ``not_empty``."""

    def __init__(self, reason: str, tool: str = "", major: int = 0, found: str = "", detail: str = ""):
        self.reason, self.tool, self.major, self.found, self.detail = reason, tool, major, found, detail
        super().__init__(f"{tool}: {reason} {detail}".strip())


def server_major(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SHOW server_version_num").scalar()) // 10000


def _version(path: str) -> int | None:
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        return None
    found = re.search(r"\(PostgreSQL\)\s+(\d+)", out)
    return int(found.group(1)) if found else None


def find_tool(tool: str, major: int) -> str:
    """The ``tool`` (pg_dump, pg_restore) of PostgreSQL ``major``; raises ToolProblem."""
    on_path = shutil.which(tool)
    found = _version(on_path) if on_path else None
    if on_path and found == major:
        return on_path
    beside = f"/usr/lib/postgresql/{major}/bin/{tool}"
    if os.access(beside, os.X_OK) and _version(beside) == major:
        return beside
    if found is not None:
        raise ToolProblem("other_version", tool, major, str(found))
    raise ToolProblem("no_tool", tool, major)


def _run(cmd: list[str], tool: str) -> str:
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    except OSError as exc:
        raise ToolProblem("failed", tool, detail=exc.strerror or str(exc)) from None
    if r.returncode != 0:
        lines = [ln for ln in r.stderr.strip().splitlines() if ln.strip()]
        raise ToolProblem("failed", tool, detail=(lines[0] if lines else f"exit {r.returncode}"))
    return r.stdout


def dump_counts(restore_tool: str, backup: Path) -> dict[str, int]:
    """Rows per planner table in the custom-format ``backup`` (its COPY data, read by pg_restore)."""
    out = _run([restore_tool, "--data-only", "-f", "-", str(backup)], "pg_restore")
    counts = {t.name: 0 for t in planner_tables()}
    table = None
    for line in out.splitlines():
        if table is None:
            m = re.match(r'^COPY (?:\w+\.)?"?(\w+)"? .* FROM stdin;$', line)
            if m:
                table = m.group(1)
        elif line == "\\.":
            table = None
        elif table in counts:
            counts[table] += 1
    return counts


def backup(db: Database, target: str, out: Path) -> int:
    """Write a pg_dump (custom format) of the team database ``target`` to ``out`` atomically; the
    number of rows it holds (counted in the written dump)."""
    major = server_major(db)
    dump_tool, restore_tool = find_tool("pg_dump", major), find_tool("pg_restore", major)
    with atomic_output(out) as tmp:
        _run([dump_tool, "--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={pg.conninfo(target)}"],
             "pg_dump")
        counts = dump_counts(restore_tool, tmp)
    return sum(counts.values())


def is_dump(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == DUMP_MAGIC
    except OSError:
        return False


def restore(target: str, backup_file: Path) -> tuple[Database, int]:
    """Restore ``backup_file`` into the EMPTY team database ``target``; returns it open (the caller
    closes it) and the rows restored. Raises ToolProblem (``not_a_dump``, ``not_empty``, the tools)
    with nothing restored, ``DatabaseError`` for the server."""
    if not is_dump(backup_file):
        raise ToolProblem("not_a_dump")
    engine = pg.make_engine(target)
    try:
        with engine.connect() as conn:
            if inspect(conn).get_table_names():
                raise ToolProblem("not_empty")
            major = int(conn.exec_driver_sql("SHOW server_version_num").scalar()) // 10000
    except ToolProblem:
        raise
    except Exception as exc:  # noqa: BLE001 - the server refused: said as a DatabaseError
        from .paths import DatabaseError

        raise DatabaseError(pg.pg_reason(exc) or "cannot_open", pg.display(target),
                            (str(getattr(exc, "orig", exc)).strip().splitlines() or [""])[0]) from None
    finally:
        engine.dispose()
    tool = find_tool("pg_restore", major)
    expected = dump_counts(tool, backup_file)
    _run([tool, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
          f"--dbname={pg.conninfo(target)}", str(backup_file)], "pg_restore")
    db = open_db(target, create=False)
    from .transfer import row_counts

    got = row_counts(db)
    if got != expected:
        db.close()
        differ = ", ".join(f"{k} {expected[k]}/{got.get(k)}" for k in expected if expected[k] != got.get(k))
        raise ToolProblem("not_verified", "pg_restore", detail=differ)
    return db, sum(got.values())
