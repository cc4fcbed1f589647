#!/bin/sh
# Bring the window's translations up to date with the code, then compile them.
#
#   scripts/update_translations.sh          (from the repository, with the venv made)
#
# 1. lupdate reads every translate("Context", "text") / QT_TRANSLATE_NOOP in stretchguide/ui,
#    stretchguide/desktop and the speech notices (stretchguide/speech/notices.py) and merges new
#    strings into assets/translations/stretchguide_<lang>.ts (new ones are marked unfinished; strings gone from the code are dropped). English, the
#    source language, keeps only the plural forms ("%n minute(s)" -> "1 minute", "2 minutes").
# 2. Translate what is unfinished (Qt Linguist: .venv/bin/pyside6-linguist, or any editor).
# 3. Run this again: lrelease compiles each .ts into the .qm the app loads. Commit both;
#    tests/ui/test_translations.py fails while a string is untranslated or a .qm is stale.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
QT_BIN="$("$PYTHON" -c 'import PySide6, os; print(os.path.dirname(PySide6.__file__))')"
DIR=assets/translations
SOURCES="stretchguide/ui stretchguide/desktop stretchguide/speech/notices.py"
for lang in de fr es; do
    "$QT_BIN/lupdate" -silent -extensions py -locations none -no-obsolete \
        -target-language "$lang" $SOURCES -ts "$DIR/stretchguide_$lang.ts"
done
"$QT_BIN/lupdate" -silent -extensions py -locations none -no-obsolete -pluralonly \
    -target-language en $SOURCES -ts "$DIR/stretchguide_en.ts"
for ts in "$DIR"/stretchguide_*.ts; do
    "$QT_BIN/lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
grep -c 'type="unfinished"' "$DIR"/stretchguide_*.ts || true
