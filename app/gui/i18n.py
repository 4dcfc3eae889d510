"""UI language: English (the source strings) or Simplified Chinese, switchable at run time.

Translations are Qt Linguist files in resources/i18n/ (readfirst_zh_CN.ts, compiled to .qm with
`resources/i18n/update.sh`). Installing a translator makes Qt send LanguageChange to every
widget, and the windows re-set their texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from document.paths import resource_path

LANGUAGES = ("en", "zh_CN")
_state: dict[str, object] = {"language": "en", "translators": []}


def current() -> str:
    return str(_state["language"])


def set_language(language: str) -> bool:
    """Switch the UI language; False if its translation file is missing (UI stays English)."""
    app = QCoreApplication.instance()
    if app is None or language not in LANGUAGES:
        return False
    for old in _state["translators"]:  # type: ignore[attr-defined]
        app.removeTranslator(old)
    _state["translators"] = []
    _state["language"] = "en"
    if language == "en":
        app.installTranslator(QTranslator(app))  # an empty one: still sends LanguageChange
        return True
    ours = QTranslator(app)
    if not ours.load(str(resource_path("i18n", f"readfirst_{language}.qm"))):
        return False
    qt_own = QTranslator(app)  # Qt's own dialogs (OK/Cancel, file dialog)
    if qt_own.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_own)
        _state["translators"].append(qt_own)  # type: ignore[attr-defined]
    app.installTranslator(ours)
    _state["translators"].append(ours)  # type: ignore[attr-defined]
    _state["language"] = language
    return True
