"""Unified Planner: plan the delivery of a Unified Enterprise Support contract."""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

__version__ = "0.1.0"

#: What the planner reads at run time ships inside the package, found through importlib.resources
#: (a wheel in site-packages, an editable checkout, a PyInstaller bundle alike):
#: the service catalog, fonts and icons ...
RESOURCES: Traversable = files(__name__) / "resources"
#: ... and the compiled translations (.qm; their Linguist sources live in the checkout's i18n/).
I18N: Traversable = files(__name__) / "i18n"

_extracted = ExitStack()
atexit.register(_extracted.close)


def resource_path(resource: Traversable) -> Path:
    """A file-system path to a packaged file, for readers that want a file name (Qt, reportlab).
    Usually the file itself; from a zipped package, a temporary copy kept until the process ends
    (Qt reads icons lazily, so the copy must outlive the call)."""
    return _extracted.enter_context(as_file(resource))
