"""The start-up path stays light: what is imported before the first paint, and how.

The timings live in ``benchmarks/bench_gui.py``; these tests pin the choices that make
them (no timed assertions here).
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from zkijdesk import app, cli


def _modules_after(code: str) -> set[str]:
    program = f"import sys\n{code}\nprint(','.join(sorted(sys.modules)))\n"
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    return set(out.stdout.strip().split(","))


def test_a_plain_gui_start_imports_nothing_heavy_before_the_window():
    """The command line's GUI path names the store without the storage layer or metadata."""
    loaded = _modules_after(
        "import zkijdesk.cli, zkijdesk.cli_support, zkijdesk.app, zkijdesk.views.main_window\n"
        "args = zkijdesk.cli.gui_arguments(['--store', 'x.db'])\n"
        "zkijdesk.cli_support.store_location(args).describe_quickly()\n"
    )
    heavy = {"sqlalchemy", "keyring", "alembic", "importlib.metadata", "zkijdesk.commands"}
    assert heavy & loaded == set()


@pytest.mark.parametrize("entry", ["zkijdesk.cli_support.store_location(args)", "app_location"])
def test_a_team_database_start_imports_nothing_heavy_before_the_window(entry):
    """A team database's URL gets its TLS default before the first paint; parsing it with
    SQLAlchemy there held that window back by about 200 ms."""
    url = "postgresql+psycopg://anna@db.gemeente.example/team"
    app_location = (
        "from zkijdesk.storage.connect import with_tls_default\n"
        "from zkijdesk.storage.location import StoreLocation\n"
        f"location = StoreLocation(url=with_tls_default('{url}'))\n"
    )
    code = (
        "import zkijdesk.cli, zkijdesk.cli_support, zkijdesk.app, zkijdesk.views.main_window\n"
        f"args = zkijdesk.cli.gui_arguments(['--database-url', '{url}'])\n"
        + (app_location if entry == "app_location" else f"location = {entry}\n")
        + "assert location.url.endswith('?sslmode=verify-full'), location.url\n"
        "location.describe_quickly()\n"
    )
    loaded = _modules_after(code)
    assert {"sqlalchemy", "keyring", "alembic"} & loaded == set()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["--store", "a.db"],
        ["--store=a.db", "--user", "anna"],
        ["--user=anna", "--store", "a.db", "gui"],
        ["--database-url", "postgresql+psycopg://u@h/db"],
        ["--taal", "en"],
        ["--language=en", "--store", "a.db", "gui"],
    ],
)
def test_the_quick_gui_arguments_are_what_the_full_parser_reads(argv):
    quick = cli.gui_arguments(argv)
    full = cli._parser().parse_args([*argv, "gui"] if "gui" not in argv else argv)
    assert quick is not None
    for name in ("store", "database_url", "acting_user", "language", "command"):
        assert getattr(quick, name) == getattr(full, name)


@pytest.mark.parametrize(
    "argv",
    [
        ["check"],
        ["--help"],
        ["--version"],
        ["--sto", "a.db"],
        ["--store"],
        ["--store", "--user"],
        ["--store", "a.db", "--store", "b.db"],
        ["--store", "a.db", "--database-url", "postgresql://h/db"],
        ["gui", "--store", "a.db"],
        ["--store", "a.db", "extra"],
        ["--taal", "fr"],
        ["--taal", "en", "--language", "nl"],
        ["--taal"],
    ],
)
def test_anything_but_a_plain_gui_start_goes_through_the_full_parser(argv):
    assert cli.gui_arguments(argv) is None


def test_the_quick_pyside_check_gives_pyside6s_own_answers():
    import json

    import zkijdesk.domain.enums
    import zkijdesk.views.main_window

    feature = sys.modules["shibokensupport.feature"]
    app.quicken_pyside_imports()
    quick = feature._mod_uses_pyside
    assert quick.zkijdesk_quick
    app.quicken_pyside_imports()  # a second call keeps the same check
    assert feature._mod_uses_pyside is quick
    import inspect

    def slow(module) -> bool:
        try:
            return "PySide6" in inspect.getsource(module)
        except (TypeError, OSError, SyntaxError):
            return False

    for module in (zkijdesk.views.main_window, zkijdesk.domain.enums, json, sys, gc, app):
        assert quick(module) == slow(module), module.__name__
    assert quick(zkijdesk.views.main_window) and not quick(zkijdesk.domain.enums)


def test_the_garbage_collector_pause_ends_and_respects_a_caller_who_turned_it_off():
    assert gc.isenabled()
    app.pause_gc()
    assert not gc.isenabled()
    try:
        app.resume_gc()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # start-up's objects are out of later collections
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        app.pause_gc()
        app.resume_gc()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_location_is_one_class_for_the_window_and_the_storage_layer():
    from zkijdesk.storage import location, store

    assert store.StoreLocation is location.StoreLocation is app.StoreLocation
    url = location.StoreLocation(url="postgresql+psycopg://coach:geheim@db.example/zkij")
    assert url.describe_quickly() == "postgresql+psycopg://coach:***@db.example/zkij"
    assert "geheim" not in url.describe()
    assert location.StoreLocation(path=Path("/x/s.db")).describe_quickly() == "/x/s.db"
    with pytest.raises(ValueError):
        location.StoreLocation()
