#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `berthctl build` against its peer, `/usr/bin/docker build` with the classic builder
# (DOCKER_BUILDKIT=0), on the same daemon: a context of 20,000 small files beside a 200 MiB
# file that .dockerignore excludes, built 5 times each, interleaved (the order alternating),
# with the cache (the first, uncounted pair fills it). Prints the medians of wall time and
# of peak RSS, and the ratio; asserts only that both images hold the same files. The
# daemon's share (reading the tar, checking the cache) is the same for both: the
# difference is the client's walk, matching and tar making.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
[ -x /usr/bin/time ] || fail "GNU time is not installed (apt-get install time)"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
runs=${BERTH_BENCH_RUNS:-5}
files=${BERTH_BENCH_FILES:-20000}
docker() { "$docker_cli" -H "$host" "$@"; }
[ -n "${BERTH_BENCH_KEEP:-}" ] || keep_engine_tags "$host"

context="$work/ctx"
mkdir -p "$context/big"
for ((d = 0; d < 100; d++)); do
    mkdir -p "$context/src/d$d"
    for ((f = 0; f < files / 100; f++)); do printf 'file %d/%d\n' "$d" "$f" > "$context/src/d$d/f$f.txt"; done
done
head -c $((200 * 1024 * 1024)) /dev/urandom > "$context/big/blob"
printf 'big\n*.log\n' > "$context/.dockerignore"
printf 'FROM berth-test/busybox:1.0\nCOPY . /ctx/\n' > "$context/Dockerfile"

# measure NAME COMMAND...: appends "seconds peak-KiB" to $work/NAME.
measure() {
    local name=$1
    shift
    /usr/bin/time -f '%e %M' -o "$work/$name.one" "$@" >"$work/$name.out" 2>"$work/$name.err" ||
        fail "$name failed: $(tail -5 "$work/$name.err")"
    cat "$work/$name.one" >> "$work/$name"
}
berth() { measure berthctl "$BERTH_BINARY_DIR/app/berthctl" --host "$host" build -t berth-bench/build:berth "$context"; }
peer() { measure docker env DOCKER_BUILDKIT=0 "$docker_cli" -H "$host" build -q -t berth-bench/build:docker "$context"; }

berth && peer # fills the cache; not counted
: > "$work/berthctl"
: > "$work/docker"
for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then berth && peer; else peer && berth; fi
done
image_files() {
    local container
    container=$(docker create "$1" true 2>/dev/null)
    docker export "$container" | tar -tv --numeric-owner | awk '$6 ~ /^ctx\// {print $1, $2, $3, $6}' | sort
    docker rm "$container" >/dev/null
}
image_files berth-bench/build:docker > "$work/docker-files"
image_files berth-bench/build:berth > "$work/berth-files"
cmp -s "$work/docker-files" "$work/berth-files" || fail "the two images hold different files"
ok "both images hold the same $(wc -l <"$work/berth-files") entries under /ctx"

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
berth_s=$(cut -d' ' -f1 "$work/berthctl" | median)
peer_s=$(cut -d' ' -f1 "$work/docker" | median)
berth_kib=$(cut -d' ' -f2 "$work/berthctl" | median)
peer_kib=$(cut -d' ' -f2 "$work/docker" | median)
echo "build of $files small files with 200 MiB ignored, $runs interleaved runs with the cache, median:"
echo "  berthctl build: $berth_s s, peak RSS $((berth_kib / 1024)) MiB"
echo "  docker build (classic): $peer_s s, peak RSS $((peer_kib / 1024)) MiB"
awk -v b="$berth_s" -v p="$peer_s" 'BEGIN {printf "ratio berthctl/docker: %.2f (target <= 1.0)\n", b / p}'
echo "berthctl peak RSS $((berth_kib / 1024)) MiB (target <= 64 MiB)"
