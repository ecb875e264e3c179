"""Export the portfolio (or write the empty template) in the work order workbook format."""

from __future__ import annotations

from pathlib import Path

from app.store.db import Database
from app.workbook.validate import Notice


def export(db: Database, path: Path | str, lang: str = "en") -> tuple[int, list[Notice]]:
    """Write every work order to ``path`` (never over the database, its files or a backup:
    ``OutputError``); returns (work orders written, notices)."""
    from app.services.outputs import check_output
    from app.store.profiles import list_profiles
    from app.store.repo import load_portfolio
    from app.workbook.writer import write_portfolio

    path = check_output(path, db_path=db.path, suffix=".xlsx")
    with db.read() as s:
        portfolio = load_portfolio(s)
        profiles = list_profiles(s)
    notices = write_portfolio(path, portfolio, lang, profiles)
    return len(portfolio.work_orders), notices


def template(path: Path | str, lang: str = "en") -> None:
    from app.workbook.writer import write_template

    write_template(path, lang)
