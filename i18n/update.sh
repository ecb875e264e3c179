#!/usr/bin/env bash
# Regenerate the Qt Linguist sources from the code, fill them from phrasebook.py, compile the .qm files into the package (app/i18n/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${PYSIDE_BIN:-$(dirname "$(command -v python3)")}
cd "$root"
sources=$(ls app/ui/*.py)
langs=$("$bin/python" -c "from app.messages import LANGS; print(' '.join(LANGS))")  # the one list
"$bin/pyside6-lupdate" $sources -no-obsolete -ts $(for lang in $langs; do echo "i18n/app_$lang.ts"; done)
"$bin/python" i18n/fill_ts.py
for lang in $langs; do
  "$bin/pyside6-lrelease" "i18n/app_$lang.ts" -qm "app/i18n/app_$lang.qm"
done
# Qt's own standard buttons where qtbase's words differ from the glossary (hand-written)
for ts in i18n/qt_overrides_*.ts; do
  "$bin/pyside6-lrelease" "$ts" -qm "app/i18n/$(basename "${ts%.ts}").qm"
done
