"""What the demo reads from the store's reference data before it writes anything."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zkijdesk import models as m
from zkijdesk.domain.errors import StateError
from zkijdesk.services.demo.data import (
    MUNICIPALITY_WEIGHTS,
    OUTSIDE_REGION,
    POSTCODE_RANGES,
    SECTOR_WEIGHTS,
)
from zkijdesk.services.demo.draw import Weighted

#: Share of clients living outside the region.
OUTSIDE_SHARE = 0.05
#: Skills per sector that most vacancies ask for and most profiles hold.
CORE_SKILLS = 10


class Reference:
    """Sectors, municipalities, focus target groups and skills, with the draws over them."""

    def __init__(self, session: Session) -> None:
        self._sectors(session)
        self._municipalities(session)
        self._groups(session)
        self._skills(session)

    def _sectors(self, s: Session) -> None:
        sectors = s.execute(
            select(m.Sector.id, m.Sector.code, m.Sector.parent_id, m.Sector.is_focus)
        )
        self.sector_by_code: dict[str, int] = {}
        self.sector_parent: dict[int, int | None] = {}
        self.sector_focus: dict[int, bool] = {}
        self.sector_code: dict[int, str] = {}
        for sid, code, parent, focus in sectors:
            self.sector_by_code[code] = sid
            self.sector_parent[sid] = parent
            self.sector_focus[sid] = bool(focus)
            self.sector_code[sid] = code
        pairs = [(self.sector_by_code[c], w) for c, w in SECTOR_WEIGHTS if c in self.sector_by_code]
        if not pairs:
            raise StateError("De opslag mist de sectoren uit de referentiegegevens.")
        self.sector_mix = Weighted(pairs)
        focus_pairs = [(sid, w) for sid, w in pairs if self.sector_focus[sid]]
        self.focus_mix = Weighted(focus_pairs) if focus_pairs else self.sector_mix

    def _municipalities(self, s: Session) -> None:
        municipalities = dict(s.execute(select(m.Municipality.code, m.Municipality.id)).all())
        self.municipality_id: dict[str, int] = municipalities
        inside = [(c, w) for c, w in MUNICIPALITY_WEIGHTS if c in municipalities]
        share_inside = 1.0 - OUTSIDE_SHARE if OUTSIDE_REGION in municipalities else 1.0
        total = sum(w for _, w in inside)
        mix = [(c, share_inside * w / total) for c, w in inside]
        if OUTSIDE_REGION in municipalities:
            mix.append((OUTSIDE_REGION, OUTSIDE_SHARE))
        self.municipality_mix = Weighted(mix)
        self.postcode_mix = {
            code: Weighted([(r, r[1] - r[0] + 1) for r in POSTCODE_RANGES[code]]) for code, _ in mix
        }

    def _groups(self, s: Session) -> None:
        self.groups: dict[int, list[tuple[str, int]]] = {}
        rows = s.execute(
            select(m.FocusTargetGroup.year, m.FocusTargetGroup.code, m.FocusTargetGroup.id)
            .where(m.FocusTargetGroup.active.is_(True))
            .order_by(m.FocusTargetGroup.year, m.FocusTargetGroup.id)
        )
        for year, code, gid in rows:
            self.groups.setdefault(year, []).append((code, gid))

    def _skills(self, s: Session) -> None:
        skills = s.execute(
            select(m.Skill.id, m.Skill.name, m.Skill.sector_id, m.Skill.is_credential)
            .where(m.Skill.active.is_(True))
            .order_by(m.Skill.id)
        ).all()
        self.skill_credential = {sid: bool(cred) for sid, _, _, cred in skills}
        self.skill_is_diploma = {sid: "diploma" in name.lower() for sid, name, _, _ in skills}
        self.general_skills = [sid for sid, _, sector, _ in skills if sector is None]
        self.sector_skills: dict[int, list[int]] = {}
        for sector_id in self.sector_code:
            family = {sector_id, self.sector_parent[sector_id]}
            family |= {c for c, p in self.sector_parent.items() if p == sector_id}
            self.sector_skills[sector_id] = [sid for sid, _, sec, _ in skills if sec in family]
        if not self.general_skills:
            self.general_skills = [sid for sid, _, _, _ in skills]
        # Vacancies and profiles draw mostly from a core of common skills per sector (the
        # starter list comes first by id), so the demo shows meaningful matches even with
        # a few hundred skills in the curated list.
        self.sector_core = {sec: ids[:CORE_SKILLS] for sec, ids in self.sector_skills.items()}
        self.general_core = self.general_skills[:CORE_SKILLS]
