"""The About dialog as a coach or an auditor opens it: version, and every licence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from screenshot_folder import SCREENSHOTS

from zkijdesk import __version__


def _row(dialog, starts_with: str) -> int:
    for row in range(dialog.license_list.topLevelItemCount()):
        if dialog.license_list.topLevelItem(row).text(0).startswith(starts_with):
            return row
    raise AssertionError(f"no entry starting with {starts_with!r}")


def test_about_shows_the_version_and_the_text_of_the_chosen_licence(qtbot):
    from zkijdesk.views.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert __version__ in dialog.version_label.text()
    assert dialog.windowTitle() == "Over zkijdesk"
    assert dialog.license_list.topLevelItemCount() >= 20
    first = dialog.license_text.toPlainText()
    assert first.startswith(dialog.entries[0].name)

    row = _row(dialog, "SQLCipher")
    item = dialog.license_list.topLevelItem(row)
    qtbot.mouseClick(
        dialog.license_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.license_list.visualItemRect(item).center(),
    )
    assert dialog.license_list.currentItem() is item
    assert "ZETETIC LLC" in dialog.license_text.toPlainText()

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOTS / "about_dialog.png"))

    dialog.select(_row(dialog, "Qt 6"))
    qt_text = dialog.license_text.toPlainText()
    assert dialog.license_list.currentItem().text(2) == "LGPL-3.0-only"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt_text
    assert "GNU GENERAL PUBLIC LICENSE" in qt_text


def test_about_lists_components_with_their_licence_and_installed_version(qtbot):
    from importlib.metadata import version

    from zkijdesk.views.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    item = dialog.license_list.topLevelItem(_row(dialog, "SQLAlchemy"))
    assert [item.text(c) for c in range(3)] == ["SQLAlchemy", version("SQLAlchemy"), "MIT"]
    assert dialog.license_list.accessibleName() == "Meegeleverde onderdelen"
    assert dialog.license_text.isReadOnly()


def test_about_says_so_when_the_licence_texts_are_missing(qtbot, tmp_path, monkeypatch):
    from zkijdesk.views import about

    monkeypatch.setattr(about, "LICENSES", tmp_path)
    monkeypatch.setattr(about.load_license_index, "__defaults__", (tmp_path,))
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.license_list.topLevelItemCount() == 0
    assert "ontbreken" in dialog.license_text.toPlainText()
