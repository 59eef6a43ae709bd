"""Run axe-core over an HTML file in headless Chromium, without a driver or a server.

The page is copied with axe's script appended; Chromium loads it from disk, axe runs,
and its violations are written into the page, which ``--dump-dom`` prints once the
virtual time budget lets the asynchronous run finish. Chromium comes from the system
(Debian's ``chromium``), axe-core from npm (``tests/reporting/a11y/package.json``, or
``ZKIJDESK_AXE_JS`` naming ``axe.min.js``). Used for every HTML file we hand out: the
monthly publication's and the subject-access reply's.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULT_ID = "zk-axe-result"
#: The WCAG 2.1 A/AA rules a public body's publication must meet, and axe's best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
RUNNER = """
<script>
axe.run(document, {runOnly: {type: "tag", values: %s}}).then(function (r) {
  var out = document.createElement("pre");
  out.id = "%s";
  out.textContent = JSON.stringify(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map(function (n) { return n.html; })};
  })) + "|passes=" + r.passes.length;
  document.body.appendChild(out);
});
</script>
"""


def browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def axe_script() -> Path | None:
    named = os.environ.get("ZKIJDESK_AXE_JS")
    candidates = [Path(named)] if named else []
    candidates.append(HERE / "reporting" / "a11y" / "node_modules" / "axe-core" / "axe.min.js")
    return next((p for p in candidates if p.is_file()), None)


def missing() -> str | None:
    """Why the check cannot run here, or None when it can."""
    if browser() is None:
        return "no Chromium installed (apt-get install chromium)"
    if axe_script() is None:
        return "axe-core not installed (npm install --prefix tests/reporting/a11y)"
    return None


def violations(html_file: Path) -> tuple[list[dict], int]:
    """axe's violations of ``html_file`` and the number of rules it passed."""
    page = html_file.read_text("utf-8")
    script = axe_script().read_text("utf-8")
    injected = page.replace(
        "</body>",
        f"<script>{script}</script>{RUNNER % (json.dumps(TAGS), RESULT_ID)}</body>",
    )
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "page.html"
        copy.write_text(injected, "utf-8")
        done = subprocess.run(
            [
                browser(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                f"--user-data-dir={tmp}/profile",
                "--virtual-time-budget=60000",
                "--dump-dom",
                copy.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    dom = done.stdout
    start = dom.find(f'<pre id="{RESULT_ID}">')
    if start < 0:
        raise RuntimeError(f"axe did not report (Chromium {done.returncode}): {done.stderr[-800:]}")
    body = dom[start + len(f'<pre id="{RESULT_ID}">') : dom.index("</pre>", start)]
    found, _, passes = html.unescape(body).rpartition("|passes=")
    return json.loads(found), int(passes)


def check(html_file: Path, at_least: int) -> None:
    """Skip (saying why) where the check cannot run; else fail on any violation, or when
    axe passed fewer than ``at_least`` rules (so it did look: tables, headings, language,
    contrast)."""
    import pytest

    reason = missing()
    if reason:
        pytest.skip(f"accessibility check not run: {reason}")
    found, passes = violations(html_file)
    assert found == [], found
    assert passes >= at_least, passes
