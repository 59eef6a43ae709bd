"""Entry script of the console executable ``zkijdesk-cli`` (PyInstaller needs a file)."""

import sys

from zkijdesk.cli import main

sys.exit(main())
