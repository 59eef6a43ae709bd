"""Primary suppression: which numbers are unsafe on their own.

- A count from 1 to ``threshold - 1`` is unsafe (default threshold 5; the functional
  admin sets it). Zeros are published: "nobody" identifies no one.
- Group disclosure: when a small group (fewer than ``GROUP_FACTOR * threshold``
  units) all share one outcome of an own dimension (everyone who left the route in
  Zandvoort this month left for work), the zeros beside it would tell every reader
  what happened to each of them. The cell holding the whole group is then unsafe.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from zkijdesk.reporting.cells import CellKey
from zkijdesk.reporting.indicators import BY_CODE, TOTAL

SMALL = "primair"
GROUP = "groep"
SECONDARY = "secundair"
GROUP_FACTOR = 3


def primary_suppressions(values: Mapping[CellKey, int], threshold: int) -> dict[CellKey, str]:
    """Unsafe cells with their reason, in key order (deterministic)."""
    unsafe: dict[CellKey, str] = {}
    for key in sorted(values):
        if 0 < values[key] < threshold:
            unsafe[key] = SMALL
    groups: dict[tuple, list[CellKey]] = defaultdict(list)
    for key in values:
        if BY_CODE[key.indicator].own is not None and key.own != TOTAL:
            groups[(key.indicator, key.dim, key.cat, key.year, key.kind, key.month)].append(key)
    for group_id in sorted(groups):
        indicator, dim, cat, year, kind, month = group_id
        total_key = CellKey.make(indicator, TOTAL, dim, cat, year, kind, month)
        total = values.get(total_key)
        if total is None or not 0 < total < GROUP_FACTOR * threshold:
            continue
        members = groups[group_id]
        if len(members) < 2:
            continue
        holders = [k for k in members if values[k] > 0]
        if len(holders) == 1 and values[holders[0]] == total and holders[0] not in unsafe:
            unsafe[holders[0]] = GROUP
    return dict(sorted(unsafe.items()))
