"""``offline take`` / ``offline bring`` (issue 17): carry work orders from a team database to a
laptop file and bring the changes made there back, field by field.

Exit codes: 0 taken, or brought (or, with --dry-run, nothing in the way); 1 refused (an unknown
work order, a target that holds data, conflicts without a decision, an overdraw); 2 bad usage or
a database that cannot be used."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.commands.common import (
    EXIT_OK,
    EXIT_REFUSED,
    UsageError,
    add_command,
    add_db_arg,
    add_lang_arg,
    db_target,
)


def register(sub) -> None:
    p = add_command(sub, "offline", "carry work orders to a laptop file and bring the changes back",
                    ok="taken, or brought back", refused="refused, or conflicts wait for a decision")
    from app.commands.common import _HELP_LANG
    from app.messages import t

    steps = p.add_subparsers(dest="step", metavar="STEP", required=True, help="take or bring")
    take = steps.add_parser("take", help=t("help.offline.take.summary", _HELP_LANG[0]))
    take.add_argument("--from", dest="source", type=db_target, required=True, metavar="SOURCE",
                      help="the team database: postgresql://… or a file")
    take.add_argument("--to", dest="target", type=Path, required=True, metavar="LAPTOP",
                      help="the new laptop file")
    which = take.add_mutually_exclusive_group(required=True)
    which.add_argument("--work-order", dest="numbers", action="append", metavar="N",
                       help="a work order to take (repeat for more)")
    which.add_argument("--mine", action="store_true", help="the work orders that are yours")
    add_db_arg(take)
    add_lang_arg(take)
    take.set_defaults(handler=take_command)
    bring = steps.add_parser("bring", help=t("help.offline.bring.summary", _HELP_LANG[0]))
    bring.add_argument("--from", dest="source", type=Path, required=True, metavar="LAPTOP",
                       help="the laptop file made by offline take")
    bring.add_argument("--to", dest="target", type=db_target, required=True, metavar="TARGET",
                       help="the team database: postgresql://… or a file")
    bring.add_argument("--dry-run", action="store_true", help="say what would be done, write nothing")
    side = bring.add_mutually_exclusive_group()
    side.add_argument("--take-mine", dest="prefer", action="store_const", const="laptop",
                      help="every conflict: keep the laptop's value")
    side.add_argument("--take-theirs", dest="prefer", action="store_const", const="server",
                      help="every conflict: keep the server's value")
    bring.add_argument("--decisions", type=Path, metavar="FILE",
                       help='a JSON object, one entry per conflict: {"table:id:field": "laptop" or '
                            '"server"}, keys as the conflicts are listed (e.g. "work_order:1:cancel_fee_pct"; '
                            'a record deleted on one side and changed on the other has no field: '
                            '"delivery:7:"); conflicts it leaves out wait, nothing is written')
    add_db_arg(bring)
    add_lang_arg(bring)
    bring.set_defaults(handler=bring_command)


def take_command(args) -> int:
    from app.messages import t
    from app.services.offline import OfflineRefused, take
    from app.store.transfer import TransferRefused
    from app.texts import offline_refusal

    lang = args.lang
    try:
        done = take(args.source, args.target, args.numbers, args.mine)
    except TransferRefused as exc:
        key = "offline.target_not_empty" if exc.reason == "target_not_empty" else f"migrate.{exc.reason}"
        print(t(key, lang, target=exc.target, detail=exc.target), file=sys.stderr)
        return EXIT_REFUSED
    except OfflineRefused as exc:
        print(offline_refusal(exc, lang), file=sys.stderr)
        return EXIT_REFUSED
    if done.from_history:
        print(t("offline.mine_by_history", lang))
    print(t("offline.taken", lang, target=args.target, work_orders=", ".join(done.work_orders), rows=done.rows))
    return EXIT_OK


def conflict_line(c, lang: str) -> str:
    from app.messages import t

    def shown(v):
        return "—" if v is None else repr(v)

    return t("offline.conflict", lang, key=c.key, work_order=c.work_order or "—", table=c.table,
             id=c.server_id, field=c.field or "—", base=shown(c.base), laptop=shown(c.laptop),
             server=shown(c.server))


def bring_command(args) -> int:
    from app.messages import t
    from app.services.offline import OfflineRefused, bring
    from app.store.db import open_db
    from app.texts import offline_refusal

    lang = args.lang
    decisions = {}
    if args.decisions is not None:
        try:
            decisions = json.loads(args.decisions.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{args.decisions}: {exc}") from exc
        if not isinstance(decisions, dict) or set(decisions.values()) - {"laptop", "server"}:
            raise UsageError(t("offline.bad_decisions", lang, path=args.decisions))
    db = open_db(args.target, create=False)
    try:
        result = bring(args.source, db, decisions, args.prefer, args.dry_run)
    except OfflineRefused as exc:
        print(offline_refusal(exc, lang), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.close()
    for work_order, old, new in result.renumbered:
        print(t("offline.renumbered", lang, work_order=work_order, old=old, new=new))
    if result.undecided:
        for c in result.undecided:
            print(conflict_line(c, lang), file=sys.stderr)
        print(t("offline.undecided", lang, n=len(result.undecided)), file=sys.stderr)
        return EXIT_REFUSED
    key = "offline.would_bring" if args.dry_run else "offline.brought"
    print(t(key, lang, taken=result.taken, inserted=result.inserted, appended=result.appended,
            deleted=result.deleted, conflicts=len(result.conflicts)))
    return EXIT_OK
