"""One catalogue of the messages shown to people outside Qt's own chrome, keyed by message id and
language code (never by tuple position). Each area keeps its messages in a module of this package
(``store``, ``files``, ``rules``, ``vocab``, ``workbook``…) as ``MESSAGES = {id: {"en": …, "ru": …,
"kk": …}}``; placeholders are ``str.format`` fields (``{path}``). A missing language falls back to
English, a missing id to the id itself, so a message can never crash the code that reports an error.

Counted messages give, for a language, one text per CLDR plural category instead of one text
(``{"en": {"one": "{n} day", "other": "{n} days"}, "ru": {"one": …, "few": …, "many": …,
"other": …}, "kk": "{n} күн"}``); ``tn(id, n, lang)`` picks the one babel's plural rule gives for
``n`` (fractions included: Russian "1,5 дня" is "other"). Inside any message a field may name a
counted message after ``@``: ``"{days_late:@count.days} after …"`` words the number with it.

``LANGS`` is the one list of the interface's languages: a fourth one is added here (and its
``LOCALES`` entry), then in the entries of the catalogue."""

from __future__ import annotations

import importlib
import pkgutil
import string
from decimal import Decimal, InvalidOperation
from typing import Any

LANGS = ("kk", "ru", "en")
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}

Entry = dict[str, Any]  # lang -> text, or lang -> {plural category -> text}

_CATALOG: dict[str, Entry] | None = None


def catalog() -> dict[str, Entry]:
    global _CATALOG
    if _CATALOG is None:
        merged: dict[str, Entry] = {}
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{__name__}.{info.name}")
            for key, texts in getattr(module, "MESSAGES", {}).items():
                if key in merged:
                    raise RuntimeError(f"message id {key!r} defined twice")
                merged[key] = texts
        _CATALOG = merged
    return _CATALOG


def has(msg_id: str) -> bool:
    return msg_id in catalog()


def is_counted(msg_id: str) -> bool:
    """Whether the entry gives plural forms (for some language)."""
    return any(isinstance(v, dict) for v in catalog().get(msg_id, {}).values())


def number(value: object) -> Decimal | None:
    """``value`` as the number a plural rule is asked about (``12.00`` is 12, "1.5" is 1.5)."""
    n = getattr(value, "number", value)
    if isinstance(n, bool):
        return None
    try:
        d = n if isinstance(n, Decimal) else Decimal(str(n))
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite():
        return None
    return Decimal(int(d)) if d == d.to_integral_value() else d.normalize()


def fmt_number(value: object, lang: str = "en") -> str:
    """A number as people of ``lang`` write it (``1 250,5`` in Russian)."""
    from babel.numbers import format_decimal

    d = number(value)
    if d is None:
        return str(value)
    return format_decimal(d, format="#,##0.##", locale=LOCALES.get(lang, "en_GB"))


def plural_category(n: object, lang: str) -> str:
    """CLDR's plural category of ``n`` in ``lang`` (one, few, many, other…)."""
    from babel import Locale, UnknownLocaleError

    d = number(n)
    if d is None:
        return "other"
    try:
        return str(Locale.parse(lang).plural_form(d))
    except (UnknownLocaleError, ValueError, TypeError):
        return "one" if d == 1 else "other"


def _text(msg_id: str, lang: str, n: object | None) -> str | None:
    texts = catalog().get(msg_id)
    if texts is None:
        return None
    text = texts.get(lang) or texts["en"]
    if isinstance(text, dict):
        category = plural_category(n, lang) if n is not None else "other"
        return text.get(category) or text.get("other") or next(iter(text.values()))
    return text


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("@"):
            return tn(format_spec[1:], value, self.lang)
        return super().format_field(value, format_spec)


def _fill(text: str, lang: str, params: dict[str, object]) -> str:
    try:
        return _Formatter(lang).vformat(text, (), params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return text


def t(msg_id: str, lang: str = "en", /, **params: object) -> str:
    """The message ``msg_id`` in ``lang`` with ``params`` filled in."""
    text = _text(msg_id, lang, params.get("n"))
    return msg_id if text is None else _fill(text, lang, params)


def tn(msg_id: str, n: object, lang: str = "en", /, **params: object) -> str:
    """The counted message ``msg_id`` for ``n`` in ``lang``: the form CLDR's plural rule of
    ``lang`` gives for ``n`` (``tn("count.days", 22, "ru")`` is "22 дня"), ``{n}`` the number as
    written in ``lang`` (a string given as ``n`` is shown as it is)."""
    text = _text(msg_id, lang, n)
    if text is None:
        return msg_id
    shown = n if isinstance(n, str) else fmt_number(n, lang)
    return _fill(text, lang, {**params, "n": shown})


def _lang_of(name: str) -> str:
    """kk, ru or en for a locale name: ``kk_KZ.UTF-8``, ``ru-RU``, Windows' ``Kazakh_Kazakhstan``."""
    low = name.lower()
    for lang in LANGS:
        if low[:2] == lang:
            return lang
    from babel import Locale

    for lang in LANGS:  # English names of the languages (Windows' locale names)
        if low.startswith(Locale.parse(lang).get_display_name("en").lower()):
            return lang
    return "en"


def system_lang() -> str:
    """The interface language the system asks for (LC_ALL, LC_MESSAGES, LANG, then the OS
    locale): one of LANGS, English when it is none of them."""
    import locale
    import os

    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return _lang_of(value)
    try:
        name = locale.getlocale()[0] or "en"
    except ValueError:
        name = "en"
    return _lang_of(name)
