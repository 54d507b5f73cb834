#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the .ts files from the sources, then fills them from the reviewed translations
# (docs/translating.md):
#  - berth_de.ts, berth_fr.ts (every language of CMake's list) through the lupdate target;
#  - berth_en.ts with the plural forms only, filled in ("%n tag(s)" -> "%n tag"/"%n tags");
#  - the contexts lupdate names wrongly put right (translations/fixcontexts.py);
#  - each language's translations from translations/LANG.txt (translations/fill.py), which
#    appends the messages it has no translation for to LANG.txt and exits 1 while there are
#    any: translate them there and run this again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
cmake --build "$build" --target berth_lupdate
cd "$root"
# English with the same sources and include paths as the lupdate target's.
/usr/lib/qt6/bin/lupdate -project "$build/translations/.lupdate/berth_project.json" -pluralonly \
    -no-obsolete -locations none -target-language en -ts translations/berth_en.ts
/usr/bin/python3 translations/fixcontexts.py . translations/*.ts
languages=()
for ts in translations/berth_*.ts; do
    language=${ts#translations/berth_}
    language=${language%.ts}
    [ "$language" = en ] || languages+=("$language")
done
/usr/bin/python3 translations/fill.py "${languages[@]}"
