"""About dialog: the version, and the licences of everything the installation ships.

The licence texts live in ``zkijdesk/resources/licenses/`` (written by
``packaging/collect_licenses.py`` from the installed packages' own licence files, and
bundled by PyInstaller), with ``index.json`` naming each component. Showing them here
is how zkijdesk meets the LGPL's and the BSD licences' duty to pass the notices on to
whoever receives the program.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zkijdesk import __version__

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LICENSES = RESOURCES / "licenses"
ICON = RESOURCES / "icons" / "zkijdesk.png"
OWN_LICENSE_URL = "https://eupl.eu/1.2/nl/"


@dataclass(frozen=True)
class LicenseEntry:
    name: str
    version: str
    license: str
    url: str
    file: Path


def _installed_version(distributions: list[str]) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return ""


def load_license_index(folder: Path = LICENSES) -> list[LicenseEntry]:
    """The bundled components, in the index's order; empty if the index is missing.

    A component that is not in this installation (pywin32-ctypes is Windows-only) is
    still listed with its text but without a version, so the list is the same on every
    platform; the version shown is the installed one where it can be read.
    """
    index = folder / "index.json"
    if not index.is_file():
        return []
    data = json.loads(index.read_text(encoding="utf-8"))
    return [
        LicenseEntry(
            name=c["name"],
            version=_installed_version(c.get("distributions", [])) or c.get("version", ""),
            license=c["license"],
            url=c.get("url", ""),
            file=folder / c["file"],
        )
        for c in data["components"]
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Shown now and then: Qt deletes it on the UI thread when it closes, instead of
        # keeping it, hidden, as a child of the window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over zkijdesk"))
        self.resize(1060, 660)
        self.entries = load_license_index()

        layout = QVBoxLayout(self)
        layout.addLayout(self._header())

        intro = QLabel(
            self.tr(
                "zkijdesk bevat de onderstaande onderdelen van anderen. Kies een onderdeel "
                "om de licentie te lezen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.license_list = QTreeWidget()
        self.license_list.setObjectName("licenseList")
        self.license_list.setAccessibleName(self.tr("Meegeleverde onderdelen"))
        self.license_list.setHeaderLabels(
            [self.tr("Onderdeel"), self.tr("Versie"), self.tr("Licentie")]
        )
        self.license_list.setRootIsDecorated(False)
        self.license_list.setAlternatingRowColors(True)
        self.license_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for entry in self.entries:
            item = QTreeWidgetItem([entry.name, entry.version or "—", entry.license])
            item.setToolTip(0, entry.url)
            item.setToolTip(2, entry.license)
            self.license_list.addTopLevelItem(item)
        header = self.license_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)
        header.resizeSection(1, 70)
        header.setStretchLastSection(True)

        self.license_text = QPlainTextEdit()
        self.license_text.setObjectName("licenseText")
        self.license_text.setAccessibleName(self.tr("Licentietekst"))
        self.license_text.setReadOnly(True)
        self.license_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.license_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.license_list)
        splitter.addWidget(self.license_text)
        splitter.setSizes([420, 620])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.license_list.currentItemChanged.connect(self._current_changed)
        first = self.license_list.topLevelItem(0)
        if first is not None:  # one item for each entry
            self.license_list.setCurrentItem(first)
        else:
            self.license_text.setPlainText(
                self.tr("De licentieteksten ontbreken in deze installatie.")
            )

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(ICON))
        if not pixmap.isNull():
            icon.setPixmap(
                pixmap.scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)

        text = QVBoxLayout()
        title = QLabel("zkijdesk")
        title.setObjectName("aboutTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = QLabel(self.tr("Versie %1").replace("%1", __version__))
        self.version_label.setObjectName("aboutVersion")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        purpose = QLabel(
            self.tr(
                "Cliëntvolgsysteem voor de loopbaancoaches van het RMT en het WSP in "
                "Zuid-Kennemerland & IJmond."
            )
        )
        purpose.setWordWrap(True)
        own = QLabel(
            self.tr("Uitgegeven onder de %1.").replace(
                "%1", f'<a href="{OWN_LICENSE_URL}">European Union Public Licence 1.2</a>'
            )
        )
        own.setOpenExternalLinks(True)
        for widget in (title, self.version_label, purpose, own):
            text.addWidget(widget)
        row.addLayout(text, 1)
        return row

    def _current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is not None:
            self.show_license(self.license_list.indexOfTopLevelItem(current))

    def select(self, row: int) -> None:
        item = self.license_list.topLevelItem(row)
        if item is not None:
            self.license_list.setCurrentItem(item)

    def show_license(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        try:
            body = entry.file.read_text(encoding="utf-8")
        except OSError:
            body = self.tr("De licentietekst van %1 ontbreekt in deze installatie.").replace(
                "%1", entry.name
            )
        self.license_text.setPlainText(body)
        self.license_text.verticalScrollBar().setValue(0)
