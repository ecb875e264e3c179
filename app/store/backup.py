"""Backups through SQLite's online backup API (never a file copy of a live database)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


def backup_to(src: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{src.as_posix()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    if os.name == "posix":
        os.chmod(dest, 0o600)
    return dest


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_before_upgrade(db_path: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(db_path, backup_dir(db_path) / f"{db_path.stem}-pre-upgrade-{stamp}.db")
