"""A sentence that keeps its id until someone reads it.

An error (or a progress step, or a refused import row) carries a ``Text``: the id of
its sentence in the message catalogue and the values of that sentence's placeholders.
The id is the Dutch sentence with named placeholders, as gettext uses the source
language's text for its ids, so the code reads as what the coach sees. Formatting into
the reader's language happens at the edge, in the window, the CLI or a report
(``zkijdesk.i18n.translate_message``).

A ``Text`` is also the string of its Dutch sentence (a ``str`` subclass), so the Dutch
interface, the logs and any code that only reads the sentence need nothing else; text
glued onto it with ``+`` or an f-string is a plain string again and has lost its id,
which is why a test refuses errors built that way.

A placeholder's name says how its value is translated: a name starting with ``label``
holds a field label or an object name (the catalogue has each once, in its ``veld``
context); a ``Text`` value is a sentence of its own and is translated as one; anything
else (a number, a file name, a code) is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any


class Text(str):
    id: str
    params: Mapping[str, Any]

    def __new__(cls, id: str, params: Mapping[str, Any] | None = None) -> Text:
        values = MappingProxyType(dict(params or {}))
        self = super().__new__(cls, _fill(id, values, str, str))
        self.id = id
        self.params = values
        return self

    def __reduce__(self) -> tuple[type[Text], tuple[str, dict[str, Any]]]:
        return Text, (self.id, dict(self.params))

    def render(
        self,
        template: str,
        label: Callable[[str], str] = str,
        sentence: Callable[[Text], str] = str,
    ) -> str:
        """``template`` (this id, or its translation) filled in: labels through
        ``label``, nested sentences through ``sentence``, other values as they are."""
        return _fill(template, self.params, label, sentence)


def _fill(
    template: str,
    params: Mapping[str, Any],
    label: Callable[[str], str],
    sentence: Callable[[Text], str],
) -> str:
    if not params:
        return template
    values = {}
    for name, value in params.items():
        if isinstance(value, Text):
            values[name] = sentence(value)
        elif name.startswith("label"):
            values[name] = label(str(value))
        else:
            values[name] = value
    return template.format(**values)


def t(id: str, /, **params: Any) -> Text:
    """The sentence ``id`` (its Dutch, with ``{name}`` placeholders) with ``params``."""
    return Text(id, params)
