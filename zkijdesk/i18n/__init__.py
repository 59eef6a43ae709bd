"""The interface in Dutch (the source language) or English.

Two mechanisms, one choice of language:

- **Screen text** is written in Dutch in the widgets, wrapped in ``tr()`` /
  ``QCoreApplication.translate``. ``scripts/update_translations.py`` runs
  ``pyside6-lupdate`` over the sources into ``resources/i18n/zkijdesk_nl.ts`` and
  ``zkijdesk_en.ts`` and builds the ``.qm`` files with ``pyside6-lrelease``;
  ``zkijdesk.views.translations.install`` loads the one for the chosen language (plus
  Qt's own Dutch strings for standard buttons): this package knows no Qt. A test fails
  if either ``.ts`` file has an unfinished string or misses one that the sources
  contain.
- **Service messages** are whole Dutch sentences built in the domain, which knows no
  Qt. ``translate_message`` turns them into English with a catalogue of sentence
  patterns (``messages.py``): each pattern is the Dutch sentence with its variable
  parts as named groups; field labels inside a sentence are translated with the same
  catalogue's label list. The views pass every error through it before showing it.
  A test builds every sentence the domain and services can raise (read from their
  source) and fails if one has no English pattern.

Nothing here is imported by the services: the domain stays Dutch and Qt-free, and the
translation happens at the last moment, in the view.
"""

from __future__ import annotations

from pathlib import Path

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"

_language = DEFAULT_LANGUAGE


def language() -> str:
    return _language


def set_language(code: str) -> None:
    """Choose the language for ``translate_message`` (``views.translations.install`` too)."""
    global _language
    _language = code if code in LANGUAGES else DEFAULT_LANGUAGE


def translate_message(text: str) -> str:
    """A service's Dutch sentence in the chosen language."""
    if _language == "nl" or not text:
        return text
    from zkijdesk.i18n.messages import to_english

    return to_english(text)


def translate_label(text: str) -> str:
    """A field label the services name (a setting's, say) in the chosen language: the
    same ``LABELS`` their sentences are translated with, so a label has one English."""
    if _language == "nl" or not text:
        return text
    from zkijdesk.i18n.messages import translate_label as english

    return english(text)


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"zkijdesk_{code}.qm"
