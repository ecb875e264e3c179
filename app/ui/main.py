"""Start the desktop application."""

from __future__ import annotations

import sys


def run(args) -> int:
    from PySide6.QtWidgets import QApplication

    from app.store.db import open_db

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Unified Planner")
    app.setOrganizationName("UnifiedPlanner")
    db = open_db(args.db)
    from .window import MainWindow

    window = MainWindow(db, lang=args.lang)
    window.show()
    return app.exec()
