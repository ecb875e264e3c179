"""``statement``, ``statements`` and ``calendar``: quarterly review statements (PDF, Excel) and
the deadlines as an iCalendar file."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import EXIT_OK, UsageError, add_db_arg, add_lang_arg, open_database, parse_day


def register(sub) -> None:
    p = sub.add_parser("statement", help="write one work order's quarterly statement (PDF, Excel)")
    add_db_arg(p)
    p.add_argument("--work-order", required=True, metavar="NUMBER", help="the work order's number")
    p.add_argument("--quarter", required=True, metavar="YYYYQn", help="the quarter, e.g. 2026Q4")
    add_lang_arg(p)
    p.add_argument("--pdf", type=Path, metavar="OUT", help="write the PDF here")
    p.add_argument("--xlsx", type=Path, metavar="OUT", help="write the Excel workbook here")
    p.add_argument("--today", type=parse_day, help="print as on this day (YYYY-MM-DD)")
    p.set_defaults(handler=statement)

    p = sub.add_parser("statements", help="write the statements of every work order active in a quarter")
    add_db_arg(p)
    p.add_argument("--quarter", required=True, metavar="YYYYQn", help="the quarter, e.g. 2026Q4")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="an existing folder")
    add_lang_arg(p)
    p.add_argument("--pdf", action="store_true", help="PDF only (default: PDF and Excel)")
    p.add_argument("--xlsx", action="store_true", help="Excel only (default: PDF and Excel)")
    p.add_argument("--today", type=parse_day, help="print as on this day (YYYY-MM-DD)")
    p.set_defaults(handler=statements)

    p = sub.add_parser("calendar", help="export deadlines and deliveries as an iCalendar (.ics) file")
    add_db_arg(p)
    p.add_argument("out", type=Path, metavar="OUT.ics", help="the file to write")
    add_lang_arg(p)
    p.add_argument("--today", type=parse_day, help="deadlines as on this day (YYYY-MM-DD)")
    p.set_defaults(handler=calendar)


def _run(fn):
    """StatementError -> one line, exit 2 (through UsageError)."""
    from app.services.statements import StatementError

    try:
        return fn()
    except StatementError as exc:
        raise UsageError(str(exc)) from None


def statement(args) -> int:
    from app.services import statements as svc

    def run():
        quarter, _, _ = svc.parse_quarter_text(args.quarter)
        pdf, xlsx = args.pdf, args.xlsx
        if pdf is None and xlsx is None:
            stem = svc.file_stem(args.work_order, quarter, args.lang)
            pdf, xlsx = Path(f"{stem}.pdf"), Path(f"{stem}.xlsx")
        db = open_database(args, create=False, readonly=True)
        try:
            st = svc.build_statement(db, args.work_order, quarter, args.lang, args.today)
        finally:
            db.close()
        for out, render in ((pdf, svc.render_pdf), (xlsx, svc.render_xlsx)):
            if out is not None:
                print(f"written: {render(st, out)}")
        return EXIT_OK

    return _run(run)


def statements(args) -> int:
    from app.services import statements as svc

    def progress(done: int, total: int) -> None:
        print(f"\r{done}/{total} statements", end="" if done < total else "\n", file=sys.stderr,
              flush=True)

    def run():
        formats = [f for f, on in (("pdf", args.pdf), ("xlsx", args.xlsx)) if on] or list(svc.FORMATS)
        db = open_database(args, create=False, readonly=True)
        try:
            result = svc.write_statements(db, args.quarter, args.out, args.lang, formats,
                                          today=args.today, progress=progress)
        finally:
            db.close()
        if result.total == 0:
            print(f"no work order is active in {svc.parse_quarter_text(args.quarter)[0]}")
        else:
            print(f"{result.done} statements ({len(result.files)} files) written to {args.out}")
        return EXIT_OK

    return _run(run)


def calendar(args) -> int:
    from app.services import statements as svc

    def run():
        db = open_database(args, create=False, readonly=True)
        try:
            deadlines, deliveries = svc.export_calendar(db, args.out, args.lang, args.today)
        finally:
            db.close()
        print(f"written: {args.out} ({deadlines} deadlines, {deliveries} deliveries)")
        return EXIT_OK

    return _run(run)
