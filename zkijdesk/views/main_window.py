"""The main window: a frame that hosts pages and says which store is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ZkijdeskError
from zkijdesk.storage.store import Store, StoreLocation
from zkijdesk.views.style import STYLE_SHEET


class PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(text)
        body.setObjectName("pageIntro")
        body.setWordWrap(True)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    def __init__(self, store_description: str) -> None:
        super().__init__()
        self.store: Store | None = None
        self.setWindowTitle(self.tr("zkijdesk"))
        self.setStyleSheet(STYLE_SHEET)
        self.resize(1100, 720)

        self.nav = QListWidget()
        self.nav.setObjectName("mainNav")
        self.nav.setAccessibleName(self.tr("Hoofdmenu"))
        self.nav.setFixedWidth(264)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        pages = [
            (self.tr("Mijn werkvoorraad"), self.tr("Uw taken en nazorgmomenten verschijnen hier.")),
            (self.tr("Cliënten"), self.tr("De cliëntenlijst verschijnt hier.")),
            (self.tr("Werkgevers & vacatures"), self.tr("Nog niet beschikbaar.")),
            (self.tr("Rapportage"), self.tr("Nog niet beschikbaar.")),
        ]
        for title, text in pages:
            self.nav.addItem(title)
            self.pages.addWidget(PlaceholderPage(title, text))
        self.pages.widget(0).setObjectName("worklistPage")
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.setCurrentRow(0)

        frame = QWidget()
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(frame)

        self.store_label = QLabel(
            self.tr("Opslag: %1 (wordt geopend...)").replace("%1", store_description)
        )
        self.store_label.setObjectName("storeStatus")
        self.statusBar().addWidget(self.store_label, 1)

    def ask_passphrase(self, question: str) -> str:
        text, ok = QInputDialog.getText(
            self, self.tr("Opslag openen"), question, QLineEdit.EchoMode.Password
        )
        return text if ok else ""

    def open_store(self, location: StoreLocation) -> None:
        from zkijdesk.storage.store import open_store

        try:
            self.store = open_store(location, prompt=self.ask_passphrase)
        except ZkijdeskError as exc:
            self.store_label.setText(exc.message)
            return
        info = self.store.info()
        demo = info is not None and info.is_demo
        title = self.tr("zkijdesk — DEMO (synthetische gegevens)") if demo else self.tr("zkijdesk")
        self.setWindowTitle(title)
        self.store_label.setText(self.tr("Opslag: %1").replace("%1", location.describe()))

    def closeEvent(self, event) -> None:
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)
