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
