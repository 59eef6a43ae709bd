"""Turn a publication's canonical cells into a disclosure-control problem.

The additive relations come from the table definitions: every breakdown of an
indicator adds up to its total, every own dimension (exit reason, contract type)
adds up to its total, and for event indicators the year-to-date figure is last
month's year-to-date plus the month. Distinct counts (persons, employers) are not
additive over months; their month and year-to-date cells are neighbours, and the LP
model carries the inequalities between them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping

from zkijdesk.reporting.cells import MONTH, YEAR_TO_DATE, CellKey
from zkijdesk.reporting.disclosure.model import (
    FAMILY,
    FOLLOW_UPS,
    NEW_AND_EVENTS,
    SUBSETS,
    BlockModel,
    build_family,
    family_block,
    segments,
)
from zkijdesk.reporting.disclosure.secondary import Problem
from zkijdesk.reporting.indicators import BY_CODE, TOTAL, Dimension, Kind


def build_problem(
    values: Mapping[CellKey, int],
    known: Mapping[CellKey, int],
    dims_by_year: Mapping[int, Mapping[str, Dimension]],
    *,
    threshold: int,
    earlier_hidden: Mapping[CellKey, int] | None = None,
    earlier_any: Iterable[CellKey] | None = None,
    value_of: Callable[[CellKey], int] | None = None,
    shown_last_year: Mapping[CellKey, int] | None = None,
) -> Problem:
    """The problem for one publication.

    ``earlier_hidden`` maps cells an earlier publication hid as unsafe to their value
    today; ``earlier_any`` lists every cell earlier publications hid (for the
    relations a reader can chain through); ``value_of`` gives the value of any other
    cell, used to find unsafe counts a reader could compute by differencing (they
    become extra targets too); ``shown_last_year`` holds last year's placements this
    publication shows in its key figures (``last_year_comparison``).
    """
    earlier_hidden = dict(earlier_hidden or {})
    relations: dict[frozenset, tuple[CellKey, ...]] = {}

    def add(members: list[CellKey]) -> None:
        """A relation: its parts, then the total they add up to (last)."""
        total = members[-1]
        parts = sorted(set(members[:-1]) - {total})
        if parts:
            relations.setdefault(frozenset((*parts, total)), (*parts, total))

    seen_groups: set[tuple] = set()

    def relate(key: CellKey) -> None:
        """Every relation ``key`` takes part in: its breakdown, its own dimension, its
        period chain."""
        ind = BY_CODE.get(key.indicator)
        dims = dims_by_year.get(key.year)
        if ind is None or dims is None:
            return
        period = (key.year, key.kind, key.month)
        if key.dim and key.dim in dims:
            group = ("dim", key.indicator, key.own, key.dim, *period)
            if group not in seen_groups:
                seen_groups.add(group)
                members = [
                    CellKey.make(key.indicator, key.own, key.dim, c, *period)
                    for c in dims[key.dim].codes
                ]
                members.append(CellKey.make(key.indicator, key.own, "", TOTAL, *period))
                add(members)
        if ind.own is not None and key.own != TOTAL:
            group = ("own", key.indicator, key.dim, key.cat, *period)
            if group not in seen_groups:
                seen_groups.add(group)
                members = [
                    CellKey.make(key.indicator, o, key.dim, key.cat, *period) for o in ind.own.codes
                ]
                members.append(CellKey.make(key.indicator, TOTAL, key.dim, key.cat, *period))
                add(members)
        _period_relation(key, add)

    neighbours: dict[CellKey, list[CellKey]] = {}
    same_cell: dict[tuple, list[CellKey]] = {}
    for key in sorted(values):
        relate(key)
        if BY_CODE[key.indicator].kind is Kind.DISTINCT:
            same_cell.setdefault((key.indicator, key.own, key.dim, key.cat, key.year), []).append(
                key
            )
    # Cells of earlier publications take part too: a cell hidden last month is often
    # exposed through a chain that runs through other cells of that month.
    for key in sorted({*known, *(earlier_any or ())}):
        relate(key)

    for keys in same_cell.values():
        for key in keys:
            neighbours[key] = [k for k in keys if k != key]

    extra = {k: v for k, v in earlier_hidden.items() if k not in values and k not in known}
    universe: dict[tuple, list[CellKey]] = {}
    for key in (*values, *known, *extra):
        universe.setdefault(key.block(), []).append(key)
    if value_of is not None:
        for block_id, keys in universe.items():
            for key in _differencing_cells(keys, dims_by_year[block_id[1]]):
                if key in values or key in known or key in extra:
                    continue
                try:
                    value = value_of(key)
                except (ValueError, KeyError):
                    continue
                if 0 < value < threshold:
                    extra[key] = value
                    keys.append(key)
    carried: dict[CellKey, int] = {}
    this_year = max(k.year for k in values)
    if value_of is not None:
        for key in sorted(set(earlier_any or ())):
            # Last year's hidden cells stay hidden where this year shows them again
            # (the key figures); nothing else published now touches last year's model.
            if key in values or key in known or key in extra or key.year != this_year:
                continue
            try:
                carried[key] = value_of(key)
            except (ValueError, KeyError):
                continue
            universe.setdefault(key.block(), []).append(key)
    for key in sorted(extra):
        relate(key)
    by_family: dict[tuple[str, int], dict[str, list[CellKey]]] = {}
    for (indicator, year), keys in universe.items():
        by_family.setdefault((FAMILY[indicator], year), {})[indicator] = keys
    blocks: dict[Hashable, BlockModel] = {}
    for (family, year), keys_by_indicator in sorted(by_family.items()):
        blocks[(family, year)] = build_family(
            family,
            year,
            keys_by_indicator,
            dims_by_year[year],
            _last_year_placements(year, {**known, **(shown_last_year or {})}),
        )
    _link_neighbours(values, neighbours)
    newest = max(k.year for k in values)
    month = max((k.month for k in values if k.year == newest), default=0)

    def revisits() -> bool:
        return any(k.year == newest and k.month >= month for k in known)

    return Problem(
        values=dict(values),
        known=dict(known),
        extra=extra,
        relations=list(relations.values()),
        blocks=blocks,
        block_of=family_block,
        rank=_rank,
        sort_key=lambda k: k,
        neighbours={k: tuple(sorted(set(v))) for k, v in neighbours.items()},
        carried=carried,
        headline=headline,
        revisits=revisits,
    )


def _last_year_placements(year: int, known: Mapping[CellKey, int]) -> dict[int, int]:
    """Last year's placements of the months whose sustained placements fall in this
    year's first half, where a publication (an earlier one, or this one's key figures)
    shows them."""
    out = {}
    for _later, earlier, months in FOLLOW_UPS:
        for m in range(13 - months, 13):
            value = known.get(CellKey.make(earlier, TOTAL, "", TOTAL, year - 1, MONTH, m))
            if value is not None:
                out[m] = value
    return out


def last_year_comparison(
    values: Mapping[CellKey, int],
    primary: Mapping[CellKey, str],
    earlier_any: Iterable[CellKey],
) -> tuple[dict[CellKey, int], set[CellKey]]:
    """Last year's placements in this publication's key figures: which it shows, and
    which it hides because they would bound this year's sustained placements.

    The key figures of month m (July to December) show last year's placements of m,
    and every sustained placement counted six months before m started in last year's
    m: so last year's figure caps that month's sustained placements. Where an earlier
    publication hid any of them, that cap could pin a hidden small count (a region of
    2,000 clients: November's file capped May's sustained placements at 17 of 15
    known, and a hidden count of 1 to [0, 3]); the comparison figure is then hidden.
    Where none was hidden it is shown, and the audit holds the cap as published."""
    hidden_before = {
        (k.indicator, k.year, k.kind, k.month) for k in earlier_any if k.own in ("", TOTAL)
    }
    shown: dict[CellKey, int] = {}
    hide: set[CellKey] = set()
    for later, earlier, months in FOLLOW_UPS:
        for key, value in values.items():
            if (key.indicator, key.own, key.dim, key.kind) != (earlier, TOTAL, "", MONTH):
                continue
            m = key.month - months
            newest = key.year + 1
            if m < 1 or not any(k.year == newest for k in values) or key in primary:
                continue
            touched = {(later, newest, MONTH, m), (later, newest, YEAR_TO_DATE, m)}
            touched.add((later, newest, YEAR_TO_DATE if m > 2 else MONTH, m - 1))
            if touched & hidden_before:
                hide.add(key)
            else:
                shown[key] = value
    return shown, hide


def _link_neighbours(values: Mapping[CellKey, int], neighbours: dict) -> None:
    """Cells tied by a definition across indicators are neighbours: hiding one can
    protect the other (persons new in a month and the starts of that month; a
    subset and its superset; a follow-up and the placements it follows)."""
    pairs: list[tuple[CellKey, CellKey]] = []
    for key in values:
        same = (key.dim, key.cat, key.year)
        if key.kind != MONTH:
            continue
        for persons, events in NEW_AND_EVENTS:
            if key.indicator == events and key.month >= 2:
                for m in (key.month, key.month - 1):
                    pairs.append(
                        (key, CellKey.make(persons, "", *same[:2], key.year, YEAR_TO_DATE, m))
                    )
        for small, large in SUBSETS:
            if key.indicator == small:
                pairs.append((key, CellKey.make(large, TOTAL, *same, MONTH, key.month)))
        for later, earlier, months in FOLLOW_UPS:
            if key.indicator == later and key.month > months:
                pairs.append((key, CellKey.make(earlier, TOTAL, *same, MONTH, key.month - months)))
    for a, b in pairs:
        if b in values:
            neighbours.setdefault(a, []).append(b)
            neighbours.setdefault(b, []).append(a)


def _period_relation(key: CellKey, add: Callable[[list[CellKey]], None]) -> None:
    """Year-to-date (k) = year-to-date (k-1) + month k, for event indicators."""
    if BY_CODE[key.indicator].kind is not Kind.EVENT:
        return
    same = (key.indicator, key.own, key.dim, key.cat, key.year)
    if key.kind == YEAR_TO_DATE or key.month >= 2:
        month = key.month
        add(
            [
                CellKey.make(*same, YEAR_TO_DATE, month - 1),
                CellKey.make(*same, MONTH, month),
                CellKey.make(*same, YEAR_TO_DATE, month),
            ]
        )


def _differencing_cells(keys: list[CellKey], dims: Mapping[str, Dimension]) -> list[CellKey]:
    """Natural cells a reader can isolate: months and year-to-date that the published
    periods cut out (for example January to September when October and January to
    October are published)."""
    if not keys:
        return []
    first = keys[0]
    ind = BY_CODE[first.indicator]
    segs = segments(keys)
    periods = [(MONTH, a) for a, b in segs if a == b]
    periods += [(YEAR_TO_DATE, b) for _, b in segs]
    owns = ind.own_codes + ((TOTAL,) if ind.own is not None else ())
    used = sorted({k.dim for k in keys if k.dim})
    cats = [("", TOTAL)] + [(d, c) for d in used for c in dims[d].codes]
    out = []
    for kind, month in periods:
        for own in owns:
            for dim, cat in cats:
                out.append(CellKey.make(first.indicator, own, dim, cat, first.year, kind, month))
    return out


def headline(key: CellKey) -> bool:
    """An indicator's own total of a period: no breakdown, no own category."""
    return key.dim == "" and key.cat == TOTAL and key.own in ("", TOTAL)


def _rank(key: CellKey) -> int:
    if key.is_total:
        return 2
    return 1 if key.kind == YEAR_TO_DATE else 0
