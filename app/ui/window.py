"""The main window: a navigation bar with one entry per screen (Ctrl+1 … Ctrl+6), a toolbar
(the current work order, Import, Export, Undo, Redo, Settings), a status bar (database file,
last backup, errors and warnings of the portfolio). Every edit is saved at once and goes on one
undo stack shared by all screens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QHBoxLayout,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from app.domain.enums import Severity

from .context import Context
from .deadlines_screen import DeadlinesScreen
from .ledger_screen import LedgerScreen
from .plan_screen import PlanScreen
from .portfolio_screen import PortfolioScreen
from .settings import AppSettings
from .widgets import ask, day, icon, inform
from .workers import Task, Tasks
from .workorder_screen import WorkOrderScreen

SCREENS = ("portfolio", "workorder", "plan", "ledger", "deadlines", "reports")


class MainWindow(QMainWindow):
    #: The language was changed in Settings: the application rebuilds the window.
    language_changed = Signal(str)

    def __init__(self, db=None, lang: str = "en", today: date | None = None, settings: AppSettings | None = None,
                 readonly: bool = False, ctx: Context | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.ctx = ctx or Context(db, lang, today, settings, readonly)
        self.ctx.setParent(self)  # lives with the window (a rebuilt window takes it over)
        self.settings = self.ctx.settings
        self.tasks = Tasks()
        self.setWindowIcon(icon("app"))
        self._build_actions()
        self._build_toolbar()
        self._build_body()
        self._build_menus()
        self._build_status()
        self.ctx.changed.connect(self.refresh)
        self.ctx.current_changed.connect(self._current_changed)
        self.ctx.open_requested.connect(self.open_subject)
        self.ctx.failed.connect(self._replay_failed)
        self.ctx.undo_stack.cleanChanged.connect(self._update_title)
        if not self.ctx.current and self.ctx.portfolio().work_orders:
            self.ctx.current = self.ctx.portfolio().work_orders[0].number
        self.refresh()
        self.show_screen("portfolio")
        self._restore_layout()

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
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
                "reports": self.tr("Reports")}

    def _build_body(self) -> None:
        ctx = self.ctx
        self.screens: dict[str, QWidget] = {
            "portfolio": PortfolioScreen(ctx), "workorder": WorkOrderScreen(ctx), "plan": PlanScreen(ctx),
            "ledger": LedgerScreen(ctx), "deadlines": DeadlinesScreen(ctx), "reports": self._reports_screen(),
        }
        self.stack = QStackedWidget()
        for key in SCREENS:
            self.screens[key].setObjectName(f"screen_{key}")
            self.stack.addWidget(self.screens[key])
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
                 "deadlines": "deadlines", "reports": "reports"}
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
        row.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.setTabOrder(self.wo_combo, self.nav)

    def _reports_screen(self) -> QWidget:
        try:
            from .reports_screen import ReportsScreen

            try:
                return ReportsScreen(self.ctx.db, self.ctx.lang, None, today=self.ctx._today)
            except TypeError:
                return ReportsScreen(self.ctx.db, self.ctx.lang, None)
        except Exception as exc:  # the window works without it
            label = QLabel(self.tr("Reports are not available: %1").replace("%1", str(exc)))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

    def _replace_reports(self) -> None:
        """The Reports screen holds the database it was given: give it the new one."""
        old = self.screens["reports"]
        new = self._reports_screen()
        new.setObjectName("screen_reports")
        i = self.stack.indexOf(old)
        self.stack.insertWidget(i, new)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.screens["reports"] = new

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file = mb.addMenu(self.tr("&File"))
        for a in (self.new_action, self.open_action, None, self.import_action, self.export_action, None,
                  self.backup_action, self.restore_action, None, self.settings_action, None, self.quit_action):
            file.addSeparator() if a is None else file.addAction(a)
        edit = mb.addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        view = mb.addMenu(self.tr("&View"))
        for key in SCREENS:
            view.addAction(self.screen_actions[key])

    def _build_status(self) -> None:
        sb = self.statusBar()
        self.db_label = QLabel()
        self.db_label.setObjectName("status_db")
        self.backup_label = QLabel()
        self.backup_label.setObjectName("status_backup")
        self.readonly_label = QLabel("🔒 " + self.tr("Read-only: another copy has the file open"))
        self.readonly_label.setStyleSheet("color: #b26a00; font-weight: 600;")
        self.readonly_label.setVisible(self.ctx.readonly)
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
        sb.addPermanentWidget(self.backup_label)
        sb.addPermanentWidget(self.counts)

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        ctx = self.ctx
        wos = ctx.portfolio().work_orders
        if ctx.current and ctx.work_order() is None:
            ctx.current = wos[0].number if wos else ""
        self.wo_combo.blockSignals(True)
        self.wo_combo.clear()
        for wo in wos:
            self.wo_combo.addItem(f"{wo.number} — {wo.customer}", wo.number)
        self.wo_combo.setCurrentIndex(self.wo_combo.findData(ctx.current))
        self.wo_combo.blockSignals(False)
        for key in SCREENS[:5]:
            self.screens[key].refresh()
        self._refresh_status()
        self._update_title()
        editable = not ctx.readonly
        for a in (self.import_action, self.new_action, self.restore_action):
            a.setEnabled(editable)

    def _refresh_status(self) -> None:
        findings = self.ctx.findings()
        errors = sum(1 for f in findings if f.severity is Severity.ERROR)
        warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
        self.counts.setIcon(icon("error") if errors else icon("warning") if warnings else icon("info"))
        self.counts.setText(self.tr("Errors: %1 · Warnings: %2").replace("%1", str(errors))
                            .replace("%2", str(warnings)))
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(self.ctx.db.path)))
        self.db_label.setToolTip(str(self.ctx.db.path))
        self.backup_label.setText(self.tr("Last backup: %1").replace("%1", self._last_backup_text()))

    def _last_backup_text(self) -> str:
        try:
            from app.store.backup import last_backup_time

            when = last_backup_time(Path(self.ctx.db.path))
        except Exception:
            when = None
        if when is None:
            return self.tr("never")
        return f"{day(when.date(), self.ctx.lang)} {when:%H:%M}"

    def _replay_failed(self, what: str, why: str) -> None:
        inform(self, self.tr("Undo"), self.tr("%1 could not be applied: %2").replace("%1", what).replace("%2", why))

    def _update_title(self, *_args) -> None:
        ro = f" [{self.tr('read-only')}]" if self.ctx.readonly else ""
        self.setWindowTitle(f"Unified Planner — {Path(self.ctx.db.path).name}{ro}")

    def _current_changed(self, number: str) -> None:
        i = self.wo_combo.findData(number)
        if i >= 0:
            self.wo_combo.setCurrentIndex(i)
        for key in ("workorder", "plan", "ledger"):
            self.screens[key].refresh()

    def _combo_chosen(self, index: int) -> None:
        number = self.wo_combo.itemData(index)
        if number:
            self.ctx.set_current(number)

    def show_screen(self, key: str) -> None:
        i = SCREENS.index(key)
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
            self.ctx.reload()

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
        from app.store.backup import backup_now

        path = Path(self.ctx.db.path)

        def done(result):
            self._refresh_status()
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(result)), 10000)

        return self.run_task(lambda progress: backup_now(path), done, self.tr("Back up now"))

    def restore_backup(self) -> None:
        from app.store.backup import backup_dir, restore

        path = Path(self.ctx.db.path)
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"), str(backup_dir(path)),
                                                self.tr("Planner database (*.db)"))
        if not chosen:
            return
        if not ask(self, self.tr("Restore from a backup"),
                   self.tr("Replace the data with the backup %1? The current data is kept as a backup first.")
                   .replace("%1", Path(chosen).name), self.tr("Restore")):
            return
        self.switch_database(path, before=lambda: restore(path, Path(chosen)))

    def open_database(self) -> None:
        folder = str(self.settings.data_dir) if self.settings else ""
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"), folder,
                                                self.tr("Planner database (*.db)"))
        if chosen:
            self.switch_database(Path(chosen))

    def switch_database(self, path: Path, before=None) -> None:
        from app.store.db import DatabaseError

        from .main import open_for_window

        old = self.ctx.db
        old.close()
        try:
            if before:
                before()
            db, readonly = open_for_window(path, self)
        except DatabaseError as exc:
            from app.cli import db_error_line

            inform(self, self.tr("Open database"), db_error_line(exc))
            from app.store.db import open_db

            db, readonly = open_db(old.path), False
        if db is None:
            from app.store.db import open_db

            db, readonly = open_db(old.path), False
        self.ctx.db = db
        self.ctx.readonly = readonly or getattr(db, "readonly", False)
        self.readonly_label.setVisible(self.ctx.readonly)
        self.ctx.undo_stack.clear()
        self.ctx.current = ""
        self._replace_reports()
        if self.settings:
            self.settings.last_db = db.path
        self.ctx.reload()

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if self.settings is None:
            return
        before = (self.settings.lang, self.settings.reminder_days)
        dlg = SettingsDialog(self.settings, self.ctx.lang, self)
        if not dlg.exec():
            return
        if self.settings.reminder_days != before[1]:
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
        self.save_layout()
        self.tasks.wait()
        super().closeEvent(event)
