#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes the .ts files from the sources:
#  - berth_de.ts (and any other language) through CMake's lupdate target;
#  - berth_en.ts with the plural forms only, filled in ("%n tag(s)" -> "%n tag"/"%n tags").
# Qt 6.4's lupdate names the context of a QObject class declared in a nested namespace
# (namespace Berth::Ui { class MainWindow ... }) without the namespace, while tr() looks it
# up with it; the contexts are put right here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
cmake --build "$build" --target berth_lupdate
cd "$root"
/usr/lib/qt6/bin/lupdate -pluralonly -no-obsolete -locations none -target-language en core ui app \
    -ts translations/berth_en.ts
/usr/bin/python3 - translations/*.ts <<'PY'
import pathlib, re, sys
root = pathlib.Path(".")
qualified = {}
for header in list(root.glob("core/**/*.h")) + list(root.glob("ui/**/*.h")):
    text = header.read_text()
    if "Q_OBJECT" not in text:
        continue
    for cls in re.finditer(r"^class (\w+)(?: final)? : public \w", text, re.M):
        # The namespace that encloses the class: the last one opened before it.
        opened = re.findall(r"^namespace ([\w:]+) \{", text[: cls.start()], re.M)
        if opened:
            qualified[cls.group(1)] = opened[-1] + "::" + cls.group(1)
for path in sys.argv[1:]:
    ts = pathlib.Path(path)
    text = ts.read_text()
    text = re.sub(r"<name>(\w+)</name>", lambda m: "<name>%s</name>" % qualified.get(m.group(1), m.group(1)), text)
    if ts.name == "berth_en.ts":
        text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*'
                      r'<numerusform></numerusform>\s*</translation>',
                      lambda m: ('<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n'
                                 '            <numerusform>%s</numerusform>\n        </translation>')
                      % (m.group(1), m.group(1).replace("(s)", ""), m.group(1).replace("(s)", "s")), text)
        # lupdate keys the contexts without the namespace (see above), so it takes the
        # qualified ones it finds as new and their filled forms as unfinished guesses.
        text = re.sub(r'<translation type="unfinished">((?:\s*<numerusform>[^<]+</numerusform>)+\s*)</translation>',
                      r'<translation>\1</translation>', text)
    ts.write_text(text)
PY
