#!/usr/bin/env bash
# Install ReadFirst on Debian/Ubuntu and then either start it on the bundled sample or run the tests.
#
#   bash install.sh demo   # install everything, open the app on the sample (headless: read it, write a record)
#   bash install.sh test   # install everything, run the whole test suite
#
# Safe to run again: apt-get and pip skip what is already there.
set -euo pipefail

mode="${1:-demo}"
case "$mode" in demo|test) ;; *) echo "usage: bash install.sh demo|test" >&2; exit 2 ;; esac
cd "$(dirname "$0")"
root="$PWD"
venv="${READFIRST_VENV:-$root/.venv}"
started=$(date +%s)

say() { printf '\n== %s\n' "$*"; }

# ---- 1. system packages -------------------------------------------------------------------
apt_packages=(
  python3 python3-venv python3-pip
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-osd
  espeak-ng
  fonts-noto-cjk fonts-wqy-microhei fonts-dejavu-core
  poppler-utils sox libsox-fmt-alsa
  xvfb xauth
  at-spi2-core python3-pyatspi dbus xdotool
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "Installing system packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "System packages already installed"
fi

# ---- 2. Python environment ----------------------------------------------------------------
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "ReadFirst needs Python 3.11 or newer; $("$python" --version) found. Set PYTHON=/path/to/python3.11." >&2
  exit 4
fi
if [ ! -x "$venv/bin/python" ]; then
  say "Creating the virtual environment $venv"
  "$python" -m venv "$venv"
fi
pip=("$venv/bin/python" -m pip install -q --disable-pip-version-check)
say "Installing Python packages"
# torch first and pinned (CPU build): argostranslate depends on it, and an unpinned torch
# makes pip fetch a multi-GB CUDA build. Elsewhere than here, point pip at the CPU wheels with
# READFIRST_TORCH_INDEX=https://download.pytorch.org/whl/cpu
if ! "$venv/bin/python" -c 'import torch' 2>/dev/null; then
  "${pip[@]}" ${READFIRST_TORCH_INDEX:+--extra-index-url "$READFIRST_TORCH_INDEX"} "torch==2.13.0"
fi
"${pip[@]}" -e ".[test]"
say "Installed in $(( $(date +%s) - started )) s"

# ---- 3. run -------------------------------------------------------------------------------
export PATH="$venv/bin:$PATH"
sample="$root/resources/samples/sample-notice.pdf"
if [ "$mode" = test ]; then
  say "Running the test suite"
  export QT_QPA_PLATFORM=offscreen
  ruff check .
  exec python -m pytest
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  say "Starting ReadFirst on the sample notice"
  exec readfirst gui "$sample"
fi

say "No display: reading the sample headless"
out="$root/demo-output"
mkdir -p "$out"
export READFIRST_DATA_DIR="$out/data"
readfirst extract "$sample"
readfirst read "$sample" --lang en \
  --participant "recipient:Sample Person" --participant "lawyer:Demo Lawyer" \
  --audio-out "$out/sample-reading.wav" --record-out "$out/sample-record.zip"
readfirst verify "$out/sample-record.zip"
QT_QPA_PLATFORM=offscreen readfirst gui "$sample" --screenshot "$out/main-window.png"
say "Done. Reading record: $out/sample-record.zip  audio: $out/sample-reading.wav  screenshot: $out/main-window.png"
