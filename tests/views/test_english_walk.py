"""In English, no Dutch: every page of the window walked as a coach, a team lead and an
admin with the English interface, and every text a widget shows (labels, buttons,
titles, tabs, column headers, placeholders, tooltips, accessible names, combo box
choices) checked against the Dutch of both catalogues: the screens' ``.ts`` and the
sentences' ``.po``. A Dutch string whose English differs must not be on screen.

Data stays as it is (client and employer names, municipalities), so only strings the
catalogues know count: a text shown that is one of them, or holds a long one.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from demo_support import demo_store as make_demo_store
from gui_support import TODAY, open_window, settle
from pytestqt.exceptions import TimeoutError

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"  # the sources: the .ts and .po files
#: Dutch phrases (more than one word) at least this long are also caught inside a
#: longer text; a single word inside one is as likely data ("Voortgangsgesprek
#: inplannen", a task a coach typed).
HELD_WITHIN = 16

pytestmark = pytest.mark.slow


def dutch_strings() -> set[str]:
    """Every Dutch text of the catalogues whose English is different."""
    from babel.messages.pofile import read_po

    english = {}
    for context in ET.parse(I18N / "zkijdesk_en.ts").getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = "".join(message.find("translation").itertext())
            english.setdefault(source, set()).add(_plain(translation))
    with (I18N / "messages_en.po").open("rb") as fh:
        for entry in read_po(fh):
            if entry.id and "{" not in entry.id:
                english.setdefault(str(entry.id), set()).add(_plain(str(entry.string)))
    found = set()
    for dutch, translations in english.items():
        text = _plain(dutch)
        if "%" in dutch or len(text) < 3 or text in translations:
            continue
        found.add(text)
    return found


def _plain(text: str) -> str:
    """The words of a text: no markup, no mnemonic ampersand, one space between words."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def shown_texts(root) -> list[tuple[str, str]]:
    """(text, where) for everything the widgets under ``root`` show or announce."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
        QTabWidget,
        QTreeView,
        QWidget,
    )

    out: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            ]
        out += [(_plain(text), name) for text in texts if text and text.strip()]
    return out


def dutch_on_screen(root, dutch: set[str], long: list[str]) -> list[str]:
    found = []
    for text, where in shown_texts(root):
        if text in dutch or any(d in text for d in long):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def coaches_words(store) -> set[str]:
    """What coaches typed (the demo's task titles come from the same suggestions the
    task form offers): data, shown as typed in either language."""
    from sqlalchemy import select

    from zkijdesk import models as m

    with store.read_session() as s:
        return {_plain(title) for title in s.scalars(select(m.Task.title).distinct())}


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    with make_demo_store(folder, clients=300, seed=5, today=TODAY) as store:
        yield store


def test_the_walk_finds_dutch_when_it_is_there(qtbot, qapp):
    """The check itself: a Dutch button on an English screen is found."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    dutch = dutch_strings()
    assert {"Opslaan", "Mijn werkvoorraad"} <= dutch
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QPushButton("Save"))
    layout.addWidget(QPushButton("&Opslaan"))
    box.show()
    long = [d for d in dutch if len(d) >= HELD_WITHIN and " " in d]
    assert dutch_on_screen(box, dutch, long) == ["QPushButton#: 'Opslaan'"]


@pytest.mark.parametrize("username", ["coach01", "teamlead01", "admin"])
def test_no_dutch_on_any_page_in_english(qtbot, qapp, demo_store, username):
    from PySide6.QtCore import QCoreApplication, Qt

    from zkijdesk import i18n
    from zkijdesk.views import translations
    from zkijdesk.views.privacy.integration import after_sign_in

    dutch = dutch_strings() - coaches_words(demo_store)
    long = [d for d in dutch if len(d) >= HELD_WITHIN and " " in d]
    installed = translations.install(qapp, "en")
    try:
        window = open_window(qtbot, demo_store, username, is_demo=True)
        after_sign_in(window, window.ws.services)
        found: list[str] = []
        keys = [
            window.nav.item(row).data(Qt.ItemDataRole.UserRole) for row in range(window.nav.count())
        ]
        assert len(keys) >= 4
        for key in keys:
            window.show_page(key)
            try:
                qtbot.waitUntil(
                    lambda: (
                        not getattr(window.current_page(), "loading", False)
                        and type(window.current_page()).__name__ != "LoadingPage"
                    ),
                    timeout=20_000,
                )
                # The reporting page previews the month: its disclosure control takes a while.
                settle(qtbot, window.runner, timeout=180_000)
            except TimeoutError:
                found.append(f"[{key}] still loading: {window.runner.visible_work()}")
            found += [f"[{key}] {f}" for f in dutch_on_screen(window, dutch, long)]
            if key == "reporting" and username == "teamlead01":
                found += _reporting_in_dutch(window.current_page())
        if username == "coach01":
            from zkijdesk.services.client_list import ClientListQuery

            client_id = window.ws.services.client_list.search(ClientListQuery()).ids[0]
            window.open_client(client_id)
            file = window.files[client_id]
            qtbot.waitUntil(lambda: file.data is not None, timeout=10_000)
            for index in range(file.tabs.count()):
                file.tabs.setCurrentIndex(index)
                found += [f"[file {index}] {f}" for f in dutch_on_screen(window, dutch, long)]
        window.runner.wait()
        window.store = None
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        i18n.set_language("nl")
    assert not found, "Dutch on an English screen:\n" + "\n".join(found)


def _reporting_in_dutch(page) -> list[str]:
    """The preview's tables name themselves and their rows and columns from the
    indicator definitions, which hold both languages and are in no catalogue: the walk
    above cannot tell them from data, so each is compared with its English here."""
    from PySide6.QtCore import Qt

    found = []
    publication = page.publication
    assert publication is not None, "the team lead's preview was shown"
    titles = [page.table_choice.itemText(i) for i in range(page.table_choice.count())]
    if titles != [table.en for table in publication.tables]:
        found.append(f"[reporting] table titles: {titles[:3]}")
    for index, table in enumerate(publication.tables):
        page.table_choice.setCurrentIndex(index)
        model = page.view.model()
        rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
        if rows != [table.rows.label(code, "en") for code in table.rows.codes]:
            found.append(f"[reporting] {table.id} rows: {rows[:3]}")
        columns = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        dutch = [
            c for c in columns if any(nl in c for _code, nl, en in table.periods.items if nl != en)
        ]
        if dutch:
            found.append(f"[reporting] {table.id} columns: {dutch[:3]}")
    return found
