#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/manpage.sh PROGRAM INCLUDE.h2m OUT.1 [RELEASE_DATE]
# Writes PROGRAM's manual page with help2man from its own --help and --version (in
# English), so the page cannot drift from the program. For berthctl it adds a COMMANDS
# section: the help of every command and subcommand its --help lists, each as berthctl
# help prints it, set as options, arguments and examples.
set -euo pipefail
program=$1 include=$2 out=$3
export LC_ALL=C.UTF-8 LANGUAGE= LANG=C.UTF-8
# No engine is asked for anything; the help must not depend on one being there.
export DOCKER_HOST=unix:///nonexistent
# The page's date is the release's, so that the same sources make the same page.
[ -n "${4:-}" ] && export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date -u -d "$4 12:00" +%s)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$include" "$work/include.h2m"

# The command words listed under "Commands:" in a help text.
commands_of() {
    awk '/^Commands:/ { f = 1; next } /^$/ { f = 0 } f && /^  [a-z]/ { print $1 }'
}

# One command's help as roff: a subsection per command, its options and arguments as
# tagged paragraphs, examples unfilled; the global options and the pointer to the exit
# codes that end every command's help are said once, in the main sections.
help_to_roff() {
    awk '
    function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    function text(s) { gsub(/\\/, "\\e", s); sub(/^[.'"'"']/, "\\\\\\&&", s); return s }
    function flush() { if (term != "") { print ".TP"; print "\\fB" esc(term) "\\fR"; print text(desc) } term = ""; desc = "" }
    NR == 1 { sub(/^Usage: /, ""); print ".SS \"" $0 "\""; usage = $0; next }
    /^Global options/ { flush(); exit }
    /^$/ { flush(); if (section == "Examples") { print ".fi"; print ".RE" } section = ""; next }
    /^[A-Z][A-Za-z ]*:$/ {
        flush(); section = substr($0, 1, length($0) - 1)
        print ".PP"; print "\\fI" section ":\\fR"
        if (section == "Examples") { print ".RS"; print ".nf" }
        next
    }
    section == "" { print text($0); next }
    section == "Examples" { sub(/^  /, ""); print esc($0); next }
    /^  [^ ]/ {
        flush(); line = substr($0, 3)
        split_at = match(line, /  +/)
        if (split_at) { term = substr(line, 1, split_at - 1); desc = substr(line, split_at + RLENGTH) }
        else { term = line; desc = "" }
        if (term ~ /^-h, --help$|^--help-all$/) { term = "" }
        next
    }
    { s = $0; sub(/^ +/, "", s); desc = desc " " s }
    END { flush(); if (section == "Examples") { print ".fi"; print ".RE" } }
    '
}

if "$program" --help | grep -q '^Commands:'; then
    {
        echo "[COMMANDS]"
        echo "Each command's help, as \\fBberthctl help\\fR \\fICOMMAND\\fR prints it."
        "$program" --help | commands_of | while read -r command; do
            [ "$command" = help ] && continue
            "$program" help "$command" >"$work/help"
            help_to_roff <"$work/help"
            commands_of <"$work/help" | while read -r sub; do
                "$program" help "$command" "$sub" | help_to_roff
            done
        done
    } >>"$work/include.h2m"
fi
help2man --no-info --section=1 --manual="User Commands" --source="Berth" \
    --include="$work/include.h2m" --output="$out" "$program"
