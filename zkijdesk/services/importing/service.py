"""The import as one service: what the CLI and the wizard call, in the order they call it.

``open`` reads the file, ``table`` finds the sheet's rows, ``suggest`` matches the
columns, ``preview`` checks every row and writes nothing, ``run`` writes a preview's
good rows in one unit of work, ``undo`` takes a batch back. Only coaches and team
leads import: they are the ones whose files the rows become.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import TakenBsnError, ValidationError
from zkijdesk.domain.text import t
from zkijdesk.services.access import visible_client_ids
from zkijdesk.services.activities import ActivityService
from zkijdesk.services.base import Service
from zkijdesk.services.employers import clean_employer
from zkijdesk.services.importing import readers
from zkijdesk.services.importing.codes import (
    CodedColumn,
    ValueMaps,
    load_value_maps,
    quoted_word,
    sheet_words,
)
from zkijdesk.services.importing.mapping import (
    FIELD_BY_KEY,
    Mapping,
    is_known_header,
    load_mapping,
    split_key,
    suggest_mapping,
)
from zkijdesk.services.importing.plan import (
    Choice,
    Preview,
    StoreIndex,
    apply_choice,
    build_preview,
    follow_leads,
    is_contacts_sheet,
    is_employer_sheet,
    unused_columns,
)
from zkijdesk.services.importing.readers import SourceFile, Table
from zkijdesk.services.importing.undo import undo_batch
from zkijdesk.services.importing.write import BatchResult, write_preview
from zkijdesk.services.routes import RouteService

#: The tables an import writes many rows to: their statistics are refreshed after it.
WRITTEN_TABLES = tuple(
    model.__tablename__
    for model in (
        m.Client,
        m.ClientSkill,
        m.ClientTargetGroup,
        m.Route,
        m.Training,
        m.Placement,
        m.Activity,
        m.Employer,
        m.Vacancy,
    )
)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchView:
    id: int
    created_at: object
    file_name: str
    sheet: str | None
    rows_imported: int
    rows_refused: int
    undone: bool


class ImportService(Service):
    def _require(self) -> None:
        self.require_role(Role.COACH, Role.TEAMLEAD, what="cliënten importeert")

    def open(self, path: Path) -> SourceFile:
        return readers.read_source(path)

    def sheets(self, source: SourceFile) -> list[str]:
        return readers.sheet_names(source)

    def table(self, source: SourceFile, sheet: str | None = None) -> Table:
        return readers.read_table(source, sheet, is_header=is_known_header)

    def suggest(self, table: Table, saved: Path | None = None) -> Mapping:
        loaded = load_mapping(saved, table.headers) if saved is not None else None
        return suggest_mapping(table, loaded)

    def check_mapping(self, table: Table, mapping: Mapping) -> None:
        """Refuse a mapping no row could be read with, before anything is checked."""
        _require_names(mapping)
        _require_used(mapping, table.headers)

    def coded_columns(
        self, table: Table, mapping: Mapping, maps: ValueMaps | None = None
    ) -> list[CodedColumn]:
        """The words the sheet's coded columns use, each with what zkijdesk reads it as
        and the values it may be given instead; nothing is written."""
        self._require()
        return sheet_words(table, mapping, maps or self._maps())

    def maps(self) -> ValueMaps:
        """The store's codes and names, read once for a preview and its word lists."""
        return self._maps()

    def _maps(self) -> ValueMaps:
        with self.store.read_session() as s:
            return load_value_maps(s, self.today().year)

    def preview(
        self,
        source: SourceFile,
        table: Table,
        mapping: Mapping,
        *,
        limit: int | None = None,
        progress: Progress | None = None,
        maps: ValueMaps | None = None,
    ) -> Preview:
        """Check the rows (all, or the first ``limit``); nothing is written."""
        self._require()
        _require_names(mapping)
        _require_used(mapping, table.headers)
        maps = maps or self._maps()
        with self.store.read_session() as s:
            index = StoreIndex.load(s, set(s.scalars(visible_client_ids(self.actor))))
        routes = RouteService(self.store, self.actor, self._today)
        contacts = ActivityService(self.store, self.actor, self._today)
        return build_preview(
            table,
            mapping,
            maps,
            index,
            self.today(),
            from_text_file=source.is_text,
            actor_id=self.actor.user_id,
            clean_training=routes._clean_training,
            clean_contact=contacts._contact_fields,
            clean_employer=clean_employer,
            limit=limit,
            progress=progress,
        )

    def choose(self, preview: Preview, row_number: int, choice: Choice | str) -> None:
        row = next((r for r in preview.rows if r.number == row_number), None)
        if row is None:
            raise ValidationError(
                "choice", t("Regel {n} staat niet in het voorbeeld.", n=row_number)
            )
        apply_choice(row, Choice(choice))
        follow_leads(preview.rows)

    def choose_all(self, preview: Preview, choice: Choice | str) -> int:
        """One choice for every duplicate that offers it (the CLI's ``--duplicates``);
        a row that repeats an earlier row's client keeps joining it. Returns how many
        rows took the choice."""
        wanted = Choice(choice)
        taken = 0
        for row in preview.rows:
            duplicate = row.duplicate
            if duplicate is None or row.client is None or duplicate.joins:
                continue
            if wanted in duplicate.choices:
                apply_choice(row, wanted)
                taken += 1
        follow_leads(preview.rows)
        return taken

    def run(
        self,
        source: SourceFile,
        preview: Preview,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:
        """Write the preview's good rows as one batch; the file must be the one previewed."""
        self._require()
        if not preview.complete:
            raise ValidationError(
                "preview",
                "Het voorbeeld toont niet alle regels; controleer eerst het hele bestand.",
            )
        maps = self._maps()
        try:
            with self.store.session() as s:
                result = write_preview(
                    s,
                    preview,
                    self.actor,
                    file_name=source.name,
                    sheet=preview.table.sheet,
                    sha256=source.sha256,
                    maps=maps,
                    today=self.today(),
                    progress=progress,
                    cancelled=cancelled,
                )
        except TakenBsnError as exc:
            raise _taken_in_file(preview, exc) from None
        self.store.refresh_statistics(WRITTEN_TABLES)
        return result

    def still_the_same(self, path: Path, source: SourceFile) -> None:
        """Refuse to import a file that was changed after its preview was made."""
        again = readers.read_source(path)
        if again.sha256 != source.sha256:
            raise readers.ImportFileError(
                t(
                    "{x} is gewijzigd sinds de controle; controleer het bestand opnieuw voordat"
                    " u importeert.",
                    x=source.name,
                )
            )

    def undo(self, batch_id: int) -> dict[str, int]:
        self._require()
        with self.store.session() as s:
            return undo_batch(s, self.actor, batch_id)

    def batches(self) -> list[BatchView]:
        with self.store.read_session() as s:
            rows = s.scalars(
                select(m.ImportBatch)
                .where(m.ImportBatch.created_by_id == self.actor.user_id)
                .order_by(m.ImportBatch.id.desc())
            ).all()
            return [
                BatchView(
                    b.id,
                    b.created_at,
                    b.file_name,
                    b.sheet,
                    b.rows_imported,
                    b.rows_refused,
                    b.undone_at is not None,
                )
                for b in rows
            ]


def _require_used(mapping: Mapping, headers: list[str]) -> None:
    """A mapped column this kind of sheet does not read is refused by name, not dropped:
    the user would believe its values were imported."""
    unused = unused_columns(mapping)
    if not unused:
        return
    column, key = unused[0]
    label = FIELD_BY_KEY[split_key(key)[0]].label
    shown = quoted_word(headers[column])
    if is_employer_sheet(mapping):
        raise ValidationError(
            key,
            t(
                "Kolom “{x}” ({label}) wordt op een werkblad met werkgevers niet gebruikt; kies"
                " bij die kolom “niet gebruiken” (in een koppelingsbestand: null) of zet hem op"
                " een eigen werkblad.",
                x=shown,
                label=label,
            ),
        )
    raise ValidationError(
        key,
        t(
            "Kolom “{x}” ({label}) wordt op een werkblad met cliënten niet gebruikt; kies bij "
            "die kolom “niet gebruiken” (in een koppelingsbestand: null) of zet hem op een "
            "eigen werkblad.",
            x=shown,
            label=label,
        ),
    )


def _require_names(mapping: Mapping) -> None:
    keys = set(mapping.columns.values())
    if is_employer_sheet(mapping) or is_contacts_sheet(mapping):
        return
    if not ({"last_name", "birth_date"} <= keys or {"full_name", "birth_date"} <= keys):
        raise ValidationError(
            "mapping",
            "Koppel ten minste de kolommen voor de naam en de geboortedatum; zonder die kan "
            "zkijdesk geen cliënt herkennen.",
        )


def _taken_in_file(preview: Preview, exc: TakenBsnError) -> ValidationError:
    """A colleague's client has a BSN of the file (the preview could not see that
    client): which row, so the coach can take it out; the whole import was undone."""
    rows = [
        r.number
        for r in preview.rows
        if exc.bsn is not None and r.client is not None and r.client.get("bsn") == exc.bsn
    ]
    if not rows:
        return ValidationError(
            "bsn",
            "Een BSN in dit bestand hoort al bij een cliënt in het team die u niet kunt "
            "zien; er is niets geïmporteerd. Vraag uw teamleider het dossier aan u over "
            "te dragen.",
        )
    return ValidationError(
        "bsn",
        t(
            "Het BSN op regel {n} hoort al bij een cliënt in het team die u niet kunt zien; "
            "er is niets geïmporteerd. Haal de regel weg of vraag uw teamleider het "
            "dossier aan u over te dragen.",
            n=rows[0],
        ),
    )
