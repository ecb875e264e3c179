"""``balances``: what was bought, used, planned and left, per work order and entitlement."""

from __future__ import annotations

import json
import sys
from datetime import date

from app.commands.common import EXIT_OK, EXIT_REFUSED, add_command, open_database, parse_day


def register(sub) -> None:
    p = add_command(sub, "balances", "print the balances per work order and entitlement, as of a day",
                    ok="printed", refused="no such work order (--work-order)")
    p.add_argument("--work-order", metavar="N", help="only this work order")
    p.add_argument("--on", type=parse_day, metavar="DAY", help="as of this day (YYYY-MM-DD; default today)")
    p.add_argument("--json", action="store_true", help="print one JSON array")
    p.set_defaults(handler=balances)


def balances(args) -> int:
    from app.domain.balances import FIGURES
    from app.domain.money import to_text
    from app.messages import t
    from app.services.balances import balance_dict, portfolio_balances

    lang = args.lang
    on = args.on or date.today()
    db = open_database(args, create=False, reading=True)
    try:
        rows = portfolio_balances(db, on, args.work_order)
    finally:
        db.close()
    if args.work_order and not rows:
        print(t("balances.no_work_order", lang, number=args.work_order), file=sys.stderr)
        return EXIT_REFUSED
    if args.json:
        json.dump([balance_dict(b) for b in rows], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    heads = " ".join(f"{t(f'balances.col.{f}', lang)[:11]:>11}" for f in FIGURES)
    print(t("balances.header", lang, work_order=t("balances.col.work_order", lang),
            entitlement=t("balances.col.entitlement", lang), service=t("balances.col.service", lang),
            unit=t("balances.col.unit", lang), figures=heads))
    for b in rows:
        what = (t("balances.line", lang, line=b.line_no) if b.kind == "line"
                else t(f"balances.pool.{b.kind}", lang, country=b.country))
        figures = " ".join(f"{to_text(v):>11}" for v in b.figures().values())
        print(t("balances.header", lang, work_order=b.work_order, entitlement=what,
                service=b.service[:20], unit=b.unit, figures=figures))
    print(t("balances.as_of", lang, day=on.isoformat(), count=len(rows)))
    return EXIT_OK
