"""Monthly figures as a use case: preview, export with disclosure control, the ledger.

Only a team lead or a functional admin publishes figures. An export computes the
month's counts in SQL, protects them (primary and secondary suppression) against
everything published earlier in the year, audits the result and refuses, writing
nothing, when the audit fails. Files are rendered in memory, staged beside their
targets, and only after the ledger entry commits are they renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from zkijdesk.atomic import ensure_folder, publish_file, temp_file_beside
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import StateError, ValidationError
from zkijdesk.domain.text import Text, t
from zkijdesk.reporting.disclosure.audit import InconsistentFiguresError
from zkijdesk.reporting.figures import YearCounts
from zkijdesk.reporting.metadata import PublicationInfo
from zkijdesk.reporting.publication import AuditFailedError, AuditSummary, Publication
from zkijdesk.reporting.publication import build_publication as protect_publication
from zkijdesk.reporting.writers import (
    csv_writer,
    html_writer,
    json_writer,
    pdf_writer,
    xlsx_writer,
)
from zkijdesk.reporting.writers.common import FORMATS, file_name
from zkijdesk.services import settings
from zkijdesk.services.base import Service
from zkijdesk.services.reporting_ledger import (
    Earlier,
    PublicationView,
    earlier_publications,
    list_publications,
    next_version,
    record_publication,
)
from zkijdesk.services.reporting_queries import (
    Period,
    month_counts,
    month_end,
    parse_period,
    year_counts,
)
from zkijdesk.storage import audit_anchor

"""Whom a reader of the monthly figures can ask (an address or a desk, never a person's
private details); the admin sets it, and every file carries it."""
MAX_CONTACT = settings.MAX_CONTACT
DEFAULT_THRESHOLD = settings.THRESHOLD.default
MIN_THRESHOLD, MAX_THRESHOLD = settings.MIN_THRESHOLD, settings.MAX_THRESHOLD
SOURCE_STORE, SOURCE_CONTRIBUTIONS = "opslag", "bijdragen"
SOURCES = (SOURCE_STORE, SOURCE_CONTRIBUTIONS)
Progress = Callable[[int, str | Text], None]
RENDERERS = {
    "pdf": pdf_writer.render,
    "html": html_writer.render,
    "xlsx": xlsx_writer.render,
    "csv": csv_writer.render,
    "json": json_writer.render,
}


@dataclass(frozen=True)
class ExportResult:
    period: str
    version: int
    folder: Path
    files: tuple[Path, ...]
    audit: AuditSummary


def parse_formats(formats: str | Iterable[str] | None) -> tuple[str, ...]:
    if formats is None:
        return FORMATS
    items = formats.split(",") if isinstance(formats, str) else list(formats)
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in items if f.strip()))
    if not chosen or any(f not in FORMATS for f in chosen):
        raise ValidationError(
            "formats", "Formaten moeten een of meer zijn van pdf, html, xlsx, csv en json."
        )
    if "pdf" in chosen:
        # The PDF cannot be tagged for screen readers; its accessible twin always goes along.
        chosen += ("html",)
    return tuple(f for f in FORMATS if f in chosen)


class ReportingService(Service):
    _last_protected: tuple[bytes, Publication] | None = None
    """The last protected publication with the digest of what it was protected from
    (``_inputs_digest``): a preview's, for the export that follows it."""

    # ------------------------------------------------------------------ settings
    def threshold(self) -> int:
        """The minimum publishable count; the admin sets it, default 5."""
        with self.store.read_session() as s:
            return settings.THRESHOLD.read(s)

    def set_threshold(self, value: int) -> int:
        self.require_role(Role.ADMIN, what="de drempel voor publicatie instelt")
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError("threshold", "Drempel moet een geheel getal zijn.")
        if not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
            raise ValidationError(
                "threshold",
                t("Drempel moet tussen {n} en {m} liggen.", n=MIN_THRESHOLD, m=MAX_THRESHOLD),
            )
        with self.store.session() as s:
            settings.THRESHOLD.write(s, value, self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=settings.THRESHOLD.key)
        return value

    def contact(self) -> str:
        """The contact every monthly file names; empty until the admin sets one."""
        with self.store.read_session() as s:
            return settings.CONTACT.read(s)

    def set_contact(self, value: str) -> str:
        self.require_role(Role.ADMIN, what="het contact voor de maandcijfers instelt")
        text = " ".join(str(value).split())
        if len(text) > MAX_CONTACT:
            raise ValidationError(
                "contact", t("Contact mag hoogstens {n} tekens lang zijn.", n=MAX_CONTACT)
            )
        with self.store.session() as s:
            settings.CONTACT.write(s, text, self.actor.user_id)
            self.audit(s, "change", "setting", None, detail=settings.CONTACT.key)
        return text

    # ------------------------------------------------------------------ months
    def reportable_months(self, count: int = 24) -> list[tuple[int, int]]:
        """Months that have ended, newest first."""
        today = self.today()
        year, month = today.year, today.month
        out = []
        for _ in range(count):
            month -= 1
            if month == 0:
                year, month = year - 1, 12
            out.append((year, month))
        return out

    def _check_period(self, period: Period) -> tuple[int, int]:
        year, month = parse_period(period)
        if month_end(year, month) >= self.today():
            raise ValidationError(
                "month",
                "Deze maand is nog niet voorbij; maandcijfers kunnen pas daarna worden gemaakt.",
            )
        return year, month

    def _require_lead(self) -> None:
        self.require_role(Role.TEAMLEAD, Role.ADMIN, what="maandcijfers maakt")

    # ------------------------------------------------------------------ figures
    def _counts(
        self, year: int, month: int, source: str, earlier_months: dict[int, set[int]]
    ) -> dict[int, YearCounts]:
        needed_last_year = {month} | ({12} if month == 1 else set())
        with self.store.figures_session() as s:
            if source == SOURCE_CONTRIBUTIONS:
                from zkijdesk.services.reporting_contributions import combined_counts

                return combined_counts(s, year, month)
            last = max({month} | earlier_months.get(year, set()))
            counts = {year: year_counts(s, year, last)}
            before = earlier_months.get(year - 1, set())
            if before:
                counts[year - 1] = year_counts(s, year - 1, max(before | needed_last_year))
            else:
                counts[year - 1] = month_counts(s, year - 1, sorted(needed_last_year))
        return counts

    def preview(
        self, period: Period, source: str = SOURCE_STORE, progress: Progress | None = None
    ) -> Publication:
        """The protected publication as it would be exported; writes nothing."""
        self._require_lead()
        year, month = self._check_period(period)
        if source not in SOURCES:
            raise ValidationError("source", "Bron moet 'opslag' of 'bijdragen' zijn.")
        report = progress or (lambda _p, _m: None)
        report(5, "Eerder gepubliceerde cijfers lezen")
        with self.store.read_session() as s:
            earlier = earlier_publications(s, (year, year - 1))
            version = next_version(s, year, month)
        months = {y: earlier.months(y) for y in (year, year - 1)}
        info = PublicationInfo(self.today(), source, version, self.contact())
        report(10, "Cijfers tellen in de database")
        counts = self._counts(year, month, source, months)
        report(40, "Geheimhouding bepalen en controleren")
        threshold = self.threshold()
        steps = iter(range(41, 70))

        def step(message: str) -> None:
            # Each step of the protection moves the bar a little, up to where the
            # files are written: a small region's late months take minutes here.
            report(next(steps, 69), message)

        inputs = _inputs_digest(counts, year, month, threshold, earlier, info)
        last = self._last_protected
        if last is not None and last[0] == inputs:
            # The preview just protected these very figures against this very ledger:
            # the export that follows writes that publication instead of spending the
            # same seconds (a small region's autumn: minutes) on the same answer again.
            report(69, "Geheimhouding van het voorbeeld gebruiken")
            return last[1]
        try:
            publication = self._protect(counts, year, month, threshold, earlier, info, step)
        except AuditFailedError:
            raise StateError(
                "De controle op onthulling is niet geslaagd: een geheim cijfer is terug te "
                "rekenen uit wat al gepubliceerd is; er is niets geschreven."
            ) from None
        except InconsistentFiguresError:
            raise StateError(
                "De cijfers zijn onderling tegenstrijdig; er is niets geschreven. "
                "Controleer de opslag met 'zkijdesk check'."
            ) from None
        self._last_protected = (inputs, publication)
        return publication

    @staticmethod
    def _protect(
        counts: dict[int, YearCounts],
        year: int,
        month: int,
        threshold: int,
        earlier: Earlier,
        info: PublicationInfo,
        progress: Callable[[str], None] | None = None,
    ) -> Publication:
        """Protect against everything published before, later months of the year too.

        A repeat export of a month (a correction, possibly after later months are out)
        starts from every number its earlier versions hid: a reader keeps the old
        files, so showing one of those now could uncover another. With unchanged data
        the earlier pattern passes the audit again and the files come out the same.
        """
        return protect_publication(
            counts,
            month,
            threshold,
            earlier.published,
            earlier.hidden,
            earlier_periods=earlier.periods,
            keep_hidden=earlier.hidden_by_period.get((year, month), set()),
            info=info,
            progress=progress,
        )

    def export(
        self,
        period: Period,
        out_dir: Path | str,
        formats: str | Iterable[str] | None = None,
        source: str = SOURCE_STORE,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Protect, audit and write the month's publication; record it in the ledger."""
        chosen = parse_formats(formats)
        report = progress or (lambda _p, _m: None)
        publication = self.preview(period, source, progress)
        rendered: dict[str, bytes] = {}
        step = 40 // len(chosen)
        for i, fmt in enumerate(chosen):
            report(70 + i * step, t("{x} maken", x=fmt.upper()))
            if fmt == "pdf":
                rendered[fmt] = pdf_writer.render(publication, issued=self.today())
            else:
                rendered[fmt] = RENDERERS[fmt](publication)
        json_bytes = rendered.get("json") or json_writer.render(publication)
        folder = Path(out_dir).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise ValidationError("out", t("De uitvoermap {x} is een bestand, geen map.", x=folder))
        ensure_folder(folder)
        staged = self._stage(folder, publication, rendered)
        try:
            report(95, "Publicatie vastleggen")
            with self.store.session() as s:
                row = record_publication(
                    s,
                    year=publication.year,
                    month=publication.month,
                    source=source,
                    threshold=publication.threshold,
                    formats=chosen,
                    digest=hashlib.sha256(json_bytes).hexdigest(),
                    cells=publication.ledger_cells(),
                    hidden={k.text(): r for k, r in publication.suppressed.items()},
                    user_id=self.actor.user_id,
                )
                self.audit(
                    s,
                    "export",
                    "publication",
                    row.id,
                    detail=(
                        f"{publication.period} v{row.version} {source}: "
                        f"{len(publication.values)} cijfers, {publication.audit.suppressed} "
                        f"geheim, {','.join(chosen)}"
                    ),
                )
                version = row.version
                anchor = audit_anchor.current(s)
            # The log's head after this export travels with the figures (check --anchors).
            anchor_name = file_name(publication, "json").removesuffix(".json") + audit_anchor.SUFFIX
            staged += self._stage_bytes(folder, anchor_name, anchor.to_bytes())
        except BaseException:
            for partial, _ in staged:
                partial.unlink(missing_ok=True)
            raise
        files = []
        for partial, target in staged:
            publish_file(partial, target)
            files.append(target)
        report(100, "Klaar")
        return ExportResult(publication.period, version, folder, tuple(files), publication.audit)

    @classmethod
    def _stage(
        cls, folder: Path, publication: Publication, rendered: dict[str, bytes]
    ) -> list[tuple[Path, Path]]:
        staged: list[tuple[Path, Path]] = []
        try:
            for fmt, data in rendered.items():
                staged += cls._stage_bytes(folder, file_name(publication, fmt), data)
        except BaseException:
            for partial, _ in staged:
                with contextlib.suppress(OSError):
                    partial.unlink()
            raise
        return staged

    @staticmethod
    def _stage_bytes(folder: Path, name: str, data: bytes) -> list[tuple[Path, Path]]:
        """One file written and synced beside its target, to be published later."""
        target = folder / name
        fd, partial = temp_file_beside(target)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return [(Path(partial), target)]

    # ------------------------------------------------------------------ ledger
    def ledger(self, year: int | None = None) -> list[PublicationView]:
        self._require_lead()
        year = v.validate_range(year, field="year", label=fields.YEAR, minimum=2000, maximum=2100)
        with self.store.read_session() as s:
            return list_publications(s, year)

    def last_publication(self, year: int, month: int) -> PublicationView | None:
        with self.store.read_session() as s:
            found = [p for p in list_publications(s, year) if p.month == month]
        return found[0] if found else None


def _inputs_digest(
    counts: dict[int, YearCounts],
    year: int,
    month: int,
    threshold: int,
    earlier: Earlier,
    info: PublicationInfo,
) -> bytes:
    """Everything a publication is protected from: the counts, the ledger of what was
    published and hidden before, the threshold, and the file's context (day, source,
    version, contact). The same digest gives the same publication (the protection is
    deterministic); any edit, export or setting in between gives another."""
    digest = hashlib.sha256()
    for part in (
        year,
        month,
        threshold,
        info,
        sorted(earlier.published.items()),
        sorted(earlier.hidden.items()),
        sorted(earlier.periods),
        sorted(earlier.hidden_by_period.get((year, month), ())),
    ):
        digest.update(repr(part).encode())
    for counted_year in sorted(counts):
        found = counts[counted_year]
        digest.update(repr((found.year, found.last_month, found.groups, found.months)).encode())
        digest.update(repr(found.complete).encode())
        for indicator in sorted(found.atoms):
            atoms = sorted(f"{atom!r}={n}" for atom, n in found.atoms[indicator].items())
            digest.update(f"{indicator}:{len(atoms)}\n".encode())
            digest.update("\n".join(atoms).encode())
    return digest.digest()


def today_period(today: date) -> str:
    """The last month that has ended, as 'YYYY-MM'."""
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


__all__ = [
    "DEFAULT_THRESHOLD",
    "SOURCES",
    "ExportResult",
    "ReportingService",
    "parse_formats",
    "parse_period",
]
