"""Write the phrasebook's words into the Linguist sources (i18n/app_<lang>.ts), check that every
string has its translation and keeps its %1 placeholders. Exit 1 when something is missing."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from phrasebook import T  # noqa: E402

from app.messages import LANGS, LOCALES  # noqa: E402  (the one list of the languages)

SOURCE = "en"  # the window's strings are written in English

PLACEHOLDER = re.compile(r"%\d")


def fill(lang: str) -> list[str]:
    path = HERE / f"app_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        if lang == SOURCE:
            text = source
        elif source in T and lang in T[source]:
            text = T[source][lang]
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
    root.set("language", LOCALES[lang])
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    bad = 0
    for lang in LANGS:
        for m in fill(lang):
            print(f"{lang}: no translation for {m!r}")
            bad += 1
    sys.exit(1 if bad else 0)
