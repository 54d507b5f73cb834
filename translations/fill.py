#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/berth_LANG.ts from the reviewed translation source translations/LANG.txt.

The .ts files ship (lrelease makes the .qm files from them); LANG.txt is where a translator
writes and reviews. Each entry of LANG.txt is a block of lines, blocks apart by blank lines:

    < the source text, as in tr() (a newline written \\n, a backslash \\\\)
    ? the disambiguation comment, when tr() has one
    @ a context (Berth::Ui::MainWindow), when this translation is for that class only
    > the translation
    > the second plural form, for a "%n ..." message (singular first)

A "#" line is a comment. An entry without "@" serves every context that has the text, so
a text shared by several classes is translated once. After lupdate (translations/update.sh)
this script sets every message of the .ts file that LANG.txt knows as finished, keeps a
finished translation it does not know (made in Qt Linguist, say), removes the entries no
message has any more, and appends the messages that are still missing to LANG.txt as blocks with an empty "> " line, under a "## new"
heading: fill them in and run it again. It checks each translation against its source
(placeholders, accelerators, leading and trailing white space and newlines, a trailing
ellipsis or colon) and exits 1 while any message is missing or a check fails.

    translations/fill.py de fr            # fill, append what is missing, report
    translations/fill.py --check de fr    # report only, change nothing (the test's mode)
"""
import argparse
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
LCONVERT = "/usr/lib/qt6/bin/lconvert"
# Plural forms each language has in Qt (QTranslator's rules): singular first.
PLURAL_FORMS = {"de": 2, "fr": 2, "en": 2}
NEW_HEADING = "## new: fill in the empty \"> \" lines, then run translations/fill.py again"


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")


def unescape(text):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


class Entry:
    def __init__(self, line):
        self.line = line
        self.source = None
        self.comment = ""
        self.context = None
        self.forms = []
        self.used = False

    def key(self):
        return (self.source, self.comment)


def read_source(path):
    """The entries of LANG.txt, keyed by (context or None, source, comment)."""
    entries = {}
    problems = []
    if not path.exists():
        return entries, problems
    current = None
    lines = path.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate(lines + [""], 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            if current is not None:
                if current.source is None:
                    problems.append("%s:%d: an entry without a \"<\" line" % (path, current.line))
                else:
                    key = (current.context,) + current.key()
                    if key in entries:
                        problems.append("%s:%d: the same text again (first at line %d)"
                                        % (path, current.line, entries[key].line))
                    entries[key] = current
            current = None
            continue
        if current is None:
            current = Entry(number)
        marker, text = line[:2], unescape(line[2:])
        if marker == "< ":
            current.source = text
        elif marker == "? ":
            current.comment = text
        elif marker == "@ ":
            current.context = text
        elif marker in ("> ", ">"):
            current.forms.append(text)
        else:
            problems.append("%s:%d: a line must start with \"< \", \"? \", \"@ \", \"> \" or \"#\""
                            % (path, number))
    return entries, problems


PLACEHOLDER = re.compile(r"%L?(?:n|\d+)")


def check(source, forms, numerus, language):
    """What is wrong with a translation, in words; empty when nothing is."""
    wanted = PLURAL_FORMS.get(language, 2) if numerus else 1
    if len(forms) != wanted:
        return ["%d form(s) where %d are needed" % (len(forms), wanted)]
    problems = []
    for form in forms:
        if not form.strip():
            problems.append("an empty translation")
            continue
        expected = sorted(set(PLACEHOLDER.findall(source)))
        found = sorted(set(PLACEHOLDER.findall(form)))
        # A singular form may leave %n (or %Ln) out ("eine Minute"), no other placeholder.
        for count in ("%n", "%Ln"):
            if numerus and count in expected and count not in found:
                found = sorted(found + [count])
        if expected != found:
            problems.append("placeholders %s, not %s: %r" % (found, expected, form))
        if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
            problems.append("the accelerator '&' is missing or added: %r" % form)
        lead = re.match(r"\s*", source).group(0)
        trail = re.search(r"\s*$", source).group(0)
        if not form.startswith(lead) or re.search(r"\s*$", form).group(0) != trail:
            problems.append("leading or trailing white space differs: %r" % form)
        for ending in ("…", ":", "."):
            if source.rstrip().endswith(ending) and not form.rstrip().endswith(ending):
                # French puts a space before ":" and "?"; German quotes may close after ".".
                if not (ending == "." and form.rstrip()[-1:] in "»\")"):
                    problems.append("the source ends with %r, the translation does not: %r"
                                    % (ending, form))
    return problems


def remove_entries(path, entries):
    """Removes the blocks of the entries from LANG.txt (git keeps what they said)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    drop = set()
    for entry in entries:
        number = entry.line - 1
        while number < len(lines) and lines[number].strip():
            drop.add(number)
            number += 1
        if number < len(lines):
            drop.add(number)  # the blank line after it
    path.write_text("\n".join(l for i, l in enumerate(lines) if i not in drop), encoding="utf-8")


def forms_of(translation):
    numerus = translation.findall("numerusform")
    if numerus:
        return [n.text or "" for n in numerus]
    return [translation.text or ""]


def set_forms(translation, forms, numerus):
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)


def fill(language, check_only):
    ts_path = HERE / ("berth_%s.ts" % language)
    txt_path = HERE / ("%s.txt" % language)
    entries, problems = read_source(txt_path)
    tree = ET.parse(ts_path)
    missing = []  # (context, source, comment, numerus) in the .ts file's order
    seen_missing = set()
    total = 0
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            entry = entries.get((context_name, source, comment)) or entries.get(
                (None, source, comment))
            if entry is not None:
                entry.used = True
                for problem in check(source, entry.forms, numerus, language):
                    problems.append("%s:%d: %s" % (txt_path.name, entry.line, problem))
                if entry.forms and all(f.strip() for f in entry.forms):
                    set_forms(translation, entry.forms, numerus)
                    continue
            elif translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                forms = forms_of(translation)
                if not check(source, forms, numerus, language):
                    continue
            if entry is None and (source, comment) not in seen_missing:
                seen_missing.add((source, comment))
                missing.append((context_name, source, comment, numerus))
            if entry is None or not all(f.strip() for f in entry.forms):
                problems.append("%s: %s: not translated: %r" % (ts_path.name, context_name, source))
    unused = [e for e in entries.values() if not e.used]
    if not check_only:
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
        # lconvert writes the file as lupdate does (DOCTYPE, indentation, entities).
        subprocess.run([LCONVERT, "-i", str(ts_path), "-o", str(ts_path)], check=True)
        if missing:
            with open(txt_path, "a", encoding="utf-8") as out:
                out.write("\n%s\n" % NEW_HEADING)
                for context_name, source, comment, numerus in missing:
                    out.write("\n# %s\n< %s\n" % (context_name, escape(source)))
                    if comment:
                        out.write("? %s\n" % escape(comment))
                    out.write("> \n" * (PLURAL_FORMS.get(language, 2) if numerus else 1))
    if unused and not check_only:
        remove_entries(txt_path, unused)
    for entry in unused:
        print("%s:%d: no message has this text any more%s: %r"
              % (txt_path.name, entry.line, "" if check_only else " (entry removed)",
                 entry.source))
    for problem in problems:
        print(problem)
    print("%s: %d messages, %d missing%s, %d problem(s)"
          % (ts_path.name, total, len(missing),
             "" if check_only or not missing else " (appended to %s)" % txt_path.name,
             len(problems)))
    return not missing and not problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing, only report")
    parser.add_argument("languages", nargs="+", help="de, fr, ...")
    args = parser.parse_args()
    ok = True
    for language in args.languages:
        ok = fill(language, args.check) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
