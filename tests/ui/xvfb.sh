# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# shellcheck disable=SC2154 # $work comes from common.sh
# Sourced by the ui scripts after tests/env/tests/common.sh: missing TOOL skips the test
# (fails it under CI); start_xvfb starts a display of the script's own and exports DISPLAY.
# Xvfb writes its number to the fd once it accepts clients; -noreset keeps it up when its
# last client leaves (the accessibility bus launcher connects and goes before the window
# does).
missing() {
    [ "${CI:-}" = "true" ] && fail "$1 is missing under CI (packaging/dev.sh installs it)"
    echo "SKIP: $1 is missing (packaging/dev.sh installs it)" >&2
    exit 77
}

start_xvfb() {
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
    local xvfb_pid=$!
    on_exit "kill $xvfb_pid"
    for _ in $(seq 600); do
        [ -s "$work/display" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
        sleep 0.1
    done
    [ -s "$work/display" ] || fail "Xvfb named no display"
    DISPLAY=":$(cat "$work/display")"
    export DISPLAY
}
