"""The window's language: Seller Desk's own translations and Qt's, installed in one place.

The language follows the system (``QLocale.system()``) unless the seller chose one in
Settings > Language…, stored in the user's settings under ``LANGUAGE_KEY``. English always has
its translator too: it holds the plural forms ("1 order", "2 orders") of the ``%n`` strings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop_app.resources import resource_path

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
ENGLISH = "en"
# the choices in Settings > Language…, each in its own language
LANGUAGES: dict[str, str] = {ENGLISH: "English", "de": "Deutsch", "zh_CN": "中文"}
CATALOGUE = "seller_desk"
log = logging.getLogger(__name__)

_installed: list[QTranslator] = []  # kept alive while installed


def i18n_dir() -> Path:
    """The folder of the ``.ts`` sources and compiled ``.qm`` files (found by the one
    resources loader: the installed wheel's copy, else the checkout's ``resources/i18n``)."""
    return resource_path("i18n")


def chosen_language(settings: QSettings) -> str:
    """What the seller chose: a key of ``LANGUAGES``, or ``SYSTEM``."""
    value = settings.value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in (SYSTEM, *LANGUAGES) else SYSTEM


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language to show: the choice, or the system's when Seller Desk speaks it."""
    if choice in LANGUAGES:
        return choice
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.German:
        return "de"
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"  # Simplified Chinese; Taiwan and Hong Kong sellers read it too
    return ENGLISH


def install(language: str, app: QCoreApplication | None = None) -> QLocale:
    """Install the translators for ``language`` (replacing any installed before) and make its
    locale the default for numbers and dates. Returns that locale."""
    app = app or QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = _locale(language)
    QLocale.setDefault(locale)
    folder = i18n_dir()
    names = [(f"{CATALOGUE}_{ENGLISH}", folder)]
    if language != ENGLISH:
        from PySide6.QtCore import QLibraryInfo  # only then: its enums cost the first paint

        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        names += [(f"qtbase_{language}", qt_folder), (f"{CATALOGUE}_{language}", folder)]
    for name, where in names:  # the last installed is asked first
        translator = QTranslator(app)
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name == names[0][0]:  # no catalogues found: English plurals by rule at least
            log.warning("no translations in %s; the window shows English", folder)
            rule = EnglishPlurals(app)
            app.installTranslator(rule)
            _installed.append(rule)
    return locale


class EnglishPlurals(QTranslator):
    """English plural forms by rule ("%n order(s)": "1 order", "2 orders"; "count(s)" is a
    verb), for a build whose catalogues cannot be found; as scripts/update_translations.py
    writes seller_desk_en.ts."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or "(s)" not in source:
            return None  # not ours: Qt shows the source text (a null QString)
        one = n == 1
        return source.replace("count(s)", "counts" if one else "count").replace(
            "(s)", "" if one else "s"
        )

    def isEmpty(self) -> bool:
        return False


def _locale(language: str) -> QLocale:
    if language == ENGLISH:
        system = QLocale.system()
        # an English system keeps its own conventions (en_GB dates); others read US English
        if system.language() == QLocale.Language.English:
            return system
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(language)


def apply_settings(settings: QSettings, app: QCoreApplication | None = None) -> str:
    """Install the language the settings ask for (start-up); returns the language shown."""
    language = resolve(chosen_language(settings))
    install(language, app)
    return language
