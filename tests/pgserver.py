"""A PostgreSQL server for the tests marked ``pg``: the one named by ``UP_TEST_PG_URL`` (a libpq
URL or key/value string of a role that may CREATE DATABASE), else a throwaway cluster started
here when PostgreSQL's binaries are found (``initdb`` in a temporary folder, a Unix socket in
that folder, no TCP; as the ``postgres`` user when the tests run as root), else none: the tests
skip, saying why, unless ``UP_REQUIRE_PG=1`` (then they fail)."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PORT = 55434


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(folder, name), os.X_OK):
            return os.path.join(folder, name)
    return None


class Cluster:
    """A cluster of our own in a temporary folder; ``stop()`` removes it."""

    def __init__(self) -> None:
        initdb, self.pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
        if not initdb or not self.pg_ctl:
            raise LookupError("PostgreSQL's initdb/pg_ctl were not found (install postgresql, or set "
                              "UP_TEST_PG_URL to a server where this role may CREATE DATABASE)")
        self.as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        self.folder = Path(tempfile.mkdtemp(prefix="up-pg-"))
        if self.as_root:
            shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"
        self.user = "postgres" if self.as_root else os.environ.get("USER", "postgres")
        self._run(initdb, "-D", str(self.data), "-A", "trust", "-U", self.user, "-E", "UTF8",
                  "--no-sync", "--locale=C")
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o",
                  f"-p {PORT} -k {self.folder} -c listen_addresses='' -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off", "start")
        self.base = f"host={self.folder} port={PORT} user={self.user} dbname=postgres"

    def _run(self, *cmd: str) -> None:
        if self.as_root:
            cmd = ("runuser", "-u", "postgres", "--", *cmd)
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)}: {r.stderr.strip() or r.stdout.strip()}")

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class Server:
    """Fresh databases on one server: ``new()`` an empty one, ``new(planner=True)`` one at the
    current schema (copied from a template made once), each dropped at the end."""

    def __init__(self, base: str, cluster: Cluster | None = None) -> None:
        self.base, self.cluster = base, cluster
        self._names = (f"up_test_{os.getpid()}_{i}" for i in itertools.count())
        self._made: list[str] = []
        self._template: str | None = None

    def url(self, dbname: str) -> str:
        from psycopg.conninfo import make_conninfo

        return make_conninfo(self.base, dbname=dbname)

    def sql(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(self.base, autocommit=True) as con:
            con.execute(statement)

    def new(self, planner: bool = False) -> str:
        name = next(self._names)
        template = self.template() if planner else "template0"
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        self._made.append(name)
        return self.url(name)

    def template(self) -> str:
        if self._template is None:
            from app.store.db import open_db

            name = f"up_template_{os.getpid()}"
            self.sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
            self._made.append(name)
            open_db(self.url(name)).close()
            self._template = name
        return self._template

    def drop(self, url: str) -> None:
        from psycopg.conninfo import conninfo_to_dict

        name = conninfo_to_dict(url)["dbname"]
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in reversed(self._made):
            try:
                self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception:  # noqa: BLE001 - cleaning up a test server: best effort
                pass
        if self.cluster is not None:
            self.cluster.stop()


def start() -> Server:
    """The server of this test run; raises LookupError (why) when there is none."""
    url = os.environ.get("UP_TEST_PG_URL")
    if url:
        import psycopg

        try:
            psycopg.connect(url, connect_timeout=10).close()
        except psycopg.Error as exc:
            raise LookupError(f"UP_TEST_PG_URL cannot be reached: {exc}") from None
        return Server(url)
    cluster = Cluster()
    return Server(cluster.base, cluster)
