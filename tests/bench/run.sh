#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl run against docker run, the peer, on the private dockerd, timed by hyperfine
# in this process tree: a container that does nothing (create, attach, wait, start and
# --rm's removal: the calls' cost) and one that writes 256 MiB to stdout (the framed
# stream's throughput). Prints medians and ratios; asserts only that the work was done.
# Target: <= 1.0x docker run for both.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
command -v hyperfine >/dev/null || fail "hyperfine is not installed (apt-get install hyperfine)"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
image=berth-test/busybox:1.0
bb=/bin/busybox
runs=${BERTH_BENCH_RUNS:-10}

# The work is done: the output arrives whole from both.
bytes=$("$bin" --host "$host" run --rm "$image" $bb head -c 268435456 /dev/zero | wc -c)
[ "$bytes" = 268435456 ] || fail "berthctl run passed $bytes bytes, not 268435456"
bytes=$("$docker_cli" -H "$host" run --rm "$image" $bb head -c 268435456 /dev/zero 2>/dev/null | wc -c)
[ "$bytes" = 268435456 ] || fail "docker run passed $bytes bytes, not 268435456"

hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/true.json" \
    -n berthctl "$bin --host $host run --rm $image $bb true" \
    -n docker "$docker_cli -H $host run --rm $image $bb true" >/dev/null 2>&1
hyperfine --warmup 1 --runs "$runs" --export-json "$work/stream.json" \
    -n berthctl "$bin --host $host run --rm $image $bb head -c 268435456 /dev/zero > /dev/null" \
    -n docker "$docker_cli -H $host run --rm $image $bb head -c 268435456 /dev/zero > /dev/null 2>&1" >/dev/null 2>&1
jq -r '.results | (map({(.command): .median}) | add) as $m |
    "run --rm true: median berthctl \($m.berthctl*1000|floor) ms, docker run \($m.docker*1000|floor) ms, ratio \($m.berthctl/$m.docker*100|round/100) (target <= 1.0)"' "$work/true.json"
jq -r '.results | (map({(.command): .median}) | add) as $m |
    "256 MiB to stdout: median berthctl \($m.berthctl*1000|floor) ms (\(256/$m.berthctl|floor) MiB/s), docker run \($m.docker*1000|floor) ms (\(256/$m.docker|floor) MiB/s), ratio \($m.berthctl/$m.docker*100|round/100) (target <= 1.0)"' "$work/stream.json"
