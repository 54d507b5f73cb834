#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every .ts file complete and every tr() text of the sources in them: lupdate runs on a
# copy of today's sources and .ts files, as translations/update.sh runs it, and the copy's
# messages must be the committed files' messages; then translations/fill.py --check finds
# no message unfinished, empty, without its plural forms, or with a placeholder, accelerator
# or trailing white space of its source lost. Fails on main while the maintainer has not yet
# translated what a merge added: docs/translating.md says how (translations/update.sh).
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
src=$BERTH_SOURCE_DIR
lupdate=/usr/lib/qt6/bin/lupdate
copy=$work/tree
mkdir -p "$copy/translations"
cp -r "$src/core" "$src/ui" "$src/app" "$copy/"
cp "$src"/translations/*.ts "$src"/translations/*.txt "$src"/translations/*.py "$copy/translations/"
cd "$copy"

# lupdate's project as the lupdate target makes it (every translated target's sources and
# include paths: without them lupdate names some contexts wrongly), pointed at the copy.
cmake -DIN_FILE="$BERTH_BINARY_DIR/translations/.lupdate/berth_project.cmake" -DOUT_FILE="$work/project.json" \
    -P /usr/lib/x86_64-linux-gnu/cmake/Qt6LinguistTools/GenerateLUpdateProject.cmake >/dev/null
/usr/bin/python3 - "$work/project.json" "$src" "$BERTH_BINARY_DIR" "$copy" <<'PY'
import json, sys
path, src, build, copy = sys.argv[1:]
def moved(p):
    return p if p.startswith(build + "/") or not p.startswith(src + "/") else copy + p[len(src):]
project = json.load(open(path))
for key in ("sources", "includePaths", "translations"):
    project[key] = [moved(p) for p in project[key]]
json.dump(project, open(path, "w"))
PY
languages=()
for ts in translations/berth_*.ts; do
    language=${ts#translations/berth_}
    language=${language%.ts}
    if [ "$language" = en ]; then
        plural=(-pluralonly -target-language en)
    else
        languages+=("$language")
        plural=()
    fi
    "$lupdate" -project "$work/project.json" "${plural[@]}" -no-obsolete -locations none -ts "$ts" \
        >"$work/lupdate.log" 2>&1 || fail "lupdate: $(tail -5 "$work/lupdate.log")"
done
/usr/bin/python3 translations/fixcontexts.py . translations/*.ts
[ "${#languages[@]}" -ge 2 ] || fail "fewer than two languages besides English: ${languages[*]}"

# The messages (context, source, comment) of the committed file and of the refreshed copy.
/usr/bin/python3 - "$src/translations" "$copy/translations" <<'PY' || fail "the .ts files are not today's sources' (run translations/update.sh)"
import pathlib, sys, xml.etree.ElementTree as ET
def messages(path):
    out = set()
    for context in ET.parse(path).getroot().iter("context"):
        for m in context.iter("message"):
            out.add((context.findtext("name"), m.findtext("source"), m.findtext("comment") or ""))
    return out
committed, refreshed = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
bad = False
for ts in sorted(committed.glob("berth_*.ts")):
    old, new = messages(ts), messages(refreshed / ts.name)
    for context, source, comment in sorted(new - old):
        print("%s lacks %s: %r" % (ts.name, context, source)); bad = True
    for context, source, comment in sorted(old - new):
        print("%s has %s: %r, which no source has any more" % (ts.name, context, source)); bad = True
    print("%s: %d messages" % (ts.name, len(old)))
    # English holds the plural forms only, finished.
    if ts.name == "berth_en.ts":
        for m in ET.parse(ts).getroot().iter("message"):
            t = m.find("translation")
            if t.get("type") == "unfinished" or any(not (n.text or "").strip() for n in t.iter("numerusform")):
                print("berth_en.ts: unfinished: %r" % m.findtext("source")); bad = True
sys.exit(1 if bad else 0)
PY
ok "every tr() text of the sources is in every .ts file, and no other"

# Completeness, checked on the committed files (fill.py reads the folder it is in).
/usr/bin/python3 "$src/translations/fill.py" --check "${languages[@]}" >"$work/check.log" ||
    fail "incomplete translations: $(grep -v ' 0 missing, 0 problem' "$work/check.log" | head -40)"
cat "$work/check.log"
grep -c 'type="unfinished"' "$src"/translations/berth_*.ts | grep -v ':0$' &&
    fail "a .ts file still has unfinished messages"
ok "${languages[*]} and en: every message translated"
