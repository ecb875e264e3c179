"""Long work off the GUI thread: a QRunnable on the global QThreadPool reports through a QObject
carrying signals. Workers never touch widgets; the window keeps a reference to every running
task and waits for the pool when it closes."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    partial = Signal(object)  # a first part of the result, shown before the whole arrives
    finished = Signal(object)  # the result
    failed = Signal(str)  # one line for the user


class Task(QRunnable):
    """Runs ``fn(progress)`` where ``progress(done, total)`` may be called from the worker. The
    one background-worker helper of the window (start-up read, import, statements).

    ``cancel_event``: set by the screen to ask the work to stop (the work polls
    ``cancel_event.is_set``). ``expected``: exception types whose own message is already worded
    for the user (said as it is); any other failure is said in plain words and logged."""

    def __init__(self, fn: Callable[[Callable[[int, int], None]], object],
                 expected: tuple[type[BaseException], ...] = ()):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.expected = expected
        self.cancel_event = threading.Event()
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn(lambda done, total: self.signals.progress.emit(done, total))
        except self.expected as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a boundary: reported to the user as one line
            from .failures import task_failure_text

            # plain words for the disk and the database; anything else is logged with its path
            self.signals.failed.emit(task_failure_text(exc))
        else:
            self.signals.finished.emit(result)


class Tasks:
    """Keeps running tasks alive until they end."""

    def __init__(self):
        self.running: list[Task] = []

    def start(self, task: Task) -> Task:
        self.running.append(task)
        task.signals.finished.connect(lambda *_: self._done(task))
        task.signals.failed.connect(lambda *_: self._done(task))
        QThreadPool.globalInstance().start(task)
        return task

    def _done(self, task: Task) -> None:
        if task in self.running:
            self.running.remove(task)

    def wait(self, msecs: int = 30000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)
