#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl's pulls and pushes when the registry misbehaves, with the fault proxy of
# tests/env between the private dockerd and the open registry.
#  - A push whose registry stalls and then drops the upload: the daemon's own "Retrying
#    in N seconds" shows within 5 s; when the daemon gives up, berthctl fails with the
#    daemon's message; once the registry is back, the push completes. (A pure stall is
#    not enough: dockerd 20.10 waits on a stalled upload forever and never retries.)
#  - Ctrl-C in the middle of a throttled pull: berthctl ends within 1 s, the daemon
#    closes its connection to the registry within 1 s, and no image is left.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
proxy_dir=$(need faultproxy)
need registry_open >/dev/null
host=$(cat "$engine_dir/host")
proxy=$(cat "$proxy_dir/host")
ctl=$(cat "$proxy_dir/control_url")
docker() { "$docker_cli" -H "$host" "$@"; }
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
fault() { curl -sf -X POST -d "$1" "$ctl/control" >/dev/null || fail "proxy refused $1"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
run_id=$$
curl -sf -X POST "$ctl/reset" >/dev/null

# An image of one 8 MB layer of random bytes, new to the registry.
random_image() { # NAME
    mkdir -p "$work/$1" && head -c 8000000 /dev/urandom > "$work/$1/data"
    tar -C "$work/$1" -cf "$work/$1.tar" data
    docker import "$work/$1.tar" "$proxy/faults/$1:$run_id" >/dev/null
}

# --- The registry stalls, then drops the upload; then refuses it until the daemon gives up.
random_image push
fault '{"mode": "stall", "direction": "request", "bytes": 1000000, "match": "^PATCH /v2/"}'
berthctl images push "$proxy/faults/push:$run_id" >"$work/push.out" 2>"$work/push.err" &
pid=$!
for _ in $(seq 100); do
    curl -sf "$ctl/stats" | jq -e '.log | map(select(.status == "stalled")) | length > 0' >/dev/null 2>&1 && break
    grep -q Pushing "$work/push.err" && sleep 1 && break
    sleep 0.1
done
# Replacing the fault closes the stalled upload: to the daemon, the registry died.
dropped=$(now_ms)
fault '{"mode": "status", "status": 503, "match": "^PATCH /v2/"}'
for _ in $(seq 100); do
    grep -q "Retrying in" "$work/push.err" && break
    sleep 0.05
done
retry_ms=$(( $(now_ms) - dropped ))
grep -q "Retrying in" "$work/push.err" || fail "no retry message from the daemon: $(cat "$work/push.err")"
[ "$retry_ms" -le 5000 ] || fail "the daemon's retry showed after $retry_ms ms"
ok "the daemon's retry shows after $retry_ms ms"
wait "$pid" && fail "the push succeeded against a refusing registry"
tail -n 1 "$work/push.err" | grep -q "503\|Service Unavailable\|unknown\|received unexpected HTTP status" ||
    fail "the failure is not the daemon's message: $(tail -n 3 "$work/push.err")"
[ "$(grep -c "Retrying in" "$work/push.err")" -ge 2 ] || fail "the daemon did not retry before giving up"
ok "the push fails with the daemon's message: $(tail -n 1 "$work/push.err")"
curl -sf -X POST "$ctl/reset" >/dev/null
pushed=$(berthctl images push --json "$proxy/faults/push:$run_id" 2>/dev/null) || fail "the push after recovery failed"
registry_digest=$(curl -sfI -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$proxy/v2/faults/push/manifests/$run_id" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
expect_eq "the push after recovery completes" "$registry_digest" "$(jq -r .digest <<<"$pushed")"

# --- Ctrl-C in the middle of a throttled pull.
random_image cancel
berthctl images push "$proxy/faults/cancel:$run_id" >/dev/null 2>&1 || fail "cannot push the pull fixture"
docker rmi "$proxy/faults/cancel:$run_id" >/dev/null
fault '{"mode": "throttle", "rate": 200000}'
# The binary itself in the background, not a shell function: a signal must reach berthctl,
# not a subshell that waits for it.
"$BERTH_BINARY_DIR/app/berthctl" --host "$host" images pull "$proxy/faults/cancel:$run_id" >"$work/pull.out" 2>"$work/pull.err" &
pid=$!
wait_for_text "$work/pull.err" Downloading 100 "the pull never started downloading"
[ "$(curl -sf "$ctl/stats" | jq .connections_open)" -ge 1 ] || fail "the daemon has no connection to the registry"
sent=$(now_ms)
kill -INT "$pid"
status=0
wait "$pid" || status=$?
exited_ms=$(( $(now_ms) - sent ))
[ "$status" = 130 ] || fail "berthctl's exit status after Ctrl-C was $status: $(cat "$work/pull.err"; curl -s "$ctl/control"; curl -s "$ctl/stats" | jq -c ".log[-3:]")"
[ "$exited_ms" -le 1000 ] || fail "berthctl took $exited_ms ms to end"
closed_ms=-1
for _ in $(seq 40); do
    if [ "$(curl -sf "$ctl/stats" | jq .connections_open)" = 0 ]; then
        closed_ms=$(( $(now_ms) - sent ))
        break
    fi
    sleep 0.025
done
[ "$closed_ms" -ge 0 ] && [ "$closed_ms" -le 1000 ] || fail "the daemon's connection to the registry stayed open"
ok "cancelled: berthctl ended in $exited_ms ms, the daemon's registry connection closed in $closed_ms ms"
docker image inspect "$proxy/faults/cancel:$run_id" >/dev/null 2>&1 && fail "a cancelled pull left the image"
ok "no image after a cancelled pull"
curl -sf -X POST "$ctl/reset" >/dev/null
docker rmi "$proxy/faults/push:$run_id" >/dev/null 2>&1 || true
echo "all passed"
