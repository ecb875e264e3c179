"""``import``, ``export`` and ``template``: work order workbooks in and out.

import exits 0 when the workbook was imported (or would be, with --dry-run), 1 when it was rejected
(the problems on stderr, one a line; nothing written), 2 for an unreadable file or bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.commands.common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    OK,
    REFUSED,
    UsageError,
    add_command,
    check_output,
    open_database,
    parse_day,
)

REPLACES = ("an existing file is replaced atomically; the database, its backups and the "
            "command's own input are never written over")


def register(sub) -> None:
    p = add_command(sub, "import", "validate, preview and import a work order workbook in one "
                    "transaction", ok="imported (or, with --dry-run, would be)",
                    refused="rejected: the problems on stderr, one a line; nothing written",
                    usage="2 bad usage, an unreadable workbook or an unreadable database")
    p.add_argument("workbook", type=Path, metavar="WORKBOOK.xlsx",
                   help="the workbook to read (it is never written to)")
    p.add_argument("--dry-run", action="store_true", help="validate and show the changes; write nothing")
    p.add_argument("--errors", type=Path, metavar="OUT.xlsx",
                   help="when rejected, write the workbook with the bad cells marked and a message "
                        "column (" + REPLACES + ")")
    p.add_argument("--service", action="append", default=[], metavar="NAME=CODE",
                   help="take the catalog service CODE for the name NAME written in the workbook")
    p.add_argument("--column", action="append", default=[], metavar="HEADER=FIELD",
                   help='read the column headed HEADER as the field FIELD, e.g. "Конец срока=term_end"')
    p.add_argument("--save-profile", metavar="NAME",
                   help="remember this import's --column and --service answers as the import profile "
                        "NAME, applied by itself to the next file with the same headers")
    p.add_argument("--profile", metavar="NAME",
                   help="apply the saved import profile NAME (without it, the profile saved for the "
                        "file's headers is applied, if any)")
    p.add_argument("--today", type=parse_day, metavar="DAY",
                   help="judge the rows as on this day (YYYY-MM-DD; default today): a delivery "
                        "marked delivered must have reached its first day")
    p.set_defaults(handler=import_workbook)

    p = add_command(sub, "export", "write the whole portfolio to a workbook (.xlsx) that re-imports",
                    ok=OK, refused=REFUSED)
    p.add_argument("out", type=Path, metavar="OUT.xlsx",
                   help="the workbook to write (.xlsx is added when left off; " + REPLACES + ")")
    p.set_defaults(handler=export_workbook)

    p = add_command(sub, "template", "write an empty work order workbook with an instruction sheet",
                    ok=OK, refused=REFUSED, usage="2 bad usage")
    p.add_argument("out", type=Path, metavar="OUT.xlsx",
                   help="the workbook to write (.xlsx is added when left off; " + REPLACES + ")")
    p.set_defaults(handler=template_workbook)


def _file_error(exc, lang: str) -> int:
    from app.messages import workbook as messages

    detail = f" ({exc.detail})" if exc.detail and exc.reason in ("corrupt", "not_writable") else ""
    print(f"error: {messages.word('workbook', lang)} {exc.path} "
          f"{messages.file_error_text(exc.reason, lang)}{detail}", file=sys.stderr)
    return EXIT_USAGE


def _choices(items: list[str]) -> dict[str, str]:
    from app.domain.catalog import catalog

    out = {}
    for item in items:
        name, sep, code = item.rpartition("=")
        if not sep or not name.strip() or code.strip() not in catalog():
            raise UsageError(f"--service: expected NAME=CODE with a catalog code: {item!r}")
        out[name.strip()] = code.strip()
    return out


def import_workbook(args) -> int:
    from app.messages import workbook as messages
    from app.services.importer import ImportRejected, column_choices, commit, plan_import
    from app.workbook.reader import WorkbookError
    from app.workbook.validate import shown

    lang = args.lang
    choices = _choices(args.service)
    try:
        columns = column_choices(args.column)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.errors is not None:
        args.errors = check_output(args, args.errors, suffix=".xlsx", inputs=[args.workbook])
    db, scratch = _database_for(args)
    try:
        from app.messages import t
        from app.services.profiles import ProfileError

        try:
            plan = plan_import(db, args.workbook, lang, choices=choices, columns=columns,
                               profile=args.profile, today=args.today)
        except WorkbookError as exc:
            return _file_error(exc, lang)
        except ProfileError as exc:
            raise UsageError(exc.text(lang)) from None
        if plan.profile is not None:
            print(f"{messages.word('note', lang)}: {t('import.mapped_by_profile', lang, name=plan.profile)}")
        if plan.profiles:
            names = ", ".join(f"«{p.name}»" for p in plan.profiles)
            print(f"{messages.word('note', lang)}: {t('import.profiles_imported', lang, names=names)}")
        for n in plan.notices:
            print(f"{messages.word('note', lang)}: {n.text(lang)}")
        if plan.problems:
            return _rejected(plan, plan.problems, args, lang)
        counts = plan.counts
        if args.dry_run:
            for c in plan.changes:
                if c.status == "unchanged":
                    continue
                status = messages.word(f"change.{c.status}", lang)
                what = f"{status:<10} {c.sheet} {c.row}: {c.work_order}" + (f" {c.key}" if c.key is not None else "")
                if c.status == "changed":
                    what += "  " + "; ".join(f"{_field_word(f, lang)}: {shown(a)} -> {shown(b)}"
                                             for f, a, b in c.fields)
                print(what)
            if args.save_profile is not None:
                print(_profile_line(plan, args.save_profile, "import.profile_would_save", lang))
            print(f"{messages.word('summary', lang, **counts)}; {messages.word('dry_run', lang)}")
            return EXIT_OK
        try:
            commit(db, plan, save_profile=args.save_profile)
        except ImportRejected as exc:
            return _rejected(plan, exc.problems, args, lang)
        except ProfileError as exc:
            raise UsageError(exc.text(lang)) from None
        print(f"{messages.word('imported', lang, db=db.path)}: {messages.word('summary', lang, **counts)}")
        if args.save_profile is not None:
            print(_profile_line(plan, args.save_profile, "import.profile_saved", lang))
        return EXIT_OK
    finally:
        db.close()
        if scratch is not None:
            scratch.cleanup()


def _profile_line(plan, name: str, msg: str, lang: str) -> str:
    from app.messages import t
    from app.services.importer import profile_of
    from app.services.profiles import check_name

    p = profile_of(plan, check_name(name))
    return t(msg, lang, name=p.name, columns=len(p.columns), services=len(p.services))


def _database_for(args):
    """The database to import into. A dry run on a database that does not exist yet plans against
    an empty one in a private temporary folder, so that it creates no file where the user looks."""
    if args.dry_run:
        import tempfile

        from app.store.paths import default_db_path

        target = args.db or default_db_path()
        if isinstance(target, Path) and not target.exists() and not target.is_symlink():
            from app.store.db import open_db

            scratch = tempfile.TemporaryDirectory(prefix="up-dry-run-")
            return open_db(Path(scratch.name) / "dry-run.db", create=True), scratch
        return open_database(args, reading=True), None
    return open_database(args), None


def _rejected(plan, problems, args, lang: str) -> int:
    from app.messages import workbook as messages
    from app.workbook.reader import WorkbookError

    for p in problems:
        print(p.text(lang), file=sys.stderr)
    print(messages.word("rejected", lang, count=len(problems)))
    if args.errors is not None:
        from app.commands.common import output_error_line, written_line
        from app.files import OutputError
        from app.services.importer import save_error_workbook

        existed = args.errors.exists()
        try:
            plan.problems = problems
            path = save_error_workbook(plan, args.errors, lang, args.db)
            print(written_line(path, existed, lang))
        except WorkbookError as exc:
            _file_error(exc, lang)
        except OutputError as exc:
            print(output_error_line(exc, lang), file=sys.stderr)
    return EXIT_REFUSED


def export_workbook(args) -> int:
    from app.commands.common import written_line
    from app.messages import workbook as messages
    from app.services.exporter import export
    from app.workbook.reader import WorkbookError

    out = check_output(args, args.out, suffix=".xlsx")
    existed = out.exists()
    db = open_database(args, create=False, readonly=True)
    try:
        count, notices = export(db, out, args.lang)
    except WorkbookError as exc:
        return _file_error(exc, args.lang)
    finally:
        db.close()
    for n in notices:
        print(f"{messages.word('note', args.lang)}: {n.text(args.lang)}", file=sys.stderr)
    from app.messages import t
    from app.messages.cli import counted

    print(t("cli.written_counted", args.lang, line=written_line(out, existed, args.lang),
            counts=counted("cli.work_orders", args.lang, count)))
    return EXIT_OK


def template_workbook(args) -> int:
    from app.commands.common import written_line
    from app.services.exporter import template
    from app.workbook.reader import WorkbookError

    out = check_output(args, args.out, suffix=".xlsx")
    existed = out.exists()
    try:
        template(out, args.lang)
    except WorkbookError as exc:
        return _file_error(exc, args.lang)
    print(written_line(out, existed, args.lang))
    return EXIT_OK


def _field_word(key: str, lang: str) -> str:
    """A field of the workbook format by its column's header in ``lang`` (``term_end`` -> "Мерзім соңы")."""
    from app.workbook import format as fmt

    for sheet in fmt.SHEETS:
        for column in sheet.columns:
            if column.key == key:
                return column.header(lang)
    return key
