"""Importeren uit een spreadsheet: file -> sheet -> columns -> values -> preview -> import.

Each step's work (reading the file, checking every row, writing) runs on the task
runner, so the window never freezes; checking and writing show their progress and can
be stopped, and a stopped import has written nothing. The preview of the first rows
comes first, so a coach sees at once whether the sheet was understood; the rest of the
file is checked behind it, and only a file checked whole can be imported. Problems are
shown in the dialog's banner in the service's own sentence. The logic lives in
``services/importing``; this dialog only shows it and collects the user's choices.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zkijdesk.domain.errors import ValidationError, ZkijdeskError
from zkijdesk.domain.text import Text
from zkijdesk.services.changes import Changes, Written
from zkijdesk.views import feedback, fmt, widgets
from zkijdesk.views.itemmodels.importing import (
    ImportColumnModel,
    ImportPreviewModel,
    ImportValueModel,
    SheetColumn,
    WordRow,
    choice_text,
    created_text,
    takes_choice,
)
from zkijdesk.views.tasks import CancelToken, Task
from zkijdesk.views.workspace import Workspace

if TYPE_CHECKING:
    from zkijdesk.services.importing.codes import CodedColumn, SheetWord, ValueMaps
    from zkijdesk.services.importing.mapping import Mapping
    from zkijdesk.services.importing.plan import Preview, RowPlan
    from zkijdesk.services.importing.readers import SourceFile, Table
    from zkijdesk.services.importing.service import Progress
    from zkijdesk.services.importing.write import BatchResult

# Rows the preview table lists: every problem and duplicate first, then good rows.
SHOWN_ROWS = 2000
#: Rows checked before the preview shows (the issue asks for them within 2 s); the
#: rest of the file is checked after, in the background.
QUICK_ROWS = 1000
CHOICE_CHROME = 96
"""Pixels a styled combo box in a table cell adds around its text (the cell's margin,
the style's padding and border, the arrow), measured in a real window."""
#: A table cell's padding (style.py: 4px 8px) plus its grid line: (across, down).
CELL_PADDING = (18, 10)
STEPS = ("file", "sheet", "columns", "values", "preview", "done")


#: An import (or its undo) adds or removes clients, their routes and follow-up tasks,
#: and on a sheet of vacancies, employers and vacancies.
IMPORTED = Changes(clients=True, tasks=True, employers=True, vacancies=True)


class ImportWizard(QDialog):
    """A dialog of six steps; ``finished_batch`` carries the batch id once written."""

    finished_batch = Signal(int)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Importeren uit spreadsheet"))
        self.setMinimumSize(860, 560)
        self.ws = ws
        self.service = ws.services.importing
        self.source: SourceFile | None = None
        self.table: Table | None = None
        self.mapping: Mapping | None = None
        self.preview: Preview | None = None
        self.written: BatchResult | None = None
        """The batch once imported (not ``result``: that is QDialog's own method)."""
        self.task: Task | None = None
        self.checking = False
        """True while the whole file is checked behind the first rows' preview."""
        self.generation = 0
        """Counts the checks of the whole file; the answer of one left behind (the user
        went back to change the columns) is dropped."""
        self.busy = False
        self.closed = False
        self.maps: ValueMaps | None = None
        self.coded: list[CodedColumn] = []
        self.value_rows: list[tuple[CodedColumn, SheetWord, QComboBox]] = []
        self.choice_log: list[tuple[int | None, str]] = []
        """The duplicate choices made on a preview, in order ((None, choice) for all
        duplicates at once), made again on the whole file's preview when it arrives."""

        column = QVBoxLayout(self)
        column.setContentsMargins(22, 18, 22, 16)
        ws.runner.progressed.connect(self._on_progress)
        self.title = widgets.label("", "sectionTitle")
        self.step_label = widgets.label("", "muted")
        column.addWidget(self.title)
        column.addWidget(self.step_label)
        self.banner = widgets.Banner()
        column.addWidget(self.banner)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.progress.hide()
        column.addWidget(self.progress)

        buttons = QHBoxLayout()
        self.back_button = widgets.button(self.tr("Vorige"), on_click=self.back)
        self.stop_button = widgets.button(self.tr("Stoppen"), on_click=self.stop)
        self.stop_button.hide()
        self.next_button = widgets.button(self.tr("Volgende"), primary=True, on_click=self.next)
        self.close_button = widgets.button(self.tr("Sluiten"), on_click=self.close)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        column.addLayout(buttons)

        self.pages = {
            "file": self._file_page(),
            "sheet": self._sheet_page(),
            "columns": self._columns_page(),
            "values": self._values_page(),
            "preview": self._preview_page(),
            "done": self._done_page(),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.show_step("file")

    # ------------------------------------------------------------------ pages
    def _file_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            widgets.label(
                self.tr(
                    "Kies het bestand met uw cliënten: Excel (xlsx), LibreOffice (ods) of CSV. "
                    "Er wordt niets opgeslagen voordat u de controle hebt gezien."
                ),
                wrap=True,
            )
        )
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setAccessibleName(self.tr("Bestand"))
        self.path_edit.setPlaceholderText(self.tr("Pad naar het bestand"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(widgets.button(self.tr("Bladeren…"), on_click=self.browse))
        column.addLayout(row)
        column.addWidget(
            widgets.label(
                self.tr(
                    "Nog geen bestand in de goede vorm? Sla het voorbeeldbestand op: het "
                    "heeft alle kolommen die zkijdesk kent, met twee voorbeeldregels."
                ),
                "muted",
                wrap=True,
            )
        )
        column.addWidget(
            widgets.button(
                self.tr("Voorbeeldbestand opslaan…"),
                icon_name="download",
                on_click=self.save_template,
            ),
            0,
            Qt.AlignmentFlag.AlignLeft,
        )
        column.addStretch(1)
        return page

    def _sheet_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(widgets.label(self.tr("Welk werkblad wilt u importeren?"), wrap=True))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Werkblad"))
        column.addWidget(self.sheet_combo)
        column.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.columns_intro = widgets.label("", wrap=True)
        column.addWidget(self.columns_intro)
        self.columns_model = ImportColumnModel(self)
        self.columns_table = QTableView()
        self.columns_table.setObjectName("importColumns")
        self.columns_table.setModel(self.columns_model)
        self.columns_table.verticalHeader().hide()
        self.columns_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        column.addWidget(self.columns_table, 1)
        row = QHBoxLayout()
        row.addWidget(widgets.button(self.tr("Koppeling laden…"), on_click=self.load_mapping))
        row.addWidget(widgets.button(self.tr("Koppeling opslaan…"), on_click=self.save_mapping))
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _values_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.values_intro = widgets.label("", wrap=True)
        self.values_intro.setObjectName("valuesIntro")
        column.addWidget(self.values_intro)
        self.values_model = ImportValueModel(self)
        self.values_table = QTableView()
        self.values_table.setObjectName("importValues")
        self.values_table.setModel(self.values_model)
        self.values_table.verticalHeader().hide()
        header = self.values_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.values_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        column.addWidget(self.values_table, 1)
        self.values_more = widgets.label("", "muted", wrap=True)
        self.values_more.hide()
        column.addWidget(self.values_more)
        row = QHBoxLayout()
        row.addWidget(widgets.button(self.tr("Koppeling opslaan…"), on_click=self.save_mapping))
        row.addStretch(1)
        column.addLayout(row)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.preview_summary = widgets.label("", wrap=True)
        self.preview_summary.setObjectName("previewSummary")
        column.addWidget(self.preview_summary)
        self.shown_note = widgets.label("", "muted", wrap=True)
        self.shown_note.setObjectName("previewShown")
        self.shown_note.hide()
        column.addWidget(self.shown_note)
        self.bulk_row = QWidget()
        bulk = QHBoxLayout(self.bulk_row)
        bulk.setContentsMargins(0, 0, 0, 0)
        bulk.addWidget(widgets.label(self.tr("Alle dubbele cliënten:")))
        self.bulk_skip = widgets.button(
            self.tr("Overslaan"), on_click=lambda: self._choose_all("overslaan")
        )
        self.bulk_update = widgets.button(
            self.tr("Bestaand dossier aanvullen"), on_click=lambda: self._choose_all("aanvullen")
        )
        bulk.addWidget(self.bulk_skip)
        bulk.addWidget(self.bulk_update)
        bulk.addStretch(1)
        self.bulk_row.hide()
        column.addWidget(self.bulk_row)
        # Service sentences are put in the chosen language by the message catalogue.
        self.preview_model = ImportPreviewModel(feedback_translate, self)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("importPreview")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().hide()
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.preview_table.setColumnWidth(2, 220)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(True)
        # Row heights follow the width the reasons wrap in: measured while the page was
        # still narrow, they stayed tall (a choice box stretched to 150 px) or cut a
        # reason off; they are measured again whenever a column's width changes.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self._fit_preview_rows)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        column.addWidget(self.preview_table, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.done_label = widgets.label("", wrap=True)
        self.done_label.setObjectName("importDone")
        column.addWidget(self.done_label)
        row = QHBoxLayout()
        row.addWidget(
            widgets.button(
                self.tr("Verslag opslaan…"), icon_name="download", on_click=self.save_report
            )
        )
        self.undo_button = widgets.button(
            self.tr("Import ongedaan maken"), danger=True, on_click=self.undo
        )
        row.addWidget(self.undo_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    # ------------------------------------------------------------------ navigation
    def show_step(self, step: str) -> None:
        titles = {
            "file": self.tr("Bestand kiezen"),
            "sheet": self.tr("Werkblad kiezen"),
            "columns": self.tr("Kolommen koppelen"),
            "values": self.tr("Waarden koppelen"),
            "preview": self.tr("Controle"),
            "done": self.tr("Klaar"),
        }
        self.step = step
        self.title.setText(titles[step])
        self.step_label.setText(
            self.tr("Stap %1 van %2")
            .replace("%1", str(STEPS.index(step) + 1))
            .replace("%2", str(len(STEPS)))
        )
        self.stack.setCurrentWidget(self.pages[step])
        self.back_button.setVisible(step not in ("file", "done"))
        self.next_button.setVisible(step != "done")
        self.next_button.setText(
            self.tr("Importeren") if step == "preview" else self.tr("Volgende")
        )
        self._update_next()

    def _update_next(self) -> None:
        """Importeren only for a preview of the whole file with something to write: the
        first rows' preview is a look, not what would be imported."""
        if self.busy:
            self.next_button.setEnabled(False)
        elif self.step == "preview":
            preview = self.preview
            good = preview is not None and any(
                r.action.value in ("nieuw", "aanvullen") for r in preview.rows
            )
            self.next_button.setEnabled(good and preview is not None and preview.complete)
        else:
            self.next_button.setEnabled(True)

    def back(self) -> None:
        self.banner.hide()
        if self.checking and self.task is not None:
            self.task.cancel()  # the rest of the file is not needed any more
            self.generation += 1
            self.checking = False
            self.task = None
            self._busy(False)
        previous = {
            "sheet": "file",
            "columns": "sheet",
            "values": "columns",
            "preview": "values" if self.coded else "columns",
        }
        if self.step == "columns" and self.source is not None and self.source.is_text:
            self.show_step("file")
            return
        self.show_step(previous.get(self.step, "file"))

    def next(self) -> None:
        self.banner.hide()
        {
            "file": self._read_file,
            "sheet": self._read_sheet,
            "columns": self._check_mapping,
            "values": self._check_rows,
            "preview": self._write,
        }[self.step]()

    def _busy(self, busy: bool, with_progress: bool = False) -> None:
        self.busy = busy
        self.back_button.setEnabled(not busy or self.checking)
        self.stop_button.setVisible(busy and with_progress)
        self.progress.setVisible(busy and with_progress)
        if busy:
            self.progress.setRange(0, 0)
        self._update_next()

    def _failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        self.checking = False
        self.task = None
        self._busy(False)
        self.banner.show_message(feedback.message(exc), "danger")

    def _on_progress(self, task: Task, done: int, total: int) -> None:
        if task is self.task and total and not self.closed:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _cancelled(self) -> None:
        if self.closed:
            return
        self.task = None
        self._busy(False)
        self.banner.show_message(self.tr("Gestopt; er is niets opgeslagen."), "info")

    def closeEvent(self, event: QCloseEvent) -> None:
        """A check still running is stopped: nobody will read its answer. A write is
        left to finish (or roll back) on its own; its answer is ignored."""
        self.closed = True
        if self.checking and self.task is not None:
            self.task.cancel()
        super().closeEvent(event)

    # ------------------------------------------------------------------ step work
    def _read_file(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.banner.show_message(self.tr("Kies eerst een bestand."), "warning")
            return
        path = Path(text)
        service = self.service
        self._busy(True)

        def work() -> tuple[SourceFile, list[str]]:
            source = service.open(path)
            return source, service.sheets(source)

        self.ws.runner.run(work, on_done=self._file_read, on_error=self._failed)

    def _file_read(self, result: tuple[SourceFile, list[str]]) -> None:
        self._busy(False)
        source, sheets = result
        self.source = source
        self.path = Path(self.path_edit.text().strip())
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if source.is_text or len(sheets) <= 1:
            self._read_sheet()
        else:
            self.show_step("sheet")

    def _read_sheet(self) -> None:
        sheet = self.sheet_combo.currentText() or None
        source, service = self.source, self.service
        self._busy(True)

        def work() -> tuple[Table, Mapping]:
            assert source is not None  # the sheet step comes after the file was read
            table = service.table(source, sheet)
            return table, service.suggest(table)

        self.ws.runner.run(work, on_done=self._sheet_read, on_error=self._failed)

    def _sheet_read(self, result: tuple[Table, Mapping]) -> None:
        self._busy(False)
        self.table, self.mapping = result
        self._fill_columns()
        self.show_step("columns")

    def _fill_columns(self) -> None:
        from zkijdesk.services.importing.mapping import field_choices
        from zkijdesk.services.importing.values import as_text

        table, mapping = self.table, self.mapping
        assert table is not None and mapping is not None  # the columns step follows the sheet's
        self.columns_intro.setText(
            self.tr(
                "Kopregel gevonden op regel %1; %n regels met gegevens. Controleer per kolom "
                "welk veld het is, of kies 'niet gebruiken'.",
                "",
                len(table.rows),
            ).replace("%1", str(table.header_row))
        )
        columns = []
        for index, header in enumerate(table.headers):
            first = next(
                (as_text(r.cells[index]) for r in table.rows if r.cells[index] is not None), ""
            )
            if mapping.columns.get(index) == "bsn" and first:
                first = "•" * len(first)  # a BSN is not for the screen (or a screenshot)
            columns.append(SheetColumn(index, header, first or ""))
        self.columns_model.set_rows(columns)
        self.field_combos = []
        choices = field_choices(mapping)
        field = ImportColumnModel.column("field")
        for index, header in enumerate(table.headers):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Veld voor kolom %1").replace("%1", header))
            combo.addItem(self.tr("— niet gebruiken —"), None)
            for label, key in choices:
                combo.addItem(label, key)
            chosen = mapping.columns.get(index)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            self.columns_table.setIndexWidget(self.columns_model.index(index, field), combo)
            self.field_combos.append(combo)
        self.columns_table.resizeRowsToContents()
        if self.field_combos:
            # A row as high as its combo box once styled: the row's own hint clipped
            # the letters below the line ("Tussenvoegsel").
            high = self.field_combos[0].fontMetrics().height() + CHOICE_CHROME // 4
            for index in range(self.columns_model.rowCount()):
                if self.columns_table.rowHeight(index) < high:
                    self.columns_table.setRowHeight(index, high)

    def _collect_mapping(self) -> None:
        assert self.mapping is not None  # the columns step follows the sheet's
        self.mapping.columns = {
            index: combo.currentData()
            for index, combo in enumerate(self.field_combos)
            if combo.currentData()
        }

    def _check_mapping(self) -> None:
        """The columns are judged, and the words of the coded ones gathered, before any
        row is checked: a word zkijdesk does not know is said once, not on every row."""
        self._collect_mapping()
        table, mapping, service = self.table, self.mapping, self.service
        assert table is not None and mapping is not None  # the columns step follows the sheet's
        self._busy(True)

        def work() -> tuple[ValueMaps, list[CodedColumn]]:
            service.check_mapping(table, mapping)
            maps = service.maps()
            return maps, service.coded_columns(table, mapping, maps)

        self.ws.runner.run(work, on_done=self._mapping_checked, on_error=self._failed)

    def _mapping_checked(self, result: tuple[ValueMaps, list[CodedColumn]]) -> None:
        if self.closed:
            return
        self._busy(False)
        self.maps, self.coded = result
        if not self.coded:
            self._check_rows()
            return
        self._fill_values()
        self.show_step("values")

    def _fill_values(self) -> None:
        from zkijdesk.services.importing.codes import ENUMS
        from zkijdesk.views import labels

        table = self.values_table
        rows = [WordRow(column, word) for column in self.coded for word in column.words]
        rows.sort(key=lambda row: row.word.chosen is not None)  # the unknown words on top
        self.values_model.set_rows(rows)
        value = ImportValueModel.column("value")
        self.value_rows = []
        unknown = sum(column.unknown for column in self.coded)
        if unknown:
            intro = self.tr(
                "%n woorden in de kolommen met vaste waarden kent zkijdesk niet; ze staan "
                "bovenaan. Kies wat ze betekenen, anders worden die regels geweigerd.",
                "",
                unknown,
            )
        else:
            intro = self.tr(
                "zkijdesk kent alle woorden in de kolommen met vaste waarden. Controleer hoe "
                "ze worden gelezen en kies zo nodig een andere waarde."
            )
        self.values_intro.setText(
            intro
            + " "
            + self.tr("Met 'Koppeling opslaan' bewaart u de keuzes voor het volgende bestand.")
        )
        more = sum(column.more for column in self.coded)
        self.values_more.setVisible(more > 0)
        self.values_more.setText(
            self.tr(
                "Nog %n woorden staan niet in de lijst; die leest zkijdesk zoals ze zijn.",
                "",
                more,
            )
        )
        for index, (column, word) in enumerate((row.column, row.word) for row in rows):
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("%1: waarde voor %2").replace("%1", column.label).replace("%2", word.word)
            )
            if word.automatic is None:
                combo.addItem(self.tr("— niet herkend: regel wordt geweigerd —"), None)
            enum_cls = ENUMS.get(column.key)
            for position, option in enumerate(column.options):
                text = labels.label(enum_cls(option.word)) if enum_cls else option.label
                combo.addItem(text, position)
            chosen = next(
                (i for i, o in enumerate(column.options) if o.target == word.chosen), None
            )
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            table.setIndexWidget(self.values_model.index(index, value), combo)
            self.value_rows.append((column, word, combo))
        table.resizeRowsToContents()
        if self.value_rows:
            high = self.value_rows[0][2].fontMetrics().height() + CHOICE_CHROME // 4
            for index in range(self.values_model.rowCount()):
                if table.rowHeight(index) < high:
                    table.setRowHeight(index, high)

    def _collect_values(self) -> None:
        """The user's word choices into the mapping, where "Koppeling opslaan" keeps
        them; a choice that is what zkijdesk would read anyway is not stored."""
        assert self.mapping is not None  # the values step follows the columns'
        for column, word, combo in self.value_rows:
            position = combo.currentData()
            option = column.options[position] if position is not None else None
            if option is None or option.target == word.automatic:
                self.mapping.translate(column.key, word.folded, None)
            else:
                self.mapping.translate(column.key, word.folded, option.word)

    def _check_rows(self) -> None:
        """The first rows first, so the preview is on screen at once; the whole file
        after (``_check_all``)."""
        if self.step == "values":
            self._collect_values()
        source, table, mapping, service = self.source, self.table, self.mapping, self.service
        maps = self.maps
        self.choice_log = []
        self.preview = None
        self._busy(True)

        def work() -> Preview:
            assert source is not None and table is not None and mapping is not None
            return service.preview(source, table, mapping, limit=QUICK_ROWS, maps=maps)

        self.ws.runner.run(work, on_done=self._first_checked, on_error=self._failed)

    def _first_checked(self, preview: Preview) -> None:
        if self.closed:
            return
        self._busy(False)
        self.preview = preview
        self._fill_preview()
        self.show_step("preview")
        if not preview.complete:
            self._check_all()

    def _check_all(self) -> None:
        self.banner.hide()
        source, table, mapping, service = self.source, self.table, self.mapping, self.service
        maps = self.maps
        self.checking = True
        self.generation += 1
        generation = self.generation
        self._busy(True, with_progress=True)

        def work(progress: Progress, token: CancelToken) -> Preview:
            def tick(done: int, total: int) -> None:
                token.check()
                progress(done, total)

            assert source is not None and table is not None and mapping is not None
            return service.preview(source, table, mapping, progress=tick, maps=maps)

        def current() -> bool:
            return generation == self.generation and not self.closed

        def checked(preview: Preview) -> None:
            if current():
                self._checked(preview)

        def failed(exc: BaseException) -> None:
            if current():
                self._failed(exc)

        def stopped() -> None:
            if current():
                self._check_stopped()

        self.task = self.ws.runner.run(
            work,
            on_done=checked,
            on_error=failed,
            on_cancel=stopped,
            label=self.tr("Spreadsheet controleren"),
            cancellable=True,
            with_progress=True,
        )
        self._fill_shown_note()

    def _checked(self, preview: Preview) -> None:
        if self.closed:
            return
        self.checking = False
        self.task = None
        for number, choice in self.choice_log:
            try:
                if number is None:
                    self.service.choose_all(preview, choice)
                else:
                    row = next((r for r in preview.rows if r.number == number), None)
                    if row is not None and row.duplicate is not None:
                        self.service.choose(preview, number, choice)
            except ValidationError:
                continue  # a choice the whole file's duplicate does not offer
        self.preview = preview
        self._fill_preview()
        self._busy(False)

    def _check_stopped(self) -> None:
        if self.closed:
            return
        self.checking = False
        self.task = None
        self._busy(False)
        self._fill_shown_note()
        again = widgets.button(self.tr("Verder controleren"), on_click=self._check_all)
        self.banner.show_message(
            self.tr(
                "Controle gestopt; er is niets opgeslagen. Importeren kan pas als het hele "
                "bestand is gecontroleerd."
            ),
            "info",
            [again],
        )

    def _fill_preview(self) -> None:
        self._fill_summary_only()
        assert self.preview is not None  # the preview step shows a checked preview
        rows = self.preview.rows
        notable = [r for r in rows if r.problems or r.duplicate is not None]
        shown = (notable + [r for r in rows if not (r.problems or r.duplicate)])[:SHOWN_ROWS]
        self._fill_shown_note()
        self.bulk_row.setVisible(any(_takes_bulk(r) for r in rows))
        table = self.preview_table
        self.preview_model.set_rows(shown)
        action = ImportPreviewModel.column("action")
        self.choice_combos = {}
        for index, row in enumerate(shown):
            if takes_choice(row):
                # A duplicate always has a choice, skip to begin with (plan.find_duplicates).
                assert row.duplicate is not None and row.choice is not None
                combo = QComboBox()
                combo.setAccessibleName(
                    self.tr("Keuze voor regel %1").replace("%1", str(row.number))
                )
                for choice in row.duplicate.choices:
                    combo.addItem(choice_text(choice.value), choice.value)
                combo.setCurrentIndex(max(0, combo.findData(row.choice.value)))
                combo.currentIndexChanged.connect(
                    lambda _i, r=row, c=combo: self._choose(r.number, c.currentData())
                )
                holder = QWidget()  # keeps the box its own height in a taller row
                box = QVBoxLayout(holder)
                box.setContentsMargins(4, 2, 4, 2)
                box.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
                table.setIndexWidget(self.preview_model.index(index, action), holder)
                self.choice_combos[row.number] = combo
        table.setColumnWidth(1, self._choice_column_width())
        self._fit_preview_rows()

    def _fit_preview_rows(self) -> None:
        """Each row as tall as its wrapped text. Qt's own measure leaves out the style
        sheet's cell padding and cut the last line of a reason off ("… van de …")."""
        table, model = self.preview_table, self.preview_model
        metrics = table.fontMetrics()
        for index in range(model.rowCount()):
            height = table.sizeHintForRow(index)
            for column in (model.column("creates"), model.column("why")):
                shown = model.index(index, column).data()
                if not shown:
                    continue
                room = QRect(0, 0, max(table.columnWidth(column) - CELL_PADDING[0], 20), 10_000)
                text = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, shown)
                height = max(height, text.height() + CELL_PADDING[1])
            table.setRowHeight(index, height)

    def _choice_column_width(self) -> int:
        """Wide enough for the longest choice in a row's list (a combo box's own size
        hint leaves out the style's padding and arrow, and clipped the choice) and for
        the column's header, which the cells' width alone clipped."""
        width = max(
            self.preview_table.sizeHintForColumn(1),
            self.preview_table.horizontalHeader().sectionSizeHint(1),
        )
        for combo in self.choice_combos.values():
            metrics = combo.fontMetrics()
            longest = max(
                metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
            )
            width = max(width, longest + CHOICE_CHROME + 8)  # the holder's margins
        return width

    def _fill_shown_note(self) -> None:
        """Say when the table is not the whole file: while the rest is checked, and
        when the file has more rows than the table lists."""
        if self.preview is None:
            return
        assert self.table is not None  # the preview was made from it
        listed = min(len(self.preview.rows), SHOWN_ROWS)
        total = len(self.table.rows)
        if self.checking:
            text = self.tr(
                "Hieronder staan de eerste %1 van %2 regels; de andere worden nu "
                "gecontroleerd. U kunt importeren zodra het hele bestand is gecontroleerd."
            )
        elif not self.preview.complete:
            text = self.tr(
                "Hieronder staan de eerste %1 van %2 regels; de andere zijn nog niet gecontroleerd."
            )
        elif listed < total:
            text = self.tr(
                "De eerste %1 van %2 regels staan hieronder, die met een probleem of een "
                "dubbele cliënt eerst. De telling hierboven en de keuze voor alle dubbele "
                "cliënten gelden voor alle regels; het verslag noemt elke regel."
            )
        else:
            self.shown_note.hide()
            return
        self.shown_note.setText(
            text.replace("%1", fmt.number(listed)).replace("%2", fmt.number(total))
        )
        self.shown_note.show()

    def _choose_all(self, choice: str) -> None:
        """One choice for every duplicate client, also those below the listed rows."""
        assert self.preview is not None  # the choice is made on the preview step
        self.service.choose_all(self.preview, choice)
        self.choice_log.append((None, choice))
        self._fill_preview()
        self._update_next()

    def _choose(self, number: int, choice: str) -> None:
        assert self.preview is not None  # the choice is made on the preview step
        self.service.choose(self.preview, number, choice)
        self.choice_log.append((number, choice))
        self._update_next()
        self._fill_summary_only()
        # A choice moves the rows that repeat the same client along: every row's text is
        # made again (the choice boxes stay).
        self.preview_model.refresh()

    def _fill_summary_only(self) -> None:
        from zkijdesk.services.importing.plan import Action

        preview = self.preview
        assert preview is not None  # the preview step shows a checked preview
        rows = preview.rows
        counts = {action: sum(1 for r in rows if r.action is action) for action in Action}
        self.preview_summary.setText(
            self.tr(
                "%1 nieuw, %2 aanvullen, %3 overslaan, %4 geweigerd. Er is nog niets opgeslagen."
            )
            .replace("%1", str(counts[Action.CREATE]))
            .replace("%2", str(counts[Action.UPDATE]))
            .replace("%3", str(counts[Action.SKIP]))
            .replace("%4", str(counts[Action.REFUSE]))
        )
        if not preview.complete:
            self.preview_summary.setText(
                self.tr("In de eerste %1 regels:").replace("%1", fmt.number(len(rows)))
                + " "
                + self.preview_summary.text()
            )
        made: dict[str, int] = {}
        for row in rows:
            for key, count in row.creates().items():
                made[key] = made.get(key, 0) + count
        if made:
            self.preview_summary.setText(
                self.preview_summary.text()
                + " "
                + self.tr("Wordt aangemaakt: %1.").replace("%1", created_text(made))
            )

    def _write(self) -> None:
        path, source, preview, service = self.path, self.source, self.preview, self.service
        self._busy(True, with_progress=True)

        def work(progress: Progress, token: CancelToken) -> Written:
            assert source is not None and preview is not None  # importing follows the preview
            service.still_the_same(path, source)
            result = service.run(
                source, preview, progress=progress, cancelled=lambda: token.cancelled
            )
            return Written(result, IMPORTED)

        self.task = self.ws.runner.write(
            work,
            on_done=self._written,
            on_error=self._failed,
            on_cancel=self._cancelled,
            label=self.tr("Importeren"),
            cancellable=True,
            with_progress=True,
        )

    def _written(self, result: BatchResult) -> None:
        if self.closed:
            return
        self.task = None
        self._busy(False)
        self.written = result
        c = result.counts
        self.done_label.setText(
            self.tr(
                "Import %1 is opgeslagen: %2 nieuwe cliënten, %3 bestaande dossiers aangevuld, "
                "%4 routes, %5 scholingen, %6 plaatsingen. %7 regels zijn geweigerd; het "
                "verslag zegt per regel waarom, zodat u ze kunt verbeteren en opnieuw kunt "
                "importeren."
            )
            .replace("%1", str(result.batch_id))
            .replace("%2", str(c["clients"]))
            .replace("%3", str(c["updated"]))
            .replace("%4", str(c["routes"]))
            .replace("%5", str(c["trainings"]))
            .replace("%6", str(c["placements"]))
            .replace("%7", str(sum(1 for r in result.rows if r.action.value == "geweigerd")))
        )
        if "vacancies" in c:
            self.done_label.setText(
                self.done_label.text()
                + " "
                + self.tr("Nieuwe werkgevers: %1; vacatures: %2; contactpersonen: %3.")
                .replace("%1", str(c["employers"]))
                .replace("%2", str(c["vacancies"]))
                .replace("%3", str(c.get("employer_contacts", 0)))
            )
            if c.get("skills"):
                self.done_label.setText(
                    self.done_label.text()
                    + " "
                    + self.tr("Vaardigheden bij vacatures: %1.").replace("%1", str(c["skills"]))
                )
        else:
            self.done_label.setText(
                self.done_label.text()
                + " "
                + self.tr("Contacten: %1; vaardigheden: %2.")
                .replace("%1", str(c.get("contacts", 0)))
                .replace("%2", str(c.get("skills", 0)))
            )
        self.show_step("done")
        self.finished_batch.emit(result.batch_id)

    # ------------------------------------------------------------------ files
    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Spreadsheet kiezen"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"),
        )
        if name:
            self.path_edit.setText(name)

    def save_template(self, target: Path | None = None) -> None:
        from zkijdesk.services.importing.template import write_template

        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Voorbeeldbestand opslaan"),
                "zkijdesk-voorbeeld.xlsx",
                self.tr("Excel (*.xlsx)"),
            )
            if not name:
                return
            target = Path(name)
        self.ws.runner.run(
            lambda: write_template(target),
            on_done=lambda path: self.banner.show_message(
                self.tr("Voorbeeldbestand opgeslagen: %1").replace("%1", str(path)), "info"
            ),
            on_error=self._failed,
        )

    def save_report(self, target: Path | None = None) -> None:
        from zkijdesk.services.importing.report import write_report

        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Verslag opslaan"), "importverslag.xlsx", self.tr("Excel (*.xlsx)")
            )
            if not name:
                return
            target = Path(name)
        assert self.table is not None and self.written is not None  # the done step's button
        table, rows = self.table, self.written.rows
        self.ws.runner.run(
            lambda: write_report(target, table, rows),
            on_done=lambda path: self.banner.show_message(
                self.tr("Verslag opgeslagen: %1").replace("%1", str(path)), "info"
            ),
            on_error=self._failed,
        )

    def load_mapping(self, source: Path | None = None) -> None:
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Koppeling laden"), "", self.tr("Koppeling (*.json)")
            )
            if not name:
                return
            source = Path(name)
        assert self.table is not None  # the columns step's button
        try:
            self.mapping = self.service.suggest(self.table, source)
        except ZkijdeskError as exc:
            self._failed(exc)
            return
        self._fill_columns()

    def save_mapping(self, target: Path | None = None) -> None:
        from zkijdesk.atomic import atomic_write

        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Koppeling opslaan"), "koppeling.json", self.tr("Koppeling (*.json)")
            )
            if not name:
                return
            target = Path(name)
        self._collect_mapping()
        if self.step == "values":
            self._collect_values()
        assert self.mapping is not None and self.table is not None  # the columns step's button
        text = self.mapping.to_json(self.table.headers)

        def work() -> Path:
            with atomic_write(target, "w", encoding="utf-8") as fh:
                fh.write(text)
            return target

        self.ws.runner.run(
            work,
            on_done=lambda path: self.banner.show_message(
                self.tr("Koppeling opgeslagen: %1").replace("%1", str(path)), "info"
            ),
            on_error=self._failed,
        )

    def undo(self) -> None:
        if self.written is None:
            return
        batch_id, service = self.written.batch_id, self.service
        assert batch_id is not None  # a written batch has its row's id (write_preview)
        self.ws.runner.write(
            lambda: Written(service.undo(batch_id), IMPORTED),
            on_done=lambda _counts: self._undone(),
            on_error=self._failed,
            busy=(self.undo_button,),
        )

    def _undone(self) -> None:
        self.undo_button.setEnabled(False)
        self.banner.show_message(
            self.tr("De import is ongedaan gemaakt; de opslag is weer zoals ervoor."), "info"
        )


def _takes_bulk(row: RowPlan) -> bool:
    """A duplicate the bulk choice applies to; a row that repeats an earlier row's
    client keeps joining it (as ``ImportService.choose_all`` does)."""
    return row.duplicate is not None and row.client is not None and not row.duplicate.joins


def feedback_translate(text: str | Text) -> str:
    """A service sentence in the chosen language (the message catalogue, zkijdesk.i18n)."""
    from zkijdesk.i18n import translate_message

    return translate_message(text)
