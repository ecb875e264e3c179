"""``screenshots``: a PNG of every screen and dialog of the window, rendered offscreen, for the
user guide and for review. Nothing is saved: dialogs are shown and closed, never confirmed, and
the window's settings go to a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

from app.commands.common import EXIT_OK, OK, REFUSED, UsageError, add_command, parse_day


def register(sub) -> None:
    p = add_command(sub, "screenshots", "render a PNG of every screen and dialog of the window",
                    ok=OK, refused=REFUSED, usage="2 bad usage, no --db or an unreadable database")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PNG files (created when missing; files of the same name are "
                        "replaced atomically, readable by you only)")
    p.add_argument("--today", type=parse_day, metavar="DAY", help="show the data as on this day (YYYY-MM-DD)")
    p.add_argument("--work-order", metavar="N", help="work order to show (default: the one with most deliveries)")
    p.add_argument("--size", default="1400x860", metavar="WxH", help="window size (default 1400x860)")
    p.set_defaults(handler=screenshots)


def screenshots(args) -> int:
    try:
        w, h = (int(x) for x in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size: expected WIDTHxHEIGHT, got {args.size!r}") from None
    team = isinstance(args.db, str)  # a team database's connection string (app.store.pg)
    if args.db is None or (not team and not Path(args.db).exists()):
        raise UsageError(f"--db: no such database: {args.db}")
    from app.services.outputs import check_folder

    check_folder(args.out, db_path=None if team else Path(args.db))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.shots import render_all

    files = render_all(args.db if team else Path(args.db), args.out, args.lang, args.today, args.work_order, (w, h))
    from app.messages import t
    from app.messages.cli import counted

    print(t("cli.screenshots.written", args.lang, path=args.out,
            count=counted("cli.screenshots", args.lang, len(files))))
    return EXIT_OK
