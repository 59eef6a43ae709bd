"""The English of every sentence the domain, services, storage and reports can say.

The catalogue is gettext's: ``resources/i18n/messages_en.po`` (at the repository's top)
is the source, edited by hand (or with any PO editor), and ``python3 dev.py assets``
(scripts/build_assets.py) compiles it into the package's ``resources/i18n/messages_en.mo``,
which is what this module reads (stdlib ``gettext``, nothing to install). A sentence's
id is its Dutch with named placeholders (domain/text.py); field labels and object names
are entries of their own in the ``veld`` context, so a label is translated once
wherever a sentence names it, and the Dutch labels of enum values
(``domain.enums.LABELS_NL``) are the entries of the ``keuze`` context.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from zkijdesk.domain.text import Text

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LABEL_CONTEXT = "veld"
CHOICE_CONTEXT = "keuze"


class _Missing(gettext.NullTranslations):
    """Asked for what the catalogue lacks: says so instead of echoing the Dutch."""

    def gettext(self, message: str) -> str:
        raise LookupError(message)

    def pgettext(self, context: str, message: str) -> str:
        raise LookupError(message)


def mo_path(code: str = "en") -> Path:
    return CATALOGUE_DIR / f"messages_{code}.mo"


@cache
def _english() -> gettext.GNUTranslations:
    with mo_path().open("rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    catalogue.add_fallback(_Missing())
    return catalogue


def label(text: str) -> str:
    """A field label in English; one in mid-sentence ("kies een werkgever") keeps its
    small first letter. A label the catalogue lacks stays as it is."""
    for candidate in (text, text[:1].upper() + text[1:]):
        try:
            english = _english().pgettext(LABEL_CONTEXT, candidate)
        except LookupError:
            continue
        if text[:1].islower() and not english[:2].isupper():
            return english[:1].lower() + english[1:]
        return english
    return text


def choice(text: str) -> str:
    """An enum value's Dutch label in English; one the catalogue lacks stays Dutch."""
    try:
        return _english().pgettext(CHOICE_CONTEXT, text)
    except LookupError:
        return text


def sentence(text: Text) -> str:
    """``text`` in English. A whole sentence with its own entry wins over its template
    (English says "an employer" where Dutch says "een" for every word); a sentence the
    catalogue lacks is shown in Dutch rather than not at all."""
    catalogue = _english()
    if text.params and str(text):  # gettext("") is the catalogue's header
        try:
            return catalogue.gettext(str(text))
        except LookupError:
            pass
    try:
        template = catalogue.gettext(text.id)
    except LookupError:
        return str(text)
    return text.render(template, label, sentence)


def has(text: Text) -> bool:
    """Whether the catalogue holds ``text``'s sentence (for the tests)."""
    try:
        _english().gettext(text.id)
    except LookupError:
        return False
    return True


def has_label(text: str, context: str = LABEL_CONTEXT) -> bool:
    try:
        _english().pgettext(context, text)
    except LookupError:
        return False
    return True
