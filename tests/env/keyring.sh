#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A Secret Service for the keychain tests: gnome-keyring-daemon, unlocked, on a private
# D-Bus session bus (dbus-run-session), with a throw-away HOME and runtime folder under
# STATE_DIR. Nothing of the user's own session is reachable from it, and nothing the
# tests store survives the fixture.
#
#   keyring.sh start STATE_DIR               start (idempotent)
#   keyring.sh stop STATE_DIR                stop; leaves no process behind
#   keyring.sh exec STATE_DIR -- CMD ARGS    run CMD inside the running keyring's session
#
# After start, STATE_DIR/env holds the variables a test needs (HOME, XDG_RUNTIME_DIR,
# DBUS_SESSION_BUS_ADDRESS; DISPLAY and the desktop variables unset). Source it, or use
# `exec`.
#
# Why a private bus and no display: gnome-keyring opens a password prompt on whatever
# display it finds when a collection is locked; under xvfb-run with the session's bus the
# test then hangs forever. With --unlock, the password on stdin, no DISPLAY and a bus of
# its own, no prompt can ever appear.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

usage="usage: keyring.sh start|stop STATE_DIR | keyring.sh exec STATE_DIR -- CMD..."
cmd=${1:?$usage}
state=${2:?$usage}
mkdir -p "$state"
state=$(cd "$state" && pwd)
# The control socket lives under XDG_RUNTIME_DIR, and unix socket paths are short.
run=$(runtime_dir_for "$state")

secrets_answer() {
    [ -f "$state/env" ] || return 1
    (
        source "$state/env"
        timeout 5 dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'
    )
}

start() {
    rm -f "$state/skip"
    local tool
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        command -v "$tool" >/dev/null ||
            service_unavailable "$tool is not installed (apt-get install dbus dbus-x11 gnome-keyring)"
    done
    if alive "$state/session.pid" && secrets_answer; then
        echo "keyring already running"
        return 0
    fi
    stop_all
    mkdir -p "$state/home" "$run"
    chmod 700 "$run"
    [ -f "$state/password" ] || random_secret > "$state/password"
    chmod 600 "$state/password"
    rm -f "$state/env" "$state/env.tmp"
    # The inner shell unlocks the keyring, writes the session's address, then becomes a
    # sleeper whose end ends the session: dbus-run-session stops its bus when its child
    # exits, and gnome-keyring-daemon exits when its bus goes away.
    local inner
    inner='set -e
printf %s "$BERTH_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
unset BERTH_KEYRING_PASSWORD
{
  printf "export HOME=%s\n" "$HOME"
  printf "export XDG_RUNTIME_DIR=%s\n" "$XDG_RUNTIME_DIR"
  printf "export DBUS_SESSION_BUS_ADDRESS=%s\n" "$DBUS_SESSION_BUS_ADDRESS"
  printf "unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP KDE_SESSION_VERSION GNOME_KEYRING_CONTROL\n"
} > "$BERTH_STATE/env.tmp"
mv "$BERTH_STATE/env.tmp" "$BERTH_STATE/env"
echo $$ > "$BERTH_STATE/sleeper.pid"
exec sleep infinity'
    spawn "$state/session.pid" "$state/keyring.log" \
        env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u XDG_CURRENT_DESKTOP \
        -u KDE_SESSION_VERSION -u GNOME_KEYRING_CONTROL \
        HOME="$state/home" XDG_RUNTIME_DIR="$run" BERTH_STATE="$state" \
        BERTH_KEYRING_PASSWORD="$(cat "$state/password")" \
        dbus-run-session -- sh -c "$inner"
    if ! wait_until 10 secrets_answer; then
        tail -n 20 "$state/keyring.log" >&2 || true
        stop_all
        service_unavailable "gnome-keyring-daemon did not come up on a private bus within 10 s (see $state/keyring.log)"
    fi
    # Remember the daemons themselves, so stop can check that they are gone.
    (
        source "$state/env"
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets |
            awk '/uint32/ {print $2}' > "$state/keyring.pid"
    )
    pgrep -P "$(cat "$state/session.pid")" -x dbus-daemon > "$state/dbus.pid" || true
    echo "keyring running (bus: $(grep -o 'unix:[^ ]*' "$state/env"))"
}

stop_all() {
    # The sleeper first: its end lets dbus-run-session stop the bus in order.
    stop_pid "$state/sleeper.pid"
    alive "$state/session.pid" && { wait_until 5 pid_gone "$(cat "$state/session.pid")" || true; }
    stop_pid "$state/session.pid"
    stop_pid "$state/dbus.pid"
    stop_pid "$state/keyring.pid"
    rm -f "$state/env"
    rm -rf "$run"
}

case "$cmd" in
start) start ;;
stop)
    stop_all
    # The keyring files go too: secrets stored by a test never outlive the fixture.
    rm -rf "${state:?}/home"
    echo "keyring stopped"
    ;;
exec)
    shift 2
    [ "${1:-}" = "--" ] && shift
    [ -f "$state/env" ] || { echo "keyring is not running in $state" >&2; exit 1; }
    source "$state/env"
    exec "$@"
    ;;
*) echo "$usage" >&2; exit 2 ;;
esac
