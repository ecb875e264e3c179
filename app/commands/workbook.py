"""``import``, ``export`` and ``template``: work order workbooks in and out.

import exits 0 when the workbook was imported (or would be, with --dry-run), 1 when it was rejected
(the problems on stderr, one a line; nothing written), 2 for an unreadable file or bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, UsageError, add_db_arg, add_lang_arg, open_database


def register(sub) -> None:
    p = sub.add_parser("import", help="import a work order workbook (.xlsx)")
    p.add_argument("workbook", type=Path, metavar="WORKBOOK.xlsx")
    add_db_arg(p)
    p.add_argument("--dry-run", action="store_true", help="validate and show the changes; write nothing")
    p.add_argument("--errors", type=Path, metavar="OUT.xlsx",
                   help="when rejected, write the workbook with the bad cells marked and a message column")
    p.add_argument("--service", action="append", default=[], metavar="NAME=CODE",
                   help="take the catalog service CODE for the name NAME written in the workbook")
    p.add_argument("--column", action="append", default=[], metavar="HEADER=FIELD",
                   help='read the column headed HEADER as the field FIELD, e.g. "Конец срока=term_end"')
    add_lang_arg(p)
    p.set_defaults(handler=import_workbook)

    p = sub.add_parser("export", help="write the whole portfolio to a workbook (.xlsx)")
    add_db_arg(p)
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    add_lang_arg(p)
    p.set_defaults(handler=export_workbook)

    p = sub.add_parser("template", help="write an empty work order workbook with instructions")
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    add_lang_arg(p)
    p.set_defaults(handler=template_workbook)


def _file_error(exc, lang: str) -> int:
    from app.workbook import messages

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


def _out_path(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise UsageError(f"the output file must end in .xlsx: {path}")
    if path.exists() and path.is_dir():
        raise UsageError(f"{path} is a folder")
    if not path.parent.exists():
        raise UsageError(f"the folder of {path} does not exist")


def import_workbook(args) -> int:
    from app.services.importer import ImportRejected, column_choices, commit, plan_import
    from app.workbook import messages
    from app.workbook.reader import WorkbookError
    from app.workbook.validate import shown

    lang = args.lang
    choices = _choices(args.service)
    try:
        columns = column_choices(args.column)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.errors is not None:
        _out_path(args.errors)
    db = open_database(args)
    try:
        try:
            plan = plan_import(db, args.workbook, lang, choices=choices, columns=columns)
        except WorkbookError as exc:
            return _file_error(exc, lang)
        for n in plan.notices:
            print(f"{messages.word('note', lang)}: {n.text(lang)}")
        if plan.problems:
            return _rejected(plan, plan.problems, args, lang)
        counts = plan.counts
        if args.dry_run:
            for c in plan.changes:
                if c.status == "unchanged":
                    continue
                what = f"{c.status:<8} {c.sheet} {c.row}: {c.work_order}" + (f" {c.key}" if c.key is not None else "")
                if c.status == "changed":
                    what += "  " + "; ".join(f"{f}: {shown(a)} -> {shown(b)}" for f, a, b in c.fields)
                print(what)
            print(f"{messages.word('summary', lang, **counts)}; {messages.word('dry_run', lang)}")
            return EXIT_OK
        try:
            commit(db, plan)
        except ImportRejected as exc:
            return _rejected(plan, exc.problems, args, lang)
        print(f"{messages.word('imported', lang, db=db.path)}: {messages.word('summary', lang, **counts)}")
        return EXIT_OK
    finally:
        db.close()


def _rejected(plan, problems, args, lang: str) -> int:
    from app.workbook import messages
    from app.workbook.reader import WorkbookError
    from app.workbook.writer import write_error_workbook

    for p in problems:
        print(p.text(lang), file=sys.stderr)
    print(messages.word("rejected", lang, count=len(problems)))
    if args.errors is not None:
        try:
            write_error_workbook(plan.path, args.errors, problems, lang,
                                 {s.title: s.header_row for s in plan.raw.sheets})
            print(args.errors)
        except WorkbookError as exc:
            _file_error(exc, lang)
    return EXIT_REFUSED


def export_workbook(args) -> int:
    from app.services.exporter import export
    from app.workbook import messages
    from app.workbook.reader import WorkbookError

    _out_path(args.out)
    db = open_database(args, create=False, readonly=True)
    try:
        count, notices = export(db, args.out, args.lang)
    except WorkbookError as exc:
        return _file_error(exc, args.lang)
    finally:
        db.close()
    for n in notices:
        print(f"{messages.word('note', args.lang)}: {n.text(args.lang)}", file=sys.stderr)
    print(f"{count} work orders -> {args.out}")
    return EXIT_OK


def template_workbook(args) -> int:
    from app.services.exporter import template
    from app.workbook.reader import WorkbookError

    _out_path(args.out)
    try:
        template(args.out, args.lang)
    except WorkbookError as exc:
        return _file_error(exc, args.lang)
    print(args.out)
    return EXIT_OK
