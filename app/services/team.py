"""The team actions (issue 17): set up roles and row-level security on a team database, add a
person to a team, give a work order to its owner, and show who is where. Each is one unit of
work; on an SQLite file each is refused (``needs_team_db``): a file has no roles."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from app.store import team as store
from app.store.db import Database
from app.store.paths import DatabaseError
from app.store.tables import WorkOrderRow
from app.store.team import TeamRefused

__all__ = ["TeamRefused", "add_member", "assign", "init_team", "overview"]


def _team_db(db: Database) -> None:
    if not db.is_pg:
        raise TeamRefused("needs_team_db", db=db.path)


def _refused(exc: DBAPIError) -> TeamRefused:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    detail = (str(getattr(exc, "orig", exc)).splitlines() or [""])[0]
    return TeamRefused("denied" if code == "42501" else "failed", detail=detail)


def _admin_only(action):
    """Run ``action``; the server's refusal of a role or a grant (a person, not the owner, ran
    it) is said as ``denied``, with the server's words."""
    try:
        return action()
    except DBAPIError as exc:
        raise _refused(exc) from None
    except DatabaseError as exc:
        if exc.reason != "permission_denied" or not isinstance(exc.__cause__, DBAPIError):
            raise
        raise _refused(exc.__cause__) from None


def init_team(db: Database, team: str | None = None) -> int:
    """``team init``: roles, grants and policies (run again: the same); with ``team``, every work
    order of no team joins it. Returns how many joined."""
    _team_db(db)
    if team is not None:
        store.check_name(team, "team")

    def action() -> int:
        with db.session() as s:
            return store.init(s.connection(), team)
    return _admin_only(action)


def add_member(db: Database, role: str, team: str, kind: str) -> bool:
    """``team add``: returns whether the LOGIN role was created (it then has no password)."""
    _team_db(db)

    def action() -> bool:
        with db.session() as s:
            return store.add(s.connection(), role, team, kind)
    return _admin_only(action)


def assign(db: Database, number: str, owner: str, team: str | None = None) -> tuple[str, str]:
    """``team assign``: work order ``number`` is ``owner``'s, in ``team`` (default: its team if
    the owner works in it, else the owner's first team). Recorded in the history."""
    _team_db(db)
    store.check_name(owner)

    def action() -> tuple[str, str]:
        with db.session() as s:
            theirs = store.teams_of(s.connection(), owner)
            if not theirs:
                raise TeamRefused("not_member", role=owner)
            row = s.exec(select(WorkOrderRow).where(WorkOrderRow.number == number)).first()
            if row is None:
                raise TeamRefused("no_work_order", number=number)
            names = [t for t, _k in theirs]
            chosen = team if team is not None else row.team if row.team in names else names[0]
            if chosen not in names:
                raise TeamRefused("not_in_team", role=owner, team=chosen)
            row.owner, row.team = owner, chosen
            s.add(row)
            return owner, chosen
    return _admin_only(action)


def overview(db: Database) -> dict:
    """``team show``: the teams, their members and kinds, the work orders per owner that this
    role may see."""
    _team_db(db)

    def action() -> dict:
        with db.read() as s:
            return store.overview(s.connection())
    return _admin_only(action)
