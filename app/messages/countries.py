"""Country names: CLDR's territory names (babel) in each language, with the few overrides where
the planner's users write a country otherwise (the one place they live)."""

from __future__ import annotations

from functools import cache

from app.messages import LOCALES

#: Where CLDR's name is not the one used: Kyrgyzstan's official Russian name (CLDR: "Киргизия").
OVERRIDES: dict[str, dict[str, str]] = {
    "KG": {"ru": "Кыргызстан"},
}


@cache
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(LOCALES.get(lang, lang)).territories)
    except (UnknownLocaleError, ValueError):
        return dict(Locale.parse("en_GB").territories)


def country_name(code: str, lang: str = "en") -> str:
    """The name of the country ``code`` (ISO 3166 alpha-2) in ``lang``: ``country_name("KG",
    "ru")`` is "Кыргызстан"; an unknown code is returned as it is."""
    if not code:
        return ""
    key = code.strip().upper()
    override = OVERRIDES.get(key, {}).get(lang)
    if override:
        return override
    return _territories(lang).get(key, code) if len(key) == 2 and key.isalpha() else code


@cache
def _by_name() -> dict[str, str]:
    """Every country's name in each language of the interface (and CLDR's own, where an
    override replaces it), folded, -> its code."""
    from app.messages import LANGS

    out: dict[str, str] = {}
    for lang in LANGS:
        for code, name in _territories(lang).items():
            if len(code) == 2 and code.isalpha():
                out.setdefault(_fold(name), code)
    for code, names in OVERRIDES.items():
        for name in names.values():
            out[_fold(name)] = code
    return out


def _fold(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").split()).casefold()


def country_code(text: str) -> str | None:
    """The code of the country ``text`` names: its code ("kz"), its name in Kazakh, Russian or
    English ("Қазақстан", "Казахстан", "Kazakhstan"), or a label "KZ — Қазақстан"; None when it
    names none."""
    text = (text or "").strip()
    if not text:
        return None
    head = text.split("—", 1)[0].strip()
    if len(head) == 2 and head.isalpha() and head.upper() in _territories("en"):
        return head.upper()
    return _by_name().get(_fold(text.split("—", 1)[-1]))
