#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Push and pull of a 256 MiB, 4-layer image through the private dockerd, driven by
# berthctl and by the docker CLI in turn, 5 runs each, interleaved. Every push goes to a
# fresh registry (so layers really move, with no cross-repository mount) and every pull
# starts with the image removed. Prints per-run times, medians, spread and the ratio of
# medians; asserts nothing about speed. Target: <= 1.05x (both are daemon-bound).
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
runs=${BERTH_BENCH_RUNS:-5}
layer_mib=${BERTH_BENCH_LAYER_MIB:-64}
docker() { "$docker_cli" -H "$host" "$@"; }
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
registries=()
cleanup() {
    for r in "${registries[@]}"; do bash "$BERTH_SOURCE_DIR/tests/env/registry.sh" stop "$r" >/dev/null 2>&1 || true; done
    docker rmi -f berth-bench/big:1 >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/ctx"
printf 'FROM scratch\n' > "$work/ctx/Dockerfile"
for n in 1 2 3 4; do
    head -c $((layer_mib * 1024 * 1024)) /dev/urandom > "$work/ctx/layer$n"
    printf 'COPY layer%s /layer%s\n' "$n" "$n" >> "$work/ctx/Dockerfile"
done
DOCKER_BUILDKIT=0 docker build -q -t berth-bench/big:1 "$work/ctx" >/dev/null
rm -f "$work"/ctx/layer*

# Not in a command substitution: the list of registries to stop must outlive the call.
fresh_registry() { # NAME -> $registry
    local state="$work/registry-$1"
    registries+=("$state")
    bash "$BERTH_SOURCE_DIR/tests/env/registry.sh" start "$state" open >/dev/null
    registry=$(cat "$state/host")
}

declare -A times
timed() { # KEY COMMAND...
    local start
    start=$(now_ms)
    "${@:2}" >/dev/null 2>&1 || fail "$1 failed: ${*:2}"
    times[$1]+="$(( $(now_ms) - start )) "
}

for run in $(seq "$runs"); do
    for tool in berthctl docker; do
        fresh_registry "$run-$tool"
        ref="$registry/bench/big:1"
        docker tag berth-bench/big:1 "$ref"
        if [ "$tool" = berthctl ]; then timed "push_$tool" berthctl images push "$ref"; else timed "push_$tool" docker push "$ref"; fi
        docker rmi "$ref" >/dev/null
        # The pull must move the layers: drop the local copy first (the source tag too).
        docker tag berth-bench/big:1 berth-bench/keep:1 2>/dev/null || true
        docker save -o "$work/keep.tar" berth-bench/big:1
        docker rmi -f berth-bench/big:1 berth-bench/keep:1 >/dev/null
        if [ "$tool" = berthctl ]; then timed "pull_$tool" berthctl images pull "$ref"; else timed "pull_$tool" docker pull "$ref"; fi
        docker rmi -f "$ref" >/dev/null
        docker load -i "$work/keep.tar" >/dev/null
        rm -f "$work/keep.tar"
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
spread() { tr ' ' '\n' | grep . | sort -n | awk 'NR==1{min=$1} {max=$1} END {print min "-" max}'; }
for op in push pull; do
    b=$(median <<<"${times[${op}_berthctl]}")
    d=$(median <<<"${times[${op}_docker]}")
    echo "$op of $((4 * layer_mib)) MiB in 4 layers, $runs runs: berthctl median ${b} ms ($(spread <<<"${times[${op}_berthctl]}") ms)," \
        "docker median ${d} ms ($(spread <<<"${times[${op}_docker]}") ms), ratio $(awk -v b="$b" -v d="$d" 'BEGIN {printf "%.3f", b / d}') (target <= 1.05)"
    echo "  berthctl runs: ${times[${op}_berthctl]}ms; docker runs: ${times[${op}_docker]}ms"
done
