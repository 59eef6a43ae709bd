"""The process the crash test kills: commits random changes through the real services.

Run as ``python crash_child.py STORE ROUND WRITES SEED`` with the store's raw key in
``ZKIJDESK_TEST_RAW_KEY``. For every write it prints ``B <seq>`` before calling the
service and ``A <seq> <op> <id>`` after the call returned (the commit is then
acknowledged), flushing each line into the pipe, so whatever the parent has read is
exactly what was promised, no matter when the kill lands.

Operations: ``I`` intake of a new client (last name ``Crash<seq>``), ``U`` an edit of an
existing client (consent note ``seq=<seq>``), ``C`` a contact (note ``seq=<seq>``).
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from zkijdesk import models as m
from zkijdesk.services.activities import ActivityService
from zkijdesk.services.clients import ClientService
from zkijdesk.services.dto import ClientInput
from zkijdesk.services.users import actor_for
from zkijdesk.storage.keys import KeyKind, StoreKey
from zkijdesk.storage.store import StoreLocation, open_store

TODAY = date(2026, 11, 15)
SEQ_BASE = 1_000_000  # seq = round * SEQ_BASE + i: unique and increasing over rounds


def client_input(last_name: str, note: str | None = None) -> ClientInput:
    return ClientInput(
        first_name="Proef",
        last_name=last_name,
        birth_date="1-1-1980",
        intake_status="werkzoekend_zonder_uitkering",
        consent_note=note,
    )


def main() -> None:
    store_path, round_no, writes, seed = (
        Path(sys.argv[1]),
        int(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
    )
    key = StoreKey(KeyKind.RAW, os.environ["ZKIJDESK_TEST_RAW_KEY"], "test")
    store = open_store(StoreLocation(path=store_path), key=key)
    coach = actor_for(store, "coach01")
    clients = ClientService(store, coach, lambda: TODAY)
    contacts = ActivityService(store, coach, lambda: TODAY)
    with store.read_session() as s:
        known = {
            cid: name
            for cid, name in s.execute(
                select(m.Client.id, m.Client.last_name).where(m.Client.deleted_at.is_(None))
            )
        }
    rnd = random.Random(seed * 7919 + round_no)
    out = sys.stdout
    out.write("R\n")
    out.flush()
    for i in range(1, writes + 1):
        seq = round_no * SEQ_BASE + i
        roll = rnd.random()
        op = "I" if not known or roll < 0.4 else ("U" if roll < 0.7 else "C")
        out.write(f"B {seq}\n")
        out.flush()
        if op == "I":
            name = f"Crash{seq}"
            object_id = clients.intake(client_input(name)).client.id
            known[object_id] = name
        elif op == "U":
            object_id = rnd.choice(list(known))
            clients.update(object_id, client_input(known[object_id], note=f"seq={seq}"))
        else:
            client_id = rnd.choice(list(known))
            object_id = contacts.record_contact(
                client_id, "telefoon", TODAY, minutes=5, note=f"seq={seq}"
            ).id
        out.write(f"A {seq} {op} {object_id}\n")
        out.flush()
    store.close()


if __name__ == "__main__":
    main()
