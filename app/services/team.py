"""The team actions (issue 17): set up roles and row-level security on a team database, add a
person to a team, give a work order to its owner, and show who is where. Each is one unit of
work; on an SQLite file each is refused (``needs_team_db``): a file has no roles."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from app.store import team as store
from app.store.db import Database
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


def init_team(db: Database, team: str | None = None) -> int:
    """``team init``: roles, grants and policies (run again: the same); with ``team``, every work
    order of no team joins it. Returns how many joined."""
    _team_db(db)
    if team is not None:
        store.check_name(team, "team")
    try:
        with db.session() as s:
            return store.init(s.connection(), team)
    except DBAPIError as exc:
        raise _refused(exc) from None


def add_member(db: Database, role: str, team: str, kind: str) -> bool:
    """``team add``: returns whether the LOGIN role was created (it then has no password)."""
    _team_db(db)
    try:
        with db.session() as s:
            return store.add(s.connection(), role, team, kind)
    except DBAPIError as exc:
        raise _refused(exc) from None


def assign(db: Database, number: str, owner: str, team: str | None = None) -> tuple[str, str]:
    """``team assign``: work order ``number`` is ``owner``'s, in ``team`` (default: its team if
    the owner works in it, else the owner's first team). Recorded in the history."""
    _team_db(db)
    store.check_name(owner)
    try:
        with db.session() as s:
            conn = s.connection()
            theirs = store.teams_of(conn, owner)
            if not theirs:
                raise TeamRefused("not_member", role=owner)
            row = s.exec(select(WorkOrderRow).where(WorkOrderRow.number == number)).first()
            if row is None:
                raise TeamRefused("no_work_order", number=number)
            names = [t for t, _k in theirs]
            if team is None:
                team = row.team if row.team in names else names[0]
            elif team not in names:
                raise TeamRefused("not_in_team", role=owner, team=team)
            row.owner, row.team = owner, team
            s.add(row)
            return owner, team
    except DBAPIError as exc:
        raise _refused(exc) from None


def overview(db: Database) -> dict:
    """``team show``: the teams, their members and kinds, the work orders per owner that this
    role may see."""
    _team_db(db)
    try:
        with db.read() as s:
            return store.overview(s.connection())
    except DBAPIError as exc:
        raise _refused(exc) from None
