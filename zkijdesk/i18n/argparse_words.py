"""argparse's own words ("usage:", "options", its refusals) in the command line's language.

argparse writes its headings and errors through its module's ``_`` and ``ngettext``,
looked up each time it speaks: stdlib gettext's default domain, which knows nothing of
zkijdesk's language. A Dutch ``--help`` thus began with "usage:" and ended with
"options:", and a mistyped command was refused in English. The command line hands
argparse a Dutch catalogue (``resources/i18n/argparse_nl.po``: argparse's English as
msgid) while it speaks Dutch, and gettext's own functions back for English. There is no
other hook: argparse takes no catalogue. A string a later Python adds stays English until
the catalogue has it; ``tests/cli/test_argparse_words.py`` names any the running Python's
argparse can say to a user that the catalogue lacks.
"""

from __future__ import annotations

import argparse
import gettext
from functools import cache

from zkijdesk.i18n import TRANSLATIONS_DIR

MO_PATH = TRANSLATIONS_DIR / "argparse_nl.mo"


@cache
def dutch() -> gettext.GNUTranslations:
    with MO_PATH.open("rb") as fh:
        return gettext.GNUTranslations(fh)


def speak(language: str) -> None:
    """From now on argparse writes its own words in ``language`` (nl or en)."""
    if language == "nl":
        setattr(argparse, "_", dutch().gettext)  # noqa: B010 - a module global, no stub
        setattr(argparse, "ngettext", dutch().ngettext)  # noqa: B010
    else:
        setattr(argparse, "_", gettext.gettext)  # noqa: B010
        setattr(argparse, "ngettext", gettext.ngettext)  # noqa: B010
