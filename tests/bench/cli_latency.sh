#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How soon berthctl passes on what tests/integration/cli/images_faults.sh only waits for:
# the daemon's "Retrying in N seconds" after the registry drops an upload, and, after
# Ctrl-C in a throttled pull, berthctl's exit and the close of the daemon's connection to
# the registry (at the fault proxy). Prints the median and the worst of a few runs of each;
# asserts only that each happened. Targets: the retry shown within 5 s, both ends of a
# cancel within 1 s.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/faults_env.sh"
runs=${BERTH_BENCH_RUNS:-3}
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# median_of WHAT MS...: prints the median and the worst.
median_of() {
    local what=$1
    shift
    printf '%s\n' "$@" | sort -n | awk -v what="$what" '{v[NR]=$1} END {printf "%s: median %d ms, worst %d ms over %d runs\n", what, v[int((NR+1)/2)], v[NR], NR}'
}

retry=()
for i in $(seq "$runs"); do
    random_image "$proxy/bench/push$i:$run_id"
    proxy_reset
    fault '{"mode": "stall", "direction": "request", "bytes": 1000000, "match": "^PATCH /v2/"}'
    berthctl images push "$proxy/bench/push$i:$run_id" >/dev/null 2>"$work/push.err" &
    pid=$!
    for _ in $(seq 600); do
        grep -q Pushing "$work/push.err" && sleep 1 && break
        sleep 0.1
    done
    dropped=$(now_ms)
    fault '{"mode": "status", "status": 503, "match": "^PATCH /v2/"}'
    wait_for_line "$work/push.err" "Retrying in" "no retry message from the daemon"
    retry+=($(( $(now_ms) - dropped )))
    kill -INT "$pid" 2>/dev/null || true
    wait "$pid" || true
done

random_image "$proxy/bench/cancel:$run_id"
proxy_reset
berthctl images push "$proxy/bench/cancel:$run_id" >/dev/null 2>&1 || fail "cannot push the pull fixture"
docker rmi "$proxy/bench/cancel:$run_id" >/dev/null
exited=()
closed=()
for i in $(seq "$runs"); do
    fault '{"mode": "throttle", "rate": 200000}'
    "$BERTH_BINARY_DIR/app/berthctl" --host "$host" images pull "$proxy/bench/cancel:$run_id" >/dev/null 2>"$work/pull.err" &
    pid=$!
    wait_for_line "$work/pull.err" Downloading "the pull never started downloading"
    sent=$(now_ms)
    kill -INT "$pid"
    status=0
    wait "$pid" || status=$?
    exited+=($(( $(now_ms) - sent )))
    [ "$status" = 130 ] || fail "berthctl's exit status after Ctrl-C was $status"
    for _ in $(seq 3000); do
        [ "$(curl -sf "$ctl/stats" | jq .connections_open)" = 0 ] && break
        sleep 0.01
    done
    closed+=($(( $(now_ms) - sent )))
    proxy_reset
done

median_of "the daemon's retry shown (after the upload was dropped)" "${retry[@]}"
median_of "berthctl ended (after Ctrl-C)" "${exited[@]}"
median_of "the daemon's registry connection closed (after Ctrl-C)" "${closed[@]}"
