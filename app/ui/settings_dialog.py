"""Settings: language, reminder days, default cancellation fee, data folder, the team database
(a PostgreSQL connection string, never a password: “Use this database” switches the window to
it, “Use the local file” back). And the question asked on a first start with no data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.domain.money import AmountError
from app.messages import t

from .settings import AppSettings, parse_days
from .widgets import AmountField, FieldErrors, buttons, fill_combo

LANG_NAMES = (("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, lang: str, parent=None, db=None):
        super().__init__(parent)
        self.settings = settings
        self.db, self.ui_lang = db, lang
        self.setWindowTitle(self.tr("Settings"))
        self.errors = FieldErrors(lang)
        self.lang = QComboBox()
        self.lang.setObjectName("lang")
        fill_combo(self.lang, [(name, code) for code, name in LANG_NAMES], settings.lang or lang)
        self.reminders = QLineEdit(", ".join(str(d) for d in settings.reminder_days))
        self.reminders.setObjectName("reminder_days")
        self.fee = AmountField(lang)
        self.fee.setObjectName("default_fee_pct")
        self.fee.set_value(settings.default_fee_pct)
        self.folder = QLineEdit(str(settings.data_dir))
        self.folder.setObjectName("data_dir")
        self.manager_name = QLineEdit(settings.manager_name)
        self.manager_name.setObjectName("manager_name")
        self.manager_email = QLineEdit(settings.manager_email)
        self.manager_email.setObjectName("manager_email")
        self.manager_phone = QLineEdit(settings.manager_phone)
        self.manager_phone.setObjectName("manager_phone")
        #: what the window is to switch to when the dialog closes: a connection string, a local
        #: file (Path), or None (stay)
        self.switch_to: str | Path | None = None
        current = str(getattr(db, "path", "") or "")
        on_team = db is not None and bool(getattr(db, "is_pg", False))
        self.team_db = QLineEdit(current if on_team else settings.team_db)
        self.team_db.setObjectName("team_db")
        self.team_db.setPlaceholderText("postgresql://user@host/dbname  ·  service=NAME")
        self.team_db.setToolTip(t("live.team_db_tip", lang))
        self.use_team = QPushButton(t("live.use_team", lang))
        self.use_team.setObjectName("use_team_db")
        self.use_team.clicked.connect(self._use_team)
        self.use_local = QPushButton(t("live.use_local", lang))
        self.use_local.setObjectName("use_local_file")
        self.use_local.clicked.connect(self._use_local)
        self.use_local.setEnabled(on_team)
        self.use_local.setToolTip(t("live.use_local_tip", lang))
        team_buttons = QHBoxLayout()
        team_buttons.addWidget(self.use_team)
        team_buttons.addWidget(self.use_local)
        team_buttons.addStretch()
        team_row = QVBoxLayout()
        team_row.addWidget(self.team_db)
        team_row.addLayout(team_buttons)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()

        def add(label, name, widget, layout=None):
            holder = QVBoxLayout()
            holder.setSpacing(1)
            if layout is not None:
                holder.addLayout(layout)
            else:
                holder.addWidget(widget)
            holder.addWidget(self.errors.label_for(name, widget))
            form.addRow(label, holder)

        add(self.tr("Language"), "lang", self.lang)
        add(self.tr("Reminder days before a deadline"), "reminder_days", self.reminders)
        add(self.tr("Default cancellation fee, %"), "default_fee_pct", self.fee)
        add(self.tr("Data folder"), "data_dir", self.folder, folder_row)
        add(t("live.team_db", lang), "team_db", self.team_db, team_row)
        add(self.tr("Account manager on statements"), "manager_name", self.manager_name)
        add(self.tr("Account manager's e-mail"), "manager_email", self.manager_email)
        add(self.tr("Account manager's phone"), "manager_phone", self.manager_phone)
        note = QLabel(self.tr("Reminders: a deadline shows up once it is within the largest number of days; "
                              "the fee is proposed for new work orders (the contract may say less than 100%)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #607d8b;")
        box = buttons(self.tr("Save"), self.tr("Cancel"))
        box.accepted.connect(self._ok)
        box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        if db is not None:  # the import profiles live in the database
            profiles = QPushButton(self.tr("Import profiles…"))
            profiles.setObjectName("import_profiles")
            profiles.clicked.connect(self.open_profiles)
            lay.addWidget(profiles)
        lay.addWidget(box)
        self.setMinimumWidth(560)

    def open_profiles(self):
        from .profiles_dialog import ProfilesDialog

        dlg = ProfilesDialog(self.db, self.ui_lang, self)
        dlg.open()
        return dlg

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _team_problem(self) -> str | None:
        """The team database field's connection string, checked by the store's rules (nothing
        is connected to here); kept in the settings without a password. None when refused (the
        field says why)."""
        from app.services.live import DatabaseError, check_team_database

        from .failures import db_error_text

        label = self.errors.fields["team_db"][1]
        text = self.team_db.text().strip()
        if not text:
            self.settings.team_db = ""
            return ""
        try:
            shown = check_team_database(text)
        except DatabaseError as exc:
            label.setText(db_error_text(exc, self.ui_lang))
            label.show()
            return None
        label.hide()
        self.settings.team_db = shown
        return text

    def _use_team(self) -> None:
        target = self._team_problem()
        if target is None:
            return
        if not target:
            label = self.errors.fields["team_db"][1]
            label.setText(t("live.type_team_db", self.ui_lang))
            label.show()
            return
        self.switch_to = target
        self._ok()

    def _use_local(self) -> None:
        from app.services.live import local_database

        self.switch_to = self.settings.local_db or local_database()
        self._ok()

    def _ok(self) -> None:
        if self._team_problem() is None:
            self.switch_to = None
            return
        problems = []
        days = parse_days(self.reminders.text())
        if not days:
            problems.append(("reminder_days", "reminder_days"))
        try:
            fee = self.fee.value()
            if not (0 <= fee <= 100):
                problems.append(("default_fee_pct", "percent_range"))
        except AmountError as exc:
            problems.append(("default_fee_pct", exc.reason))
            fee = None
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or (folder.exists() and not folder.is_dir()):
            problems.append(("data_dir", "not_a_folder"))
        if problems:
            self.errors.clear()
            for name, reason in problems:
                words = {"reminder_days": self.tr("whole days between 0 and 366, separated by commas"),
                         "not_a_folder": self.tr("is not a folder")}
                if reason in words:
                    self.errors.fields[name][1].setText(words[reason])
                    self.errors.fields[name][1].show()
                else:
                    self.errors.show([(name, reason)])
            return
        self.settings.lang = self.lang.currentData()
        self.settings.reminder_days = days
        self.settings.default_fee_pct = fee
        self.settings.data_dir = folder
        self.settings.manager_name = self.manager_name.text()
        self.settings.manager_email = self.manager_email.text()
        self.settings.manager_phone = self.manager_phone.text()
        self.settings.sync()
        self.accept()


class FirstStartDialog(QDialog):
    """No data yet: load the demo portfolio, or start empty."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Unified Planner"))
        self.choice = "empty"
        text = QLabel(self.tr("This database holds no work order yet. Load the demo portfolio to look around "
                              "(five work orders of customers in Kazakhstan and neighbouring countries), or "
                              "start empty and create or import your own."))
        text.setWordWrap(True)
        demo = QPushButton(self.tr("Load the demo portfolio"))
        demo.setObjectName("load_demo")
        empty = QPushButton(self.tr("Start empty"))
        empty.setObjectName("start_empty")
        demo.setDefault(True)
        demo.clicked.connect(lambda: self._choose("demo"))
        empty.clicked.connect(lambda: self._choose("empty"))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(demo)
        row.addWidget(empty)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addLayout(row)
        self.setMinimumWidth(520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
