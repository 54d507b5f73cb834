# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the service scripts of tests/env. Sourced, not run.

# A service that cannot start fails the run under CI=true; elsewhere it leaves a "skip"
# file with the reason, and the tests that need the service skip and print it.
service_unavailable() {
    local reason=$1
    if [ "${CI:-}" = "true" ]; then
        echo "FAIL: $reason" >&2
        exit 1
    fi
    mkdir -p "$state"
    printf '%s\n' "$reason" > "$state/skip"
    echo "SKIP: $reason"
    exit 0
}

# wait_until SECONDS COMMAND...: polls every 0.1 s; returns 1 on time-out.
wait_until() {
    local deadline=$(( $(date +%s%N) + $1 * 1000000000 ))
    shift
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s%N)" -lt "$deadline" ] || return 1
        sleep 0.1
    done
}

# A short directory for sockets: unix socket paths are limited to 108 bytes, and a build
# folder can be deep. Derived from the state folder so start and stop agree.
runtime_dir_for() {
    printf '/tmp/berth-%s' "$(printf '%s' "$1" | sha256sum | cut -c1-12)"
}

# Root is needed for dockerd; an ordinary user gets it through sudo without a prompt.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

can_be_root() {
    [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null
}

# stop_pid PIDFILE: TERM, wait up to 20 s, then KILL.
stop_pid() {
    local pidfile=$1 pid
    [ -f "$pidfile" ] || return 0
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        as_root kill -TERM "$pid" 2>/dev/null || true
        wait_until 20 bash -c "! kill -0 $pid" || as_root kill -KILL "$pid" 2>/dev/null || true
    fi
    as_root rm -f "$pidfile"
}
