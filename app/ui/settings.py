"""The window's own settings (language, reminders, default fee, data folder, last database,
geometry) in an INI file. The folder is the user's config folder, or ``UNIFIED_PLANNER_CONFIG``
when set; tests pass their own folder, so they never touch real settings."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app.domain.money import AmountError, to_decimal
from app.messages import LANGS

DEFAULT_REMINDERS = (30, 14, 7)


def config_dir() -> Path:
    env = os.environ.get("UNIFIED_PLANNER_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_path

    return user_config_path("UnifiedPlanner", appauthor=False)


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("UnifiedPlanner", appauthor=False)


class AppSettings:
    """Typed access to the settings file."""

    def __init__(self, folder: Path | str | None = None):
        self.folder = Path(folder) if folder else config_dir()
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and folder is None:  # the settings name the databases: private
            try:
                os.chmod(self.folder, 0o700)
            except OSError:
                pass
        self.qs = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        self._private()

    # -- language
    @property
    def lang(self) -> str | None:
        value = self.qs.value("ui/lang", "")
        return value if value in LANGS else None

    @lang.setter
    def lang(self, value: str) -> None:
        self.qs.setValue("ui/lang", value)

    # -- rules
    @property
    def reminder_days(self) -> tuple[int, ...]:
        text = str(self.qs.value("rules/reminder_days", ""))
        days = parse_days(text)
        return days or DEFAULT_REMINDERS

    @reminder_days.setter
    def reminder_days(self, days: tuple[int, ...]) -> None:
        self.qs.setValue("rules/reminder_days", ",".join(str(d) for d in days))

    @property
    def default_fee_pct(self) -> Decimal:
        try:
            return to_decimal(str(self.qs.value("rules/default_fee_pct", "100")))
        except AmountError:
            return Decimal(100)

    @default_fee_pct.setter
    def default_fee_pct(self, value: Decimal) -> None:
        self.qs.setValue("rules/default_fee_pct", str(value))

    # -- the account manager printed on the statements' page 1 (issue 15)
    def _text(self, key: str) -> str:
        return str(self.qs.value(key, "") or "").strip()

    @property
    def manager_name(self) -> str:
        return self._text("statement/manager_name")

    @manager_name.setter
    def manager_name(self, value: str) -> None:
        self.qs.setValue("statement/manager_name", value.strip())

    @property
    def manager_email(self) -> str:
        return self._text("statement/manager_email")

    @manager_email.setter
    def manager_email(self, value: str) -> None:
        self.qs.setValue("statement/manager_email", value.strip())

    @property
    def manager_phone(self) -> str:
        return self._text("statement/manager_phone")

    @manager_phone.setter
    def manager_phone(self, value: str) -> None:
        self.qs.setValue("statement/manager_phone", value.strip())

    def statement_contact(self):
        """The account manager as the statements print it (app.reports.statement.Contact)."""
        from app.reports.statement import Contact

        return Contact(self.manager_name, self.manager_email, self.manager_phone)

    # -- files
    @property
    def data_dir(self) -> Path:
        value = self.qs.value("files/data_dir", "")
        return Path(value) if value else default_data_dir()

    @data_dir.setter
    def data_dir(self, value: Path | str) -> None:
        self.qs.setValue("files/data_dir", str(value))

    @property
    def reports_dir(self) -> Path:
        """Where the Reports screen writes statements: the folder last used, else the user's
        Documents (or home) folder."""
        value = self.qs.value("files/reports_dir", "")
        if value:
            return Path(value)
        from PySide6.QtCore import QStandardPaths

        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    @reports_dir.setter
    def reports_dir(self, value: Path | str) -> None:
        self.qs.setValue("files/reports_dir", str(value))

    @property
    def last_db(self) -> Path | None:
        value = self.qs.value("files/last_db", "")
        from app.services.session import is_team_database

        if value and is_team_database(str(value)):
            return str(value)  # type: ignore[return-value]  # a team database: its connection string
        return Path(value) if value else None

    @last_db.setter
    def last_db(self, value: Path | str) -> None:
        from app.services.session import is_team_database, team_database_shown

        # a team database is kept without a password, ever (libpq reads it from ~/.pgpass)
        self.qs.setValue("files/last_db", team_database_shown(value) if is_team_database(value) else str(value))

    @property
    def team_db(self) -> str:
        """The team database of Settings › Team database: its connection string, never a password."""
        return str(self.qs.value("files/team_db", ""))

    @team_db.setter
    def team_db(self, value: str) -> None:
        from app.services.session import is_team_database, team_database_shown

        value = value.strip()
        self.qs.setValue("files/team_db", team_database_shown(value) if is_team_database(value) else "")

    @property
    def local_db(self) -> Path | None:
        """The local file the window used before switching to a team database (to go back to)."""
        value = str(self.qs.value("files/local_db", ""))
        return Path(value) if value else None

    @local_db.setter
    def local_db(self, value: Path | str) -> None:
        self.qs.setValue("files/local_db", str(value))

    @property
    def last_backup(self) -> str:
        return str(self.qs.value("files/last_backup", ""))

    @last_backup.setter
    def last_backup(self, value: str) -> None:
        self.qs.setValue("files/last_backup", value)

    # -- window
    def save_window(self, geometry: QByteArray, state: QByteArray, screen: int) -> None:
        self.qs.setValue("window/geometry", geometry)
        self.qs.setValue("window/state", state)
        self.qs.setValue("window/screen", screen)
        self.sync()

    def window_geometry(self) -> QByteArray | None:
        return self.qs.value("window/geometry")

    def window_state(self) -> QByteArray | None:
        return self.qs.value("window/state")

    def window_screen(self) -> int:
        try:
            return int(self.qs.value("window/screen", 0))
        except (TypeError, ValueError):
            return 0

    # -- tables
    def hidden_columns(self, table: str) -> set[str] | None:
        """The column keys hidden in ``table`` by the column chooser (None: never chosen)."""
        value = self.qs.value(f"columns/{table}")
        if value is None:
            return None
        if isinstance(value, str):
            value = value.split(",")
        return {str(v).strip() for v in value if str(v).strip()}

    def set_hidden_columns(self, table: str, keys: set[str]) -> None:
        self.qs.setValue(f"columns/{table}", ",".join(sorted(keys)))
        self.sync()

    def sync(self) -> None:
        self.qs.sync()
        self._private()

    def _private(self) -> None:
        """The file readable by its owner only (QSettings rewrites it with the umask's mode)."""
        path = self.folder / "settings.ini"
        if os.name == "posix" and path.exists():
            try:
                os.chmod(path, 0o600)
            except OSError:
                pass


def parse_days(text: str) -> tuple[int, ...]:
    """``"30, 14,7"`` -> (30, 14, 7); empty tuple when the text is not such a list."""
    try:
        days = {int(x) for x in text.replace(";", ",").split(",") if x.strip()}
    except ValueError:
        return ()
    if not days or any(d < 0 or d > 366 for d in days):
        return ()
    return tuple(sorted(days, reverse=True))
