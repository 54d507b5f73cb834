# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by the berthctl scripts of tests/integration/cli, after tests/env/tests/common.sh.
# Sourced, not run.

# wait_for_text FILE TEXT TRIES WHAT: waits (TRIES x 0.1 s at most) until FILE holds TEXT;
# fails naming WHAT otherwise.
wait_for_text() {
    for _ in $(seq "$3"); do
        grep -q "$2" "$1" && return 0
        sleep 0.1
    done
    fail "$4: $(cat "$1")"
}

# isolate: the test's own HOME, DOCKER_CONFIG and job history, under $work.
isolate() {
    export HOME=$work/home XDG_DATA_HOME=$work/data DOCKER_CONFIG=$work/docker-config
    mkdir -p "$HOME" "$DOCKER_CONFIG"
}
