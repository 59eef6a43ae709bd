#!/usr/bin/env bash
# Build the Linux bundle from pyinstaller.spec into a temporary folder and smoke-test the
# frozen program headless (scripts/frozen_smoke.py). Called by .ci/run; exits non-zero
# on any failure. Nothing is cached between runs: PyInstaller's cache goes into the
# temporary folder too.
#
#   bash scripts/build_frozen.sh
#
# Environment:
#   PYTHON                  the Python with zkijdesk and PyInstaller (default: .venv, made
#                           by `python3 dev.py` if missing)
#   ZKIJDESK_FROZEN_DIR     keep the bundle here instead of deleting it (benchmarks, IT)
#   ZKIJDESK_SCREENSHOTS    folder for the frozen GUI's screenshot (default screenshots/)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

step() { printf '\n== %s\n' "$*"; }

if [[ -z "${PYTHON:-}" ]]; then
  if [[ ! -x .venv/bin/python ]]; then
    step "creating the development environment (python3 dev.py)"
    python3 dev.py lint --version >/dev/null
  fi
  PYTHON="$ROOT/.venv/bin/python"
fi

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
  # The locked versions (the build extra among them), each checked against its hash.
  step "installing requirements.lock"
  "$PYTHON" -m pip install --disable-pip-version-check -q --require-hashes -r requirements.lock
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/zkijdesk-frozen.XXXXXX")"
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
export PYINSTALLER_CONFIG_DIR="$WORK/pyinstaller-cache"

step "versions: pyproject.toml, spec, installer script, installed metadata"
"$PYTHON" packaging/check_versions.py --installed

step "building with PyInstaller $("$PYTHON" -c 'import PyInstaller; print(PyInstaller.__version__)') (log: build.log in the work folder)"
started=$(date +%s)
if ! "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath "$WORK/dist" --workpath "$WORK/build" pyinstaller.spec >"$WORK/build.log" 2>&1; then
  tail -n 40 "$WORK/build.log"
  echo "FAIL PyInstaller build"
  exit 1
fi
elapsed=$(( $(date +%s) - started ))
BUNDLE="$WORK/dist/zkijdesk"
size_mb=$(du -sm "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
echo "ok   bundle built in ${elapsed} s: ${size_mb} MB, ${files} files ($BUNDLE)"

step "what the app does not use stays out"
unwanted=$(find "$BUNDLE" \( -iname '*WebEngine*' -o -iname '*Qt6Quick*' -o -iname '*Qt6Qml*' \
  -o -iname '*Qt63D*' -o -iname '*Multimedia*' -o -iname '*qpdf*' -o -iname '*Qt6Pdf*' \
  -o -iname '_tkinter*' -o -iname 'libtk*' -o -iname 'libtcl*' \) -print)
if [[ -n "$unwanted" ]]; then
  echo "$unwanted"
  echo "FAIL unused Qt/Tk parts in the bundle"
  exit 1
fi
echo "ok   no Qt WebEngine, Quick/QML, 3D, Multimedia, PDF or Tk"

step "frozen smoke test"
SHOTS="${ZKIJDESK_SCREENSHOTS:-screenshots}"
"$PYTHON" scripts/frozen_smoke.py --dist "$BUNDLE" --python "$PYTHON" \
  --screenshot "$SHOTS/frozen_main_window.png"

if [[ -n "${ZKIJDESK_FROZEN_DIR:-}" ]]; then
  rm -rf "$ZKIJDESK_FROZEN_DIR"
  mkdir -p "$(dirname "$ZKIJDESK_FROZEN_DIR")"
  mv "$BUNDLE" "$ZKIJDESK_FROZEN_DIR"
  echo "bundle kept in $ZKIJDESK_FROZEN_DIR"
fi
