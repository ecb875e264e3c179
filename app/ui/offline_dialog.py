"""File › Take offline… and File › Bring offline changes back… (issue 17).

Take: tick work orders, choose a new laptop file; ``offline.take`` copies them off the GUI thread.

Bring: a laptop copy made by ``offline take`` is
compared with the window's database as a dry run, off the GUI thread; every conflict is listed
field by field (record, field, as taken, laptop, this database) with a choice each, beside what
comes without conflict; Apply, enabled once every conflict is decided, runs the real bring with
those decisions, off the GUI thread too. A refusal (not a laptop copy, another database, an
overdraw) is said in the service's words, and nothing is written. No SQL and no merge rule here:
app.services.offline decides; this only shows and asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.messages import has, t
from app.services import offline
from app.texts import field_name, offline_refusal

from .failures import db_error_text, shown, tooltip
from .history_view import value_text as recorded_value
from .workers import Task, Tasks

LAPTOP, SERVER = offline.LAPTOP, offline.SERVER
#: the columns: work order, record, field, as taken, laptop (tick to keep), this database (tick)
COLUMNS = ("work_order", "record", "field", "base", "laptop", "server")
_SIDE = {4: LAPTOP, 5: SERVER}


class Said(Exception):
    """A refusal already worded for the user (the worker's result is said as it is)."""


def bring_work(laptop: Path, db, lang: str, decisions: dict[str, str], dry_run: bool):
    """The worker's job: ``offline.bring``, its refusals turned into the service's words."""
    from app.services.session import DatabaseError

    def work(progress):
        progress(0, 0)
        try:
            return offline.bring(laptop, db, decisions, None, dry_run)
        except offline.OfflineRefused as exc:
            raise Said(offline_refusal(exc, lang, show=shown)) from exc
        except DatabaseError as exc:  # the chosen file is no planner database, or cannot be read
            raise Said(db_error_text(exc, lang)) from exc

    return work


def record_text(c: offline.FieldConflict, lang: str) -> str:
    key = f"offline.record.{c.table}"
    return t(key, lang, label=c.label or c.server_id) if has(key) else f"{c.table} {c.server_id}"


def field_text(c: offline.FieldConflict, lang: str) -> str:
    if not c.field:
        return t("offline.ui.whole", lang)
    return field_name(c.field, lang)  # the fields as the history and the concurrency messages name them


def value_text(c: offline.FieldConflict, side: str, lang: str) -> str:
    v = getattr(c, side)
    if not c.field:  # a whole record: deleted on one side, changed on the other
        return t(f"offline.ui.{v}", lang) if v in ("deleted", "changed") else "—"
    return t("offline.ui.empty", lang) if v in (None, "") else recorded_value(c.field, v, lang)


class ConflictsModel(QAbstractTableModel):
    """The conflicts, one per row; the laptop's and this database's value are checkable: the
    ticked one is kept (at most one per row; none at first)."""

    #: the number of decided rows changed
    decided = Signal()

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.rows: list[offline.FieldConflict] = []
        self.choices: dict[str, str] = {}
        self.locked = False

    def set_conflicts(self, rows: list[offline.FieldConflict]) -> None:
        """New conflicts (a choice made earlier for the same conflict is kept)."""
        self.beginResetModel()
        self.rows = list(rows)
        keys = {c.key for c in rows}
        self.choices = {k: v for k, v in self.choices.items() if k in keys}
        self.endResetModel()
        self.decided.emit()

    def all_decided(self) -> bool:
        return all(c.key in self.choices for c in self.rows)

    def choose(self, key: str, side: str | None) -> None:
        if self.locked:
            return
        if side is None:
            self.choices.pop(key, None)
        else:
            self.choices[key] = side
        for i, c in enumerate(self.rows):
            if c.key == key:
                self.dataChanged.emit(self.index(i, 4), self.index(i, 5))
        self.decided.emit()

    def choose_all(self, side: str) -> None:
        for c in self.rows:
            self.choose(c.key, side)

    # -- the model
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return t(f"offline.ui.col.{COLUMNS[section]}", self.lang)
        return None

    def cell(self, c: offline.FieldConflict, column: int) -> str:
        if column == 0:
            return c.work_order or "—"
        if column == 1:
            return record_text(c, self.lang)
        if column == 2:
            return field_text(c, self.lang)
        return value_text(c, COLUMNS[column], self.lang)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        c = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self.cell(c, col))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.cell(c, col))
        if role == Qt.ItemDataRole.CheckStateRole and col in _SIDE:
            return Qt.CheckState.Checked if self.choices.get(c.key) == _SIDE[col] else Qt.CheckState.Unchecked
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in _SIDE and not self.locked:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or index.column() not in _SIDE or self.locked:
            return False
        key, side = self.rows[index.row()].key, _SIDE[index.column()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if checked:
            self.choose(key, side)
        elif self.choices.get(key) == side:
            self.choose(key, None)
        return True


class BringDialog(QDialog):
    """Opened on a chosen laptop file; the dry run starts at once. ``brought`` is True once the
    changes were written; ``written`` is emitted then (the window reads its data again)."""

    written = Signal()

    def __init__(self, db, lang: str, laptop: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("offline_bring")
        self.db, self.lang, self.laptop = db, lang, Path(laptop)
        self.tasks = Tasks()
        self.result: offline.BringResult | None = None
        self.brought = False
        self.error = ""
        #: "comparing", "ready", "refused", "bringing", "done"
        self.state = "comparing"
        self.setWindowTitle(t("offline.ui.title", lang))
        self.resize(1040, 560)

        self.where = QLabel(t("offline.ui.laptop", lang, path=shown(self.laptop)) + "\n"
                            + t("offline.ui.target", lang, path=shown(getattr(db, "path", ""))))
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("offline_progress")
        self.progress.setRange(0, 0)  # busy: the bring says no steps
        self.progress.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("offline_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.clean = QLabel()
        self.clean.setObjectName("offline_clean")
        self.clean.setTextFormat(Qt.TextFormat.PlainText)
        self.clean.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)

        self.model = ConflictsModel(lang, self)
        self.model.decided.connect(self._decided)
        self.view = QTableView()
        self.view.setObjectName("offline_conflicts")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.count = QLabel()
        self.count.setObjectName("offline_decided")
        self.all_laptop = QPushButton(t("offline.ui.all_laptop", lang))
        self.all_laptop.clicked.connect(lambda: self.model.choose_all(LAPTOP))
        self.all_server = QPushButton(t("offline.ui.all_server", lang))
        self.all_server.clicked.connect(lambda: self.model.choose_all(SERVER))
        choices = QHBoxLayout()
        choices.addWidget(self.count, 1)
        choices.addWidget(self.all_laptop)
        choices.addWidget(self.all_server)

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(t("offline.ui.apply", lang), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("offline_apply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = self.buttons.addButton(t("offline.ui.close", lang), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.clean)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.filler = QWidget()  # takes the room of the table while there is none to show
        layout.addWidget(self.filler, 1)
        layout.addLayout(choices)
        layout.addWidget(self.buttons)
        self.clean.hide()
        self.hint.hide()
        self._show_conflict_part(False)
        self._run(dry_run=True)

    # -- running
    def _run(self, dry_run: bool) -> Task:
        self.state = "comparing" if dry_run else "bringing"
        self.progress.show()
        self.status.setText(t("offline.ui.comparing" if dry_run else "offline.ui.bringing", self.lang))
        self.apply_button.setEnabled(False)
        self.model.locked = True
        decisions = {} if dry_run else dict(self.model.choices)
        task = Task(bring_work(self.laptop, self.db, self.lang, decisions, dry_run), expected=(Said,))
        task.signals.finished.connect(lambda result: self._arrived(result, dry_run))
        task.signals.failed.connect(self._failed)
        return self.tasks.start(task)

    def apply(self) -> None:
        if self.state == "ready" and self.model.all_decided():
            self._run(dry_run=False)

    def _failed(self, words: str) -> None:
        self.progress.hide()
        self.state = "refused"
        self.error = words
        self.status.setText(words)
        self.status.setStyleSheet("color: #b00020;")
        self.status.show()
        self.model.locked = False
        self._decided()

    def _arrived(self, result: offline.BringResult, dry_run: bool) -> None:
        self.progress.hide()
        self.result = result
        self.model.locked = False
        if not dry_run and result.written:
            self.state, self.brought = "done", True
            self.status.setStyleSheet("")
            self.status.show()
            self.status.setText(t("offline.ui.done", self.lang, taken=result.taken, inserted=result.inserted,
                                  appended=result.appended, deleted=result.deleted,
                                  conflicts=len(result.conflicts)))
            self.model.locked = True
            self.all_laptop.setEnabled(False)
            self.all_server.setEnabled(False)
            self.apply_button.setEnabled(False)
            self.clean.hide()
            self.written.emit()
            return
        self.state = "ready"
        changed_since = not dry_run  # not written: new conflicts appeared since the dry run
        self.model.set_conflicts(result.conflicts)
        self.status.setText(t("offline.ui.changed_since", self.lang) if changed_since else "")
        self.status.setVisible(changed_since)
        if changed_since:
            self.status.setStyleSheet("color: #b00020;")
        anything = bool(result.conflicts or result.taken or result.inserted or result.deleted)
        lines = [t("offline.ui.clean", self.lang, taken=result.taken, inserted=result.inserted,
                   appended=result.appended, deleted=result.deleted) if anything else t("offline.ui.nothing", self.lang)]
        lines += [t("offline.ui.renumbered", self.lang, work_order=shown(wo), old=shown(old), new=shown(new))
                  for wo, old, new in result.renumbered]
        self.clean.setText("\n".join(lines))
        self.clean.show()
        self.hint.show()
        self.hint.setText(t("offline.ui.conflicts" if result.conflicts else "offline.ui.no_conflicts", self.lang))
        self._show_conflict_part(bool(result.conflicts))
        self._fit_columns()
        self._decided()

    def _show_conflict_part(self, on: bool) -> None:
        for w in (self.view, self.count, self.all_laptop, self.all_server):
            w.setVisible(on)
        self.filler.setVisible(not on)

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in range(len(COLUMNS) - 1):  # long values: a column never takes the whole width
            header.resizeSection(col, min(header.sectionSize(col), 260))
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

    def _decided(self) -> None:
        rows = self.model.rows
        done = sum(1 for c in rows if c.key in self.model.choices)
        self.count.setText(t("offline.ui.decided", self.lang, done=done, total=len(rows)))
        r = self.result
        anything = r is not None and bool(r.conflicts or r.taken or r.inserted or r.deleted)
        self.apply_button.setEnabled(self.state == "ready" and anything and self.model.all_decided())

    def done(self, code: int) -> None:  # noqa: D401 - QDialog.done: wait for a running bring first
        self.tasks.wait()
        super().done(code)


def take_work(source, target: Path, numbers: list[str], lang: str):
    """The worker's job: ``offline.take``, its refusals turned into words."""
    from app.services.session import DatabaseError

    def work(progress):
        progress(0, 0)
        try:
            return offline.take(source, target, numbers)
        except offline.OfflineRefused as exc:
            raise Said(offline_refusal(exc, lang, show=shown)) from exc
        except offline.TransferRefused as exc:
            key = "offline.target_not_empty" if exc.reason == "target_not_empty" else f"migrate.{exc.reason}"
            raise Said(t(key, lang, detail=shown(exc.target), target=shown(exc.target))) from exc
        except DatabaseError as exc:
            raise Said(db_error_text(exc, lang)) from exc

    return work


class TakeDialog(QDialog):
    """``work_orders``: (number, customer) of the portfolio; ``current``: ticked at first."""

    def __init__(self, db, lang: str, work_orders: list[tuple[str, str]], current: str = "",
                 folder: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("offline_take")
        self.db, self.lang, self.folder = db, lang, folder
        self.tasks = Tasks()
        self.target: Path | None = None
        self.result: offline.TakeResult | None = None
        self.error = ""
        self.state = "choosing"  # "taking", "done", "refused"
        self.setWindowTitle(t("offline.ui.take_title", lang))
        self.resize(720, 480)
        hint = QLabel(t("offline.ui.take_hint", lang))
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("offline_take_list")
        for number, customer in work_orders:
            item = QListWidgetItem(shown(f"{number} — {customer}"))
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if number == current else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._ready())
        self.chosen_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(t("offline.ui.take_none", lang))
        self.choose_button = QPushButton(t("offline.ui.take_choose", lang))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(t("offline.ui.take_file", lang)))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("offline_take_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.take_button = self.buttons.addButton(t("offline.ui.take", lang), QDialogButtonBox.ButtonRole.ApplyRole)
        self.take_button.setObjectName("offline_take_button")
        self.take_button.clicked.connect(self.take)
        self.buttons.addButton(t("offline.ui.close", lang), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.chosen_label)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._ready()

    def numbers(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def choose_file(self) -> None:
        default = str(Path(self.folder) / "laptop.db") if self.folder else "laptop.db"
        path, _ = QFileDialog.getSaveFileName(self, t("offline.ui.take_title", self.lang), default,
                                              t("offline.ui.filter", self.lang))
        if path:
            self.set_target(Path(path) if path.endswith(".db") else Path(path + ".db"))

    def set_target(self, path: Path) -> None:
        self.target = path
        self.path_edit.setText(shown(path))
        self._ready()

    def _ready(self) -> None:
        n = len(self.numbers())
        self.chosen_label.setText(t("offline.ui.take_chosen", self.lang, n=n))
        self.take_button.setEnabled(self.state in ("choosing", "refused") and n > 0 and self.target is not None)

    def take(self) -> Task | None:
        if not self.take_button.isEnabled() or self.target is None:
            return None
        self.state = "taking"
        self._ready()
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(t("offline.ui.taking", self.lang))
        task = Task(take_work(self.db.path, self.target, self.numbers(), self.lang), expected=(Said,))
        task.signals.finished.connect(self._taken)
        task.signals.failed.connect(self._failed)
        return self.tasks.start(task)

    def _taken(self, result: offline.TakeResult) -> None:
        self.progress.hide()
        self.state, self.result = "done", result
        self.status.setText(t("offline.taken", self.lang, target=shown(self.target),
                              work_orders=", ".join(shown(n) for n in result.work_orders), rows=result.rows))
        self._ready()

    def _failed(self, words: str) -> None:
        self.progress.hide()
        self.state, self.error = "refused", words
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(words)
        self._ready()

    def done(self, code: int) -> None:
        self.tasks.wait()
        super().done(code)
