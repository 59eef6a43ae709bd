"""The first file of a session is prepared while the user is still at the list: the
app runs the file's reads once for no client. That must open nothing: no audit entry
of a file nobody opened, nothing in the recently opened list."""

from __future__ import annotations

from sqlalchemy import func, select

from zkijdesk import models as m
from zkijdesk.services.dto import ClientInput, RouteInput
from zkijdesk.views.client_file.file import prepare_files


def _audit_entries(store) -> int:
    with store.read_session() as s:
        return s.scalar(select(func.count()).select_from(m.AuditEntry))


def test_preparing_the_file_reads_opens_nothing(qtbot, window):
    ws = window.ws
    result = ws.services.clients.intake(
        ClientInput(
            first_name="Iris",
            last_name="Dekker",
            birth_date="04-03-1985",
            intake_status="werkzoekend_bijstand",
        ),
        RouteInput(intake_date="01-06-2026"),
    )
    window.runner.wait()
    before, recent = _audit_entries(ws.services.store), ws.services.prefs.recent_clients()
    prepare_files(ws)
    assert _audit_entries(ws.services.store) == before
    assert ws.services.prefs.recent_clients() == recent
    # And a file opened after it is whole.
    window.open_client(result.client.id)
    file = window.files[result.client.id]
    qtbot.waitUntil(lambda: file.data is not None)
    assert file.data.client.last_name == "Dekker"
    assert file.data.coaches == {file.data.routes[0].coach_id: "Anna de Vries"}
