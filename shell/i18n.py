"""The interface language: which translation is installed, and switching it live.

English is the source language of every string; Vietnamese comes from
``resources/translations/newsdesk_vi.qm`` (compiled from ``newsdesk_vi.ts``), and
English plural forms ("1 interview", "2 interviews") from ``newsdesk_en.qm``.
Qt ships no Vietnamese for the words it draws itself (standard buttons, file dialogs,
context menus): ``qt_vi.qm`` has them, installed as a second translator.
Switching installs other QTranslators; Qt then sends every widget a
``LanguageChange`` event and the widgets re-translate their labels.

The application uses Qt's own file and colour dialogs, never the platform's
(:func:`use_translatable_dialogs`): a native dialog speaks the desktop's language, not
the one chosen in Preferences, and on Linux without a desktop portal it is Qt's anyway.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from shell.settings import LANGUAGE_SYSTEM

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
SUPPORTED_LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "en"


def language_names() -> dict[str, str]:
    """Language codes with their own names (shown untranslated, as is customary)."""
    return {"vi": "Tiếng Việt", "en": "English"}


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to use for a Preferences *setting* (``system``, ``vi`` or ``en``)."""
    if setting in SUPPORTED_LANGUAGES:
        return setting
    locale = system_locale if system_locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return (
        "vi"
        if setting == LANGUAGE_SYSTEM and locale.language() == QLocale.Language.Vietnamese
        else SOURCE_LANGUAGE
    )


def use_translatable_dialogs() -> None:
    """Make file (and colour, font) dialogs Qt's own, which follow the interface language."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


class LanguageManager:
    """Installs and swaps the application's translators."""

    def __init__(self, app: QCoreApplication, translations_dir: Path = TRANSLATIONS_DIR) -> None:
        self._app = app
        self._dir = translations_dir
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def uninstall(self) -> None:
        """Remove every translator this manager installed (source strings show again)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> bool:
        """Show the interface in *language*; False if its translation could not be loaded."""
        self.uninstall()
        QLocale.setDefault(QLocale(QLocale.Language.English))
        ours = QTranslator(self._app)
        if not ours.load(str(self._dir / f"newsdesk_{language}.qm")):
            log.warning("No translation for %s in %s", language, self._dir)
            return language == SOURCE_LANGUAGE  # English still reads, without plural forms
        self._app.installTranslator(ours)
        self._translators.append(ours)
        qt_own = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            self._app.installTranslator(qt_own)
            self._translators.append(qt_own)
        qt_words = QTranslator(self._app)  # installed last, so asked first: ours win
        if (self._dir / f"qt_{language}.qm").exists() and qt_words.load(
            str(self._dir / f"qt_{language}.qm")
        ):
            self._app.installTranslator(qt_words)
            self._translators.append(qt_words)
        self.language = language
        QLocale.setDefault(QLocale(language))
        return True
