"""Live refresh on a team database (issue 17): a listener on a connection of its own that hears
``planner_changed`` (migration 0009 announces every work order a transaction touched) and hands
the work order numbers to a callback.

It runs in a daemon thread (no Qt here): autocommit, ``LISTEN``, then waits on the connection's
socket (``notifies`` with a timeout). Numbers heard within ``batch`` seconds are handed over together, each once. When the
server goes away it reconnects quietly (every ``retry`` seconds) and, once back, calls
``on_reconnect`` (changes may have been missed meanwhile: the caller reads everything).
:meth:`Listener.close` stops it and closes the connection."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from . import pg

CHANNEL = "planner_changed"
log = logging.getLogger(__name__)


class Listener:
    def __init__(self, target: str, on_changed: Callable[[list[str]], None],
                 on_reconnect: Callable[[], None] | None = None,
                 batch: float = 0.25, retry: float = 1.0):
        self.info = pg.conninfo(target)
        self.on_changed, self.on_reconnect = on_changed, on_reconnect
        self.batch, self.retry = batch, retry
        self._stop = threading.Event()
        self._conn = None
        self.ready = threading.Event()  # set once LISTEN is in place (tests wait for it)
        self._thread = threading.Thread(target=self._run, name="planner-listen", daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def close(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)
        self._drop()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _connect(self):
        import psycopg

        conn = psycopg.connect(self.info, autocommit=True, connect_timeout=10,
                               application_name="Unified Planner (live refresh)")
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                self._conn = self._connect()
            except Exception as exc:  # noqa: BLE001 - the server is away: try again quietly
                log.info("live refresh: cannot connect (%s); trying again", exc)
                self._stop.wait(self.retry)
                continue
            self.ready.set()
            if not first and self.on_reconnect is not None:
                self._call(self.on_reconnect)
            first = False
            try:
                self._listen(self._conn)
            except Exception as exc:  # noqa: BLE001 - the connection dropped: reconnect
                if not self._stop.is_set():
                    log.info("live refresh: connection lost (%s); reconnecting", exc)
            self._drop()
            if not self._stop.is_set():
                self.ready.clear()
                self._stop.wait(self.retry)

    def _listen(self, conn) -> None:
        pending: dict[str, None] = {}  # in the order heard, each once
        deadline: float | None = None
        while not self._stop.is_set():
            wait = 0.2 if deadline is None else max(0.01, min(0.2, deadline - time.monotonic()))
            for n in conn.notifies(timeout=wait):
                if n.channel == CHANNEL and n.payload:
                    pending.setdefault(n.payload, None)
                    if deadline is None:
                        deadline = time.monotonic() + self.batch
            if conn.closed or conn.broken:
                raise ConnectionError("the connection is closed")
            if deadline is not None and time.monotonic() >= deadline:
                numbers, pending, deadline = list(pending), {}, None
                self._call(self.on_changed, numbers)

    @staticmethod
    def _call(fn, *args) -> None:
        try:
            fn(*args)
        except Exception:  # noqa: BLE001 - a callback's mistake must not stop the listener
            log.exception("live refresh callback")

