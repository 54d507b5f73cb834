#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl's pulls and pushes when the registry misbehaves, with the fault proxy of
# tests/env between the private dockerd and the open registry.
#  - A push whose registry stalls and then drops the upload: the daemon's own "Retrying
#    in N seconds" shows; when the daemon gives up, berthctl fails with the daemon's
#    message; once the registry is back, the push completes. (A pure stall is not enough:
#    dockerd 20.10 waits on a stalled upload forever and never retries.)
#  - Ctrl-C in the middle of a throttled pull: berthctl ends with 130, the daemon closes
#    its connection to the registry before the blob is through, and no image is left.
# Each waits for the event, with a ceiling only a hang reaches; how soon they come is
# measured by tests/bench/cli_latency.sh.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/faults_env.sh"

# --- The registry stalls, then drops the upload; then refuses it until the daemon gives up.
random_image "$proxy/faults/push:$run_id"
fault '{"mode": "stall", "direction": "request", "bytes": 1000000, "match": "^PATCH /v2/"}'
berthctl images push "$proxy/faults/push:$run_id" >"$work/push.out" 2>"$work/push.err" &
pid=$!
# The upload has sent its first megabyte and is held there (the proxy counts the
# connections it holds at a stall's point).
for _ in $(seq 600); do
    [ "$(curl -sf "$ctl/stats" | jq .stalls_open)" -ge 1 ] 2>/dev/null && break
    sleep 0.1
done
[ "$(curl -sf "$ctl/stats" | jq .stalls_open)" -ge 1 ] 2>/dev/null || fail "the upload never reached the stall: $(cat "$work/push.err")"
# Replacing the fault closes the stalled upload: to the daemon, the registry died.
fault '{"mode": "status", "status": 503, "match": "^PATCH /v2/"}'
wait_for_line "$work/push.err" "Retrying in" "no retry message from the daemon"
ok "the daemon's retry shows"
wait "$pid" && fail "the push succeeded against a refusing registry: $(tail -n 5 "$work/push.err"; curl -s "$ctl/stats" | jq -c '.log[-8:] | map([.method, .path, .status, .fault])')"
tail -n 1 "$work/push.err" | grep -q "503\|Service Unavailable\|unknown\|received unexpected HTTP status" ||
    fail "the failure is not the daemon's message: $(tail -n 3 "$work/push.err")"
[ "$(grep -c "Retrying in" "$work/push.err")" -ge 2 ] || fail "the daemon did not retry before giving up"
ok "the push fails with the daemon's message: $(tail -n 1 "$work/push.err")"
proxy_reset
pushed=$(berthctl images push --json "$proxy/faults/push:$run_id" 2>/dev/null) || fail "the push after recovery failed"
registry_digest=$(curl -sfI -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$proxy/v2/faults/push/manifests/$run_id" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
expect_eq "the push after recovery completes" "$registry_digest" "$(jq -r .digest <<<"$pushed")"

# --- Ctrl-C in the middle of a throttled pull.
random_image "$proxy/faults/cancel:$run_id"
berthctl images push "$proxy/faults/cancel:$run_id" >/dev/null 2>&1 || fail "cannot push the pull fixture"
docker rmi "$proxy/faults/cancel:$run_id" >/dev/null
fault '{"mode": "throttle", "rate": 200000}'
# The binary itself in the background, not a shell function: a signal must reach berthctl,
# not a subshell that waits for it.
"$BERTH_BINARY_DIR/app/berthctl" --host "$host" images pull "$proxy/faults/cancel:$run_id" >"$work/pull.out" 2>"$work/pull.err" &
pid=$!
wait_for_line "$work/pull.err" Downloading "the pull never started downloading"
[ "$(curl -sf "$ctl/stats" | jq .connections_open)" -ge 1 ] 2>/dev/null || fail "the daemon has no connection to the registry"
kill -INT "$pid"
for _ in $(seq 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
kill -0 "$pid" 2>/dev/null && fail "berthctl still runs 30 s after Ctrl-C"
status=0
wait "$pid" || status=$?
[ "$status" = 130 ] || fail "berthctl's exit status after Ctrl-C was $status: $(cat "$work/pull.err"; curl -s "$ctl/control"; curl -s "$ctl/stats" | jq -c ".log[-3:]")"
closed=
for _ in $(seq 300); do
    [ "$(curl -sf "$ctl/stats" | jq .connections_open)" = 0 ] && closed=yes && break
    sleep 0.1
done
[ -n "$closed" ] || fail "the daemon's connection to the registry stayed open"
# The blob's transfer stopped short of its 8 MB (at 200 kB/s it would take 40 s); the
# statistics must be read for that (an unreadable endpoint is no evidence).
blob_sent=$(curl -sf "$ctl/stats" | jq '[.log[] | select(.path | test("/blobs/sha256:")) | .sent] | max // -1') ||
    fail "the proxy's statistics cannot be read"
[ "$blob_sent" -gt 0 ] && [ "$blob_sent" -lt 8000000 ] || fail "the blob's transfer was not cut short: $blob_sent bytes sent"
ok "cancelled: berthctl ended with 130, the daemon closed its registry connection after $blob_sent blob bytes"
docker image inspect "$proxy/faults/cancel:$run_id" >/dev/null 2>&1 && fail "a cancelled pull left the image"
ok "no image after a cancelled pull"
proxy_reset
docker rmi "$proxy/faults/push:$run_id" >/dev/null 2>&1 || true
echo "all passed"
