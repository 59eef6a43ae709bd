"""What the command modules share: exit codes, the store the global options name, the
acting user, questions on the terminal, and the language they speak.

``zkijdesk.cli`` parses the arguments and dispatches to ``zkijdesk.commands``; both
import this module, and neither imports the other's helpers, so there is no import
cycle between the entry point and the commands. Importing it is cheap (storage and
services load inside the functions): a plain GUI start names its store through
``store_location`` before the window is painted.

Every line a command prints, asks or explains in ``--help`` is a catalogue sentence:
``tr("Dutch {named} sentence.", named=...)`` is ``t()``'s id (domain/text.py) formatted
at once in the chosen language, gettext's ``_``; a ``Text`` a service made (an error,
a note) goes through ``zkijdesk.i18n.translate_message``. ``zkijdesk.cli`` chooses the
language before it builds the parser, so the help texts are in it too. What a script
reads (JSON, CSV, file names, codes) is not translated.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.domain.text import Text, t
from zkijdesk.i18n import translate_message

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
#: Commands IT's maintenance login may run on a team database (docs/team-server.md).
MAINTENANCE_COMMANDS = frozenset({"retention"})
RECOVERY_ENV = "ZKIJDESK_RECOVERY_KEY"


def tr(id: str, /, **params: Any) -> str:
    """The command line's own sentence ``id`` with ``params``, in the chosen language."""
    return translate_message(Text(id, params))


def speak(language: str) -> None:
    """This run's sentences, and argparse's own words, in ``language``."""
    from zkijdesk import i18n
    from zkijdesk.i18n import argparse_words

    i18n.set_language(language)
    argparse_words.speak(i18n.language())


def prompt(question: str) -> str:
    """Ask for a secret on the terminal; without one (a script, CI) the answer is empty.

    The storage layer asks too (a passphrase, a password): its question is a sentence by
    id, put in the chosen language here."""
    if not sys.stdin or not sys.stdin.isatty():
        return ""
    return getpass.getpass(translate_message(question))


def store_location(args):
    from zkijdesk.config import default_store_path
    from zkijdesk.storage.location import StoreLocation

    if args.database_url:
        from zkijdesk.storage.connect import with_tls_default

        return StoreLocation(url=with_tls_default(args.database_url))
    return StoreLocation(path=(args.store or default_store_path()).expanduser().absolute())


def ask_remember(_password: str) -> bool:
    """Keep a typed team password in the OS credential store? Only when the person says so."""
    return confirm(tr("Wachtwoord onthouden in de sleutelbos van deze computer?"), None)


def open_from_args(args):
    """Open the store the global options name, saying so when it was upgraded.

    A server URL must be a team database (``zkijdesk team init``): only there does the
    server know who is connected and hold need-to-know itself.
    """
    from zkijdesk.storage.store import open_store

    location = store_location(args)
    if location.url is not None:
        from zkijdesk.storage.connect import open_team_store

        store = open_team_store(location, prompt, remember=ask_remember)
        if store.team is None or args.acting_user:
            store.close()
            if args.acting_user:
                from zkijdesk.storage.team import refuse_claimed_user

                refuse_claimed_user(args.acting_user)
            raise ZkijdeskError(
                "Deze PostgreSQL-database is geen teamdatabase; de beheerder richt hem in met "
                "'zkijdesk team init'."
            )
        return store
    store = open_store(location, prompt=prompt)
    for backup in store.backups:
        print(tr("Schema bijgewerkt; reservekopie van de vorige versie: {backup}", backup=backup))
    return store


def open_with_recovery_key(args):
    """Open the store file with its recovery key (asked, or from ZKIJDESK_RECOVERY_KEY)."""
    from zkijdesk.storage import keys
    from zkijdesk.storage.store import open_store

    location = store_location(args)
    if location.path is None:
        raise ZkijdeskError("De herstelsleutel hoort bij een opslagbestand, niet bij een server.")
    text = os.environ.get(RECOVERY_ENV) or prompt(tr("Herstelsleutel: "))
    if not text:
        raise ZkijdeskError(
            t("Geef de herstelsleutel in de terminal of via {variable}.", variable=RECOVERY_ENV)
        )
    return open_store(location, key=keys.parse_recovery_key(text))


def actor_from_args(store, args):
    """The store's user this command acts as: on a team database the login; else --user,
    else the OS login name."""
    from zkijdesk.services.users import acting_user

    maintenance = getattr(args, "command", None) in MAINTENANCE_COMMANDS
    return acting_user(store, args.acting_user, getpass.getuser(), maintenance=maintenance)


def with_store(args, work):
    """Open the store, run ``work(store, actor)`` as the acting user, close the store."""
    store = open_from_args(args)
    try:
        return work(store, actor_from_args(store, args))
    finally:
        store.close()


def confirm(question: str, args=None) -> bool:
    """Ask yes/no on the terminal; ``--yes`` answers for scripts, no terminal means no."""
    if getattr(args, "yes", False):
        return True
    if not sys.stdin or not sys.stdin.isatty():
        return False
    answer = input(tr("{question} [j/N] ", question=question))
    return answer.strip().lower() in {"j", "ja", "y", "yes"}
