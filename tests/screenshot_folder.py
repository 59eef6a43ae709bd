"""Where tests save screenshots for a human to look at: ``ZKIJDESK_SCREENSHOTS``, or
``zkijdesk-screenshots`` in the system's temp folder; never inside the checkout."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SCREENSHOTS = Path(
    os.environ.get("ZKIJDESK_SCREENSHOTS") or Path(tempfile.gettempdir()) / "zkijdesk-screenshots"
)
