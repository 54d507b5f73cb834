#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Podman's API service (its Docker-compatible API and its own) on a private socket, its
# storage under STATE_DIR (vfs, so it needs no kernel overlay support), seeded with a small
# image made from the static busybox alone, as the private dockerd is.
#
#   podman.sh start STATE_DIR    start (idempotent) and seed
#   podman.sh stop STATE_DIR     stop; leaves no process behind
#
# State files: host (unix://...), version (Podman's), service.log, service.pid.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cmd=${1:?usage: podman.sh start|stop STATE_DIR}
state=${2:?usage: podman.sh start|stop STATE_DIR}
mkdir -p "$state"
state=$(cd "$state" && pwd)
run=$(runtime_dir_for "$state")
sock="$run/podman.sock"
# The same storage options for the service and for the seeding client.
podman_args=(--root "$state/root" --runroot "$run/runroot" --storage-driver vfs
    --events-backend file --cgroup-manager cgroupfs --tmpdir "$run/tmp")

service_answers() {
    curl -sf --max-time 2 --unix-socket "$sock" http://engine/_ping >/dev/null 2>&1
}

seed_images() {
    local remote=(podman --remote --url "unix://$sock")
    "${remote[@]}" image exists berth-test/busybox:1.0 && return 0
    busybox_rootfs "$state/seed"
    "${remote[@]}" import --change 'CMD ["/bin/busybox", "sh"]' "$state/seed/rootfs.tar" \
        berth-test/busybox:1.0 >/dev/null
    "${remote[@]}" tag berth-test/busybox:1.0 berth-test/busybox:latest
}

start() {
    rm -f "$state/skip"
    if alive "$state/service.pid" && service_answers; then
        seed_images
        echo "podman already running at unix://$sock"
        return 0
    fi
    command -v podman >/dev/null || service_unavailable "podman is not installed (apt-get install podman)"
    stop_service
    mkdir -p "$run/tmp"
    # --time=0: the service never ends for want of clients; the fixture's stop ends it.
    spawn "$state/service.pid" "$state/service.log" \
        podman "${podman_args[@]}" system service --time=0 "unix://$sock"
    if ! wait_until 60 service_answers; then
        tail -n 20 "$state/service.log" >&2 || true
        stop_service
        service_unavailable "podman system service did not answer on $sock within 60 s (see $state/service.log)"
    fi
    seed_images
    echo "unix://$sock" > "$state/host"
    podman --remote --url "unix://$sock" version --format '{{.Server.Version}}' > "$state/version"
    echo "podman $(cat "$state/version") running at unix://$sock"
}

stop_service() {
    stop_pid "$state/service.pid"
    # The service's conmon-less leftovers: none for images only, but its runroot holds locks.
    rm -rf "$run"
}

case "$cmd" in
start) start ;;
stop) stop_service; rm -f "$state/host"; echo "podman stopped" ;;
*) echo "usage: podman.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
