"""The service catalog of the seed's sections 2.2 and 2.3, loaded from app/resources/catalog.json."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .enums import Unit

PROACTIVE = "proactive"
REACTIVE = "reactive"
SDM = "sdm"
ENHANCED = "enhanced"

# Codes the rules refer to by name.
PROACTIVE_CREDITS = "PROACTIVE_CREDITS"
CUSTOM_PROACTIVE = "CUSTOM_PROACTIVE"
AEM = "AEM"
UER = "UER"
EDE = "EDE"


@dataclass(frozen=True)
class Service:
    code: str
    family: str
    category: str
    base: bool
    unit: Unit
    section: str
    names: dict[str, str]
    aliases: tuple[str, ...] = ()
    unit_note: dict[str, str] = field(default_factory=dict)
    note: dict[str, str] = field(default_factory=dict)

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]

    @property
    def mark(self) -> str:
        """The seed's own mark: ✓ included in the Base Package, + bought on top."""
        return "✓" if self.base else "+"

    @property
    def needs_request(self) -> bool:
        """Proactive and enhanced services must be requested 60 days before expiry (R-REQUEST-60)."""
        return self.family in (PROACTIVE, ENHANCED)


def fold(text: str) -> str:
    """Case- and accent-insensitive key for matching names typed by people."""
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    return " ".join(text.replace("ё", "е").split())


_TRAILING_ABBR = re.compile(r"^(?P<name>.*\S)\s*\((?P<abbr>[^()]+)\)\s*$")


def name_variants(name: str) -> tuple[str, ...]:
    """A name with a trailing parenthesis, "Designated Engineering (DE)", also read as
    "Designated Engineering" and "DE"; any other name has no variants."""
    m = _TRAILING_ABBR.match(name)
    if not m:
        return ()
    return m.group("name").strip(), m.group("abbr").strip()


class Catalog:
    def __init__(self, services: list[Service], categories: dict[str, Any], families: dict[str, Any]):
        self.services = services
        self.by_code = {s.code: s for s in services}
        self.categories = categories
        self.families = families
        self._names: dict[str, str] = {}
        for s in services:
            for key in (s.code, *s.names.values(), *s.aliases):
                self._names.setdefault(fold(key), s.code)
        # a name ending in "(ABBR)" matches with or without it and by the abbreviation alone;
        # after every written name and alias, so those always win
        for s in services:
            for key in (*s.names.values(), *s.aliases):
                for variant in name_variants(key):
                    self._names.setdefault(fold(variant), s.code)

    def __contains__(self, code: str) -> bool:
        return code in self.by_code

    def __iter__(self) -> Iterator[Service]:
        return iter(self.services)

    def get(self, code: str) -> Service | None:
        return self.by_code.get(code)

    def __getitem__(self, code: str) -> Service:
        return self.by_code[code]

    def lookup(self, text: str) -> Service | None:
        """Exact match on code, a name in any language or an alias (case-insensitive)."""
        code = self._names.get(fold(text))
        return self.by_code.get(code) if code else None

    def all_names(self) -> dict[str, str]:
        """Every folded name or alias -> code, for fuzzy proposals."""
        return dict(self._names)

    def category_name(self, category: str, lang: str = "en") -> str:
        names = self.categories.get(category, {})
        return names.get(lang) or names.get("en") or category


def load_catalog(path: Path | Traversable) -> Catalog:
    data = json.loads(path.read_text(encoding="utf-8"))
    services = [
        Service(
            code=s["code"],
            family=s["family"],
            category=s["category"],
            base=bool(s["base"]),
            unit=Unit(s["unit"]),
            section=s.get("section", "2.2"),
            names=dict(s["names"]),
            aliases=tuple(s.get("aliases", ())),
            unit_note=dict(s.get("unit_note", {})),
            note=dict(s.get("note", {})),
        )
        for s in data["services"]
    ]
    return Catalog(services, data.get("categories", {}), data.get("families", {}))


@lru_cache(maxsize=1)
def catalog() -> Catalog:
    """The catalog shipped in the package (app/resources/catalog.json)."""
    from app import RESOURCES

    return load_catalog(RESOURCES / "catalog.json")
