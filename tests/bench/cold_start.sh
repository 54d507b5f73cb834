#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cold start of the window over 2,000 local tags: from the exec of berth to the first paint
# of the images table with its rows (berth prints that moment under BERTH_BENCH_REPORT, and
# its resident memory a second later), 10 runs, beside `docker images` over the same engine
# in the same script. Targets: median <= 300 ms, RSS <= 60 MiB. Prints the figures; asserts
# only that every run painted its rows.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
sock=${host#unix://}
tags=${BERTH_BENCH_TAGS:-2000}
runs=${BERTH_BENCH_RUNS:-10}
now_ms() { date +%s%3N; }
source "$BERTH_SOURCE_DIR/tests/bench/localtags.sh"
local_tags "$sock" "$tags" berth-bench/start

berth_ms=() rss=() docker_ms=()
for _ in $(seq "$runs"); do
    start=$(now_ms)
    out=$(BERTH_BENCH_REPORT=1 QT_QPA_PLATFORM=offscreen "$BERTH_BINARY_DIR/app/berth" --host "$host" 2>/dev/null)
    painted=$(sed -n 's/^first-rows-paint-ms //p' <<<"$out")
    [ -n "$painted" ] || fail "berth never painted its rows: $out"
    berth_ms+=($((painted - start)))
    rss+=("$(sed -n 's/^rss //p' <<<"$out" | awk '{print int($1/1024)}')")
    start=$(now_ms)
    "$docker_cli" -H "$host" images >/dev/null
    docker_ms+=($(($(now_ms) - start)))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "cold start to the first paint of $tags tags, median of $runs: berth $(median "${berth_ms[@]}") ms (target <= 300), docker images $(median "${docker_ms[@]}") ms"
echo "resident memory with the rows shown: $(median "${rss[@]}") MiB (target <= 60)"
