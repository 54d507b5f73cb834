#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl run against docker run, the peer, on the private dockerd: a container that does
# nothing (create, attach, wait, start and --rm's removal: the calls' cost) and one that
# writes 256 MiB to stdout (the framed stream's throughput). The runs are interleaved in
# pairs, the order alternating, so that the load of a shared machine falls on both alike
# (hyperfine would run all of one, then all of the other). Prints every run, the medians,
# the ratio of the medians, the median of the pairs' ratios, and the load average before
# and after; asserts only that the work was done. Target: <= 1.0x docker run for both.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
image=berth-test/busybox:1.0
bb=/bin/busybox
runs=${BERTH_BENCH_RUNS:-15}
stream_runs=${BERTH_BENCH_STREAM_RUNS:-5}
stream_bytes=268435456

# The work is done: the output arrives whole from both.
bytes=$("$bin" --host "$host" run --rm "$image" $bb head -c $stream_bytes /dev/zero | wc -c)
[ "$bytes" = $stream_bytes ] || fail "berthctl run passed $bytes bytes, not $stream_bytes"
bytes=$("$docker_cli" -H "$host" run --rm "$image" $bb head -c $stream_bytes /dev/zero 2>/dev/null | wc -c)
[ "$bytes" = $stream_bytes ] || fail "docker run passed $bytes bytes, not $stream_bytes"

# timed FILE COMMAND...: runs COMMAND (stdout to /dev/null) and appends its wall time in
# milliseconds to FILE. $EPOCHREALTIME, not date: no process of its own to start.
timed() {
    local file=$1 start end
    shift
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>"$work/err" || fail "$* failed: $(tail -3 "$work/err")"
    end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f\n", (e - s) * 1000}' >> "$file"
}
berth() { timed "$work/$1.berthctl" "$bin" --host "$host" run --rm "$image" "${@:2}"; }
peer() { timed "$work/$1.docker" "$docker_cli" -H "$host" run --rm "$image" "${@:2}"; }

# pairs CASE COUNT COMMAND...: one uncounted pair, then COUNT pairs, the order alternating.
pairs() {
    local name=$1 count=$2 i
    shift 2
    berth warmup "$@" && peer warmup "$@"
    : > "$work/$name.berthctl"
    : > "$work/$name.docker"
    for ((i = 0; i < count; i++)); do
        if ((i % 2 == 0)); then berth "$name" "$@" && peer "$name" "$@"; else peer "$name" "$@" && berth "$name" "$@"; fi
    done
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# report CASE TITLE: the runs, medians and ratios.
report() {
    local b p pair
    b=$(median < "$work/$1.berthctl")
    p=$(median < "$work/$1.docker")
    pair=$(paste "$work/$1.berthctl" "$work/$1.docker" | awk '{printf "%.4f\n", $1 / $2}' | median)
    echo "$2, $(wc -l < "$work/$1.berthctl") interleaved pairs:"
    echo "  berthctl run: median $b ms (runs: $(tr '\n' ' ' < "$work/$1.berthctl")ms)"
    echo "  docker run:   median $p ms (runs: $(tr '\n' ' ' < "$work/$1.docker")ms)"
    awk -v b="$b" -v p="$p" -v r="$pair" \
        'BEGIN {printf "  ratio of the medians %.3f, median of the pairs'"'"' ratios %.3f (target <= 1.0)\n", b / p, r}'
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pairs true "$runs" $bb true
pairs stream "$stream_runs" $bb head -c $stream_bytes /dev/zero
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
report true "run --rm true"
report stream "256 MiB to stdout"
echo "load average (1, 5, 15 min) before: $load_before; after: $load_after ($(nproc) cores)"
