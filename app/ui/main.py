"""Start the desktop application: settings, language, the last database (read-only when another
copy has it), the first-start question, and the window (rebuilt when the language changes)."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer


def open_for_window(path: Path, parent=None):
    """Open ``path`` for the window: (db, readonly); (None, False) when the person declines.

    When another copy of the planner has the file, offer to open it read-only. When the file
    is damaged, say so and offer to restore the newest good backup (the damaged file is kept
    beside the backups). Other reasons raise DatabaseError."""
    from app.services.session import DatabaseError, open_db

    try:
        return open_db(path), False
    except DatabaseError as exc:
        return resolve_open_error(path, exc, parent)


def resolve_open_error(path: Path, exc, parent=None):
    """``open_db(path)`` raised ``exc``: ask the person what to do (see open_for_window)."""
    from app.services.session import open_db

    from .failures import shown
    from .widgets import ask

    if exc.reason == "damaged":
        return _offer_restore(path, exc, parent)
    if exc.reason != "in_use":
        raise exc
    title = QCoreApplication.translate("Main", "Database in use")
    text = QCoreApplication.translate(
        "Main", "%1 is open in another copy of Unified Planner. Open it read-only? "
        "You can look at everything but change nothing.").replace("%1", shown(path))
    if not ask(parent, title, text, QCoreApplication.translate("Main", "Open read-only"),
               QCoreApplication.translate("Main", "Cancel")):
        return None, False
    return open_db(path, readonly=True), True


def _offer_restore(path: Path, exc, parent=None):
    """The database is damaged: offer the newest backup that passes the checks."""
    from app.services.session import backup_time, latest_good_backup, open_db, restore

    from .failures import shown
    from .widgets import ask, day, inform

    backup = latest_good_backup(path)
    title = QCoreApplication.translate("Main", "Database damaged")
    if backup is None:
        inform(parent, title, QCoreApplication.translate(
            "Main", "%1 is damaged and there is no good backup of it to restore. "
            "The file has been left as it is.").replace("%1", shown(path)))
        return None, False
    when = backup_time(backup)
    made = f"{day(when.date(), _lang())} {when:%H:%M}" if when else backup.name  # local time
    text = QCoreApplication.translate(
        "Main", "%1 is damaged: it failed the integrity check. Restore the newest good backup, made %2? "
        "The damaged file is kept beside the backups.").replace("%1", shown(path)).replace("%2", made)
    if not ask(parent, title, text, QCoreApplication.translate("Main", "Restore the backup"),
               QCoreApplication.translate("Main", "Close")):
        raise exc
    from app.services.session import DatabaseError, LockBusy, acquire_lock, release_lock

    try:
        held = acquire_lock(path)  # no other copy takes the file between the restore and the open
    except LockBusy:
        raise DatabaseError("in_use", path) from None
    try:
        restore(path, backup)
        return open_db(path), False
    finally:
        release_lock(held)


def _lang() -> str:
    from . import i18n

    return i18n.current


def offer_demo(ctx, parent=None) -> bool:
    """First start with no data: load the demo portfolio or start empty. True when loaded."""
    from app.services.portfolio import load_demo

    from .settings_dialog import FirstStartDialog

    if ctx.readonly or ctx.portfolio().work_orders:
        return False
    dlg = FirstStartDialog(parent)
    if not dlg.exec() or dlg.choice != "demo":
        return False
    from .failures import reason_words, storage_reason
    from .widgets import inform

    try:
        load_demo(ctx.db, ctx.today)
    except Exception as exc:  # the disk refused it: said; anything else: the excepthook's
        reason = storage_reason(exc)
        if reason is None:
            raise
        inform(parent, QCoreApplication.translate("Main", "Not saved"), QCoreApplication.translate(
            "Main", "The demo portfolio was not loaded: %1. Nothing was written.").replace("%1", reason_words(reason)))
        ctx.reload()
        return False
    ctx.reload()
    return True


def relaunch(window, lang: str):
    """Show the window again in ``lang`` (translations are installed at run time)."""
    from . import i18n
    from .window import MainWindow

    ctx = window.ctx
    if ctx.settings is not None:
        ctx.settings.lang = lang
    i18n.install(lang)
    ctx.lang = lang
    window.save_layout()
    new = MainWindow(ctx=ctx)
    new.language_changed.connect(lambda code: relaunch(new, code))
    new.show()
    window.close()
    window.deleteLater()
    return new


def _explicit_lang() -> bool:
    return any(a == "--lang" or a.startswith("--lang=") for a in sys.argv[1:])


def run(args) -> int:
    gc.disable()  # no collection passes before the first paint (start-up makes little garbage)
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args) -> int:
    from PySide6.QtWidgets import QApplication

    from app.messages import LANGS, system_lang
    from app.services.session import DatabaseError, preflight

    from . import i18n
    from .context import Context
    from .failures import db_error_text, install_hooks, uninstall_hooks
    from .icons import icon
    from .settings import AppSettings
    from .window import MainWindow, inform  # (the widget helpers: imported when first needed)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Unified Planner")
    app.setOrganizationName("UnifiedPlanner")
    app.setWindowIcon(icon("app"))
    settings = AppSettings()
    lang = args.lang if (_explicit_lang() or not settings.lang) else settings.lang
    lang = lang if lang in LANGS else system_lang()
    i18n.install(lang)
    given = getattr(args, "db", None)  # a file, or a team database's connection string (str)
    path: Path | str | None = given if isinstance(given, str) else Path(given) if given else None
    if path is None:
        last = settings.last_db
        path = last if last and (isinstance(last, str) or last.exists()) else settings.data_dir / "planner.db"
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if isinstance(path, Path):
            preflight(path, create=True)  # a folder, an unreadable file...: said before any window
    except DatabaseError as exc:
        inform(None, "Unified Planner", db_error_text(exc, lang))
        print(db_error_text(exc, lang), file=sys.stderr)
        return 2
    settings.last_db = path
    # Paint first. The background task then opens the database (integrity check, lock, daily
    # backup: a failure shows in the status bar), reads and checks the portfolio; when another
    # copy has the file or it is damaged, the window asks. Then the first-start question when
    # there is nothing in it.
    ctx = Context(None, lang, None, settings, path=path)
    window = MainWindow(ctx=ctx, background=True)
    window.loaded.connect(lambda: QTimer.singleShot(0, lambda: offer_demo(ctx, window)))
    window.language_changed.connect(lambda code: relaunch(window, code))
    install_hooks()  # an error nobody caught: logged and shown in a dialog, never only stderr
    window.show()
    QTimer.singleShot(0, gc.enable)  # once the event loop runs
    try:
        code = app.exec()
        return window.exit_code if window.exit_code is not None else code
    finally:
        uninstall_hooks()
        if ctx.db is not None:
            ctx.db.close()
