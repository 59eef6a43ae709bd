"""The writer of the backup-while-writing test: commits changes 1..N as fast as it can.

``python writer_child.py STORE N`` with the raw key in ``ZKIJDESK_TEST_RAW_KEY``. Each
change is one ``Store.session()`` unit of work. Around each it prints
``B <i> <monotonic ns>`` before the transaction starts and ``A <i> <monotonic ns>``
after the commit returned; the parent compares these times (one system-wide clock)
with when the backup started and ended.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from writer_ops import apply_change

from zkijdesk.storage.keys import KeyKind, StoreKey
from zkijdesk.storage.store import StoreLocation, open_store


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    key = StoreKey(KeyKind.RAW, os.environ["ZKIJDESK_TEST_RAW_KEY"], "test")
    store = open_store(StoreLocation(path=path), key=key)
    out = sys.stdout
    out.write("R\n")
    out.flush()
    for i in range(1, count + 1):
        out.write(f"B {i} {time.monotonic_ns()}\n")
        out.flush()
        with store.session() as s:
            apply_change(s, i)
        out.write(f"A {i} {time.monotonic_ns()}\n")
        out.flush()
    store.close()


if __name__ == "__main__":
    main()
