"""Render every screen and dialog offscreen to PNG files (``python -m app screenshots``)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def _grab(widget: QWidget, path: Path, files: list[Path]) -> None:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    from app.files import atomic_output

    with atomic_output(path) as tmp:
        if not widget.grab().save(str(tmp), "PNG"):
            raise OSError(f"could not encode {path.name}")
    files.append(path)


def _dialog(make: Callable[[], QWidget], path: Path, files: list[Path], prepare=None) -> None:
    try:
        dlg = make()
    except Exception as exc:  # noqa: BLE001 - one missing dialog must not stop the others
        print(f"skipped {path.name}: {type(exc).__name__}: {exc}")
        return
    dlg.resize(dlg.size().expandedTo(dlg.sizeHint()).expandedTo(dlg.minimumSize()))
    if prepare:
        dlg.show()
        QApplication.processEvents()
        prepare(dlg)
    _grab(dlg, path, files)
    dlg.close()
    dlg.deleteLater()


def render_all(db_path: Path | str, out: Path, lang: str, today: date | None, number: str | None,
               size: tuple[int, int]) -> list[Path]:
    from app.domain.enums import Status
    from app.services.session import DatabaseError, open_db

    from . import i18n
    from .context import Context
    from .ledger_dialogs import EntryDialog, TransferDialog
    from .plan_dialogs import ActionDialog, DeliveryDialog
    from .settings import AppSettings
    from .settings_dialog import FirstStartDialog, SettingsDialog
    from .window import MainWindow
    from .workorder_dialogs import LineDialog, LocationDialog, NewWorkOrderDialog

    _app = QApplication.instance() or QApplication(["unified-planner"])  # kept alive while rendering
    i18n.install(lang)
    try:
        db = open_db(db_path, create=False)
    except DatabaseError as exc:
        if exc.reason != "in_use":
            raise
        db = open_db(db_path, readonly=True)
    files: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(tmp)
        ctx = Context(db, lang, today, settings)
        wos = ctx.portfolio().work_orders
        if number:
            ctx.current = number
        elif wos:
            ctx.current = max(wos, key=lambda wo: len(wo.deliveries)).number
        win = MainWindow(ctx=ctx)
        win.resize(*size)
        p = lambda name: out / f"{lang}-{name}.png"  # noqa: E731
        for i, key in enumerate(("portfolio", "workorder", "plan", "ledger", "deadlines", "reports",
                                 "reference"), 1):
            win.show_screen(key)
            _grab(win, p(f"{i}-{key}"), files)
        wscreen = win.screens["workorder"]
        win.show_screen("workorder")
        for i, tab in enumerate(("locations", "services", "flex", "history")):
            wscreen.tabs.setCurrentIndex(i)
            if i:
                _grab(win, p(f"2{chr(97 + i)}-workorder-{tab}"), files)
        wscreen.tabs.setCurrentIndex(0)
        wo = ctx.work_order()
        if wo is not None:
            _dialog(lambda: NewWorkOrderDialog(ctx, win), p("d01-new-work-order"), files)
            if wo.locations:
                _dialog(lambda: LocationDialog(ctx, wo, wo.locations[0], win), p("d02-location"), files)
            _dialog(lambda: LineDialog(ctx, wo, None, win), p("d03-line-catalog"), files,
                    lambda d: d.select_service("WORKSHOPS"))
            _dialog(lambda: DeliveryDialog(ctx, wo, None, win), p("d04-new-delivery"), files)
            by_status = {}
            for d in wo.deliveries:
                by_status.setdefault(d.status, d)
            scheduled = sorted((d for d in wo.deliveries if d.status is Status.SCHEDULED and d.first_day),
                               key=lambda d: d.first_day)
            planned = by_status.get(Status.PLANNED) or by_status.get(Status.REQUESTED)
            if planned:
                _dialog(lambda: ActionDialog(ctx, wo, planned, "request", win), p("d05-request"), files)
                _dialog(lambda: ActionDialog(ctx, wo, planned, "schedule", win), p("d06-schedule"), files)
            if scheduled:
                first = scheduled[0]
                _dialog(lambda: ActionDialog(ctx, wo, first, "deliver", win), p("d07-deliver"), files)
                _dialog(lambda: ActionDialog(ctx, wo, first, "reschedule", win), p("d08-reschedule"), files)
                _dialog(lambda: ActionDialog(ctx, wo, first, "cancel", win), p("d09-cancel"), files)
            host = wo.host.id if wo.host else None
            for j, kind in enumerate(("grant", "draw", "adjust")):
                _dialog(lambda k=kind: EntryDialog(ctx, wo, k, host, win), p(f"d1{j}-entry-{kind}"), files,
                        lambda d: d.credits.setText("5"))
            if len(wo.locations) > 1:
                _dialog(lambda: TransferDialog(ctx, wo, host, win), p("d13-transfer"), files,
                        lambda d: d.credits.setText("10"))
        _dialog(lambda: SettingsDialog(settings, lang, win), p("d14-settings"), files)
        _dialog(lambda: FirstStartDialog(win), p("d15-first-start"), files)
        try:
            from .import_dialog import ImportDialog
        except ImportError:
            ImportDialog = None
        if ImportDialog is not None:
            _dialog(lambda: ImportDialog(db, lang, win), p("d16-import"), files)
        from .offline_dialog import TakeDialog

        _dialog(lambda: TakeDialog(db, lang, [(w.number, w.customer) for w in wos], ctx.current or "", tmp, win),
                p("d17-offline-take"), files)
        win.close()
        win.deleteLater()
        QApplication.processEvents()
    db.close()
    return files
