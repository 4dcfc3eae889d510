"""`python -m app` opens the desktop app (same as `readfirst gui`)."""

import sys

from app.cli import main

sys.exit(main(["gui", *sys.argv[1:]]))
