#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl images save to .tar.gz, .tar.xz and .tar.zst, and load of each back, against the
# private dockerd. What the archives hold is read by the peers (tar with gzip and xz, the
# zstd CLI) and compared with what `docker save` writes; the image ids come from the
# docker CLI. Damaged archives must fail with a clear message and load nothing.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }
command -v zstd >/dev/null || fail "the zstd CLI is missing (packaging/dev.sh installs it)"
run_id=$$

# An image of its own, so that rmi really removes it and load really brings it back.
ref="berth-test/compressed:$run_id"
mkdir -p "$work/build"
head -c 200000 /dev/urandom > "$work/build/data"
printf 'FROM berth-test/busybox:1.0\nCOPY data /data\nLABEL berth.test.run="%s"\n' "$run_id" > "$work/build/Dockerfile"
DOCKER_BUILDKIT=0 docker build -q -t "$ref" "$work/build" >/dev/null
trap 'docker rmi -f "$ref" >/dev/null 2>&1; rm -rf "$work"' EXIT
id=$(docker image inspect -f '{{.Id}}' "$ref")
# The peer's listing: what docker save itself puts in the tar.
docker save "$ref" | tar -t | sort > "$work/expected.list"
grep -qx manifest.json "$work/expected.list" || fail "docker save wrote no manifest.json"

list_gz() { tar -tzf "$1"; }
list_xz() { tar -tJf "$1"; }
list_zst() { zstd -dc "$1" | tar -t; }

for kind in gz xz zst; do
    file="$work/saved.tar.$kind"
    berthctl images save -o "$file" "$ref" 2>"$work/save.err" || fail "save to .tar.$kind failed: $(cat "$work/save.err")"
    grep -q "compressed)" "$work/save.err" || fail "save to .tar.$kind did not say it compressed: $(cat "$work/save.err")"
    "list_$kind" "$file" | sort > "$work/got.list" || fail ".tar.$kind is not a $kind-compressed tar"
    diff -u "$work/expected.list" "$work/got.list" >&2 || fail ".tar.$kind does not hold what docker save writes"
    ok "save to .tar.$kind holds manifest.json and every layer"
    docker rmi "$ref" >/dev/null
    berthctl images load -i "$file" >"$work/load.out" 2>"$work/load.err" || fail "load of .tar.$kind failed: $(cat "$work/load.err")"
    grep -q "Loaded image: $ref" "$work/load.out" || fail "load of .tar.$kind did not say what it loaded: $(cat "$work/load.out")"
    expect_eq "image id after load of .tar.$kind" "$id" "$(docker image inspect -f '{{.Id}}' "$ref")"
done

# A save that fails leaves no file, compressed or not.
mkdir -p "$work/saves"
berthctl images save -o "$work/saves/missing.tar.zst" "no-such-image:$run_id" 2>/dev/null && fail "save of a missing image succeeded"
[ -z "$(ls -A "$work/saves")" ] || fail "a failed compressed save left a file: $(ls -A "$work/saves")"
ok "a failed save to .tar.zst leaves nothing"

# The format is read from the bytes, not the name: gzip named .tar, plain tar named .tar.zst.
cp "$work/saved.tar.gz" "$work/gzip-named.tar"
berthctl images save -o "$work/plain.tar" "$ref" 2>/dev/null
tar -tf "$work/plain.tar" >/dev/null || fail "save to .tar is not a plain tar"
cp "$work/plain.tar" "$work/plain-named.tar.zst"
for file in gzip-named.tar plain-named.tar.zst; do
    docker rmi "$ref" >/dev/null
    berthctl images load -i "$work/$file" >/dev/null 2>"$work/load.err" || fail "load of $file failed: $(cat "$work/load.err")"
    expect_eq "image id after load of $file" "$id" "$(docker image inspect -f '{{.Id}}' "$ref")"
done

# Damaged archives: a clear message, and no image.
docker rmi "$ref" >/dev/null
size=$(stat -c %s "$work/saved.tar.gz")
head -c $((size / 2)) "$work/saved.tar.gz" > "$work/truncated.tar.gz"
size=$(stat -c %s "$work/saved.tar.zst")
head -c $((size - 100)) "$work/saved.tar.zst" > "$work/truncated.tar.zst"
{ printf '\x28\xb5\x2f\xfd'; head -c 5000 /dev/urandom; } > "$work/garbage.tar.zst"
for file in truncated.tar.gz truncated.tar.zst garbage.tar.zst; do
    berthctl images load -i "$work/$file" >/dev/null 2>"$work/load.err" && fail "load of $file succeeded"
    grep -q "damaged or cut short" "$work/load.err" || fail "load of $file: not a clear message: $(cat "$work/load.err")"
    docker image inspect "$ref" >/dev/null 2>&1 && fail "load of $file left the image"
    ok "load of $file fails clearly and loads nothing"
done
echo "all passed"
