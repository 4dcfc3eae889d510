#!/usr/bin/env bash
# Refresh the UI translation: collect new strings from app/gui into the .ts (keeping existing
# translations), then compile it to the .qm the app loads. Translate new strings in between with
# Qt Linguist (`pyside6-linguist resources/i18n/readfirst_zh_CN.ts`).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(dirname "$(command -v python)")"
"$bin/pyside6-lupdate" app/gui/*.py -ts resources/i18n/readfirst_zh_CN.ts -no-obsolete
"$bin/pyside6-lrelease" resources/i18n/readfirst_zh_CN.ts -qm resources/i18n/readfirst_zh_CN.qm
