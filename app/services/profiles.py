"""Import profiles: one function per user action (save, list, rename, delete) and the lookup the
importer applies. A profile remembers, for the files with one header set, which field each
unknown column is and which catalog service each unknown service name is."""

from __future__ import annotations

from app.store.db import Database
from app.store.profiles import ImportProfile
from app.workbook.reader import RawWorkbook

__all__ = ["ImportProfile", "ProfileError", "delete_profile", "find_profile", "headers_of", "list_profiles",
           "rename_profile", "save_profile"]

MAX_NAME = 200


class ProfileError(Exception):
    """A profile action refused: ``reason`` is a message id of app.messages.importing."""

    def __init__(self, reason: str, **params):
        super().__init__(reason)
        self.reason = reason
        self.params = params

    def text(self, lang: str = "en") -> str:
        from app.messages import t

        return t(self.reason, lang, **self.params)


def fold_header(text: str) -> str:
    from app.workbook import format as fmt

    return fmt.header_forms(text)[0]


def headers_of(raw: RawWorkbook) -> frozenset[str]:
    """The normalised header set of a read workbook: every header cell of every sheet read."""
    out: set[str] = set()
    for sheet in raw.sheets:
        if sheet.header_row == 0:
            continue
        texts = [t for _i, t in sheet.columns.values()] + [t for _i, t in sheet.extra] \
            + [t for _i, t, _k in sheet.duplicates]
        out.update(f for t in texts if (f := fold_header(t)))
    return frozenset(out)


def list_profiles(db: Database) -> list[ImportProfile]:
    from app.store import profiles

    with db.read() as s:
        return profiles.list_profiles(s)


def find_profile(db: Database, headers: frozenset[str]) -> ImportProfile | None:
    """The profile saved for this header set, if any."""
    if not headers:
        return None
    return next((p for p in list_profiles(db) if p.headers == headers), None)


def saved_aliases(db: Database) -> dict[str, str]:
    """Every service name chosen in a saved profile -> its code (proposed for close names)."""
    out: dict[str, str] = {}
    for p in list_profiles(db):
        out.update(p.services)
    return out


def get_profile(db: Database, name: str) -> ImportProfile | None:
    from app.store import profiles

    with db.read() as s:
        return profiles.get_profile(s, name)


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise ProfileError("import.profile_bad_name")
    return name


def save_profile(db: Database, profile: ImportProfile) -> ImportProfile:
    """Store the profile (replacing the one of its name); returns it as stored."""
    from app.store import profiles

    profile.name = check_name(profile.name)
    profile.columns = {fold_header(k): v for k, v in profile.columns.items() if fold_header(k)}
    with db.session() as s:
        profiles.put_profile(s, profile)
    return profile


def rename_profile(db: Database, old: str, new: str) -> None:
    from app.store import profiles

    new = check_name(new)
    with db.session() as s:
        if new != old and profiles.get_profile(s, new) is not None:
            raise ProfileError("import.profile_exists", name=new)
        profiles.rename_profile(s, old, new)


def delete_profile(db: Database, name: str) -> bool:
    from app.store import profiles

    with db.session() as s:
        return profiles.delete_profile(s, name)
