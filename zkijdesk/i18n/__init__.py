"""The interface in Dutch (the source language) or English.

Two mechanisms, one choice of language:

- **Screen text** is written in Dutch in the widgets, wrapped in ``tr()`` /
  ``QCoreApplication.translate``. ``scripts/update_translations.py`` runs
  ``pyside6-lupdate`` over the sources into ``resources/i18n/zkijdesk_nl.ts`` and
  ``zkijdesk_en.ts`` (at the repository's top), and ``scripts/build_assets.py`` builds
  the ``.qm`` files into ``zkijdesk/resources/i18n`` with ``pyside6-lrelease``;
  ``zkijdesk.views.translations.install`` loads the one for the chosen language (plus
  Qt's own Dutch strings for standard buttons): this package knows no Qt. A test fails
  if either ``.ts`` file has an unfinished string or misses one that the sources
  contain.
- **Sentences of the domain, services, storage and reports** (errors, progress
  steps) are kept by id: a ``Text`` (domain/text.py) holds the sentence's catalogue id,
  its Dutch with named placeholders, and the values. ``translate_message`` formats it
  at the edge in the chosen language from gettext's catalogue
  (``resources/i18n/messages_en.po``, compiled into the package's ``.mo``;
  ``catalogue.py``); field labels (declared once in ``domain/fields.py``, for the
  sentences and the forms' captions alike) are the catalogue's ``veld`` entries. A test
  reads every id the code uses and fails if the catalogue lacks one, and another fails
  if an error is built from an f-string instead of an id.

- **argparse's own words** on the command line ("usage:", "options", its refusals)
  come from a small Dutch catalogue of argparse's English (``argparse_words.py``).

Nothing here is imported by the services: the domain stays Dutch and Qt-free, and the
translation happens at the last moment, in the view.
"""

from __future__ import annotations

from pathlib import Path

from zkijdesk.domain.text import Text

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


def translate_message(message: str | Text, language: str | None = None) -> str:
    """A sentence of the domain, services, storage or reports in ``language`` (else the
    chosen one): a ``Text``, or a plain sentence (its own id)."""
    text = message if isinstance(message, Text) else Text(message)
    if (language or _language) == "nl" or not text.id:
        return str(text)
    from zkijdesk.i18n import catalogue

    return catalogue.sentence(text)


def translate_label(text: str) -> str:
    """A field label (``domain/fields.py``, a setting's) in the chosen language: the
    catalogue's ``veld`` entry, the same one its sentences are translated with."""
    if _language == "nl" or not text:
        return text
    from zkijdesk.i18n import catalogue

    return catalogue.label(text)


def translate_choice(text: str) -> str:
    """The Dutch label of a choice (an enum value, ``domain.enums.LABELS_NL``) in the
    chosen language: the catalogue's ``keuze`` entry."""
    if _language == "nl" or not text:
        return text
    from zkijdesk.i18n import catalogue

    return catalogue.choice(text)


def qm_path(code: str) -> Path:
    return TRANSLATIONS_DIR / f"zkijdesk_{code}.qm"
