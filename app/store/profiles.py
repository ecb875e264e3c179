"""Import profiles in the database: a named set of remembered answers (mapped columns and
service-name choices) for the files that have one header set."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlmodel import Session, select

from .tables import ImportProfileRow


@dataclass
class ImportProfile:
    name: str
    headers: frozenset[str] = frozenset()  # folded header texts of the files it is for
    columns: dict[str, str] = field(default_factory=dict)  # folded header -> field key
    services: dict[str, str] = field(default_factory=dict)  # service name as written -> code


def _of(row: ImportProfileRow) -> ImportProfile:
    return ImportProfile(row.name, frozenset(json.loads(row.headers)), dict(json.loads(row.columns)),
                         dict(json.loads(row.services)))


def _row(session: Session, name: str) -> ImportProfileRow | None:
    return session.exec(select(ImportProfileRow).where(ImportProfileRow.name == name)).first()


def list_profiles(session: Session) -> list[ImportProfile]:
    rows = session.exec(select(ImportProfileRow).order_by(ImportProfileRow.name)).all()
    return [_of(r) for r in rows]


def get_profile(session: Session, name: str) -> ImportProfile | None:
    row = _row(session, name)
    return _of(row) if row is not None else None


def put_profile(session: Session, profile: ImportProfile) -> None:
    """Insert the profile, or replace the one of that name."""
    row = _row(session, profile.name) or ImportProfileRow(name=profile.name)
    row.headers = json.dumps(sorted(profile.headers), ensure_ascii=False)
    row.columns = json.dumps(dict(sorted(profile.columns.items())), ensure_ascii=False)
    row.services = json.dumps(dict(sorted(profile.services.items())), ensure_ascii=False)
    row.updated_at = datetime.now(UTC)
    session.add(row)
    session.flush()


def rename_profile(session: Session, old: str, new: str) -> bool:
    row = _row(session, old)
    if row is None:
        return False
    row.name = new
    row.updated_at = datetime.now(UTC)
    session.add(row)
    session.flush()
    return True


def delete_profile(session: Session, name: str) -> bool:
    row = _row(session, name)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
