"""A team lead on a lived-in demo store moves a whole caseload and then one client:
each after a preview, each with its audit entry, and the coaches' lists follow."""

from __future__ import annotations

import pytest
from demo_support import demo_store as make_demo_store
from gui_support import TODAY, context_for, open_window, settle, shoot
from PySide6.QtCore import Qt
from sqlalchemy import select

from zkijdesk import models as m


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("team-demo")
    with make_demo_store(folder, clients=400, seed=5, today=TODAY) as store:
        _place_someone(store)
        yield store


def _place_someone(store) -> None:
    """The demo checks every follow-up that is due; a coach places a client in July, so
    the three-month check is due now and the team lead sees it."""
    from datetime import date

    from zkijdesk.services.dto import PlacementInput

    coach = context_for(store, "coach02")
    with store.read_session() as s:
        route_id = s.scalar(
            select(m.Route.id)
            .join(m.User, m.User.id == m.Route.coach_id)
            .where(
                m.User.username == "coach02",
                m.Route.closed_on.is_(None),
                m.Route.intake_date < date(2026, 6, 1),
            )
            .order_by(m.Route.id)
        )
    coach.routes.add_placement(
        route_id, PlacementInput(start_date=date(2026, 7, 1), hours_per_week=24)
    )


def _username(store, display_name: str) -> str:
    with store.read_session() as s:
        return s.scalar(select(m.User.username).where(m.User.display_name == display_name))


def _last_transfer(store) -> m.AuditEntry:
    with store.read_session() as s:
        return s.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.action == "transfer")
            .order_by(m.AuditEntry.id.desc())
        ).first()


def _numbers_placed(store) -> str:
    with store.read_session() as s:
        return s.scalar(
            select(m.Client.client_number)
            .join(m.Route, m.Route.client_id == m.Client.id)
            .join(m.Placement, m.Placement.route_id == m.Route.id)
            .where(m.Placement.start_date == TODAY.replace(month=7, day=1))
        )


def _numbers(store, username: str) -> set[str]:
    return {c.client_number for c in context_for(store, username).clients.find("", limit=5000)}


def test_a_team_lead_moves_a_caseload_and_one_client(qtbot, demo_store):
    from zkijdesk.views.privacy.integration import after_sign_in, before_close

    window = open_window(qtbot, demo_store, "teamlead01", is_demo=True)
    try:
        after_sign_in(window, context_for(demo_store, "teamlead01"))
        page = window.pages["team"]
        assert window.stack.currentWidget() is page
        qtbot.waitUntil(lambda: page.loads_model.rowCount() >= 4, timeout=10_000)
        [due] = page.follow_ups_model.rows
        assert (due.months, due.client_number) == (3, _numbers_placed(demo_store))
        shoot(window, "team_page_demo")

        # The whole caseload of the busiest coach, to the next one.
        source, target = page.loads[0], page.loads[1]
        source_user = _username(demo_store, source.name)
        target_user = _username(demo_store, target.name)
        theirs = _numbers(demo_store, source_user)
        assert theirs
        page.loads_view.selectRow(0)
        qtbot.mouseClick(page.transfer_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None, timeout=10_000)
        dialog = page.dialog
        summary = dialog.summary.text()
        assert f"Van {source.name} gaan naar de gekozen collega: {source.open_routes} " in summary
        dialog.target.setCurrentIndex(dialog.target.findText(target.name))
        shoot(dialog, "team_transfer_preview")
        dialog.accept()
        qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=10_000)
        assert page.banner.text.text() == f"{source.open_routes} route(s) overgedragen."
        settle(qtbot, window.runner)
        loads = {c.name: c for c in page.loads}
        assert loads[source.name].open_routes == 0
        assert loads[target.name].open_routes == target.open_routes + source.open_routes
        entry = _last_transfer(demo_store)
        assert (entry.object_type, entry.result) == ("caseload", "ok")
        assert entry.detail.startswith(f"to={target.user_id};routes={source.open_routes};")
        moved = theirs - _numbers(demo_store, source_user)
        assert moved and moved <= _numbers(demo_store, target_user)

        # One client, found by the number of a colleague's overdue task.
        row = next(i for i, t in enumerate(page.tasks_model.rows) if t.client_number)
        task = page.tasks_model.rows[row]
        page.tasks_view.selectRow(row)
        page.start_client_transfer()
        dialog = page.dialog
        assert dialog.number.text() == task.client_number
        assert not dialog.ok.isEnabled()  # nothing to move before the preview
        qtbot.mouseClick(dialog.look_up, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
        assert dialog.summary.text().startswith(f"Cliënt {task.client_number}: ")
        owner = dialog.preview.coach
        assert owner and dialog.target.findText(owner) == -1  # not to the same coach
        new = dialog.target.itemText(0)
        shoot(dialog, "team_client_transfer_preview")
        dialog.accept()
        qtbot.waitUntil(
            lambda: (
                page.banner.text.text() == f"Cliënt {task.client_number} overgedragen aan {new}."
            ),
            timeout=10_000,
        )
        entry = _last_transfer(demo_store)
        assert (entry.object_type, entry.object_id) == ("client", dialog.preview.client_id)
        assert task.client_number in _numbers(demo_store, _username(demo_store, new))
        assert task.client_number not in _numbers(demo_store, _username(demo_store, owner))

        # A number that names nobody: said under the field, nothing moves.
        page.start_client_transfer()
        dialog = page.dialog
        qtbot.keyClicks(dialog.number, "ZK9999999")
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.number_field.has_error, timeout=10_000)
        assert dialog.number_field.error.text() == (
            "Cliëntnummer hoort bij geen cliënt met een route om over te dragen."
        )
        assert not dialog.ok.isEnabled()
        dialog.reject()
        assert _last_transfer(demo_store).id == entry.id
    finally:
        window.runner.shut_down()
        before_close(window)
        window.store = None
