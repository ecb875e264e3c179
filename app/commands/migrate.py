"""``migrate --from A --to B``: copy a whole planner database into a new or empty one, an SQLite
file into a team database on PostgreSQL or back (issue 17); verified by the row count of every
table and by the balances of every work order, computed on both.

Exit codes: 0 copied and verified; 1 refused (the target holds data, the source is of an older
schema) or the copy did not verify; 2 a database cannot be used."""

from __future__ import annotations

import sys
from datetime import date

from app.commands.common import EXIT_OK, EXIT_REFUSED, add_command, db_target


def register(sub) -> None:
    p = add_command(sub, "migrate", "copy a whole database into a new or empty one",
                    ok="copied and verified",
                    refused="refused (the target holds data, or the source needs opening once to be "
                            "upgraded) or the copy did not verify")
    p.add_argument("--from", dest="source", type=db_target, required=True, metavar="SOURCE",
                   help="the database to copy: a file or postgresql://…")
    p.add_argument("--to", dest="target", type=db_target, required=True, metavar="TARGET",
                   help="a new file, or an empty database: a file or postgresql://…")
    p.set_defaults(handler=migrate)


def migrate(args) -> int:
    from app.messages import t
    from app.services.balances import balance_dict, portfolio_balances
    from app.store.transfer import TransferRefused, copy_database, row_counts

    lang = getattr(args, "lang", "en")
    try:
        src, dst, copied = copy_database(args.source, args.target)
    except TransferRefused as exc:
        print(t(f"migrate.{exc.reason}", lang, source=args.source, target=exc.target), file=sys.stderr)
        return EXIT_REFUSED
    try:
        source_counts, target_counts = row_counts(src), row_counts(dst)
        on = date.today()
        same_balances = ([balance_dict(b) for b in portfolio_balances(src, on, None)]
                         == [balance_dict(b) for b in portfolio_balances(dst, on, None)])
        shown = (src.path, dst.path)
    finally:
        src.close()
        dst.close()
    if source_counts != target_counts or copied != source_counts or not same_balances:
        differ = ", ".join(f"{k} {source_counts[k]}/{target_counts.get(k)}" for k in source_counts
                           if source_counts[k] != target_counts.get(k)) or t("migrate.balances", lang)
        print(t("migrate.not_verified", lang, target=shown[1], differ=differ), file=sys.stderr)
        return EXIT_REFUSED
    print(t("migrate.done", lang, source=shown[0], target=shown[1], rows=sum(copied.values()),
            tables=len(copied), history=copied.get("history", 0), ledger=copied.get("ledger_entry", 0)))
    return EXIT_OK
