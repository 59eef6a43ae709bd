"""Erasure leaves no copies behind: drafts that name the person, killed backups' parts.

An intake typed but never saved as a client that names the person (by name, BSN,
e-mail or phone) goes with them; someone else's draft stays. A backup killed half-way
(a restore's safety copy) leaves a ``.part`` copy of the whole store, which the next
start or rotation removes once nobody is writing it.
"""

from __future__ import annotations

import os
import time
from datetime import datetime

import pytest
from test_erasure import BSN, NAME, SURNAME, full_client

from zkijdesk.services.drafts import DraftService, draft_key
from zkijdesk.services.erasure import ErasureService


def test_an_intake_never_saved_that_names_the_person_goes_with_them(people, store):
    cid = full_client(people.anna)
    anna_drafts = DraftService(store, people.anna.actor)
    bram_drafts = DraftService(store, people.bram.actor)
    anna_drafts.save(draft_key("new_client"), {"first_name": NAME, "last_name": SURNAME})
    bram_drafts.save(draft_key("new_client"), {"bsn": BSN, "note": "tweede aanmelding"})
    DraftService(store, people.lead.actor).save(
        draft_key("new_client"), {"first_name": "Iemand", "last_name": "Anders"}
    )
    ErasureService(store, people.anna.actor).erase(cid)
    assert anna_drafts.load(draft_key("new_client")) is None
    assert bram_drafts.load(draft_key("new_client")) is None  # named by BSN
    kept = DraftService(store, people.lead.actor).load(draft_key("new_client"))
    assert kept is not None and kept.fields["last_name"] == "Anders"  # someone else's


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_a_killed_backup_leaves_no_part_copy_forever(people, store, tmp_path):
    from zkijdesk.storage import backup as b

    folder = tmp_path / "kopieën"
    folder.mkdir()
    prefix = b.backup_prefix(store)
    now = datetime(2026, 11, 15, 9, 0)
    killed = folder / f".{b.backup_name(prefix, b.KIND_BEFORE_RESTORE, now)}.part"
    killed.write_bytes(b"\0" * 4096)
    an_hour_ago = time.time() - 3600
    os.utime(killed, (an_hour_ago, an_hour_ago))
    running = folder / f".{b.backup_name(prefix, b.KIND_MANUAL, now)}.part"
    running.write_bytes(b"\0" * 4096)  # another window's backup, being written now
    other_store = folder / ".ander-1234.automatisch.20261115-090000.bak.part"
    other_store.write_bytes(b"\0")
    os.utime(other_store, (an_hour_ago, an_hour_ago))
    b.backup_if_due(store, folder, now)
    assert not killed.exists()
    assert running.exists() and other_store.exists()
    assert [p.name for p in folder.glob("*.bak")]  # and the day's backup was made
