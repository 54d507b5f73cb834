#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Puts right the contexts lupdate writes: translations/fixcontexts.py ROOT TS_FILE...

Qt 6.4's lupdate names the context of a QObject class declared in a nested namespace
(namespace Berth::Ui { class MainWindow ... }) without the namespace, while tr() looks it up
with it. berth_en.ts (plural forms only) gets its forms filled in: "%n tag(s)" becomes
"%n tag" and "%n tags".
"""
import pathlib
import re
import sys


def qualified_names(root):
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
    return qualified


def main():
    root = pathlib.Path(sys.argv[1])
    qualified = qualified_names(root)
    for path in sys.argv[2:]:
        ts = pathlib.Path(path)
        text = ts.read_text()
        text = re.sub(r"<name>(\w+)</name>",
                      lambda m: "<name>%s</name>" % qualified.get(m.group(1), m.group(1)), text)
        if ts.name == "berth_en.ts":
            text = re.sub(
                r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*'
                r'<numerusform></numerusform>\s*</translation>',
                lambda m: ('<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n'
                           '            <numerusform>%s</numerusform>\n        </translation>')
                % (m.group(1), m.group(1).replace("(s)", ""), m.group(1).replace("(s)", "s")), text)
            # lupdate keys the contexts without the namespace (see above), so it takes the
            # qualified ones it finds as new and their filled forms as unfinished guesses.
            text = re.sub(r'<translation type="unfinished">((?:\s*<numerusform>[^<]+</numerusform>)+\s*)</translation>',
                          r'<translation>\1</translation>', text)
        ts.write_text(text)


if __name__ == "__main__":
    main()
