"""Everything the planner reads at run time ships inside the ``app`` package and is found through
importlib.resources; the wheel carries it all (issue 11: the wheel without resources/ and .qm)."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"

#: What must be in the package (and so in the wheel), relative to app/.
RUNTIME_FILES = [
    "resources/catalog.json",
    "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/DejaVuSans-Bold.ttf",
    "resources/fonts/LICENSE-DejaVu.txt",
    "resources/icons/app.svg",
    "resources/icons/portfolio.svg",
    "i18n/app_kk.qm",
    "i18n/app_ru.qm",
    "i18n/app_en.qm",
    "i18n/qt_overrides_kk.qm",
    "store/migrations/env.py",
    "store/migrations/script.py.mako",
    "store/migrations/versions/0001_initial_contract_model.py",
]

#: Ways of building a path from a module's own location or the working folder: the source tree's
#: layout, which an installed wheel or a bundle does not have.
PATH_FROM_LAYOUT = re.compile(r"__file__|\.parents\s*\[|\.parent\.parent|os\.getcwd\(|Path\.cwd\(|\.\./")


def data_files() -> list[str]:
    """Every file the package needs at run time, relative to app/."""
    found = []
    for folder in ("resources", "i18n", "store/migrations"):
        for p in (APP / folder).rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts:
                found.append(p.relative_to(APP).as_posix())
    return sorted(found)


def test_no_module_under_app_builds_a_path_from_the_source_tree():
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if PATH_FROM_LAYOUT.search(code):
                offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == [], "use importlib.resources (app.RESOURCES, app.I18N, app.resource_path):\n" + "\n".join(offenders)


def test_the_resources_are_found_through_importlib():
    from importlib.resources import files

    import app
    from app.domain.catalog import catalog
    from app.store.db import MIGRATIONS, MIGRATIONS_RESOURCE, head_revision

    for rel in RUNTIME_FILES:
        assert (files("app") / rel).is_file(), rel
    assert files("app") / "resources" == app.RESOURCES and files("app") / "i18n" == app.I18N
    assert app.resource_path(app.RESOURCES / "catalog.json").is_file()
    assert len(catalog().services) > 20
    assert MIGRATIONS_RESOURCE == "app.store:migrations" and (MIGRATIONS / "env.py").is_file()
    assert head_revision()


def test_package_data_lists_every_runtime_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["app"]
    files = data_files()
    assert set(RUNTIME_FILES) <= set(files)
    missing = [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)]
    assert missing == [], f"add to [tool.setuptools.package-data] in pyproject.toml: {missing}"


def test_the_qt_dependency_is_pyside6_essentials():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = [re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower() for d in config["project"]["dependencies"]]
    assert "pyside6-essentials" in names and "pyside6" not in names
    used = set()
    for path in APP.rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtSvg"}, used  # all in PySide6-Essentials


def test_the_built_wheel_holds_every_runtime_file(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path, timeout=600)
    (wheel,) = tmp_path.glob("unified_planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"app/{f}" for f in data_files()}
    assert {f"app/{f}" for f in RUNTIME_FILES} <= expected
    assert sorted(expected - names) == []
    assert not any(n.startswith(("resources/", "i18n/", "tests/", "bench/")) for n in names)
    assert not any(n.endswith(".ts") or "__pycache__" in n for n in names)
    assert any(n.endswith("entry_points.txt") for n in names)
