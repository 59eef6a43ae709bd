"""Monthly contributions for teams without a shared database.

Key handling (documented for users in ``docs/reporting.md``):

1. The team lead runs ``contribution team-key``: an X25519 key pair is made and kept
   in the team lead's encrypted store; the public half is written to a key file for
   the coaches, with a fingerprint to read out over the phone. A new team key
   replaces the old one for new files; old private keys stay (inactive) so files
   sealed for them can still be opened.
2. Each coach runs ``contribution trust-team-key FILE`` (after comparing the
   fingerprint) and ``contribution my-key``: an Ed25519 signing key is made once
   and kept in the coach's store; its public half goes to the team lead.
3. The team lead registers each coach's key (``contribution register FILE --name``).
4. Monthly, a coach runs ``contribution export --month``; the team lead imports the
   files (a second import of the same coach and month replaces the first), sees who
   is missing, and exports the month from the contributions, protected once on the
   total.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from zkijdesk.atomic import atomic_write
from zkijdesk.domain import fields
from zkijdesk.domain import validation as v
from zkijdesk.domain.enums import Role
from zkijdesk.domain.errors import (
    NotFoundError,
    OutputPathError,
    StateError,
    ValidationError,
)
from zkijdesk.domain.text import t
from zkijdesk.models.base import utcnow
from zkijdesk.models.reporting import Contribution, Contributor, ReportKey
from zkijdesk.reporting import contribution as seal
from zkijdesk.reporting.figures import YearCounts, atoms_to_rows, merge, rows_to_atoms
from zkijdesk.reporting.indicators import REGION, FocusGroup
from zkijdesk.services.base import Service
from zkijdesk.services.reporting_queries import (
    Period,
    month_counts,
    month_end,
    parse_period,
    year_counts,
)
from zkijdesk.storage import audit_anchor

RECEIVE, SIGN, TEAM = "ontvangen", "ondertekenen", "teamleider"
SUFFIX = ".zkb"


@dataclass(frozen=True)
class KeyInfo:
    fingerprint: str
    label: str
    file_bytes: bytes


@dataclass(frozen=True)
class ContributorView:
    id: int
    name: str
    fingerprint: str
    active: bool


@dataclass(frozen=True)
class ContributionStatus:
    period: str
    received: tuple[tuple[str, datetime, datetime], ...]  # name, made at, imported at
    missing: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    contributor: str
    period: str
    replaced: bool


def _groups_json(groups: tuple[FocusGroup, ...]) -> list[list[int | str]]:
    return [[g.id, g.code, g.nl, g.en] for g in groups]


def _groups_from(rows: Iterable[Sequence[Any]]) -> tuple[FocusGroup, ...]:
    return tuple(FocusGroup(int(i), str(c), str(nl), str(en)) for i, c, nl, en in rows)


def _counts_payload(counts: YearCounts) -> dict[str, object]:
    return {
        "year": counts.year,
        "last_month": counts.last_month,
        "months": list(counts.months),
        "complete": counts.complete,
        "groups": _groups_json(counts.groups),
        "atoms": atoms_to_rows(counts.atoms),
    }


def _counts_from(body: dict[str, Any]) -> YearCounts:
    return YearCounts(
        int(body["year"]),
        int(body["last_month"]),
        _groups_from(body["groups"]),
        rows_to_atoms(body["atoms"]),
        months=tuple(int(x) for x in body["months"]),
        complete=bool(body["complete"]),
    )


def combined_counts(session: Session, year: int, month: int) -> dict[int, YearCounts]:
    """The team's total from the imported contributions of one month."""
    rows = session.execute(
        select(Contribution.payload)
        .join(Contributor, Contributor.id == Contribution.contributor_id)
        .where(Contribution.year == year, Contribution.month == month, Contributor.active.is_(True))
        .order_by(Contribution.contributor_id)
    ).scalars()
    current, previous = [], []
    for payload in rows:
        body = json.loads(payload)
        current.append(_counts_from(body["current"]))
        previous.append(_counts_from(body["previous"]))
    if not current:
        raise StateError("Er zijn voor deze maand nog geen bijdragen geïmporteerd.")
    try:
        return {year: merge(current), year - 1: merge(previous)}
    except ValueError:
        raise StateError(
            "De bijdragen van deze maand gebruiken verschillende focusdoelgroepen; vraag de "
            "coaches hun bijdrage opnieuw te maken."
        ) from None


class ContributionService(Service):
    # ------------------------------------------------------------------ keys
    def create_team_key(self) -> KeyInfo:
        """A new team lead key pair; the public half as a file for the coaches."""
        self.require_role(Role.TEAMLEAD, Role.ADMIN, what="een teamleidersleutel maakt")
        pair = seal.new_team_keypair()
        label = f"Teamleider {self.actor.display_name}".strip()
        with self.store.session() as s:
            s.execute(update(ReportKey).where(ReportKey.purpose == RECEIVE).values(active=False))
            s.add(
                ReportKey(
                    purpose=RECEIVE,
                    public_key=pair.public_b64,
                    private_key=pair.private_b64,
                    fingerprint=pair.fingerprint,
                    label=label[:120],
                    active=True,
                )
            )
            self.audit(s, "create", "report_key", None, detail=f"{RECEIVE} {pair.fingerprint}")
        return self.team_key()

    def team_key(self) -> KeyInfo:
        with self.store.read_session() as s:
            key = self._active(s, RECEIVE)
        if key is None:
            raise NotFoundError("Er is nog geen teamleidersleutel; maak er eerst een.")
        data = seal.key_file(seal.TEAM_KEY_FORMAT, key.public_key, region=REGION, label=key.label)
        return KeyInfo(key.fingerprint, key.label, data)

    def read_team_key_file(self, path: Path | str) -> KeyInfo:
        """The team lead's key in a file, read but not trusted yet: the coach first
        compares its fingerprint with what the team lead says."""
        data = _read(path)
        body = _team_key_body(data)
        return KeyInfo(body["fingerprint"], _key_label(body), data)

    def trust_team_key(self, data: bytes, fingerprint: str) -> KeyInfo:
        """Store the team lead's public key, once ``fingerprint`` (the one the team lead
        read out) is the key's own. Anyone can make a key file with the team lead's
        name on it; a coach who trusted it would seal every contribution for its maker."""
        body = _team_key_body(data)
        if _plain(fingerprint) != _plain(body["fingerprint"]):
            raise ValidationError(
                "fingerprint",
                t(
                    "De vingerafdruk van deze sleutel is {actual}, niet {given}: vraag de "
                    "teamleider om de juiste sleutel.",
                    actual=body["fingerprint"],
                    given=fingerprint.strip(),
                ),
            )
        label = _key_label(body)
        with self.store.session() as s:
            s.execute(update(ReportKey).where(ReportKey.purpose == TEAM).values(active=False))
            s.add(
                ReportKey(
                    purpose=TEAM,
                    public_key=body["public_key"],
                    private_key=None,
                    fingerprint=body["fingerprint"],
                    label=label,
                    active=True,
                )
            )
            self.audit(s, "create", "report_key", None, detail=f"{TEAM} {body['fingerprint']}")
        return KeyInfo(body["fingerprint"], label, data)

    def team_key_if_any(self) -> KeyInfo | None:
        """The team lead's own key, or None before one was made."""
        try:
            return self.team_key()
        except NotFoundError:
            return None

    def save_team_key(self, path: Path | str) -> KeyInfo:
        """The public half of the team lead's key, written for the coaches."""
        info = self.team_key()
        _write(path, info.file_bytes)
        return info

    def register_contributor_file(self, path: Path | str) -> ContributorView:
        """``register_contributor`` for a key file the team lead picked, named as in it."""
        return self.register_contributor(_read(path))

    def trust_team_key_file(self, path: Path | str, fingerprint: str) -> KeyInfo:
        """``trust_team_key`` for a file the coach picked."""
        return self.trust_team_key(_read(path), fingerprint)

    def trusted_team_key(self) -> KeyInfo | None:
        """The team lead's key this store seals contributions for, if one is trusted."""
        with self.store.read_session() as s:
            key = self._active(s, TEAM)
        if key is None:
            return None
        data = seal.key_file(seal.TEAM_KEY_FORMAT, key.public_key, region=REGION, label=key.label)
        return KeyInfo(key.fingerprint, key.label, data)

    def save_my_key(self, path: Path | str) -> KeyInfo:
        """The public half of this store's signing key, written for the team lead."""
        info = self.my_key()
        _write(path, info.file_bytes)
        return info

    def my_key(self) -> KeyInfo:
        """This store's signing key (made on first use); the public half as a file."""
        with self.store.session() as s:
            key = self._active(s, SIGN)
            if key is None:
                pair = seal.new_signing_keypair()
                key = ReportKey(
                    purpose=SIGN,
                    public_key=pair.public_b64,
                    private_key=pair.private_b64,
                    fingerprint=pair.fingerprint,
                    label=(self.actor.display_name or "Coach")[:120],
                    active=True,
                )
                s.add(key)
                s.flush()
                self.audit(s, "create", "report_key", key.id, detail=f"{SIGN} {pair.fingerprint}")
            data = seal.key_file(seal.MEMBER_KEY_FORMAT, key.public_key, name=key.label)
            return KeyInfo(key.fingerprint, key.label, data)

    def register_contributor(self, data: bytes, name: str | None = None) -> ContributorView:
        self.require_role(Role.TEAMLEAD, Role.ADMIN, what="bijdragers registreert")
        try:
            body = seal.read_key_file(data, seal.MEMBER_KEY_FORMAT)
        except seal.ContributionError:
            raise ValidationError(
                "file", "Dit bestand is geen geldige bijdragersleutel van zkijdesk."
            ) from None
        clean = v.clean_text(
            name or body.get("name"), field="name", label=fields.NAME, max_length=120, required=True
        )
        with self.store.session() as s:
            existing = s.scalar(
                select(Contributor).where(Contributor.public_key == body["public_key"])
            )
            if existing is None:
                existing = Contributor(
                    name=clean,
                    public_key=body["public_key"],
                    fingerprint=body["fingerprint"],
                    active=True,
                    registered_by_id=self.actor.user_id,
                )
                s.add(existing)
            else:
                existing.name, existing.active = clean, True
            s.flush()
            self.audit(s, "create", "contributor", existing.id, detail=body["fingerprint"])
            return ContributorView(existing.id, existing.name, existing.fingerprint, True)

    def contributors(self) -> list[ContributorView]:
        with self.store.read_session() as s:
            return [
                ContributorView(c.id, c.name, c.fingerprint, c.active)
                for c in s.scalars(select(Contributor).order_by(Contributor.name))
            ]

    @staticmethod
    def _active(session: Session, purpose: str) -> ReportKey | None:
        return session.scalar(
            select(ReportKey)
            .where(ReportKey.purpose == purpose, ReportKey.active.is_(True))
            .order_by(ReportKey.id.desc())
        )

    # ------------------------------------------------------------------ coach side
    def make_contribution(self, period: Period, out_dir: Path | str) -> Path:
        """This store's aggregates for the month, sealed for the team lead."""

        year, month = parse_period(period)
        if month_end(year, month) >= self.today():
            raise ValidationError(
                "month", "Deze maand is nog niet voorbij; een bijdrage kan pas daarna."
            )
        with self.store.read_session() as s:
            team = self._active(s, TEAM)
        if team is None:
            raise StateError(
                "Er is nog geen teamleidersleutel vertrouwd; importeer eerst de sleutel van "
                "uw teamleider."
            )
        signing_info = self.my_key()
        # One transaction: the counts fill a temporary table and read it back, all at
        # one moment of the store.
        with self.store.read_session(snapshot=True) as s:
            own = self._active(s, SIGN)
            current = year_counts(s, year, month)
            needed = sorted({month} | ({12} if month == 1 else set()))
            previous = month_counts(s, year - 1, needed)
            anchor = audit_anchor.current(s)
        assert own is not None and own.private_key is not None  # my_key() made it
        payload: dict[str, Any] = {
            "period": f"{year:04d}-{month:02d}",
            "current": _counts_payload(current),
            "previous": _counts_payload(previous),
            # The coach's audit log as it stood, kept by the team lead: an auditor can
            # later check the coach's store against it (`check --anchors`).
            "audit_anchor": anchor.as_dict(),
        }
        made_at = utcnow().isoformat(timespec="seconds")
        data = seal.seal(
            payload,
            region=REGION,
            period=payload["period"],
            made_at=made_at,
            recipient_public_b64=team.public_key,
            signing=seal.KeyPair(own.private_key, own.public_key),
        )
        folder = Path(out_dir).expanduser().absolute()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (
            f"bijdrage-{REGION}-{payload['period']}-"
            f"{signing_info.fingerprint.replace('-', '')[:8]}{SUFFIX}"
        )
        with atomic_write(target) as fh:
            fh.write(data)
        with self.store.session() as s:
            self.audit(s, "export", "contribution", None, detail=f"{payload['period']}")
        return target

    # ------------------------------------------------------------------ team lead side
    def import_contribution(self, path: Path | str) -> ImportResult:
        self.require_role(Role.TEAMLEAD, Role.ADMIN, what="bijdragen importeert")
        data = _read(path)
        with self.store.session() as s:
            keys = {
                k.fingerprint: k.private_key
                for k in s.scalars(select(ReportKey).where(ReportKey.purpose == RECEIVE))
            }
            members = {
                c.public_key: c for c in s.scalars(select(Contributor).where(Contributor.active))
            }
            try:
                header, payload = seal.open_sealed(
                    data,
                    recipient_private_for=keys.get,
                    trusted_sender=lambda public: public in members,
                )
            except seal.ContributionError as exc:
                raise ValidationError("file", _import_message(exc.reason)) from None
            if header.get("region") != REGION:
                raise ValidationError("file", "Deze bijdrage hoort bij een andere regio.")

            year, month = parse_period(str(header["period"]))
            member = members[header["sender"]]
            made_at = datetime.fromisoformat(str(header["made_at"]))
            row = s.scalar(
                select(Contribution).where(
                    Contribution.contributor_id == member.id,
                    Contribution.year == year,
                    Contribution.month == month,
                )
            )
            kept = {"current": payload["current"], "previous": payload["previous"]}
            if isinstance(payload.get("audit_anchor"), dict):
                kept["audit_anchor"] = payload["audit_anchor"]
            stored = json.dumps(kept, separators=(",", ":"))
            _counts_from(payload["current"])  # refuse a payload we could not use later
            _counts_from(payload["previous"])
            digest = hashlib.sha256(data).hexdigest()
            replaced = row is not None
            if row is None:
                row = Contribution(contributor_id=member.id, year=year, month=month)
                s.add(row)
            row.payload, row.digest, row.made_at = stored, digest, made_at
            row.imported_at, row.imported_by_id = utcnow(), self.actor.user_id
            s.flush()
            self.audit(
                s,
                "change" if replaced else "create",
                "contribution",
                row.id,
                detail=f"{year:04d}-{month:02d} bijdrager {member.id}",
            )
            return ImportResult(member.name, f"{year:04d}-{month:02d}", replaced)

    def anchors(self) -> list[tuple[str, audit_anchor.Anchor]]:
        """(file name, anchor) of the coaches' audit logs as their contributions carried
        them, for ``audit-anchor --from-contributions``."""
        self.require_role(Role.TEAMLEAD, Role.ADMIN, what="bijdragen importeert")
        found = []
        with self.store.read_session() as s:
            rows = s.execute(
                select(Contribution, Contributor.fingerprint)
                .join(Contributor, Contributor.id == Contribution.contributor_id)
                .order_by(Contribution.year, Contribution.month, Contribution.id)
            ).all()
        for row, fingerprint in rows:
            anchor = audit_anchor.from_dict(json.loads(row.payload).get("audit_anchor"))
            if anchor is not None:
                tag = fingerprint.replace("-", "")[:8]
                name = f"bijdrage-{row.year:04d}-{row.month:02d}-{tag}{audit_anchor.SUFFIX}"
                found.append((name, anchor))
        return found

    def status(self, period: Period) -> ContributionStatus:

        self.require_role(Role.TEAMLEAD, Role.ADMIN, what="de bijdragen bekijkt")
        year, month = parse_period(period)
        with self.store.read_session() as s:
            members = list(
                s.scalars(select(Contributor).where(Contributor.active).order_by(Contributor.name))
            )
            got = {
                c.contributor_id: c
                for c in s.scalars(
                    select(Contribution).where(
                        Contribution.year == year, Contribution.month == month
                    )
                )
            }
        received = tuple(
            (c.name, got[c.id].made_at, got[c.id].imported_at) for c in members if c.id in got
        )
        missing = tuple(c.name for c in members if c.id not in got)
        return ContributionStatus(f"{year:04d}-{month:02d}", received, missing)


def _team_key_body(data: bytes) -> dict[str, Any]:
    try:
        return seal.read_key_file(data, seal.TEAM_KEY_FORMAT)
    except seal.ContributionError:
        raise ValidationError(
            "file", "Dit bestand is geen geldige teamleidersleutel van zkijdesk."
        ) from None


def _key_label(body: dict[str, Any]) -> str:
    return str(body.get("label") or "Teamleider")[:120]


def _plain(fingerprint: str) -> str:
    """A fingerprint as read out by phone: case, spaces and dashes do not matter."""
    return "".join(c for c in fingerprint.upper() if c.isalnum())


def _read(path: Path | str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        raise ValidationError(
            "file", t("Het bestand {name} kon niet worden gelezen.", name=Path(path).name)
        ) from None


def _write(path: Path | str, data: bytes) -> None:
    try:
        with atomic_write(Path(path)) as fh:
            fh.write(data)
    except OSError:
        raise OutputPathError(
            t("Het bestand {name} kon niet worden geschreven.", name=Path(path).name)
        ) from None


def _import_message(reason: str) -> str:
    if reason == "unknown sender":
        return (
            "Deze bijdrage is ondertekend door een onbekende bijdrager; registreer eerst "
            "diens sleutel."
        )
    if reason == "not sealed for this team lead":
        return "Deze bijdrage is niet voor uw teamleidersleutel versleuteld."
    if reason in ("bad signature", "cannot decrypt", "payload does not match its signed header"):
        return "Deze bijdrage is beschadigd of vervalst; de handtekening of inhoud klopt niet."
    return "Dit bestand is geen geldige bijdrage van zkijdesk."
