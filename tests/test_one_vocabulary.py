"""One vocabulary, checked in the code itself: the domain holds no words, one country-name
function, the window's phrasebook keyed by language code, and the one list of languages."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import app
from app.messages import LANGS, LOCALES

APP = Path(app.__file__).parent
CYRILLIC = re.compile(r"[\u0400-\u04FF]{2,}")  # a word, not a letter folded (ё -> е)


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that are not docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(first.value.lineno)
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        if tok.type == tokenize.STRING and tok.start[0] not in docs:
            found.append((tok.start[0], tok.string))
    return found


def test_the_domain_holds_no_words():
    # Russian or Kazakh in a string of app/domain would be words shown to people (comments and
    # docstrings may quote the seed); the catalogue (app/messages) words the domain's ids
    words = [f"{p.name}:{line}: {s[:60]}" for p in sorted((APP / "domain").glob("*.py"))
             for line, s in _strings(p) if CYRILLIC.search(s)]
    assert words == []


def test_one_country_name_function():
    defs = [str(p.relative_to(APP)) for p in APP.rglob("*.py")
            if re.search(r"^def country_name\(", p.read_text(encoding="utf-8"), re.M)]
    assert defs == ["messages/countries.py"]


def test_the_phrasebook_is_keyed_by_language_code():
    import runpy

    book = runpy.run_path(str(APP.parent / "i18n" / "phrasebook.py"))["T"]
    assert book and all(isinstance(v, dict) and set(v) == set(LANGS) - {"en"} for v in book.values())


def test_one_list_of_languages():
    assert set(LOCALES) == set(LANGS)
    others = [str(p.relative_to(APP)) for p in APP.rglob("*.py") if p.parent.name != "messages"
              and re.search(r'^\s*LANGS\s*=\s*\(', p.read_text(encoding="utf-8"), re.M)]
    assert others == []
