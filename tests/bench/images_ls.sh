#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `berthctl images ls --json` over 2,000 tags against the same list from curl (the raw
# API call) and from the docker CLI, timed by hyperfine in this process tree. Prints
# medians and ratios; asserts nothing about speed. Targets: <= 1.5x curl, <= 0.5x docker.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
command -v hyperfine >/dev/null || fail "hyperfine is not installed (apt-get install hyperfine)"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
sock=${host#unix://}
tags=${BERTH_BENCH_TAGS:-2000}
source "$BERTH_SOURCE_DIR/tests/bench/localtags.sh"
local_tags "$sock" "$tags" berth-bench/tag
count=$("$BERTH_BINARY_DIR/app/berthctl" --host "$host" images ls --json | wc -l)
[ "$count" -ge "$tags" ] || fail "berthctl listed $count tags, expected at least $tags"

hyperfine -N --warmup 3 --runs "${BERTH_BENCH_RUNS:-30}" --export-json "$work/ls.json" \
    -n berthctl "$BERTH_BINARY_DIR/app/berthctl --host $host images ls --json" \
    -n curl "curl -sf --unix-socket $sock http://engine/v1.41/images/json" \
    -n docker "$docker_cli -H $host images" >/dev/null
jq -r '.results | (map({(.command): .median}) | add) as $m |
    "median: berthctl \($m.berthctl*1000|floor) ms, curl \($m.curl*1000|floor) ms, docker images \($m.docker*1000|floor) ms",
    "ratio berthctl/curl: \($m.berthctl/$m.curl*100|round/100) (target <= 1.5)",
    "ratio berthctl/docker: \($m.berthctl/$m.docker*100|round/100) (target <= 0.5)"' "$work/ls.json"
echo "tags listed: $count"
