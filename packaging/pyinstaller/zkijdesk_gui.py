"""Entry script of the windowed executable ``zkijdesk`` (PyInstaller needs a file)."""

import sys

from zkijdesk.cli import gui_main

sys.exit(gui_main())
