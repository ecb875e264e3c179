"""The one shape of error that names a file: a stable reason key, the path, an optional detail.
The store and the workbook reader each raise their own subclass; the command line and the
window word the reason in the user's language."""

from __future__ import annotations

from pathlib import Path


class FileError(Exception):
    def __init__(self, reason: str, path: Path | str, detail: str = ""):
        self.reason = reason
        self.path = str(path)
        self.detail = detail
        super().__init__(f"{path}: {reason}{': ' + detail if detail else ''}")
