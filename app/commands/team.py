"""``team init|add|assign|show``: who sees what on a team database (issue 17). See
app/store/team.py for the roles and policies.

Exit codes: 0 done; 1 refused (an SQLite file, a name that is not a role name, a person in no
team, a work order that does not exist, the server's refusal); 2 bad usage or an unreadable
database."""

from __future__ import annotations

import sys

from app.commands.common import EXIT_OK, EXIT_REFUSED, add_command, open_database


def register(sub) -> None:
    p = add_command(sub, "team", "who sees what on a team database: roles, teams, owners",
                    ok="done", refused="refused (an SQLite file, an unknown person or work order, "
                                      "or the server refused)")
    cmds = p.add_subparsers(dest="team_command", metavar="ACTION", required=True,
                            help="init, add, assign or show ('team ACTION --help' describes each)")
    q = add_command(cmds, "init", "create the planner's roles, grants and row-level security",
                    ok="done", refused="refused")
    q.add_argument("--team", metavar="NAME", help="a first team: every work order of no team joins it")
    q.set_defaults(handler=team_init)
    q = add_command(cmds, "add", "put a person (a database role) in a team", ok="done", refused="refused")
    q.add_argument("role", metavar="ROLE", help="the person's database role (created if missing)")
    q.add_argument("--team", required=True, metavar="T", help="the team's name")
    q.add_argument("--as", dest="kind", required=True, choices=("manager", "lead", "reviewer"),
                   help="what the person may do there (README: Team database)")
    q.set_defaults(handler=team_add)
    q = add_command(cmds, "assign", "give a work order to its owner", ok="done", refused="refused")
    q.add_argument("number", metavar="WORK_ORDER", help="the work order's number")
    q.add_argument("--owner", required=True, metavar="ROLE", help="its owner's database role, a member of a team")
    q.add_argument("--team", metavar="T", default=None,
                   help="its team (default: its team if the owner works in it, else the owner's first team)")
    q.set_defaults(handler=team_assign)
    q = add_command(cmds, "show", "the teams, their people and the work orders per owner",
                    ok="shown", refused="refused")
    q.set_defaults(handler=team_show)
    cmds._choices_actions.clear()  # the ACTION help names them; each describes itself


def _run(args, action) -> int:
    from app.messages import t
    from app.services.team import TeamRefused

    lang = getattr(args, "lang", "en")
    db = open_database(args)
    try:
        for line in action(db, lang):
            print(line)
    except TeamRefused as exc:
        print(t(f"team.{exc.reason}", lang, **exc.detail), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.close()
    return EXIT_OK


def team_init(args) -> int:
    from app.messages import t
    from app.services.team import init_team

    def action(db, lang):
        joined = init_team(db, args.team)
        yield t("team.init_done", lang, db=db.path)
        if args.team:
            yield t("team.first_team", lang, team=args.team, n=joined)
    return _run(args, action)


def team_add(args) -> int:
    from app.messages import t
    from app.services.team import add_member

    def action(db, lang):
        created = add_member(db, args.role, args.team, args.kind)
        yield t("team.added", lang, role=args.role, team=args.team, kind=t(f"team.kind.{args.kind}", lang))
        if created:
            yield t("team.password_hint", lang, role=args.role)
    return _run(args, action)


def team_assign(args) -> int:
    from app.messages import t
    from app.services.team import assign

    def action(db, lang):
        owner, team = assign(db, args.number, args.owner, args.team)
        yield t("team.assigned", lang, number=args.number, owner=owner, team=team)
    return _run(args, action)


def team_show(args) -> int:
    from app.messages import t
    from app.services.team import overview

    def action(db, lang):
        seen = overview(db)
        teams = sorted({m[0] for m in seen["members"]} | {w[0] for w in seen["work_orders"] if w[0]})
        if not teams and not seen["work_orders"]:
            yield t("team.none", lang)
        for team in teams:
            yield t("team.heading", lang, team=team)
            for _t, role, kind in (m for m in seen["members"] if m[0] == team):
                yield "  " + t("team.member", lang, role=role, kind=t(f"team.kind.{kind}", lang))
            for _t, owner, n in (w for w in seen["work_orders"] if w[0] == team):
                yield "  " + t("team.owned", lang, owner=owner or t("team.unowned", lang), n=n)
        for _t, owner, n in (w for w in seen["work_orders"] if w[0] is None):
            yield t("team.no_team", lang, owner=owner or t("team.unowned", lang), n=n)
    return _run(args, action)
