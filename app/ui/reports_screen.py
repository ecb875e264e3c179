"""The Reports screen: pick work orders, the quarter, the language and the formats, render the
statements in the background with a progress bar, open the result; export the calendar.

The worker runs in a QThreadPool and reports through signals only; it never touches a widget.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import parse_quarter, quarter_of
from app.services import statements as svc

from .widgets import inform
from .workers import Task

LANG_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def statements_task(db, quarter: str, out_dir: Path, lang: str, formats: list[str],
                    numbers: list[str] | None, today: date | None, edition: str = "customer",
                    contact=None) -> Task:
    """The statements, written by the window's one background-worker helper; it talks to the
    screen only through its signals (a StatementError is said as it is)."""
    def work(progress):
        return svc.write_statements(db, quarter, out_dir, lang, formats, numbers=numbers, today=today,
                                    progress=progress, cancelled=task.cancel_event.is_set,
                                    edition=edition, contact=contact)

    task = Task(work, expected=(svc.StatementError,))
    return task


class ReportsScreen(QWidget):
    """Quarterly statements (PDF and/or Excel) and the calendar export."""

    rendered = Signal(object)  # the BatchResult, once a run ends (finished or cancelled)

    def __init__(self, db, lang: str = "en", parent=None, today: date | None = None, orders=None,
                 contact=None, check_settings=None, current=None, settings=None):
        """``orders(first_day, last_day)``: (number, customer) of the work orders active then,
        from data the caller has already read; by default the statements service reads them.
        ``contact()``: the account manager printed on page 1 (the settings), read at each run.
        ``current()``: the work order the window is on, ticked alone at first (not the whole
        list); ``settings``: where the output folder is remembered (AppSettings)."""
        super().__init__(parent)
        self.db = db
        self.contact_source = contact
        #: ``check_settings()``: the Settings' reminder days, for the calendar's alarms
        self.check_settings = check_settings
        self.orders_source = orders
        self.settings = settings
        self.current_number = current() if current else None
        self.lang = lang
        self.today = today
        self.pool = QThreadPool.globalInstance()
        self.worker: Task | None = None
        self.last_files: list[Path] = []

        self.quarter = QComboBox()
        self.quarter.setEditable(True)
        current = quarter_of(today or date.today())
        year, q = int(current[:4]), int(current[-1])
        options = []
        for shift in range(-4, 3):
            n = year * 4 + (q - 1) + shift
            options.append(f"{n // 4}Q{n % 4 + 1}")
        self.quarter.addItems(options)
        self.quarter.setCurrentText(current)
        self.language = QComboBox()
        for code, name in LANG_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, list(LANG_NAMES).index(lang) if lang in LANG_NAMES else 2))
        self.all_active = QCheckBox(self.tr("All work orders active in the quarter"))
        self.all_active.setChecked(True)
        self.orders = QListWidget()
        self.pdf = QCheckBox(self.tr("PDF"))
        self.pdf.setChecked(True)
        self.xlsx = QCheckBox(self.tr("Excel"))
        self.xlsx.setChecked(True)
        self.internal = QCheckBox(self.tr("Internal edition (findings, rule ids, notes)"))
        self.internal.setObjectName("internal_edition")
        self.internal.setToolTip(self.tr("Off: the customer edition, to hand over."))
        self.folder = QLineEdit()
        self.folder.setObjectName("reports_folder")
        self.folder.setPlaceholderText(self.tr("Folder for the statements"))
        if settings is not None:
            self.folder.setText(str(settings.reports_dir))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        self.render_button = QPushButton(self.tr("Render statements"))
        self.render_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.PlainText)
        self.open_file_button = QPushButton(self.tr("Open file"))
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.calendar_button = QPushButton(self.tr("Calendar (.ics)…"))
        self.calendar_button.clicked.connect(self.export_calendar)

        form = QFormLayout()
        form.addRow(self.tr("Quarter"), self.quarter)
        form.addRow(self.tr("Language"), self.language)
        formats = QHBoxLayout()
        formats.addWidget(self.pdf)
        formats.addWidget(self.xlsx)
        formats.addWidget(self.internal)
        formats.addStretch(1)
        form.addRow(self.tr("Formats"), formats)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Folder"), where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.render_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.calendar_button)
        title = QLabel(self.tr("Quarterly statements"))
        title.setObjectName("reports_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Work orders")))
        layout.addWidget(self.all_active)
        layout.addWidget(self.orders, 1)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.quarter.currentTextChanged.connect(self.reload_orders)
        self.all_active.toggled.connect(self._all_toggled)
        self.reload_orders()
        self._set_running(False)

    # -------------------------------------------------------------- state

    def selected_quarter(self) -> str | None:
        text = self.quarter.currentText().strip()
        try:
            start, _ = parse_quarter(text)
        except ValueError:
            return None
        return quarter_of(start)

    @Slot()
    def reload_orders(self) -> None:
        kept = {self.orders.item(i).data(Qt.UserRole): self.orders.item(i).checkState()
                for i in range(self.orders.count())}
        self.orders.clear()
        quarter = self.selected_quarter()
        if quarter is None:
            self.status.setText(self.tr("Not a quarter (expected like 2026Q4)."))
            return
        self.status.clear()
        if self.orders_source is not None:
            first, last = parse_quarter(quarter)
            active = self.orders_source(first, last)
        else:
            active = svc.active_work_orders(self.db, quarter)
        current = self.current_number if any(n == self.current_number for n, _c in active) else None
        for number, customer in active:
            item = QListWidgetItem(f"{number} — {customer}")
            item.setData(Qt.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            if number in kept:  # a refresh keeps the ticks the user made
                item.setCheckState(kept[number])
            elif current is not None:  # the work order the window is on, alone
                item.setCheckState(Qt.Checked if number == current else Qt.Unchecked)
            else:
                item.setCheckState(Qt.Checked)
            self.orders.addItem(item)
        if current is not None and not kept:
            self.all_active.setChecked(False)
            row = next(i for i in range(self.orders.count()) if self.orders.item(i).data(Qt.UserRole) == current)
            self.orders.setCurrentRow(row)
        self._all_toggled(self.all_active.isChecked())

    def refresh(self) -> None:
        """The portfolio changed: list the work orders again (not while a batch runs)."""
        if self.worker is None:
            self.reload_orders()

    @Slot(bool)
    def _all_toggled(self, on: bool) -> None:
        self.orders.setEnabled(not on and self.worker is None)

    def checked_numbers(self) -> list[str]:
        return [self.orders.item(i).data(Qt.UserRole) for i in range(self.orders.count())
                if self.orders.item(i).checkState() == Qt.Checked]

    def _set_running(self, running: bool) -> None:
        for w in (self.render_button, self.quarter, self.language, self.all_active, self.pdf,
                  self.xlsx, self.folder, self.calendar_button):
            w.setEnabled(not running)
        self.orders.setEnabled(not running and not self.all_active.isChecked())
        self.cancel_button.setEnabled(running)
        self.open_file_button.setEnabled(not running and bool(self.last_files))
        self.open_folder_button.setEnabled(not running and bool(self.folder.text().strip()))

    # -------------------------------------------------------------- actions

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the statements"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)
            self._set_running(False)

    @Slot()
    def start(self) -> None:
        quarter = self.selected_quarter()
        if quarter is None:
            self.status.setText(self.tr("Not a quarter (expected like 2026Q4)."))
            return
        formats = [f for f, box in (("pdf", self.pdf), ("xlsx", self.xlsx)) if box.isChecked()]
        if not formats:
            self.status.setText(self.tr("Choose PDF, Excel or both."))
            return
        folder = self.folder.text().strip()
        if not folder:
            self.status.setText(self.tr("Choose a folder for the statements."))
            return
        numbers = None if self.all_active.isChecked() else self.checked_numbers()
        if numbers == []:
            self.status.setText(self.tr("Tick at least one work order."))
            return
        if self.settings is not None:
            self.settings.reports_dir = folder  # the folder is offered again next time
        self.last_files = []
        self.worker = statements_task(self.db, quarter, Path(folder), self.language.currentData(),
                                      formats, numbers, self.today,
                                      "internal" if self.internal.isChecked() else "customer",
                                      self.contact_source() if self.contact_source else None)
        self.worker.signals.progress.connect(self._progress)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._failed)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(self.tr("Rendering…"))
        self._set_running(True)
        self.pool.start(self.worker)

    @Slot()
    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_event.set()
            self.status.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("%1 of %2 statements").replace("%1", str(done)).replace("%2", str(total)))

    @Slot(object)
    def _finished(self, result) -> None:
        self.worker = None
        self.last_files = list(result.files)
        if result.cancelled:
            text = self.tr("Cancelled: %1 of %2 statements written.")
        elif result.total == 0:
            text = self.tr("No work order is active in this quarter.")
        else:
            text = self.tr("Done: %1 of %2 statements written.")
        self.status.setText(text.replace("%1", str(result.done)).replace("%2", str(result.total)))
        self._set_running(False)
        self.rendered.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.worker = None
        self.status.setText(self.tr("Failed: %1").replace("%1", message))
        self._set_running(False)
        self.rendered.emit(None)

    @Slot()
    def open_file(self) -> None:
        if self.last_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_files[0])))

    @Slot()
    def open_folder(self) -> None:
        folder = self.folder.text().strip()
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    @Slot()
    def export_calendar(self, path: str | None = None) -> None:
        from app.files import OutputError

        from .failures import output_error_text

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Calendar (.ics)…"),
                                                  str(Path(self.folder.text().strip() or ".") / "deadlines.ics"),
                                                  self.tr("iCalendar (*.ics)"))
        if not path:
            return
        try:
            deadlines, deliveries, _ = svc.export_calendar(
                self.db, path, self.language.currentData(), self.today,
                self.check_settings() if self.check_settings else None)
        except svc.StatementError as exc:
            inform(self, self.tr("Calendar (.ics)…"), str(exc))
            return
        except OutputError as exc:
            inform(self, self.tr("Calendar (.ics)…"), output_error_text(exc, self.language.currentData()))
            return
        self.status.setText(self.tr("Calendar written: %1 (%2 deadlines, %3 deliveries)")
                            .replace("%1", str(path)).replace("%2", str(deadlines))
                            .replace("%3", str(deliveries)))

    def shutdown(self) -> None:
        """Cancel a running batch and wait for it (call before closing the database)."""
        if self.worker is not None:
            self.worker.cancel_event.set()
        self.pool.waitForDone()
