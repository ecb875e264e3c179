"""The import dialog: pick a workbook (.xlsx .xlsm .ods .xls or CSV), validate it in the
background (the window stays responsive), preview what is new, changed and unchanged, fix service
matches, map columns over a preview of the first rows (and a CSV file's encoding and separator),
import in one transaction (remembering the answers as an import profile when asked), or save an
error workbook for a rejected file. No SQL here: app.services.importer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.catalog import catalog
from app.messages import t
from app.messages import workbook as messages
from app.workbook import format as fmt

from .failures import shown, tooltip
from .workers import Task, Tasks

_KIND_SHEET = {"work_order": "work_orders", "location": "locations", "line": "services",
               "delivery": "deliveries", "ledger": "ledger"}


class RowsModel(QAbstractTableModel):
    """A read-only table over a list; ``cells(item)`` gives the row's texts, computed when shown."""

    def __init__(self, headers: list[str], items: list, cells, colour=None, parent=None):
        super().__init__(parent)
        self.headers, self.items, self.cells, self.colour = headers, items, cells, colour

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        item = self.items[index.row()]
        if role == Qt.DisplayRole:  # workbook text: bidi overrides removed, controls visible
            return shown(self.cells(item)[index.column()])
        if role == Qt.ToolTipRole:  # tooltips guess rich text: always given escaped
            return tooltip(self.cells(item)[index.column()])
        if role == Qt.BackgroundRole and self.colour:
            return self.colour(item)
        return None


class ImportDialog(QDialog):
    def __init__(self, db, lang: str, parent=None):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.plan = None
        #: after a successful import: the change it made (for the window's Undo) and its words
        self.change = None
        self.done_words = ""
        self.tasks = Tasks()
        self.choices: dict[str, str] = {}
        self.combos: dict[str, QComboBox] = {}
        self.columns: dict[str, str] = {}  # header as written -> field key ("" ignores it)
        self.column_combos: list[tuple[str, str, QComboBox]] = []  # (sheet, header, combo)
        self.encoding: str | None = None
        self.separator: str | None = None
        self.setWindowTitle(self.tr("Import a work order workbook"))
        self.resize(1100, 650)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No workbook chosen"))
        self.browse_button = QPushButton(self.tr("Choose a workbook…"))
        self.browse_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.path_edit, 1)
        top.addWidget(self.browse_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.summary = QLabel(self.tr("Choose a workbook to see what it would change."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file names and cells

        self.changes_view = self._table()
        self.problems_view = self._table()
        self.notices_view = self._table()
        self.services_page = QWidget()
        self.services_form = QFormLayout(self.services_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.changes_view, self.tr("Changes"))
        self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.tabs.addTab(self.services_page, self.tr("Service matches"))
        self.tabs.addTab(self.notices_view, self.tr("Notes"))
        self.columns_page = self._columns_page()
        self.tabs.addTab(self.columns_page, self.tr("Columns"))

        self.save_profile = QCheckBox(self.tr("Remember the columns and services chosen as the import profile"))
        self.profile_name = QLineEdit()
        self.profile_name.setPlaceholderText(self.tr("Profile name, e.g. the supplier"))
        self.profile_name.setEnabled(False)
        self.save_profile.toggled.connect(self.profile_name.setEnabled)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.save_profile)
        profile_row.addWidget(self.profile_name, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.AcceptRole)
        self.errors_button = self.buttons.addButton(self.tr("Save error workbook…"),
                                                    QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.import_button.setEnabled(False)
        self.errors_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.errors_button.clicked.connect(self.save_errors)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(profile_row)
        layout.addWidget(self.buttons)

    @staticmethod
    def _table() -> QTableView:
        view = QTableView()
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QTableView.SelectRows)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().hide()
        return view

    def _columns_page(self) -> QWidget:
        """The mapping step (as GnuCash's import assistant): per sheet, the first rows under a
        combo per column choosing its field or "ignore"; for a CSV file, its encoding and
        separator as detected, to change."""
        from app.workbook.reader import CSV_ENCODINGS

        page = QWidget()
        lay = QVBoxLayout(page)
        self.csv_row = QWidget()
        row = QHBoxLayout(self.csv_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItem(self.tr("detected"), None)
        for e in CSV_ENCODINGS:
            self.encoding_combo.addItem(e, e)
        self.separator_combo = QComboBox()
        self.separator_combo.addItem(self.tr("detected"), None)
        for sep, text in ((";", ";"), (",", ","), ("tab", self.tr("tab")), ("|", "|")):
            self.separator_combo.addItem(text, sep)
        self.csv_label = QLabel()
        self.csv_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.csv_label, 1)
        row.addWidget(QLabel(self.tr("Encoding")))
        row.addWidget(self.encoding_combo)
        row.addWidget(QLabel(self.tr("Separator")))
        row.addWidget(self.separator_combo)
        self.csv_row.hide()
        lay.addWidget(self.csv_row)
        hint = QLabel(self.tr("Choose what each column is, or ignore it; the first rows of the file are "
                              "shown under the choices."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.columns_area = QScrollArea()
        self.columns_area.setWidgetResizable(True)
        lay.addWidget(self.columns_area, 1)
        self.reread_button = QPushButton(self.tr("Read the file again with these choices"))
        self.reread_button.clicked.connect(self.reread)
        self.reread_button.setEnabled(False)
        lay.addWidget(self.reread_button)
        return page

    # ------------------------------------------------------------------ validating
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a workbook"), "",
            self.tr("Workbooks and CSV files (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt);;"
                    "Excel workbook (*.xlsx *.xlsm);;OpenDocument spreadsheet (*.ods);;"
                    "Excel 97-2003 workbook (*.xls);;CSV file (*.csv *.tsv *.txt)"))
        if path:
            self.columns, self.encoding, self.separator = {}, None, None
            self.load(Path(path))

    def reread(self) -> Task | None:
        """Read the same file again with the columns mapped and the CSV encoding and separator
        chosen on the Columns page."""
        if self.plan is None:
            return None
        for _sheet, header, combo in self.column_combos:
            if combo.currentData() != combo.property("initial"):
                self.columns[header] = combo.currentData()
        self.encoding = self.encoding_combo.currentData()
        self.separator = self.separator_combo.currentData()
        return self.load(self.plan.path)

    def load(self, path: Path) -> Task:
        """Read and validate ``path`` in the background."""
        from app.services.importer import plan_import
        from app.workbook.reader import WorkbookError

        self.path_edit.setText(str(path))
        self.plan = None
        from app.services.profiles import ProfileError

        db, lang, choices, columns = self.db, self.lang, dict(self.choices), dict(self.columns)
        encoding, separator = self.encoding, self.separator

        def work(progress):
            try:
                return plan_import(db, path, lang, lambda p: progress(p, 100), choices, columns,
                                   encoding=encoding, separator=separator)
            except (WorkbookError, ProfileError) as exc:  # shown in the user's language, not as an exception
                return exc

        return self._start(work, self.tr("Reading %1…").replace("%1", path.name))

    def revalidate(self) -> Task | None:
        """Validate again with the service matches chosen (the file is not read again)."""
        from app.services.importer import replan

        if self.plan is None:
            return None
        self.choices.update({name: combo.currentData() for name, combo in self.combos.items()
                             if combo.currentData()})
        db, lang, plan, choices = self.db, self.lang, self.plan, dict(self.choices)
        return self._start(lambda progress: replan(db, plan, lang, choices, lambda p: progress(p, 100)),
                           self.tr("Checking…"))

    def _start(self, work, text: str) -> Task:
        self.import_button.setEnabled(False)
        self.errors_button.setEnabled(False)
        self.browse_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(text)
        task = Task(work)
        task.signals.progress.connect(lambda done, total: self.progress.setValue(done * 100 // max(total, 1)))
        task.signals.finished.connect(self._planned)
        task.signals.failed.connect(self._failed)
        return self.tasks.start(task)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.browse_button.setEnabled(True)
        self.summary.setText(self.tr("The workbook cannot be read: %1").replace("%1", message))

    def _planned(self, result) -> None:
        from app.workbook.reader import WorkbookError

        self.progress.hide()
        self.browse_button.setEnabled(True)
        from app.services.profiles import ProfileError

        if isinstance(result, WorkbookError):
            self._failed(messages.file_error_text(result.reason, self.lang))
            return
        if isinstance(result, ProfileError):
            self._failed(result.text(self.lang))
            return
        self.show_plan(result)

    def show_plan(self, plan) -> None:
        self.plan = plan
        lang = self.lang
        counts = plan.counts
        text = self.tr("%1 new, %2 changed, %3 unchanged.").replace("%1", str(counts["new"])) \
            .replace("%2", str(counts["changed"])).replace("%3", str(counts["unchanged"]))
        if plan.problems:
            text += " " + self.tr("Rejected: %1 problems. Nothing will be written until they are fixed.") \
                .replace("%1", str(len(plan.problems)))
        if plan.profile is not None:
            said = t("import.mapped_by_profile", lang, name=plan.profile)
            text += " " + said[:1].upper() + said[1:] + "."
            if not self.profile_name.text():
                self.profile_name.setText(plan.profile)
        self.summary.setText(text)
        status_word = {"new": self.tr("new"), "changed": self.tr("changed"), "unchanged": self.tr("unchanged")}
        colours = {"new": QColor("#e2f0d9"), "changed": QColor("#fff2cc")}

        def field_name(kind: str, name: str) -> str:
            sheet = fmt.SHEET_BY_KEY[_KIND_SHEET[kind]]
            key = "line_no" if name == "line_no" else name
            col = next((c for c in sheet.columns if c.key == key), None)
            return col.header(lang) if col else name

        from app.workbook.validate import reason_text, shown

        from .history_view import value_text

        def word(f: str, v) -> str:
            """A value in words: a role, status, funding, unit or kind in the interface language,
            a date and an amount in the locale ("Роль: хост-ел", not "Роль: host")."""
            text = shown(v)
            if text == "":
                return text
            name = "entry_date" if f == "on" else f
            return value_text(name, getattr(v, "value", text), lang)

        def change_cells(c):
            fields = "; ".join(f"{field_name(c.kind, f)}: {word(f, a)} → {word(f, b)}" if c.status == "changed"
                               else f"{field_name(c.kind, f)}: {word(f, b)}" for f, a, b in c.fields)
            return (status_word[c.status], c.sheet, str(c.row), c.work_order,
                    "" if c.key is None else str(c.key), fields)

        self.changes_view.setModel(RowsModel(
            [self.tr("Status"), self.tr("Sheet"), self.tr("Row"), self.tr("Work order"), self.tr("Record"),
             self.tr("Values")], plan.changes, change_cells, lambda c: colours.get(c.status), self))
        self.problems_view.setModel(RowsModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")],
            plan.problems,
            lambda p: (p.sheet, str(p.row), f"{p.column} ({p.letter or '—'})", p.value,
                       reason_text(p.reason, p.params, lang)),
            lambda _p: QColor("#ffc7ce"), self))
        self.notices_view.setModel(RowsModel([self.tr("Note")], plan.notices, lambda n: (n.text(lang),),
                                             None, self))
        self._service_combos(plan)
        self._column_tables(plan)
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(len(plan.problems))))
        if plan.problems:
            self.tabs.setCurrentIndex(2 if self.combos else 1)
        self.import_button.setEnabled(plan.ok)
        self.errors_button.setEnabled(bool(plan.problems))

    def _service_combos(self, plan) -> None:
        while self.services_form.rowCount():
            self.services_form.removeRow(0)
        self.combos = {}
        unmatched = plan.unmatched_services()
        if not unmatched:
            self.services_form.addRow(QLabel(self.tr("Every service name matches the catalog.")))
            return
        self.services_form.addRow(QLabel(self.tr(
            "These service names are not in the catalog. Choose the service each one means; "
            "nothing is taken without your choice.")))
        services = sorted(catalog(), key=lambda s: s.name(self.lang).casefold())
        for name, proposals in unmatched.items():
            combo = QComboBox()
            combo.addItem(self.tr("— choose a service —"), None)
            for code in proposals:
                combo.addItem(self.tr("Proposed: %1").replace("%1", f"{catalog()[code].name(self.lang)} ({code})"),
                              code)
            combo.insertSeparator(combo.count())
            for s in services:
                combo.addItem(f"{s.name(self.lang)} ({s.code})", s.code)
            self.combos[name] = combo
            from .failures import plain, shown

            self.services_form.addRow(plain(QLabel(shown(name))), combo)
        apply = QPushButton(self.tr("Use these services and check again"))
        apply.clicked.connect(self.revalidate)
        self.services_form.addRow(apply)

    def _column_tables(self, plan) -> None:
        from app.workbook.validate import shown as cell_text

        from .failures import shown

        holder = QWidget()
        lay = QVBoxLayout(holder)
        self.column_combos = []
        for sheet in plan.raw.sheets:
            if sheet.header_row == 0:
                continue
            spec = fmt.SHEET_BY_KEY[sheet.key]
            heads = {i: (text, key) for key, (i, text) in sheet.columns.items()}
            heads.update({i: (text, "") for i, text in sheet.extra})
            heads.update({i: (text, key) for i, text, key in sheet.duplicates})
            if not heads:
                continue
            width = max(heads) + 1
            preview = sheet.rows[:8]
            table = QTableWidget(1 + len(preview), width)
            table.setObjectName(f"columns:{sheet.title}")
            table.setHorizontalHeaderLabels([shown(heads[i][0]) if i in heads else "" for i in range(width)])
            table.setVerticalHeaderLabels([self.tr("Field")] + [str(r) for r, _v in preview])
            for i, (text, key) in heads.items():
                combo = QComboBox()
                combo.addItem(self.tr("— ignore —"), "")
                for col in spec.columns:
                    combo.addItem(col.header(self.lang), col.key)
                combo.setCurrentIndex(max(combo.findData(key), 0))
                combo.setProperty("initial", combo.currentData())
                table.setCellWidget(0, i, combo)
                self.column_combos.append((sheet.title, text, combo))
            for r, (_row, values) in enumerate(preview, start=1):
                for c in range(min(width, len(values))):
                    v = values[c]
                    item = QTableWidgetItem(shown(cell_text(v)) if v not in (None, "") else "")
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    table.setItem(r, c, item)
            table.resizeColumnsToContents()
            table.setMinimumHeight(min(60 + 30 * (1 + len(preview)), 320))
            title = QLabel(shown(sheet.title))
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setStyleSheet("font-weight: bold;")
            lay.addWidget(title)
            lay.addWidget(table)
        lay.addStretch()
        self.columns_area.setWidget(holder)
        csv = next((params for key, params in plan.raw.source if key == "read_as_csv"), None)
        self.csv_row.setVisible(csv is not None)
        if csv is not None:
            self.csv_label.setText(self.tr("Read as CSV: encoding %1, separator %2")
                                   .replace("%1", csv["encoding"]).replace("%2", csv["separator"]))
            self.encoding_combo.setCurrentIndex(max(self.encoding_combo.findData(self.encoding), 0))
            self.separator_combo.setCurrentIndex(max(self.separator_combo.findData(self.separator), 0))
        self.reread_button.setEnabled(True)

    # ------------------------------------------------------------------ importing
    def run_import(self) -> Task | None:
        from app.services.importer import ImportRejected, commit_change

        if self.plan is None or not self.plan.ok:
            return None
        from app.services.profiles import ProfileError

        db, plan = self.db, self.plan
        name = self.profile_name.text().strip() if self.save_profile.isChecked() else None

        def work(progress):
            progress(0, 0)
            try:
                return commit_change(db, plan, save_profile=name)
            except (ImportRejected, ProfileError) as exc:
                return exc

        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        task = Task(work)
        task.signals.finished.connect(self._committed)
        task.signals.failed.connect(self._commit_failed)
        return self.tasks.start(task)

    def _commit_failed(self, message: str) -> None:
        """The import's transaction was refused (a full disk, a read-only file…): it rolled back
        as a whole; the workbook is not at fault."""
        self.progress.hide()
        self.progress.setRange(0, 100)
        self.browse_button.setEnabled(True)
        self.import_button.setEnabled(self.plan is not None and self.plan.ok)
        self.summary.setText(self.tr("Nothing was imported: %1. The database is as it was.").replace("%1", message))

    def _committed(self, result) -> None:
        from app.services.importer import ImportRejected

        self.progress.hide()
        self.progress.setRange(0, 100)
        from app.services.profiles import ProfileError

        if isinstance(result, ImportRejected):
            self.plan.problems = result.problems
            self.show_plan(self.plan)
            return
        if isinstance(result, ProfileError):  # a bad profile name: nothing was written
            self.summary.setText(result.text(self.lang))
            self.import_button.setEnabled(True)
            return
        from app.services.importer import done_text

        _counts, self.change = result
        self.done_words = done_text(self.plan, self.lang)
        self.accept()

    def save_errors(self) -> None:
        if self.plan is None:
            return
        default = str(self.plan.path.with_name(self.plan.path.stem + "-errors.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save error workbook"), default,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.write_errors(Path(path if path.endswith(".xlsx") else path + ".xlsx"))

    def write_errors(self, path: Path) -> None:
        from app.files import OutputError
        from app.services.importer import save_error_workbook
        from app.workbook.reader import WorkbookError

        from .failures import output_error_text

        try:
            path = save_error_workbook(self.plan, path, self.lang, Path(self.db.path))
            self.summary.setText(self.tr("Error workbook saved: %1").replace("%1", str(path)))
        except OutputError as exc:
            self.summary.setText(output_error_text(exc, self.lang))
        except WorkbookError as exc:
            self.summary.setText(self.tr("The error workbook cannot be written: %1")
                                 .replace("%1", messages.file_error_text(exc.reason, self.lang)))

    def done(self, result: int) -> None:
        self.tasks.wait()
        super().done(result)
