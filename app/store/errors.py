"""The store's error, in a module of its own so the command line can catch it without loading
the database layer (a start-up cost)."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """The database cannot be used; ``reason`` is a stable key, ``path`` the file concerned."""

    def __init__(self, reason: str, path: Path | str, detail: str = ""):
        self.reason = reason
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")
