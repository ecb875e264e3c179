"""The main window: a navigation bar with one entry per screen (Ctrl+1 … Ctrl+6), a toolbar
(the current work order, Import, Export, Undo, Redo, Settings), a status bar (database file,
last backup, errors and warnings of the portfolio). Every edit is saved at once and goes on one
undo stack shared by all screens.

Start-up: the window paints first; with ``background=True`` the portfolio is then read and
checked in a worker, with a busy bar, and the screens fill in when it arrives. A screen is built
the first time it is shown, and refreshed when shown if the data changed while it was hidden."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import messages
from app.services import session

from .context import Context
from .failures import plain, shown, tooltip
from .help import add_help_menu
from .icons import icon
from .settings import AppSettings
from .workers import Task, Tasks


# The widget helpers (and the formatting they bring) are imported when first needed, not
# before the window's first paint.
def ask(*args, **kwargs) -> bool:
    from .widgets import ask as _ask

    return _ask(*args, **kwargs)


def inform(*args, **kwargs) -> None:
    from .widgets import inform as _inform

    _inform(*args, **kwargs)


def day(value, lang: str) -> str:
    from .widgets import day as _day

    return _day(value, lang)


SCREENS = ("portfolio", "workorder", "plan", "ledger", "deadlines", "reports", "reference")


class Screens(dict):
    """key -> screen widget, built on first use (``window.screens["plan"]``); a screen whose
    data changed while it was hidden is refreshed when it is asked for."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window
        self.stale: set[str] = set()

    def __missing__(self, key: str) -> QWidget:
        if key not in SCREENS:
            raise KeyError(key)
        widget = self[key] = self.window._make_screen(key)
        from .context import release_source_cache

        release_source_cache()  # the screen's modules were just imported (see there)
        return widget

    def __getitem__(self, key: str) -> QWidget:
        widget = super().__getitem__(key) if key in self else self.__missing__(key)
        if key in self.stale:
            self.stale.discard(key)
            if hasattr(widget, "refresh"):
                widget.refresh()
        return widget


class _AfterFirstPaint(QObject):
    """Calls ``then`` once the window's first paint has been processed."""

    def __init__(self, window: QWidget, then):
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class MainWindow(QMainWindow):
    #: The language was changed in Settings: the application rebuilds the window.
    language_changed = Signal(str)
    #: The portfolio has been read and checked (at once, or by the background task).
    loaded = Signal()
    #: The Portfolio table shows the work orders' rows: the first ones read alone (their figures
    #: being computed), or the whole portfolio, whichever comes first after the start.
    rows_shown = Signal()

    def __init__(self, db=None, lang: str = "en", today: date | None = None, settings: AppSettings | None = None,
                 readonly: bool = False, ctx: Context | None = None, background: bool = False):
        super().__init__()
        self.setObjectName("main_window")
        self.ctx = ctx or Context(db, lang, today, settings, readonly)
        self.ctx.setParent(self)  # lives with the window (a rebuilt window takes it over)
        self.settings = self.ctx.settings
        self.tasks = Tasks()
        self._loading_shown = False
        self.setWindowIcon(icon("app"))
        self._build_actions()
        self._build_toolbar()
        self._build_body()
        self._build_menus()
        self._build_status()
        self.ctx.changed.connect(self.refresh)
        self.ctx.previewed.connect(self._show_preview)
        self.ctx.work_orders_changed.connect(self.refresh_work_orders)
        self.ctx.current_changed.connect(self._current_changed)
        self.ctx.open_requested.connect(self.open_subject)
        self.ctx.failed.connect(self._replay_failed)
        self.ctx.save_failed.connect(self._save_failed)
        self.ctx.load_failed.connect(self._load_failed)
        self.ctx.open_failed.connect(self._open_failed)
        #: The exit code when the window closed because its database could not be opened.
        self.exit_code: int | None = None
        self.ctx.undo_stack.cleanChanged.connect(self._update_title)
        if not self.ctx.loaded and (background or self.ctx.loading):
            # (a window rebuilt for another language while the first read runs waits for it too)
            self.ctx.loading = True  # the screens show nothing until the task's result arrives
            self._show_loading(True)
            _AfterFirstPaint(self, self._start_loading)
        else:
            self.ctx._settle_current()
        self.refresh()
        self.show_screen("portfolio")
        self._restore_layout()
        from .live import LiveRefresh

        self.live = LiveRefresh(self)  # a team database: other clients' changes appear here

    def _start_loading(self) -> None:
        if self.ctx.loading and not self.ctx.loaded and not self.ctx.reading:
            self.ctx.load_in_background(self.tasks)

    def _show_preview(self) -> None:
        """The work orders have been read alone: the Portfolio shows their rows, saying its
        figures are being computed (the whole read goes on in the background)."""
        heads = self.ctx.preview
        if heads is None or not self.ctx.loading:
            return
        screen = self.screens["portfolio"]
        screen.show_preview(heads.work_orders)
        self.rows_shown.emit()

    def _show_loading(self, on: bool) -> None:
        self._loading_shown = on
        if on:
            self.progress.setRange(0, 0)  # busy
            self.progress.setFormat(self.tr("Reading the portfolio…"))
            self.progress.setToolTip(self.tr("Reading and checking the portfolio…"))
            self.counts.setText(self.tr("Checking the portfolio…"))
            self.progress.show()
        else:
            self.progress.hide()
            self.progress.setFormat("%p%")
            self.progress.setToolTip("")

    def _open_failed(self, exc) -> None:
        """The background task could not open the database: in use elsewhere (offer read-only),
        damaged (offer the newest good backup), or another reason (say it and close)."""
        from app.services.session import DatabaseError

        from .failures import db_error_text
        from .main import resolve_open_error

        self._show_loading(False)
        try:
            db, readonly = resolve_open_error(self.ctx.path, exc, self)
        except DatabaseError as error:
            inform(self, self.tr("Open database"), db_error_text(error, self.ctx.lang))
            print(db_error_text(error, "en"), file=sys.stderr)
            self._close_with(2)
            return
        if db is None:
            self._close_with(1)
            return
        self.ctx.set_database(db, readonly)
        if self.settings is not None:
            self.settings.last_db = db.path
        self._readonly_text()
        self._show_loading(True)
        self.ctx.load_in_background(self.tasks)
        self.refresh()

    def _close_with(self, code: int) -> None:
        """Close (the last window: the application ends; app.ui.main returns ``code``)."""
        self.exit_code = code
        self.close()

    def _load_failed(self, why: str) -> None:
        self._show_loading(False)
        self.statusBar().showMessage(self.tr("The portfolio could not be read: %1").replace("%1", why))

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        self.ctx.retranslate_undo()  # a window rebuilt for another language names them in it
        stack = self.ctx.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setObjectName("undo")
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setObjectName("redo")
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        def act(name, text, ic, slot, shortcut=None):
            a = QAction(icon(ic) if ic else None, text, self) if ic else QAction(text, self)
            a.setObjectName(name)
            a.triggered.connect(slot)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            return a

        self.import_action = act("import", self.tr("Import…"), "import", self.import_workbook, "Ctrl+I")
        self.export_action = act("export", self.tr("Export…"), "export", self.export_workbook, "Ctrl+E")
        self.take_action = act("take_offline", self.tr("Take offline…"), None, self.take_offline)
        self.bring_action = act("bring_offline", self.tr("Bring offline changes back…"), None, self.bring_offline)
        self.settings_action = act("settings", self.tr("Settings…"), "settings", self.open_settings, "Ctrl+,")
        self.new_action = act("new_work_order", self.tr("New work order…"), "add", self.new_work_order, "Ctrl+N")
        self.open_action = act("open_db", self.tr("Open database…"), None, self.open_database, "Ctrl+O")
        self.backup_action = act("backup", self.tr("Back up now"), "backup", self.backup_now, "Ctrl+B")
        self.restore_action = act("restore", self.tr("Restore from a backup…"), None, self.restore_backup)
        self.quit_action = act("quit", self.tr("Quit"), None, self.close, "Ctrl+Q")
        for a in (self.undo_action, self.redo_action):
            self.addAction(a)

    def _build_toolbar(self) -> None:
        tb = self.addToolBar(self.tr("Toolbar"))
        tb.setObjectName("main_toolbar")
        tb.setMovable(False)
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addWidget(QLabel(" " + self.tr("Work order:") + " "))
        self.wo_combo = QComboBox()
        self.wo_combo.setObjectName("wo_combo")
        self.wo_combo.setEditable(True)
        self.wo_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.wo_combo.setMinimumContentsLength(34)
        self.wo_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.wo_combo.lineEdit().setPlaceholderText(self.tr("Search customer or number…"))
        completer = self.wo_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.wo_combo.activated.connect(self._combo_chosen)
        tb.addWidget(self.wo_combo)
        tb.addSeparator()
        for a in (self.import_action, self.export_action):
            tb.addAction(a)
        tb.addSeparator()
        tb.addAction(self.undo_action)
        tb.addAction(self.redo_action)
        tb.addSeparator()
        tb.addAction(self.settings_action)
        self.toolbar = tb

    def _screen_titles(self) -> dict[str, str]:
        return {"portfolio": self.tr("Portfolio"), "workorder": self.tr("Work order"), "plan": self.tr("Plan"),
                "ledger": self.tr("Credits and hours"), "deadlines": self.tr("Deadlines"),
                "reports": self.tr("Reports"), "reference": self.tr("Contract reference")}

    def _make_screen(self, key: str) -> QWidget:
        """Build one screen and put it in its place in the stack (instead of its placeholder)."""
        ctx = self.ctx
        if key == "portfolio":
            from .portfolio_screen import PortfolioScreen as make
        elif key == "workorder":
            from .workorder_screen import WorkOrderScreen as make
        elif key == "plan":
            from .plan_screen import PlanScreen as make
        elif key == "ledger":
            from .ledger_screen import LedgerScreen as make
        elif key == "deadlines":
            from .deadlines_screen import DeadlinesScreen as make
        elif key == "reference":
            from .reference_screen import ReferenceScreen as make
        else:
            make = None
        widget = make(ctx) if make else self._reports_screen()
        widget.setObjectName(f"screen_{key}")
        self._place(key, widget)
        return widget

    def _place(self, key: str, widget: QWidget) -> None:
        i = SCREENS.index(key)
        old = self.stack.widget(i)
        current = self.stack.currentIndex() == i
        self.stack.insertWidget(i, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if current:
            self.stack.setCurrentIndex(i)

    def _build_body(self) -> None:
        self.screens = Screens(self)
        self.stack = QStackedWidget()
        for _key in SCREENS:  # placeholders: a screen is built when first shown with data
            wait = QLabel(self.tr("Reading the portfolio…"))
            wait.setAlignment(Qt.AlignmentFlag.AlignCenter)
            wait.setStyleSheet("color: #607d8b; font-size: 12pt;")
            self.stack.addWidget(wait)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget#nav { background: #eef2f5; border: none; font-size: 10.5pt; }"
                               "QListWidget#nav::item { padding: 8px 6px; }"
                               "QListWidget#nav::item:selected { background: #1565c0; color: white; }")
        titles = self._screen_titles()
        self.screen_actions: dict[str, QAction] = {}
        icons = {"portfolio": "portfolio", "workorder": "workorder", "plan": "plan", "ledger": "credits",
                 "deadlines": "deadlines", "reports": "reports", "reference": "info"}
        for i, key in enumerate(SCREENS):
            item = QListWidgetItem(icon(icons[key]), titles[key])
            item.setToolTip(f"{titles[key]} (Ctrl+{i + 1})")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            a = QAction(icon(icons[key]), titles[key], self)
            a.setObjectName(f"show_{key}")
            a.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            a.triggered.connect(lambda _c=False, k=key: self.show_screen(k))
            self.addAction(a)
            self.screen_actions[key] = a
        font = self.nav.font()
        font.setPointSizeF(10.5)
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(font)
        self.nav.setFixedWidth(max(fm.horizontalAdvance(t) for t in titles.values()) + 76)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(lambda r: self.show_screen(SCREENS[r]) if r >= 0 else None)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._empty_hint())
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(body)
        self.setTabOrder(self.wo_combo, self.nav)

    def _empty_hint(self) -> QWidget:
        """Above every screen while there is no work order: what to do next, with its buttons."""
        self.empty_hint = hint = QWidget()
        hint.setObjectName("empty_hint")
        hint.setStyleSheet("QWidget#empty_hint { background: #e3f2fd; }")
        lay = QHBoxLayout(hint)
        text = QLabel(self.tr("No work orders yet. Create a work order or import a workbook."))
        text.setObjectName("empty_hint_text")
        text.setWordWrap(True)
        lay.addWidget(text, 1)
        for name, action in (("empty_new", self.new_action), ("empty_import", self.import_action)):
            b = QPushButton(action.icon(), action.text())
            b.setObjectName(name)
            b.clicked.connect(action.trigger)
            lay.addWidget(b)
        hint.hide()
        return hint

    def _reports_screen(self) -> QWidget:
        try:
            from .reports_screen import ReportsScreen

            settings = self.ctx.settings
            return ReportsScreen(self.ctx.db, self.ctx.lang, None, today=self.ctx._today,
                                 orders=self._active_work_orders,
                                 contact=settings.statement_contact if settings else None,
                                 check_settings=self.ctx.check_settings,
                                 current=lambda: self.ctx.current, settings=settings)
        except Exception as exc:  # a boundary: the window works without it
            import logging

            logging.getLogger(__name__).exception("the Reports screen could not be built")
            label = plain(QLabel(self.tr("Reports are not available: %1").replace("%1", shown(exc))))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

    def _active_work_orders(self, start: date, end: date) -> list[tuple[str, str]]:
        """(number, customer) of the work orders whose term overlaps start..end, from the
        snapshot the screens share (not a second read of the portfolio)."""
        return [(wo.number, wo.customer) for wo in self.ctx.portfolio().work_orders
                if wo.term_start <= end and wo.term_end >= start]

    def _replace_reports(self) -> None:
        """The Reports screen holds the database it was given: give it the new one."""
        if "reports" in self.screens:
            old = dict.pop(self.screens, "reports")
            if hasattr(old, "shutdown"):
                old.shutdown()
            if self.current_screen() == "reports":
                self.screens["reports"]  # built again at once: it is on show
            else:
                self._place("reports", QWidget())

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file = mb.addMenu(self.tr("&File"))
        for a in (self.new_action, self.open_action, None, self.import_action, self.export_action,
                  None, self.take_action, self.bring_action, None,
                  self.backup_action, self.restore_action, None, self.settings_action, None, self.quit_action):
            file.addSeparator() if a is None else file.addAction(a)
        edit = mb.addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        view = mb.addMenu(self.tr("&View"))
        for key in SCREENS:
            view.addAction(self.screen_actions[key])
        self.help_menu = add_help_menu(self, lambda: getattr(self.ctx.db, "path", ""), session.data_folder)

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.db_label = plain(QLabel())
        self.db_label.setObjectName("status_db")
        self.backup_label = plain(QLabel())
        self.backup_label.setObjectName("status_backup")
        self.backup_mark = QLabel()  # a drawn mark before a failed backup's words (no font glyph)
        self.backup_mark.setObjectName("status_backup_mark")
        self.backup_mark.setPixmap(icon("warning").pixmap(16, 16))
        self.backup_mark.hide()
        self.readonly_label = plain(QLabel())
        self.readonly_label.setStyleSheet("color: #b26a00; font-weight: 600;")
        self._readonly_text()
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(180)
        self.progress.hide()
        self.counts = QToolButton()
        self.counts.setObjectName("status_counts")
        self.counts.setAutoRaise(True)
        self.counts.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.counts.setToolTip(self.tr("Open Deadlines (Ctrl+5)"))
        self.counts.clicked.connect(lambda: self.show_screen("deadlines"))
        sb.addWidget(self.db_label, 1)
        sb.addWidget(self.readonly_label)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.backup_mark)
        sb.addPermanentWidget(self.backup_label)
        sb.addPermanentWidget(self.counts)

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        ctx = self.ctx
        wos = ctx.portfolio().work_orders
        if ctx.current and not ctx.loading and ctx.work_order() is None:
            ctx.current = wos[0].number if wos else ""
        self.wo_combo.blockSignals(True)
        self.wo_combo.clear()
        for wo in wos:
            self.wo_combo.addItem(shown(f"{wo.number} — {wo.customer}"), wo.number)
        self.wo_combo.setCurrentIndex(self.wo_combo.findData(ctx.current))
        self.wo_combo.blockSignals(False)
        self._refresh_screens(SCREENS)
        self._refresh_status()
        self._update_title()
        editable = not ctx.readonly and not ctx.loading
        for a in (self.import_action, self.new_action, self.restore_action, self.bring_action):
            a.setEnabled(editable)
        self._team_backups()
        self.empty_hint.setVisible(not ctx.loading and not wos and not ctx.readonly)
        for a in (self.open_action, self.settings_action, self.export_action, self.take_action):  # not while the first read runs
            a.setEnabled(not ctx.loading)
        if not ctx.loading and self._loading_shown:
            self._show_loading(False)
            reports = dict.get(self.screens, "reports")
            if reports is not None and getattr(reports, "db", True) is None:
                self._replace_reports()  # built before the database was open
            self.screens[self.current_screen()]  # the screen on show, now with its data
            self.loaded.emit()
            self.rows_shown.emit()

    def refresh_work_orders(self, numbers: list[str]) -> None:
        """Only ``numbers`` changed (an edit, undo, redo): their rows are updated in place (the
        portfolio table, the deadlines), the screens of the current work order shown again when it
        is one of them; nothing else is read or rebuilt."""
        targeted = ("portfolio", "deadlines")
        for key in targeted:
            widget = dict.get(self.screens, key)
            if widget is not None and key not in self.screens.stale:
                widget.refresh_work_orders(numbers)  # cheap: the rows of these work orders only
        if self.ctx.current in numbers:
            self._refresh_screens(("workorder", "plan", "ledger"))
        self._refresh_status()
        self._update_title()

    def _refresh_status(self) -> None:
        if not self.ctx.loading:
            errors, warnings = self.ctx.snapshot().counts()
            self.counts.setIcon(icon("error") if errors else icon("warning") if warnings else icon("info"))
            self.counts.setText(self.tr("Errors: %1 · Warnings: %2").replace("%1", str(errors))
                                .replace("%2", str(warnings)))
        self.db_label.setText(self.tr("Database: %1").replace("%1", shown(self.ctx.path)))
        self.db_label.setToolTip(tooltip(self.ctx.path))
        if self.ctx.loading and self.ctx.db is None:
            return  # (the backup is made as the database opens: said once it is open)
        if self._on_team_database():  # no file to copy: pg_dump by the command, the server's own backups
            self.backup_mark.hide()
            self.backup_label.setText(self.tr("Backups: by the database server"))
            self.backup_label.setToolTip(self.tr("A team database is backed up with pg_dump: "
                                                 "unified-planner backup --db … OUT.dump"))
            self.backup_label.setStyleSheet("")
            return
        self.backup_label.setText(self.tr("Last backup: %1").replace("%1", self._last_backup_text()))
        failed = getattr(self.ctx.db, "backup_error", None)
        if failed:  # the daily backup on opening could not be made: say so, keep working
            self.backup_mark.show()
            self.backup_label.setText(self.tr("Daily backup failed: %1").replace("%1", failed))
            self.backup_label.setToolTip(self.tr("Use File > Back up now once the cause is fixed."))
            self.backup_label.setStyleSheet("color: #c62828; font-weight: 600;")
        else:
            self.backup_mark.hide()
            self.backup_label.setToolTip("")
            self.backup_label.setStyleSheet("")

    def _on_team_database(self) -> bool:
        from app.services.session import is_team_database

        return is_team_database(self.ctx.path)

    def _team_backups(self) -> None:
        """File > Back up now / Restore copy a file; a team database has none to copy (the
        ``backup``/``restore`` commands use pg_dump and pg_restore): both off, saying so."""
        if not self._on_team_database():
            return
        why = self.tr("A team database is backed up with pg_dump: unified-planner backup --db … OUT.dump")
        for a in (self.backup_action, self.restore_action):
            a.setEnabled(False)
            a.setToolTip(why)
            a.setStatusTip(why)

    def _last_backup_text(self) -> str:
        try:
            from app.services.session import last_backup_time

            when = last_backup_time(Path(self.ctx.path))
        except OSError:  # the folder cannot be listed: said as "never"
            when = None
        if when is None:
            return self.tr("never")
        return f"{day(when.date(), self.ctx.lang)} {when:%H:%M}"

    def _replay_failed(self, what: str, why: str) -> None:
        inform(self, self.tr("Undo"), self.tr("%1 could not be applied: %2").replace("%1", what).replace("%2", why))

    def _save_failed(self, text: str) -> None:
        """An edit was refused by the database or the disk: say so over the dialog that asked."""
        from PySide6.QtWidgets import QApplication

        self.statusBar().showMessage(text, 15000)
        inform(QApplication.activeModalWidget() or self, self.tr("Not saved"), text)

    def _update_title(self, *_args) -> None:
        ro = f" [{self.tr('read-only')}]" if self.ctx.read_only_db else ""
        self.setWindowTitle(f"Unified Planner — {shown(Path(self.ctx.path).name)}{ro}")

    def _current_changed(self, number: str) -> None:
        i = self.wo_combo.findData(number)
        if i >= 0:
            self.wo_combo.setCurrentIndex(i)
        self._refresh_screens(("workorder", "plan", "ledger", "reference"))

    def _refresh_screens(self, keys) -> None:
        """Refresh the screen on show now; the other built ones when they are next shown."""
        shown = self.current_screen() if self.stack.count() else None
        for key in keys:
            if key not in self.screens:
                continue  # not built yet: it reads the data when it is
            widget = dict.__getitem__(self.screens, key)
            if key == shown or not hasattr(widget, "refresh"):
                self.screens.stale.discard(key)
                if hasattr(widget, "refresh"):
                    widget.refresh()
            else:
                self.screens.stale.add(key)

    def _combo_chosen(self, index: int) -> None:
        number = self.wo_combo.itemData(index)
        if number:
            self.ctx.set_current(number)

    def show_screen(self, key: str) -> None:
        i = SCREENS.index(key)
        if not self.ctx.loading or key in self.screens:
            self.screens[key]  # built (or brought up to date) before it is shown
        # (while the first data is read, its placeholder says so; built when the data arrives)
        if self.stack.currentIndex() != i:
            self.stack.setCurrentIndex(i)
        if self.nav.currentRow() != i:
            self.nav.setCurrentRow(i)
        self.stack.currentWidget().setFocus()

    def current_screen(self) -> str:
        return SCREENS[self.stack.currentIndex()]

    def open_subject(self, screen: str, kind: str, key: str) -> None:
        self.show_screen(screen)
        target = self.screens[screen]
        if hasattr(target, "show_subject"):
            target.show_subject(kind, key)

    # ------------------------------------------------------------------ actions
    def new_work_order(self) -> None:
        self.show_screen("workorder")
        self.screens["workorder"].new_work_order()

    def import_workbook(self) -> None:
        try:
            from .import_dialog import ImportDialog
        except ImportError as exc:
            inform(self, self.tr("Import"), self.tr("Import is not available: %1").replace("%1", str(exc)))
            return
        dlg = ImportDialog(self.ctx.db, self.ctx.lang, self)
        if dlg.exec():
            self.imported(dlg.change, dlg.done_words)

    def imported(self, change, words: str) -> None:
        """An import was committed: one change on the undo stack (Ctrl+Z takes all of it back),
        the data read again, and what it did said, with the way to its History."""
        if change:
            self.ctx.push_change(change)
            words += " " + messages.t("import.done_undo", self.ctx.lang)
        else:
            self.ctx.reload()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import"), words,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("import_done")
        first = None
        if change:
            first = next((c.after["number"] for c in change.changes
                          if c.table == "work_order" and c.op == "insert"), None) \
                or self._first_work_order_of(change)
        if first:
            history = box.addButton(self.tr("Show the history"), QMessageBox.ButtonRole.ActionRole)
            history.setObjectName("show_history")
            history.clicked.connect(lambda: self.show_history(first))
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_done = box
        box.open()  # not blocking: the window shows the imported data behind it

    def _first_work_order_of(self, change) -> str | None:
        """A work order the import touched (its number), for the History button."""
        ids = {c.after.get("work_order_id") for c in change.changes if c.after and "work_order_id" in c.after}
        ids |= {c.row_id for c in change.changes if c.table == "work_order"}
        for wo in self.ctx.portfolio().work_orders:
            if getattr(wo, "id", None) in ids:
                return wo.number
        return None

    def take_offline(self):
        """File › Take offline…: tick work orders (the current one at first), choose a new file."""
        from .offline_dialog import TakeDialog

        wos = [(wo.number, wo.customer) for wo in self.ctx.portfolio().work_orders]
        folder = str(self.settings.data_dir) if self.settings else ""
        dlg = TakeDialog(self.ctx.db, self.ctx.lang, wos, self.ctx.current, folder, self)
        self.take_dialog = dlg
        dlg.open()
        return dlg

    def bring_offline(self) -> None:
        """File › Bring offline changes back…: choose the laptop copy, then the merge dialog."""
        lang = self.ctx.lang
        folder = str(self.settings.data_dir) if self.settings else ""
        chosen, _ = QFileDialog.getOpenFileName(self, messages.t("offline.ui.choose", lang), folder,
                                                messages.t("offline.ui.filter", lang))
        if chosen:
            self.bring_from(Path(chosen))

    def bring_from(self, laptop: Path):
        """The merge dialog on ``laptop`` (modal); the data is read again once it wrote."""
        from .offline_dialog import BringDialog

        dlg = BringDialog(self.ctx.db, self.ctx.lang, laptop, self)
        self.bring_dialog = dlg
        dlg.written.connect(self.ctx.reload)
        dlg.open()
        return dlg

    def show_history(self, number: str) -> None:
        """The History tab of work order ``number``."""
        self.ctx.set_current(number)
        self.show_screen("workorder")
        screen = self.screens["workorder"]
        screen.tabs.setCurrentIndex(screen.tabs.count() - 1)

    def export_workbook(self) -> None:
        default = str(self.settings.data_dir / "portfolio.xlsx") if self.settings else "portfolio.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the portfolio"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx"))

    def export_to(self, path: Path) -> Task:
        """Write the whole portfolio to ``path`` in the background, with a progress bar."""
        from app.services import exporter

        db, lang = self.ctx.db, self.ctx.lang

        def work(progress):
            progress(0, 0)
            return exporter.export(db, path, lang)

        return self.run_task(work, lambda result: self.statusBar().showMessage(
            self.tr("Exported %1 work orders to %2").replace("%1", str(result[0])).replace("%2", str(path)), 10000),
            self.tr("Export"))

    def _readonly_text(self) -> None:
        """Say why the window cannot change the file: another copy has it, or it cannot be
        written at all (read-only media, no permission)."""
        if getattr(self.ctx.db, "readonly_reason", None) == "media":
            text = self.tr("Read-only: the file or its folder cannot be written")
        else:
            text = self.tr("Read-only: another copy has the file open")
        self.readonly_label.setText(text)  # (no 🔒 glyph: an empty box where no font has it)
        self.readonly_label.setVisible(self.ctx.read_only_db)

    def run_task(self, work, done, title: str) -> Task:
        task = Task(work)
        self.progress.setRange(0, 0)
        self.progress.setFormat(title)
        self.progress.show()

        def progress(n, total):
            self.progress.setRange(0, total)
            self.progress.setValue(n)

        def finished(result):
            self.progress.hide()
            done(result)

        def failed(message):
            self.progress.hide()
            inform(self, title, message)

        task.signals.progress.connect(progress)
        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        return self.tasks.start(task)

    def backup_now(self) -> Task:
        from app.services.session import backup_now

        path = Path(self.ctx.db.path)

        def done(result):
            if getattr(self.ctx.db, "backup_error", None):
                self.ctx.db.backup_error = None  # a backup has been made since
            self._refresh_status()
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(result)), 10000)

        return self.run_task(lambda progress: backup_now(path), done, self.tr("Back up now"))

    def restore_backup(self) -> None:
        from app.services.session import backup_dir

        path = Path(self.ctx.db.path)
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(backup_dir(path)),
                                                self.tr("Planner database (*.db)"))
        if chosen:
            self.restore_from(Path(chosen))

    def restore_from(self, backup: Path) -> bool:
        """Ask, then replace the database with ``backup`` (checked first; the current data is
        kept as a backup). True when restored."""
        from app.services.session import restore

        path = Path(self.ctx.db.path)
        if not ask(self, self.tr("Restore from a backup"),
                   self.tr("Replace the data with the backup %1? The current data is kept as a backup first.")
                   .replace("%1", shown(backup.name)), self.tr("Restore")):
            return False
        done = []
        self.switch_database(path, before=lambda: done.append(restore(path, backup)),
                             title=self.tr("Restore from a backup"))
        if done:
            self.statusBar().showMessage(self.tr("Restored from %1").replace("%1", shown(backup.name)), 10000)
        return bool(done)

    def open_database(self) -> None:
        folder = str(self.settings.data_dir) if self.settings else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), folder,
                                                self.tr("Planner database (*.db)"))
        if chosen:
            self.switch_database(Path(chosen))

    def switch_database(self, path: Path, before=None, title: str | None = None) -> bool:
        """Close the database, run ``before`` (a restore), open ``path``. When that fails, say
        why and open the former database again. The former file's writer lock is kept (one more
        reference of this process) until the window holds a database again, so no other copy
        can take the file in between. True when ``path`` is open."""
        from app.services.session import DatabaseError, LockBusy, acquire_lock, open_db, release_lock

        from .failures import db_error_text, log_crash, unexpected_text
        from .main import open_for_window

        title = title or self.tr("Open database")
        old = self.ctx.db
        old_team = bool(getattr(old, "is_pg", False))  # a team database: no file lock to keep
        old_path = old.path if old_team else Path(old.path)
        old_readonly = bool(getattr(old, "readonly", False))
        held = None
        if not old_readonly and not old_team:
            try:
                held = acquire_lock(old_path)
            except (LockBusy, OSError):  # cannot happen while we hold it; then no extra hold
                held = None
        db = None
        try:
            old.close()
            try:
                if before:
                    before()
                db, readonly = open_for_window(path, self)
            except DatabaseError as exc:
                inform(self, title, db_error_text(exc, self.ctx.lang))
                db = None
            except Exception as exc:  # noqa: BLE001 - a boundary: the window must get its database back
                log = log_crash(type(exc), exc, exc.__traceback__, "switching the database")
                inform(self, title, unexpected_text(exc, log))
                db = None
            switched = db is not None
            if db is None:
                try:
                    db, readonly = open_db(old_path, readonly=old_readonly), old_readonly
                except DatabaseError as exc:
                    inform(self, title, db_error_text(exc, self.ctx.lang))
                    self._close_with(1)
                    return False
        finally:
            release_lock(held)
        self.ctx.set_database(db, readonly)
        self._readonly_text()
        self.ctx.undo_stack.clear()
        self.ctx.current = ""
        self._replace_reports()
        if self.settings:
            self.settings.last_db = db.path
        self.ctx.reload()
        return switched

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if self.settings is None:
            return
        before = (self.settings.lang, self.settings.reminder_days)
        dlg = SettingsDialog(self.settings, self.ctx.lang, self, db=self.ctx.db)
        if not dlg.exec():
            return
        if dlg.switch_to is not None:  # Settings › Team database: another database for the window
            if not getattr(self.ctx.db, "is_pg", False):
                self.settings.local_db = self.ctx.db.path  # where "Use the local file" goes back to
            self.switch_database(dlg.switch_to)
        elif self.settings.reminder_days != before[1]:
            self.ctx.reload()
        lang = self.settings.lang or self.ctx.lang
        if lang != self.ctx.lang:
            self.language_changed.emit(lang)

    # ------------------------------------------------------------------ layout memory
    def _restore_layout(self) -> None:
        self.resize(1360, 820)
        if self.settings is None:
            return
        geometry, state = self.settings.window_geometry(), self.settings.window_state()
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)
        self.show_screen(SCREENS[min(max(self.settings.window_screen(), 0), 5)])

    def save_layout(self) -> None:
        if self.settings is not None:
            self.settings.save_window(self.saveGeometry(), self.saveState(), self.stack.currentIndex())

    def closeEvent(self, event) -> None:
        self.live.close()
        self.save_layout()
        self.tasks.wait()
        super().closeEvent(event)
