"""``demo`` and ``check``."""

from __future__ import annotations

import json
import sys
from datetime import date

from app.commands.common import EXIT_OK, EXIT_REFUSED, add_command, open_database, parse_day


def register(sub) -> None:
    p = add_command(sub, "demo", "fill a database with the demo portfolio", ok="written",
                    refused="refused: the database holds data and --replace-demo was not given")
    p.add_argument("--today", type=parse_day, metavar="DAY", help="build the demo around this day (YYYY-MM-DD)")
    p.add_argument("--replace-demo", action="store_true",
                   help="on a database that holds data: replace only the work orders an earlier "
                        "demo wrote (yours, even with a demo number, are kept)")
    p.set_defaults(handler=demo)

    p = add_command(sub, "check", "check the portfolio against the contract's rules",
                    ok="no finding is an error", refused="at least one finding is an error")
    p.add_argument("--today", type=parse_day, metavar="DAY", help="check as on this day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print one JSON array of findings")
    p.add_argument("--reminders", default="30,14,7", metavar="DAYS",
                   help="reminder days before a deadline, comma separated (default 30,14,7)")
    p.set_defaults(handler=check)


def _today(args) -> date:
    """``--today`` or the system's day; a day the contract's dates cannot reach (they are
    between 1900 and 2100, like a workbook's) is bad usage, said in one line."""
    from app.commands.common import UsageError
    from app.messages import t

    day = getattr(args, "today", None) or date.today()
    if not date(1900, 1, 1) <= day <= date(2100, 12, 31):
        raise UsageError(t("cli.today_range", getattr(args, "lang", "en"), day=day.isoformat()))
    return day


def demo(args) -> int:
    """Exit 0 written; 1 refused (the database holds data and --replace-demo was not given);
    2 the database cannot be used or written (one line with the reason)."""
    from app.messages import t
    from app.services.demo import DemoRefused, load

    lang = getattr(args, "lang", "en")
    today = _today(args)
    db = open_database(args)
    try:
        numbers, skipped = load(db, today, replace=args.replace_demo)
    except DemoRefused:
        print(t("demo.not_empty", lang, path=db.path), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.close()
    for number in skipped:
        print(t("demo.skipped", lang, number=number), file=sys.stderr)
    print(t("demo.written", lang, path=db.path, count=len(numbers), numbers=", ".join(numbers)))
    return EXIT_OK


def parse_reminders(text: str, lang: str = "en") -> tuple[int, ...]:
    from app.commands.common import UsageError
    from app.messages import t

    try:
        days = tuple(sorted({int(x) for x in text.split(",") if x.strip()}, reverse=True))
    except ValueError:
        raise UsageError(t("cli.reminders_not_days", lang, text=repr(text))) from None
    if not days or any(d < 0 or d > 366 for d in days):
        raise UsageError(t("cli.reminders_range", lang, text=repr(text)))
    return days


def finding_dict(f, lang: str) -> dict:
    from app import texts
    from app.domain.findings import subject_ref

    return {"rule": f.rule, "severity": f.severity.value, "work_order": f.work_order,
            "subject": texts.subject_text(f, lang), "date": f.date.isoformat(), "days_left": f.days_left,
            "message": texts.message(f, lang),
            # which record, for a program: a delivery's id, a line's number, a location's country
            "ref": subject_ref(f.subject)}


def summary_line(findings, lang: str) -> str:
    """"36 findings: 14 errors, 16 warnings, 6 info" in ``lang``, with its plural forms."""
    from app.domain.enums import Severity
    from app.messages import t
    from app.messages.cli import counted

    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    return t("cli.check.summary", lang, findings=counted("cli.findings", lang, len(findings)),
             errors=counted("cli.errors", lang, counts[Severity.ERROR]),
             warnings=counted("cli.warnings", lang, counts[Severity.WARNING]),
             info=counted("cli.info", lang, counts[Severity.INFO]))


def check(args) -> int:
    from app import texts
    from app.domain.enums import Severity
    from app.domain.findings import CheckSettings
    from app.services.portfolio import check as run_check

    settings = CheckSettings(reminder_days=parse_reminders(args.reminders, args.lang))
    today = _today(args)
    db = open_database(args, create=False, reading=True)
    try:
        findings = run_check(db, today, settings)
    finally:
        db.close()
    lang = args.lang
    if args.json:
        json.dump([finding_dict(f, lang) for f in findings], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for f in findings:
            print(f"{texts.word('severity', f.severity.value, lang).upper():<8} {f.rule:<20} "
                  f"{f.work_order:<16} {texts.subject_text(f, lang)[:40]:<40} {f.date.isoformat()} "
                  f"{texts.days_left_text(f.days_left, lang):>14}  {texts.message(f, lang)}")
        print(summary_line(findings, lang))
    return EXIT_REFUSED if any(f.severity is Severity.ERROR for f in findings) else EXIT_OK
