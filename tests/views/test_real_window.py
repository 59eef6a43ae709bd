"""The window in a real X window (xcb, Xvfb in CI): one page at a time, nothing cut off.

The ghosting start page and clipped pages only show in a real window, so each session
runs in a child process with ``QT_QPA_PLATFORM=xcb`` (``real_window_child.py``), apart
from this offscreen test session. It needs an X server: ``.ci/run`` starts Xvfb and
sets ``DISPLAY``; on a machine without one these tests skip and say so.

Screenshots of every main page for a coach, a team lead (also in the dark style) and an
admin, at 1280×720 and at 200 % (1920×1080 with ``QT_SCALE_FACTOR=2``), are saved to
``ZKIJDESK_SCREENSHOTS`` (default: a temp folder, printed) for a human to look at.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from gui_support import TODAY

from zkijdesk.services.demo import generate_demo
from zkijdesk.storage.keys import new_raw_key
from zkijdesk.storage.store import StoreLocation, create_store

CHILD = Path(__file__).with_name("real_window_child.py")
ROOT = Path(__file__).resolve().parents[2]
#: 1366×768 at 125 % leaves about 1093×560 for a maximised window; 1080p at 200 %
#: about 960×500. The window's minimum size must fit both.
SMALLEST = (960, 500)


def x_display() -> str | None:
    display = os.environ.get("DISPLAY", "")
    found = re.fullmatch(r":(\d+)(\.\d+)?", display)
    if found is None:
        return display or None
    return display if Path(f"/tmp/.X11-unix/X{found.group(1)}").exists() else None


def xcb_libraries_missing() -> list[str]:
    """System libraries Qt's xcb plugin cannot find (pip's PySide6 does not bring them;
    Qt 6.5+ also needs libxcb-cursor), as ``ldd`` reports them."""
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []
    listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return sorted({line.split()[0] for line in listed.splitlines() if "not found" in line})


pytestmark = [
    pytest.mark.slow,  # started first under xdist (conftest.py)
    pytest.mark.skipif(
        x_display() is None,
        reason="no X server: the real-window tests need one "
        "(Xvfb :99 -screen 0 1920x1080x24 & export DISPLAY=:99; .ci/run does this)",
    ),
    pytest.mark.skipif(
        bool(xcb_libraries_missing()),
        reason=f"Qt's xcb plugin lacks {', '.join(xcb_libraries_missing())} "
        "(.ci/run installs them with apt-get)",
    ),
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    key = new_raw_key()
    path = tmp_path_factory.mktemp("realwindow") / "demo.db"
    store = create_store(StoreLocation(path=path), key=key, is_demo=True)
    generate_demo(store, clients=400, seed=3, today=TODAY)
    # A long task title: as a label's minimum it once made the coach's worklist scroll
    # sideways at the window's first size, past its own "Nieuwe cliënt" button.
    from datetime import timedelta

    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for

    Services(store, actor_for(store, "coach01"), lambda: TODAY).activities.add_task(
        "Loonkostensubsidie aanvragen bij de gemeente en daarna de werkgever bellen over "
        "de proefplaatsing en de begeleiding op de werkvloer",
        TODAY - timedelta(days=300),  # the oldest: the list shows it first
    )
    store.close()
    shots = Path(os.environ.get("ZKIJDESK_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    return path, key.secret, shots


def session(
    demo, tmp_path, user: str, journey: str, *, scale: int = 1, language="nl", dark=False
) -> dict:
    path, secret, shots = demo
    size = "1280x720" if scale == 1 else f"{SMALLEST[0]}x{SMALLEST[1]}"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
        "QT_SCALE_FACTOR": str(scale),
        "ZKIJDESK_HOME": str(tmp_path / "home"),
        "ZKIJDESK_TEST_STORE_KEY": secret,
        "ZKIJDESK_TEST_TODAY": TODAY.isoformat(),
        "ZKIJDESK_TEST_LANGUAGE": language,
        "ZKIJDESK_TEST_DARK": "1" if dark else "0",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    prefix = f"{user}_{journey}_{scale * 100}pct_{language}{'_dark' if dark else ''}"
    done = subprocess.run(
        [sys.executable, str(CHILD), str(path), user, size, journey, str(shots), prefix],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    print(f"screenshots: {shots}/{prefix}_*.png")
    return json.loads(done.stdout.strip().splitlines()[-1])


def assert_one_page_nothing_cut_off(result: dict) -> None:
    for step in result["steps"]:
        assert step["visible"] == [step["current"]], f"two pages shown after {step['step']}"
        assert step["clipped"] == [], f"cut off after {step['step']}: {step['clipped']}"
    assert result["messages"] == [], "Qt warned on stderr"
    assert result["closed"], "the window did not close"
    # Closing waits for no backup: it is noted as due, for the helper after quitting.
    assert result["backup_due"], "closing did not note the backup as due"
    assert not any(
        word in note.lower()
        for note in result["closing_notes"]
        for word in ("reservekopie", "backup")
    ), "closing waited for a backup"


def test_navigation_never_leaves_a_page_showing_through(demo, tmp_path):
    """Ctrl+F, a file and its tabs, Ctrl+N, settings, the bin, Ctrl+1..4, twice over."""
    result = session(demo, tmp_path, "coach01", "ghost")
    assert len(result["steps"]) > 30
    assert_one_page_nothing_cut_off(result)


@pytest.mark.parametrize("scale", [1, 2], ids=["1280x720", "200pct"])
@pytest.mark.parametrize(
    ("user", "language", "dark"),
    [
        ("coach01", "nl", False),
        ("teamlead01", "nl", False),
        ("teamlead01", "nl", True),
        ("admin", "en", False),
    ],
    ids=["coach", "teamlead", "teamlead-dark", "admin-en"],
)
def test_every_page_fits_and_is_shot(demo, tmp_path, user, language, dark, scale):
    result = session(demo, tmp_path, user, "pages", scale=scale, language=language, dark=dark)
    pages = [s["step"] for s in result["steps"] if s["step"].startswith("page ")]
    assert "page settings" in pages and "page clients" in pages
    if user == "teamlead01":
        assert result["steps"][0]["current"] == "teamOverview"
    if user == "admin":
        assert "page audit" in pages
    assert result["minimum"][0] <= SMALLEST[0] and result["minimum"][1] <= SMALLEST[1]
    assert_one_page_nothing_cut_off(result)
    if scale == 1:  # at 200 % (960x500) a page may scroll sideways; at 1280x720 none does
        wide = [s["step"] for s in result["steps"] if s["sideways"]]
        assert wide == [], f"these pages scroll sideways at 1280x720: {wide}"


def test_a_team_lead_session_never_freezes_the_window(demo, tmp_path):
    """Team overview, Trends, Rapportage preview, two transfers and closing, with a 10 ms
    heartbeat on the UI thread (benchmarks/_stall_session.py; bench_stall runs it on
    30,000 clients). The UI thread's own work in any gap must stay under 250 ms; the
    wall clock, which a loaded machine stretches, only fails far above that."""
    from benchmarks.bench_stall import LIMIT_MS, session

    path, secret, _shots = demo
    result = session(path, secret, tmp_path / "home")
    print(json.dumps(result["steps"], indent=1))
    assert result["platform"] == "xcb"
    assert result["transferred"].endswith("route(s) overgedragen.")
    assert result["transferred_one"].startswith("Cliënt ZK")
    assert set(result["steps"]) == {
        "team overview",
        "Trends dashboard",
        "Rapportage preview",
        "caseload transfer",
        "client transfer",
        "closing",
    }
    assert result["worst_busy_ms"] <= LIMIT_MS, result["worst_busy_step"]
    assert result["worst_wall_ms"] <= 6 * LIMIT_MS, result["worst_wall_step"]
