#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `berthctl images save -o x.tar.gz` of a 48 MiB image (three layers of about 16 MiB)
# against its peer, `docker save IMG | gzip > x.tar.gz` (both deflate at level 6, both fed
# by the same daemon), timed by hyperfine in this process tree. Prints medians and their
# ratio; asserts only that both wrote a gzip'd docker-save tar. Berth compresses through
# libarchive's zlib on the job's thread as the bytes arrive, the peer in a gzip process.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
command -v hyperfine >/dev/null || fail "hyperfine is not installed (apt-get install hyperfine)"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
mib=${BERTH_BENCH_IMAGE_MIB:-16}
docker() { "$docker_cli" -H "$host" "$@"; }
image=berth-bench/save:1
trap 'docker rmi -f "$image" >/dev/null 2>&1; rm -rf "$work"' EXIT

# Three layers, as image layers are: random bytes (compressed media), text (config, source)
# and hex digits, which compress about as well as a program does.
mkdir -p "$work/ctx"
head -c $((mib * 1024 * 1024)) /dev/urandom > "$work/ctx/random"
seq 1 $((mib * 1024 * 1024 / 7)) > "$work/ctx/text"
head -c $((mib * 1024 * 1024 / 3)) /dev/urandom | od -An -tx1 > "$work/ctx/hex" # 3 characters a byte
printf 'FROM scratch\nCOPY random /random\nCOPY text /text\nCOPY hex /hex\n' > "$work/ctx/Dockerfile"
DOCKER_BUILDKIT=0 docker build -q -t "$image" "$work/ctx" >/dev/null
rm -f "$work"/ctx/random "$work"/ctx/text "$work"/ctx/hex

hyperfine -N --warmup 1 --runs "${BERTH_BENCH_RUNS:-5}" --export-json "$work/save.json" \
    -n berthctl "$BERTH_BINARY_DIR/app/berthctl --host $host images save -o $work/berth.tar.gz $image" \
    -n docker-gzip "bash -c '$docker_cli -H $host save $image | gzip > $work/peer.tar.gz'" >/dev/null

for f in berth peer; do
    tar -tzf "$work/$f.tar.gz" | grep -x manifest.json >/dev/null || fail "$f.tar.gz is not a gzip'd docker-save tar"
done
jq -r --arg mib "$((3 * mib))" --arg berth "$(stat -c %s "$work/berth.tar.gz")" --arg peer "$(stat -c %s "$work/peer.tar.gz")" \
    '.results | (map({(.command): .median}) | add) as $m |
    "save of a \($mib) MiB image to .tar.gz, median: berthctl \($m.berthctl*1000|floor) ms, docker save | gzip \($m["docker-gzip"]*1000|floor) ms",
    "ratio berthctl/peer: \($m.berthctl/$m["docker-gzip"]*100|round/100)",
    "sizes: berthctl \($berth) bytes, peer \($peer) bytes"' "$work/save.json"
