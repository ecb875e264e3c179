"""``statement``, ``statements`` and ``calendar``: quarterly review statements (PDF, Excel) and
the deadlines as an iCalendar file."""

from __future__ import annotations

import sys
from pathlib import Path

from app.commands.common import (
    EXIT_OK,
    OK,
    REFUSED,
    UsageError,
    add_command,
    check_output,
    open_database,
    parse_day,
    written_line,
)

REPLACES = ("an existing file is replaced atomically; the database, its backups and the "
            "command's own input are never written over")
STATEMENT_USAGE = "2 bad usage (an unknown work order or quarter) or an unreadable database"


def _edition_and_contact(p) -> None:
    p.add_argument("--internal", action="store_true",
                   help="the internal edition: findings with their rule ids, severities and the "
                        "account team's notes (default: the customer edition, to hand over)")
    p.add_argument("--manager-name", default="", metavar="TEXT",
                   help="the account manager printed on page 1 (name)")
    p.add_argument("--manager-email", default="", metavar="TEXT", help="the account manager's e-mail")
    p.add_argument("--manager-phone", default="", metavar="TEXT", help="the account manager's phone")


def _contact(args):
    from app.reports.statement import Contact

    return Contact(args.manager_name.strip(), args.manager_email.strip(), args.manager_phone.strip())


def _edition(args) -> str:
    return "internal" if args.internal else "customer"


def register(sub) -> None:
    p = add_command(sub, "statement", "write one work order's quarterly review statement (PDF, Excel)",
                    ok=OK, refused=REFUSED, usage=STATEMENT_USAGE)
    p.add_argument("--work-order", required=True, metavar="N", help="the work order's number")
    p.add_argument("--quarter", required=True, metavar="YYYYQn", help="the quarter, e.g. 2026Q4")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf",
                   help="write the PDF here (.pdf is added when left off; " + REPLACES + ")")
    p.add_argument("--xlsx", type=Path, metavar="OUT.xlsx",
                   help="write the Excel workbook here (.xlsx is added when left off); without "
                        "--pdf and --xlsx both are written to the current folder")
    p.add_argument("--today", type=parse_day, metavar="DAY", help="print as on this day (YYYY-MM-DD)")
    p.add_argument("--reference", action="store_true",
                   help="add the Contract reference to the PDF's appendix (response targets, "
                        "business hours and holidays, flex per year, the rules)")
    _edition_and_contact(p)
    p.set_defaults(handler=statement)

    p = add_command(sub, "statements", "write the statements of every work order active in a quarter",
                    ok=OK, refused=REFUSED, usage=STATEMENT_USAGE)
    p.add_argument("--quarter", required=True, metavar="YYYYQn", help="the quarter, e.g. 2026Q4")
    p.add_argument("--out", required=True, type=Path, metavar="DIR",
                   help="the folder to write into (created when missing); each work order gets "
                        "its own files; " + REPLACES)
    p.add_argument("--pdf", action="store_true", help="PDF only (default: PDF and Excel)")
    p.add_argument("--xlsx", action="store_true", help="Excel only (default: PDF and Excel)")
    p.add_argument("--today", type=parse_day, metavar="DAY", help="print as on this day (YYYY-MM-DD)")
    p.add_argument("--no-overwrite", action="store_true",
                   help="keep files that exist as they are (default: replace them, and say so)")
    _edition_and_contact(p)
    p.set_defaults(handler=statements)

    p = add_command(sub, "calendar", "export deadlines and deliveries as an iCalendar (.ics) file",
                    ok=OK, refused=REFUSED)
    p.add_argument("out", type=Path, metavar="OUT.ics",
                   help="the file to write (.ics is added when left off; " + REPLACES + ")")
    p.add_argument("--today", type=parse_day, metavar="DAY",
                   help="the work orders active on this day (YYYY-MM-DD)")
    p.add_argument("--reminder-days", default="30,14,7", metavar="N,N,…",
                   help="alarms this many days before each date (default 30,14,7, as in Settings)")
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
        if pdf is not None:
            pdf = check_output(args, pdf, suffix=".pdf")
        if xlsx is not None:
            xlsx = check_output(args, xlsx, suffix=".xlsx")
        if pdf is not None and xlsx is not None and pdf.resolve() == xlsx.resolve():
            raise UsageError(f"--pdf and --xlsx name the same file: {pdf}")
        db = open_database(args, create=False, readonly=True)
        try:
            st = svc.build_statement(db, args.work_order, quarter, args.lang, args.today,
                                     edition=_edition(args), contact=_contact(args))
            reference = None
            if getattr(args, "reference", False):
                from app.services.reference import contract_reference

                reference = contract_reference(db, args.work_order, args.lang)
        finally:
            db.close()
        for out, render in ((pdf, lambda s, o: svc.render_pdf(s, o, reference)), (xlsx, svc.render_xlsx)):
            if out is not None:
                existed = out.exists()
                print(written_line(render(st, out).resolve(), existed, args.lang))
        return EXIT_OK

    return _run(run)


def statements(args) -> int:
    from app.messages import t
    from app.messages.cli import counted
    from app.services import statements as svc

    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        """A bar redrawn in place on a terminal; one plain line per statement when redirected."""
        line = t("cli.statements.progress", args.lang, done=done, total=total)
        if not tty:
            if done:
                print(line, file=sys.stderr, flush=True)
            return
        width = 24
        filled = width * done // total if total else width
        bar = "█" * filled + "·" * (width - filled)
        print(f"\r[{bar}] {line}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    def run():
        formats = [f for f, on in (("pdf", args.pdf), ("xlsx", args.xlsx)) if on] or list(svc.FORMATS)
        db = open_database(args, create=False, readonly=True)
        try:
            result = svc.write_statements(db, args.quarter, args.out, args.lang, formats,
                                          today=args.today, progress=progress,
                                          edition=_edition(args), contact=_contact(args),
                                          overwrite=not args.no_overwrite)
        finally:
            db.close()
        if result.total == 0:
            print(t("cli.statements.none", args.lang, quarter=svc.parse_quarter_text(args.quarter)[0]))
            return EXIT_OK

        if result.folder_created:
            print(t("output.folder_created", args.lang, path=args.out))
        for path in result.replaced:
            print(t("output.replaced", args.lang, path=path))
        for path in result.kept:
            print(t("statement.kept", args.lang, path=path))
        written = len({p.resolve() for p in result.files})
        print(t("cli.statements.written", args.lang, path=args.out.resolve(),
                statements=counted("cli.statements", args.lang, result.done),
                files=counted("cli.files", args.lang, written)))
        return EXIT_OK

    return _run(run)


def calendar(args) -> int:
    from app.messages import t
    from app.messages.cli import counted
    from app.services import statements as svc

    def run():
        from app.domain.findings import CheckSettings

        try:
            days = tuple(sorted({int(x) for x in args.reminder_days.split(",") if x.strip()}, reverse=True))
        except ValueError:
            days = ()
        if not days or not all(0 <= d <= 366 for d in days):
            raise UsageError(f"--reminder-days: whole days between 0 and 366, separated by commas: "
                             f"{args.reminder_days!r}")
        out = check_output(args, args.out, suffix=".ics")
        existed = out.exists()
        db = open_database(args, create=False, readonly=True)
        try:
            dates, deliveries, cancelled = svc.export_calendar(db, out, args.lang, args.today,
                                                               CheckSettings(reminder_days=days))
        finally:
            db.close()
        counts = (counted("cli.deadlines", args.lang, dates) + ", "
                  + counted("cli.deliveries", args.lang, deliveries))
        if cancelled:
            counts += ", " + t("calendar.cancelled_count", args.lang, n=cancelled)
        print(t("cli.written_counted", args.lang, line=written_line(out.resolve(), existed, args.lang),
                counts=counts))
        return EXIT_OK

    return _run(run)
