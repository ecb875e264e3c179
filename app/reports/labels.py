"""The statement's own words in Kazakh, Russian and English (glossary.md; Kazakh from the seed),
kept in the id-keyed message catalogue (app/messages/statement.py). Words of the closed
vocabularies (status, unit, ledger kind ...) come from :mod:`app.texts`."""

from __future__ import annotations

from app.messages.countries import country_name  # noqa: F401 - the one country-name function


def label(key: str, lang: str = "en", **params: object) -> str:
    """The statement word for ``key`` in ``lang`` (English when the language is unknown), from
    the message catalogue (app/messages/statement.py, ids ``statement.label.<key>``)."""
    from app.messages import t
    from app.messages.statement import LABELS

    if key not in LABELS:
        raise KeyError(key)
    return t(f"statement.label.{key}", lang, **params)


def fmt_day(d, lang: str = "en") -> str:
    """A date as the statements print it, in PDF, Excel and calendar alike: babel's forms, with
    one month abbreviation style (Excel's "Sep", never en_GB's "Sept")."""
    from app.texts import fmt_date

    text = fmt_date(d, lang)
    return text.replace("Sept ", "Sep ") if lang == "en" else text


_ROMAN = ("I", "II", "III", "IV")


def quarter_words(quarter: str, lang: str = "en", case: str = "") -> str:
    """"2026Q4" in the language's own form: "Q4 2026", «IV квартал 2026 г.», «2026 жылғы IV
    тоқсан»; ``case="for"`` the form after "planned for" (Kazakh: the dative «тоқсанға»)."""
    from app.messages import t

    year, n = quarter[:4], int(quarter[-1])
    key = "statement.quarter_for" if case == "for" else "statement.quarter"
    return t(key, lang, year=year, n=n, roman=_ROMAN[n - 1])


