"""Write the phrasebook's words into the Linguist sources (i18n/app_<lang>.ts), check that every
string has its translation and keeps its %1 placeholders. Exit 1 when something is missing."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from phrasebook import T  # noqa: E402

PLACEHOLDER = re.compile(r"%\d")


def fill(lang: str) -> list[str]:
    path = HERE / f"app_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        if lang == "en":
            text = source
        elif source in T:
            text = T[source][0 if lang == "ru" else 1]
        else:
            missing.append(source)
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(set(PLACEHOLDER.findall(source))) and \
                set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            missing.append(f"placeholders differ: {source!r}")
            continue
        tr.text = text
        tr.attrib.pop("type", None)
    root = tree.getroot()
    root.set("language", {"kk": "kk_KZ", "ru": "ru_RU", "en": "en_GB"}[lang])
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    bad = 0
    for lang in ("kk", "ru", "en"):
        for m in fill(lang):
            print(f"{lang}: no translation for {m!r}")
            bad += 1
    sys.exit(1 if bad else 0)
