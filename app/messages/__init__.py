"""One catalogue of the messages shown to people outside Qt's own chrome, keyed by message id and
language code (never by tuple position). Each area keeps its messages in a module of this package
(``store``, ``files``…) as ``MESSAGES = {id: {"en": …, "ru": …, "kk": …}}``; placeholders are
``str.format`` fields (``{path}``). A missing language falls back to English, a missing id to the
id itself, so a message can never crash the code that reports an error."""

from __future__ import annotations

import importlib
import pkgutil

LANGS = ("kk", "ru", "en")

_CATALOG: dict[str, dict[str, str]] | None = None


def catalog() -> dict[str, dict[str, str]]:
    global _CATALOG
    if _CATALOG is None:
        merged: dict[str, dict[str, str]] = {}
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{__name__}.{info.name}")
            for key, texts in getattr(module, "MESSAGES", {}).items():
                if key in merged:
                    raise RuntimeError(f"message id {key!r} defined twice")
                merged[key] = texts
        _CATALOG = merged
    return _CATALOG


def t(msg_id: str, lang: str = "en", /, **params: object) -> str:
    """The message ``msg_id`` in ``lang`` with ``params`` filled in."""
    texts = catalog().get(msg_id)
    if texts is None:
        return msg_id
    text = texts.get(lang) or texts["en"]
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def has(msg_id: str) -> bool:
    return msg_id in catalog()
