"""The application's icons (SVG files in app/resources/icons), loaded once each. A module of its
own so that the window can paint before the heavier widget helpers are imported."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app import RESOURCES, resource_path

ICONS = RESOURCES / "icons"

_icon_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    if name not in _icon_cache:
        _icon_cache[name] = QIcon(str(resource_path(ICONS / f"{name}.svg")))
    return _icon_cache[name]


def mark_html(name: str, size: int = 14) -> str:
    """The icon ``name`` as an image for rich text (a drawn mark: a glyph such as ⛔ shows as an
    empty box where no font has it)."""
    path = resource_path(ICONS / f"{name}.svg")
    from html import escape

    return f"<img src='{escape(str(path), quote=True)}' width='{size}' height='{size}' style='vertical-align: middle'>"
