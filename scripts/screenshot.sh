#!/bin/sh
# The README's picture of the report: make demo's page, rendered by
# headless Chromium (tests/browser/render.py) 1000 px wide, the top of it
# saved as docs/report.png.
#   sh scripts/screenshot.sh
set -eu
cd "$(dirname "$0")/.."
sh scripts/demo.sh >/dev/null
mkdir -p docs
python3 tests/browser/render.py out/demo/report.html docs/report.png >/dev/null
echo "docs/report.png"
