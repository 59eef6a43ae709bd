"""Child process of bench_gui: a coach's window on the demo store, timed from inside.

Prints one JSON line: the milliseconds from a keystroke in ``clientSearch`` to the
list showing that search's answer, and from asking for a client file to the file
showing its data (each event loop turn in between included).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

WORDS = ("jan", "vries", "de b", "mo", "2011", "zk00")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from zkijdesk.views import style, translations

    translations.install(app, "nl")
    style.apply(app, dark=False)
    from zkijdesk.services.container import Services
    from zkijdesk.services.users import actor_for
    from zkijdesk.storage.keys import KeyKind, StoreKey
    from zkijdesk.storage.store import StoreLocation, open_store
    from zkijdesk.views.main_window import MainWindow

    path = Path(sys.argv[1])
    key = StoreKey(KeyKind.RAW, os.environ["ZKIJDESK_BENCH_STORE_KEY"], "benchmark")
    store = open_store(StoreLocation(path=path), key=key)
    actor = actor_for(store, sys.argv[2])
    today = date.fromisoformat(sys.argv[3])
    window = MainWindow(str(path))
    window.resize(1360, 840)
    window.show()
    usable = []
    window.usable.connect(lambda: usable.append(True))
    window.attach(Services(store, actor, lambda: today), store, store_name=path.name, is_demo=True)

    def spin(condition, timeout=30.0) -> None:
        end = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > end:
                raise TimeoutError("benchmark step did not finish")
            app.processEvents()
            time.sleep(0.0005)

    spin(lambda: usable and window._ref_loaded)
    clients = window.pages["clients"]
    window.show_page("clients")
    search = clients.search
    search.setFocus()
    keystrokes = []
    for _round in range(2):
        for word in WORDS:
            search.clear()
            spin(lambda: clients.query.text == "" and not window.runner.busy)
            done = clients.searches
            for char in word:
                before = clients.searches
                started = time.perf_counter()
                QTest.keyClick(search, char)
                spin(lambda b=before: clients.searches > b and clients.query.text == search.text())
                app.processEvents()
                keystrokes.append((time.perf_counter() - started) * 1000)
            assert clients.searches > done
    search.clear()
    spin(lambda: not window.runner.busy and clients.model.rowCount() > 0)
    ids = list(clients.model.ids[:12])
    opens = []
    for client_id in ids:
        started = time.perf_counter()
        window.open_client(client_id)
        file = window.files[client_id]
        spin(lambda f=file: f.data is not None)
        app.processEvents()
        opens.append((time.perf_counter() - started) * 1000)
        window.close_file(file)
        app.processEvents()
    window.runner.wait()
    result = {
        "visible_clients": clients.model.rowCount(),
        "keystroke_ms": statistics.median(keystrokes),
        "keystroke_p90_ms": sorted(keystrokes)[int(len(keystrokes) * 0.9)],
        "keystrokes": len(keystrokes),
        "open_ms": statistics.median(opens),
        "open_max_ms": max(opens),
        "opens": len(opens),
    }
    print(json.dumps(result), flush=True)
    window.store = None
    store.close()
    return 0


if __name__ == "__main__":
    code = main()
    # Leave without the interpreter's final collection, which can crash in PySide6's
    # teardown of widgets that outlive the QApplication; the figures are printed.
    sys.stdout.flush()
    os._exit(code)
