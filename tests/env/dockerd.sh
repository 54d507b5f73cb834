#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private Docker engine on its own socket, its data under STATE_DIR, seeded with small
# images made from the static busybox alone (docker import). Used by the tests (as a CTest
# fixture) and as Berth's sandbox engine.
#
#   dockerd.sh start STATE_DIR [--group GROUP]   start (idempotent) and seed
#   dockerd.sh stop STATE_DIR                    stop; leaves no process behind
#   dockerd.sh host STATE_DIR                    print the endpoint (unix://...)
#
# After start, STATE_DIR/host holds the endpoint URL and STATE_DIR/dockerd.log the log.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cmd=${1:?usage: dockerd.sh start|stop|host STATE_DIR [--group GROUP]}
state=${2:?usage: dockerd.sh start|stop|host STATE_DIR [--group GROUP]}
mkdir -p "$state"
state=$(cd "$state" && pwd)
group=""
if [ "${3:-}" = "--group" ]; then group=${4:?--group needs a group}; fi

run=$(runtime_dir_for "$state")
sock="$run/docker.sock"
docker=/usr/bin/docker # Debian's client; another one may come first on PATH

engine_answers() {
    curl -sf --max-time 2 --unix-socket "$sock" http://engine/_ping >/dev/null 2>&1
}

seed_images() {
    local seed="$state/seed"
    # `docker import` of one tar, not `docker build`: the same single-layer images (the
    # static busybox at /bin/busybox, the same CMD, LABELs and EXPOSE) in a fraction of
    # the time, since the legacy builder commits a container per instruction, which
    # costs seconds on vfs and dominated the start-up of all test services together.
    busybox_rootfs "$seed"
    local d=("$docker" -H "unix://$sock")
    "${d[@]}" image inspect berth-test/busybox:1.0 >/dev/null 2>&1 ||
        "${d[@]}" import --change 'CMD ["/bin/busybox", "sh"]' "$seed/rootfs.tar" berth-test/busybox:1.0 >/dev/null
    "${d[@]}" image inspect berth-test/busybox:latest >/dev/null 2>&1 ||
        "${d[@]}" tag berth-test/busybox:1.0 berth-test/busybox:latest
    "${d[@]}" image inspect berth-test/web:1.0 >/dev/null 2>&1 ||
        "${d[@]}" import \
            --change 'LABEL org.opencontainers.image.title="berth test web server" berth.test.role="web"' \
            --change 'EXPOSE 8080/tcp' \
            --change 'CMD ["/bin/busybox", "httpd", "-f", "-p", "8080"]' \
            "$seed/rootfs.tar" berth-test/web:1.0 >/dev/null
}

# The tcp+TLS side, for clients: STATE/tls_host, and STATE/tls as DOCKER_CERT_PATH wants it
# (ca.pem, cert.pem, key.pem).
write_tls_state() {
    [ -f "$state/tls_port" ] || return 0
    echo "tcp://127.0.0.1:$(cat "$state/tls_port")" > "$state/tls_host"
    mkdir -p "$state/tls"
    cp "$state/pki/ca.crt" "$state/tls/ca.pem"
    cp "$state/pki/client.cert" "$state/tls/cert.pem"
    cp "$state/pki/client.key" "$state/tls/key.pem"
}

start() {
    rm -f "$state/skip"
    if engine_answers; then
        echo "unix://$sock" > "$state/host"
        write_tls_state
        seed_images
        echo "dockerd already running at unix://$sock"
        return 0
    fi
    command -v dockerd >/dev/null || service_unavailable "dockerd is not installed (apt-get install docker.io)"
    [ -x "$docker" ] || service_unavailable "$docker is not installed (apt-get install docker.io)"
    can_be_root || service_unavailable "dockerd needs root: run as root or allow sudo without a password"

    # Leftovers of a daemon that died: a stale pid file or socket keeps the next one out.
    stop_daemon
    as_root mkdir -p "$run" "$state/root"
    as_root chmod 755 "$run"
    echo '{}' > "$state/daemon.json"
    local group_args=()
    [ -n "$group" ] && group_args=(--group "$group")
    # The same daemon also listens on tcp with --tlsverify: its own CA, and a client
    # certificate it requires (docs/engines.md). The port is kept across restarts.
    make_test_pki "$state/pki"
    local tls_port
    tls_port=$(pick_port "$state/tls_port")
    # setsid and /dev/null: the daemon must not hold the caller's terminal or the pipes
    # CTest waits on.
    as_root setsid dockerd \
        --config-file "$state/daemon.json" \
        --iptables=false --ip6tables=false --bridge=none --ip-forward=false --ip-masq=false \
        --storage-driver=vfs \
        --data-root "$state/root" --exec-root "$run/exec" \
        -H "unix://$sock" -H "tcp://127.0.0.1:$tls_port" \
        --tlsverify --tlscacert "$state/pki/ca.crt" --tlscert "$state/pki/server.crt" --tlskey "$state/pki/server.key" \
        --pidfile "$run/docker.pid" "${group_args[@]}" \
        </dev/null >"$state/dockerd.log" 2>&1 &
    if ! wait_until 60 engine_answers; then
        tail -n 20 "$state/dockerd.log" >&2 || true
        stop_daemon
        service_unavailable "dockerd did not answer on $sock within 60 s (see $state/dockerd.log)"
    fi
    echo "unix://$sock" > "$state/host"
    write_tls_state
    seed_images
    echo "dockerd running at unix://$sock and tcp://127.0.0.1:$tls_port (TLS)"
}

stop_daemon() {
    stop_pid "$run/docker.pid"
    # dockerd stops its containerd; anything still running from this exec root is a leftover.
    local pids
    pids=$(pgrep -f -- "$run/exec" || true)
    if [ -n "$pids" ]; then
        as_root kill -TERM $pids 2>/dev/null || true
        wait_until 10 bash -c "! pgrep -f -- '$run/exec'" || as_root kill -KILL $pids 2>/dev/null || true
    fi
    if [ -d "$run" ]; then
        # Network namespaces and the like are bind mounts under the exec root.
        { grep -o " $run[^ ]*" /proc/self/mounts 2>/dev/null || true; } | sort -r | while read -r m; do
            as_root umount -l "$m" 2>/dev/null || true
        done
        as_root rm -rf "$run"
    fi
}

case "$cmd" in
start) start ;;
stop) stop_daemon; rm -f "$state/host"; echo "dockerd stopped" ;;
host) cat "$state/host" ;;
*) echo "usage: dockerd.sh start|stop|host STATE_DIR [--group GROUP]" >&2; exit 2 ;;
esac
