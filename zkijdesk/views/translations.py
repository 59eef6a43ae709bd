"""Loading the screen text's translations into the application (Qt's half of ``i18n``).

``zkijdesk.i18n`` holds the choice of language and the catalogue for service sentences,
without Qt; this module installs the ``QTranslator`` for the chosen language (plus Qt's
own Dutch strings for standard buttons) and sets Qt's default locale to match.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from zkijdesk import i18n

QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)
"""Qt's marker for lupdate, typed: it returns its text unchanged, where PySide6's stub
says ``object``. Import it from here; lupdate finds the calls by their name."""


def install(app, code: str) -> list:
    """Load the translators for ``code`` into ``app``; returns them (keep them alive)."""
    i18n.set_language(code)
    language = i18n.language()
    installed = []
    ours = QTranslator(app)
    if ours.load(str(i18n.qm_path(language))):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_nl", folder):
            app.installTranslator(qt)
            installed.append(qt)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return installed
