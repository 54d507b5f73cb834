#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every test service at once, for running Berth or a test by hand against them (CTest
# starts them one by one as fixtures). Independent services start in parallel; the
# proxy waits for the registry it fronts, the sshd for the dockerd it serves. The state
# folders are the fixtures' names under ROOT, as under $BERTH_ENV_DIR, so `BERTH_ENV_DIR=ROOT tests/env/tests/x.sh` works.
#
#   all.sh start ROOT     prints each service's line and the time taken
#   all.sh stop ROOT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
usage="usage: all.sh start|stop ROOT"
cmd=${1:?$usage}
root=${2:?$usage}
mkdir -p "$root"
root=$(cd "$root" && pwd)

services=(
    "dockerd dockerd.sh"
    "registry_open registry.sh open"
    "registry_htpasswd registry.sh htpasswd"
    "registry_token registry.sh token"
    "registry_tls registry.sh tls"
    "keyring keyring.sh"
    "podman podman.sh"
)

# run_all ACTION: each service in the background, then every exit status checked.
run_all() {
    local action=$1 entry name script args pids=() failed=0 i
    for entry in "${services[@]}"; do
        read -r name script args <<<"$entry"
        # shellcheck disable=SC2086 # args is a word list on purpose
        bash "$here/$script" "$action" "$root/$name" $args > "$root/$name.$action.log" 2>&1 &
        pids+=("$!")
    done
    for i in "${!pids[@]}"; do
        read -r name _ <<<"${services[$i]}"
        if ! wait "${pids[$i]}"; then
            failed=1
            echo "$name: $action failed" >&2
        fi
        cat "$root/$name.$action.log"
    done
    return $failed
}

case "$cmd" in
start)
    t0=$(date +%s%N)
    rc=0
    run_all start || rc=1
    bash "$here/faultproxy.sh" start "$root/faultproxy" registry_open || rc=1
    bash "$here/sshd.sh" start "$root/sshd" dockerd || rc=1
    echo "all services started in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    exit $rc
    ;;
stop)
    bash "$here/faultproxy.sh" stop "$root/faultproxy"
    bash "$here/sshd.sh" stop "$root/sshd"
    run_all stop
    ;;
*) echo "$usage" >&2; exit 2 ;;
esac
