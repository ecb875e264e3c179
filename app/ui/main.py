"""Start the desktop application: settings, language, the last database (read-only when another
copy has it), the first-start question, and the window (rebuilt when the language changes)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def open_for_window(path: Path, parent=None):
    """Open ``path`` for the window: (db, readonly). When another copy of the planner has the
    file, offer to open it read-only; (None, False) when the person declines."""
    from app.store.db import DatabaseError, open_db

    from .widgets import ask

    try:
        return open_db(path), False
    except DatabaseError as exc:
        if exc.reason != "in_use":
            raise
        if not ask(parent, QCoreApplication.translate("Main", "Database in use"),
                   QCoreApplication.translate("Main", "%1 is open in another copy of Unified Planner. Open it read-only? "
                      "You can look at everything but change nothing.").replace("%1", str(path)),
                   QCoreApplication.translate("Main", "Open read-only"), QCoreApplication.translate("Main", "Cancel")):
            return None, False
        return open_db(path, readonly=True), True


def offer_demo(ctx, parent=None) -> bool:
    """First start with no data: load the demo portfolio or start empty. True when loaded."""
    from app.services.portfolio import load_demo

    from .settings_dialog import FirstStartDialog

    if ctx.readonly or ctx.portfolio().work_orders:
        return False
    dlg = FirstStartDialog(parent)
    if not dlg.exec() or dlg.choice != "demo":
        return False
    load_demo(ctx.db, ctx.today)
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
    from PySide6.QtWidgets import QApplication

    from app.cli import db_error_line
    from app.store.db import DatabaseError

    from . import i18n
    from .context import Context
    from .settings import AppSettings
    from .widgets import icon, inform
    from .window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Unified Planner")
    app.setOrganizationName("UnifiedPlanner")
    app.setWindowIcon(icon("app"))
    settings = AppSettings()
    lang = args.lang if (_explicit_lang() or not settings.lang) else settings.lang
    lang = lang if lang in ("kk", "ru", "en") else i18n.system_lang()
    i18n.install(lang)
    path = Path(args.db) if getattr(args, "db", None) else None
    if path is None:
        last = settings.last_db
        path = last if last and last.exists() else settings.data_dir / "planner.db"
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db, readonly = open_for_window(path)
    except DatabaseError as exc:
        inform(None, "Unified Planner", db_error_line(exc))
        print(db_error_line(exc), file=sys.stderr)
        return 2
    if db is None:
        return 1
    settings.last_db = db.path
    if not readonly:
        try:
            from app.store.backup import daily_backup

            daily_backup(Path(db.path))
        except Exception:  # a failed daily backup must not keep the window closed
            pass
    ctx = Context(db, lang, None, settings, readonly)
    offer_demo(ctx)
    window = MainWindow(ctx=ctx)
    window.language_changed.connect(lambda code: relaunch(window, code))
    window.show()
    try:
        return app.exec()
    finally:
        ctx.db.close()
