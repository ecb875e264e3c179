"""Unified Planner: plan the delivery of a Unified Enterprise Support contract."""

from pathlib import Path

__version__ = "0.1.0"

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
I18N = ROOT / "i18n"
