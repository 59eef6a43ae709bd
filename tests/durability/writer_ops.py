"""Deterministic changes for the backup-while-writing test.

Change ``i`` depends only on ``i`` and on the state the changes before it left, and
every value (timestamps included) is given explicitly, so replaying changes 1..k on a
copy of the starting store rebuilds exactly the state a writer had after its k-th
commit. ``store_setting['writer.seq']`` records ``k`` inside the same transaction,
so any snapshot says which commits it holds.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

from sqlalchemy import delete, insert, select, update

from zkijdesk import models as m

BASE_CLIENTS = 3000
WRITER_ID_BASE = 100_000
EPOCH = datetime(2026, 1, 1, 8, 0)
SEQ_KEY = "writer.seq"


def client_row(client_id: int, n: int) -> dict:
    moment = EPOCH + timedelta(minutes=n)
    return {
        "id": client_id,
        "client_number": f"ZW{client_id:07d}",
        "first_name": "Proef",
        "last_name": f"Schrijver{n:06d}",
        "birth_date": date(1960, 1, 1) + timedelta(days=n % 15000),
        "phone": None,
        "intake_status": "werkend",
        "doelgroepregister": n % 11 == 0,
        "consent_note": "x" * (n % 300),
        "search_key": f"schrijver{n:06d} proef",
        "restricted": False,
        "created_at": moment,
        "updated_at": moment,
    }


def seed_base(session) -> None:
    """The starting population, so a backup takes long enough to overlap many commits."""
    rows = [client_row(n, n) for n in range(1, BASE_CLIENTS + 1)]
    session.execute(insert(m.Client.__table__), rows)


def apply_change(session, i: int) -> None:
    """Change number ``i``: an insert, an edit or a delete, plus the sequence marker."""
    rnd = random.Random(i)
    moment = EPOCH + timedelta(days=1, seconds=i)
    roll = rnd.random()
    client = m.Client.__table__
    if roll < 0.5:
        session.execute(insert(client), [client_row(WRITER_ID_BASE + i, BASE_CLIENTS + i)])
    elif roll < 0.85:
        target = rnd.randint(1, BASE_CLIENTS)
        session.execute(
            update(client)
            .where(client.c.id == target)
            .values(phone=f"06{i:08d}", updated_at=moment)
        )
    else:
        victim = session.scalar(
            select(client.c.id)
            .where(client.c.id > WRITER_ID_BASE)
            .order_by(client.c.id)
            .limit(1)
            .offset(rnd.randint(0, 3))
        )
        if victim is not None:
            session.execute(delete(client).where(client.c.id == victim))
    setting = m.StoreSetting.__table__
    value = json.dumps(i)
    changed = session.execute(
        update(setting).where(setting.c.key == SEQ_KEY).values(value=value, updated_at=moment)
    ).rowcount
    if not changed:
        session.execute(insert(setting).values(key=SEQ_KEY, value=value, updated_at=moment))


def sequence_in(conn) -> int:
    """Which change a store (or backup) holds last, from a raw sqlite connection."""
    row = conn.execute("SELECT value FROM store_setting WHERE key = ?", (SEQ_KEY,)).fetchone()
    return json.loads(row[0]) if row else 0
