#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fault-injecting proxy (faultproxy.py) in front of a registry, driven per test
# through its control port. See faultproxy.py for the modes and tests/env/README.md for
# the control API.
#
#   faultproxy.sh start STATE_DIR [UPSTREAM]   UPSTREAM: a URL, or the name of a sibling
#                                              service whose STATE/url to use (default:
#                                              registry_open)
#   faultproxy.sh stop STATE_DIR
#
# After start: STATE/url (the proxy, what clients use), STATE/host, STATE/port,
# STATE/control_url, STATE/redirect_url, STATE/upstream.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

usage="usage: faultproxy.sh start|stop STATE_DIR [UPSTREAM]"
cmd=${1:?$usage}
state=${2:?$usage}
mkdir -p "$state"
state=$(cd "$state" && pwd)
upstream_arg=${3:-registry_open}

control_answers() {
    [ -f "$state/ports.json" ] && http_answers "http://127.0.0.1:$(jq -r .control_port "$state/ports.json")/control"
}

start() {
    rm -f "$state/skip"
    [ -x "$PYTHON" ] || service_unavailable "$PYTHON is not installed (apt-get install python3)"
    command -v jq >/dev/null || service_unavailable "jq is not installed (apt-get install jq)"
    local upstream upstream_ca=()
    case "$upstream_arg" in
    http://* | https://*) upstream=$upstream_arg ;;
    *)
        # A sibling fixture: its state folder is next to ours (CTest orders the setups,
        # since this fixture requires that one).
        local sib
        sib=$(dirname "$state")/$upstream_arg
        [ -f "$sib/url" ] || service_unavailable "the upstream service $upstream_arg is not running ($sib/url missing)"
        upstream=$(cat "$sib/url")
        [ -f "$sib/pki/ca.crt" ] && upstream_ca=(--upstream-ca "$sib/pki/ca.crt")
        ;;
    esac
    if alive "$state/proxy.pid" && control_answers && [ "$(cat "$state/upstream" 2>/dev/null)" = "$upstream" ]; then
        echo "faultproxy already running at $(cat "$state/url")"
        return 0
    fi
    stop_pid "$state/proxy.pid"
    # Remembered ports are reused on a restart; the proxy binds port 0 otherwise and
    # reports what it got, so no port is ever guessed.
    local prev=() p
    if [ -f "$state/ports.json" ]; then
        for p in port control_port redirect_port; do
            prev+=("--${p//_/-}" "$(jq -r ".$p" "$state/ports.json")")
        done
        rm -f "$state/ports.json"
        # A remembered port taken meanwhile: start from fresh ports instead.
        port_is_free "${prev[1]}" && port_is_free "${prev[3]}" || prev=()
    fi
    spawn "$state/proxy.pid" "$state/proxy.log" "$PYTHON" "$here/faultproxy.py" \
        --upstream "$upstream" "${upstream_ca[@]}" --state "$state" "${prev[@]}"
    if ! wait_until 10 control_answers; then
        tail -n 20 "$state/proxy.log" >&2 || true
        stop_pid "$state/proxy.pid"
        service_unavailable "the fault proxy did not start within 10 s (see $state/proxy.log)"
    fi
    local port cport rport
    port=$(jq -r .port "$state/ports.json")
    cport=$(jq -r .control_port "$state/ports.json")
    rport=$(jq -r .redirect_port "$state/ports.json")
    printf '%s\n' "$port" > "$state/port"
    printf '127.0.0.1:%s\n' "$port" > "$state/host"
    printf 'http://127.0.0.1:%s\n' "$port" > "$state/url"
    printf 'http://127.0.0.1:%s\n' "$cport" > "$state/control_url"
    printf 'http://127.0.0.2:%s\n' "$rport" > "$state/redirect_url"
    printf '%s\n' "$upstream" > "$state/upstream"
    echo "faultproxy running at http://127.0.0.1:$port -> $upstream (control http://127.0.0.1:$cport)"
}

case "$cmd" in
start) start ;;
stop)
    stop_pid "$state/proxy.pid"
    rm -f "$state/url"
    echo "faultproxy stopped"
    ;;
*) echo "$usage" >&2; exit 2 ;;
esac
