"""Interface language: Qt Linguist translations (app/i18n/app_<lang>.qm plus Qt's own qtbase),
loaded at run time, and the locale used for dates and numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import I18N, resource_path
from app.messages import LOCALES, system_lang  # noqa: F401  (system_lang: re-exported)

_installed: list[QTranslator] = []
#: The language installed last.
current = "en"


def _qm(name: str) -> str:
    """The path of a compiled translation shipped in the package ("" when there is none)."""
    qm = I18N / name
    return str(resource_path(qm)) if qm.is_file() else ""


def install(lang: str) -> bool:
    """Replace the installed translators with those of ``lang``; True when the app's own
    translation was found."""
    global current
    current = lang
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(LOCALES.get(lang, "en_GB")))
    found = False
    own = QTranslator(app)
    if own.load(_qm(f"app_{lang}.qm")):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    qt = QTranslator(app)
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
        # our words for some of Qt's own buttons (a generic Cancel is not the glossary's
        # "Бас тарту"); installed last, so they are looked up first
        overrides = QTranslator(app)
        if overrides.load(_qm(f"qt_overrides_{lang}.qm")):
            app.installTranslator(overrides)
            _installed.append(overrides)
    return found
