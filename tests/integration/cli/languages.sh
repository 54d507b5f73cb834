#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl and berth speak the user's language in their messages and help, never in their
# data: under LANGUAGE=de a refused reference is explained in German while --json, the
# text of ref, the jobs table's header and the completion script stay as they are in
# English. berth --help follows LANGUAGE, or the window's ui/language setting when it names one.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

ctl=$BERTH_BINARY_DIR/app/berthctl
berth=$BERTH_BINARY_DIR/app/berth
isolate
export DOCKER_HOST=unix://$work/no-engine.sock LC_ALL=C.UTF-8

# A message: German words, the same exit code.
code=0
LANGUAGE=de "$ctl" ref Bad_Name >"$work/out" 2>"$work/err" || code=$?
expect_eq "a refused reference exits 1 in German" 1 "$code"
grep -qF "ungültige Referenz 'Bad_Name'" "$work/err" || fail "not German: $(cat "$work/err")"
grep -qF "kleingeschrieben" "$work/err" || fail "the grammar's reason is not German: $(cat "$work/err")"
ok "berthctl ref Bad_Name under LANGUAGE=de: $(cat "$work/err")"
LANGUAGE=fr "$ctl" --help >"$work/out" 2>&1 || fail "berthctl --help under LANGUAGE=fr failed"
grep -q "^Utilisation : berthctl" "$work/out" || fail "berthctl --help is not French: $(head -3 "$work/out")"
ok "berthctl --help under LANGUAGE=fr is French"

# Data: byte for byte what English prints.
same_output() {
    local what=$1
    shift
    LANGUAGE= "$@" >"$work/en" 2>/dev/null || true
    LANGUAGE=de "$@" >"$work/de" 2>/dev/null || true
    [ -s "$work/en" ] || fail "$what printed nothing"
    cmp -s "$work/en" "$work/de" || fail "$what differs under LANGUAGE=de: $(diff "$work/en" "$work/de" | head -5)"
    ok "$what: the same under LANGUAGE=de"
}
same_output "ref --json" "$ctl" ref --json docker.io/library/ubuntu:24.04
same_output "ref --json of a refused reference" "$ctl" ref --json Bad_Name
same_output "ref's text" "$ctl" ref ghcr.io/org/app@sha256:$(printf 'a%.0s' $(seq 64))
same_output "the jobs table" "$ctl" jobs
same_output "the bash completion script" "$ctl" completion bash

# The window's help: the window's setting when it names a language, else LANGUAGE.
LANGUAGE=de "$berth" --help >"$work/out" 2>&1 || fail "berth --help under LANGUAGE=de failed"
grep -qF "Desktop-Verwaltung für Container-Images" "$work/out" || fail "berth --help is not German: $(head -3 "$work/out")"
ok "berth --help under LANGUAGE=de is German"
mkdir -p "$XDG_CONFIG_HOME/Berth"
printf '[ui]\nlanguage=fr\n' >"$XDG_CONFIG_HOME/Berth/window.ini"
LANGUAGE=de "$berth" --help >"$work/out" 2>&1 || fail "berth --help with ui/language=fr failed"
grep -qF "Gestionnaire de bureau pour images de conteneurs" "$work/out" ||
    fail "berth --help does not follow ui/language=fr: $(head -3 "$work/out")"
ok "berth --help follows the window's setting ui/language=fr, before LANGUAGE=de"
