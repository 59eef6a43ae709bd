"""The client list's coach filter finds coaches by part of their name (issue 17)."""

from __future__ import annotations

from zkijdesk.services.users import actor_for, create_user, search_coaches


def test_coaches_are_found_by_part_of_the_name_and_admins_and_leavers_never(store):
    create_user(store, "beheer", "Beheerder Jansen", "admin")
    admin = actor_for(store, "beheer")
    for username, name, role in (
        ("anna", "Anna de Vries", "coach"),
        ("bram", "Bram Jansen", "coach"),
        ("carla", "Carla Jansen-Smit", "teamlead"),
        ("dirk", "Dirk Jansen", "coach"),
    ):
        create_user(store, username, name, role, actor=admin)
    with store.session() as s:
        s.connection().exec_driver_sql("UPDATE app_user SET active = false WHERE username = 'dirk'")
    names = [name for _id, name in search_coaches(store, " jansen ")]
    assert names == ["Bram Jansen", "Carla Jansen-Smit"]
    assert [name for _id, name in search_coaches(store, "", limit=1)] == ["Anna de Vries"]
    assert search_coaches(store, "%") == []
