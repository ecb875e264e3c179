"""Live refresh in the window (issue 17): on a team database, the work orders other clients
changed (announced by the server, see :mod:`app.services.live`) are read and checked again in a
worker, alone, and put in place in the shared snapshot; the screens then update as after an own
edit (``Context.work_orders_changed``, the targeted path). Nothing happens on an SQLite file.

Announcements are batched (``BATCH_MS``) and merged while a read runs. The echo of the window's
own edit costs one targeted re-read of that work order, nothing more. Open dialogs are not
touched: they keep what they show (a stale save is refused by the services, as ever)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from .workers import Task

BATCH_MS = 250


class LiveRefresh(QObject):
    #: numbers heard (emitted from the listener's thread; queued to the GUI thread)
    heard = Signal(list)
    #: the listener was dropped and is back: everything is read again
    reconnected = Signal()
    #: work orders re-read after an announcement (tests and the status bar may follow it)
    refreshed = Signal(list)

    def __init__(self, window):
        super().__init__(window)
        self.window, self.ctx = window, window.ctx
        self.listener = None
        self._watched = None  # the Database listened to
        self._pending: dict[str, None] = {}
        self._reading = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BATCH_MS)
        self._timer.timeout.connect(self._read)
        self.heard.connect(self._heard)
        self.reconnected.connect(self._reconnected)
        self.ctx.changed.connect(self.follow)
        self.follow()

    def follow(self) -> None:
        """Listen to the window's database when it is a team database and has been read."""
        db = self.ctx.db
        wanted = db if db is not None and db.is_pg and self.ctx.loaded and not self._closed else None
        if wanted is self._watched:
            return
        self.stop()
        if wanted is not None:
            from app.services import live  # (a team database only: not imported for a file)

            self.listener = live.watch(wanted, self.heard.emit, self.reconnected.emit)
            self._watched = wanted

    def close(self) -> None:
        """The window closes: stop listening for good."""
        self._closed = True
        self.stop()

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.close()
        self.listener, self._watched = None, None
        self._pending.clear()
        self._timer.stop()

    def _heard(self, numbers: list) -> None:
        for n in numbers:
            self._pending.setdefault(n, None)
        if not self._reading and not self._timer.isActive():
            self._timer.start()

    def _reconnected(self) -> None:
        if self.ctx.loaded and not self.ctx.loading:
            self.ctx.reload()

    def _read(self) -> None:
        ctx = self.ctx
        if not self._pending or ctx.db is None or not ctx.loaded or ctx.loading:
            return
        numbers, self._pending = list(self._pending), {}
        snap = ctx.snapshot()
        db, today, settings = ctx.db, ctx.today, ctx.check_settings()
        self._reading = True
        from app.services import live

        task = Task(lambda _progress: live.read_work_orders(db, numbers, today, settings))
        task.signals.finished.connect(lambda parts: self._arrived(snap, numbers, parts))
        task.signals.failed.connect(self._failed)
        self.window.tasks.start(task)

    def _failed(self, why: str) -> None:
        self._reading = False
        self.window.statusBar().showMessage(why, 10000)
        self._next()

    def _arrived(self, snap, numbers: list[str], parts) -> None:
        self._reading = False
        ctx = self.ctx
        if ctx.loaded and not ctx.loading and ctx.snapshot() is snap:
            if all(snap.replace(part) for part in parts) and (
                    not ctx.current or ctx.work_order(ctx.current) is not None):
                ctx.work_orders_changed.emit(numbers)
            else:  # a work order new here, or the one on show removed: read everything
                ctx.reload()
            self.refreshed.emit(numbers)
        # else: everything was read again meanwhile (it holds these changes)
        self._next()

    def _next(self) -> None:
        if self._pending and not self._timer.isActive():
            self._timer.start()
