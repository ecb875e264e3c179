"""What the window says when something goes wrong: a save the database refused (disk full,
read-only file, a share that went away…), an error nobody caught (a dialog with the crash
log's path, never only stderr), and user text made inert before it is shown.

Nothing here touches the database; the words are the window's own (Qt Linguist), the database
errors' words come from the message catalogue (``app.messages``)."""

from __future__ import annotations

import contextlib
import errno
import html
import re
import sqlite3
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from app.files import crash_log_path, log_crash  # noqa: F401 - one crash log for the whole app

# ------------------------------------------------------------------ user text, inert

#: Bidirectional embeddings, overrides and isolates: they reorder what follows them on screen.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: C0 controls (but tab and newline), DEL and C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(m: re.Match) -> str:
    c = ord(m.group())
    if c < 0x20:
        return chr(0x2400 + c)  # the control pictures block: ␀ ␛ ␇ …
    if c == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1: no picture of its own


def shown(text) -> str:
    """User text as it may be displayed: bidi overrides removed, control characters made
    visible. (Still to be shown as plain text, or escaped with :func:`esc` in rich text.)"""
    if text is None:
        return ""
    s = str(text)
    if _BIDI.search(s):
        s = _BIDI.sub("", s)
    if _CONTROL.search(s):
        s = _CONTROL.sub(_visible, s)
    return s


def esc(text) -> str:
    """User text for a rich-text label: made visible (:func:`shown`), then HTML-escaped."""
    return html.escape(shown(text), quote=True)


def tooltip(text) -> str:
    """A tooltip that shows ``text`` literally: Qt guesses whether a tooltip is rich text, so
    it is always given as (escaped) rich text."""
    s = shown(text)
    if not s:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(s, quote=False)}</p>"


def plain(label):
    """Make a QLabel show its text literally (no rich text, no links); returns the label."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


# ------------------------------------------------------------------ a save that was refused

#: Why a write failed, by SQLite's message (as SQLite words it, stable across versions).
_SQLITE_WORDS = (
    ("disk is full", "disk_full"),
    ("readonly database", "read_only"),
    ("read-only", "read_only"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("disk i/o error", "io"),
    ("unable to open database", "gone"),
    ("no such file", "gone"),
    ("attempt to write", "read_only"),
    ("file is not a database", "damaged"),
    ("malformed", "damaged"),
)

_ERRNO = {
    errno.ENOSPC: "disk_full", getattr(errno, "EDQUOT", -1): "disk_full", errno.EFBIG: "disk_full",
    errno.EROFS: "read_only", errno.EACCES: "permission", errno.EPERM: "permission",
    errno.ENOENT: "gone", errno.EIO: "io", getattr(errno, "ESTALE", -2): "gone",
    errno.ENXIO: "gone", getattr(errno, "ENOTCONN", -3): "gone", getattr(errno, "EHOSTDOWN", -4): "gone",
    errno.ENAMETOOLONG: "name_too_long",
}


def storage_reason(exc: BaseException) -> str | None:
    """The reason key of an error that comes from the disk or the database file (not from the
    data): disk_full, read_only, permission, locked, gone, io, name_too_long, damaged, other;
    None when ``exc`` is not such an error."""
    from app.services.session import DatabaseError

    if isinstance(exc, DatabaseError):
        return {"read_only": "read_only", "damaged": "damaged", "in_use": "locked",
                "not_found": "gone", "vanished": "gone", "disk_full": "disk_full",
                "read_only_media": "read_only", "permission_denied": "permission",
                "io_error": "io", "name_too_long": "name_too_long"}.get(exc.reason, "other")
    inner = exc
    try:
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            inner = exc.orig if exc.orig is not None else exc
    except ImportError:  # pragma: no cover
        pass
    if isinstance(inner, OSError):
        return _ERRNO.get(inner.errno, "other")
    if isinstance(inner, sqlite3.Error) or inner is not exc:
        text = str(inner).lower()
        for words, key in _SQLITE_WORDS:
            if words in text:
                return key
        return "other"
    return None


def reason_words(key: str) -> str:
    """The reason of a refused write in plain words, in the interface language."""
    words = {
        "disk_full": QCoreApplication.translate("Failure", "the disk is full"),
        "read_only": QCoreApplication.translate("Failure", "the database file or its folder is read-only"),
        "permission": QCoreApplication.translate("Failure", "you have no permission to write to the database file"),
        "locked": QCoreApplication.translate("Failure", "the database is busy in another program"),
        "gone": QCoreApplication.translate("Failure", "the database file can no longer be reached (a removed drive or "
                               "a network folder that went away?)"),
        "io": QCoreApplication.translate("Failure", "the disk refused to write (the file may be protected, or its drive or "
                             "network folder is gone)"),
        "name_too_long": QCoreApplication.translate("Failure", "the file name is too long"),
        "damaged": QCoreApplication.translate("Failure", "the database file is damaged"),
    }
    return words.get(key, QCoreApplication.translate("Failure", "the database refused the change"))


def save_failed_text(what: str, exc: BaseException) -> str:
    """What failed, why, and that nothing of it was saved (plain text)."""
    reason = storage_reason(exc)
    why = reason_words(reason or "other")
    return (QCoreApplication.translate("Failure", "“%1” was not saved: %2. Nothing of it was written; the window shows "
                           "the data as stored.").replace("%1", what).replace("%2", why))


def db_error_text(exc, lang: str) -> str:
    """Why a database cannot be used (a DatabaseError), in ``lang``: the command line's line
    (app.messages.store), user text made displayable."""
    from app.messages.store import db_error_text as text

    return text(exc, lang, show=shown)


def output_error_text(exc, lang: str | None = None) -> str:
    """Why an output file (export, statement, calendar, error workbook) was not written, in the
    interface language: the words of the command line (``app.messages``)."""
    from app.messages import has, t

    from . import i18n

    lang = lang or i18n.current
    key = f"output.{exc.reason}"
    reason = t(key, lang, detail=shown(exc.detail)) if has(key) else reason_words("other")
    return t("output.line", lang, path=shown(exc.path), reason=reason)


# ------------------------------------------------------------------ errors nobody caught

def unexpected_text(exc: BaseException, log: str | None) -> str:
    """A short plain message for an error nobody foresaw, with where its details are."""
    reason = storage_reason(exc)
    if reason is not None:
        first = QCoreApplication.translate("Failure", "Something could not be done: %1.").replace("%1", reason_words(reason))
    else:
        first = QCoreApplication.translate("Failure", "Something went wrong that Unified Planner did not expect (%1). "
                               "Your saved data is safe; the last action may not have been done.") \
            .replace("%1", type(exc).__name__)
    if log:
        return first + "\n\n" + QCoreApplication.translate("Failure", "The details are in %1.").replace("%1", log)
    return first + "\n\n" + QCoreApplication.translate("Failure", "The details could not be written to a log.")


def task_failure_text(exc: BaseException) -> str:
    """One line for a background task that failed: plain words for the disk and the database,
    otherwise a logged, unexpected error."""
    from app.files import OutputError

    if isinstance(exc, OutputError):
        return output_error_text(exc)
    reason = storage_reason(exc)
    if reason is not None:
        return reason_words(reason)
    log = log_crash(type(exc), exc, exc.__traceback__, "background task")
    text = QCoreApplication.translate("Failure", "unexpected error (%1)").replace("%1", type(exc).__name__)
    if log:
        text += "; " + QCoreApplication.translate("Failure", "details in %1").replace("%1", log)
    return text


class _Reporter(QObject):
    """Brings an error from any thread to the GUI thread and shows it, one dialog at a time."""

    report = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.showing = False
        self.missed = 0
        self.shown_texts: list[str] = []  # what was shown (tests look at it)
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, text: str) -> None:
        if self.showing:  # one dialog at a time: the others are in the log
            self.missed += 1
            return
        self.showing = True
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            from .widgets import inform

            self.shown_texts.append(text)
            parent = QApplication.activeModalWidget() or QApplication.activeWindow()
            inform(parent, QCoreApplication.translate("Failure", "Unexpected error"), text, QMessageBox.Icon.Critical)
        finally:
            self.showing = False


_reporter: _Reporter | None = None
_previous: tuple | None = None


def reporter() -> _Reporter | None:
    return _reporter


def handle_unexpected(exc_type, exc, tb, where: str = "") -> None:
    """Log an uncaught error and show it (queued to the GUI thread, one dialog at a time)."""
    log = log_crash(exc_type, exc, tb, where)
    stderr = sys.__stderr__
    if stderr is not None:  # also on the console, when there is one (never only there)
        with contextlib.suppress(OSError, ValueError):
            stderr.write(f"Unified Planner: {exc_type.__name__}: {exc} (log: {log})\n")
    if _reporter is not None:
        _reporter.report.emit(unexpected_text(exc, log))


def _excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    handle_unexpected(exc_type, exc, tb, "window")


def _thread_hook(args) -> None:
    if args.exc_type is SystemExit:
        return
    handle_unexpected(args.exc_type, args.exc_value, args.exc_traceback,
                      f"thread {args.thread.name if args.thread else ''}")


def install_hooks() -> None:
    """While the window runs, an error nobody caught (in a slot, an event handler, a thread)
    is logged and shown in a dialog. Idempotent; :func:`uninstall_hooks` puts back the old."""
    global _reporter, _previous
    if _reporter is not None:
        return
    app = QCoreApplication.instance()
    _reporter = _Reporter(app)
    _previous = (sys.excepthook, threading.excepthook)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook


def uninstall_hooks() -> None:
    global _reporter, _previous
    if _previous is not None:
        sys.excepthook, threading.excepthook = _previous
    _previous = None
    if _reporter is not None:
        _reporter.deleteLater()
    _reporter = None
