#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the seed corpus of fuzz_decompressor: a small tar compressed by gzip, xz and zstd
# (whole, cut short, with a flipped byte), a multi-member gzip, a zstd bomb and garbage
# behind each magic. Needs tar, gzip, xz and zstd:
#   tests/fuzz/make-archive-corpus.sh tests/fuzz/corpus/archive
set -euo pipefail
out=${1:?usage: make-archive-corpus.sh OUT_DIR}
mkdir -p "$out"
work=$(mktemp -d /tmp/berth-archive-corpus.XXXXXX)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/image/blobs"
printf '[{"Config":"config.json","RepoTags":["berth-test/seed:1"],"Layers":["blobs/layer.tar"]}]' \
    > "$work/image/manifest.json"
printf '{"architecture":"amd64","os":"linux"}' > "$work/image/config.json"
seq 1 300 > "$work/image/blobs/layer.tar"
tar -C "$work/image" --owner=0 --group=0 --mtime=@0 --sort=name -cf "$work/seed.tar" .

cut_and_flip() { # NAME FILE: whole, cut in half, and with one byte in the middle flipped
    cp "$2" "$out/$1"
    head -c $(($(stat -c %s "$2") / 2)) "$2" > "$out/$1-cut"
    python3 - "$2" "$out/$1-flipped" <<'PY'
import sys
data = bytearray(open(sys.argv[1], 'rb').read())
data[len(data) // 2] ^= 0x40
open(sys.argv[2], 'wb').write(bytes(data))
PY
}
gzip -n -c "$work/seed.tar" > "$work/seed.tar.gz"
xz -c "$work/seed.tar" > "$work/seed.tar.xz"
zstd -q -c "$work/seed.tar" > "$work/seed.tar.zst"
cut_and_flip gzip "$work/seed.tar.gz"
cut_and_flip xz "$work/seed.tar.xz"
cut_and_flip zstd "$work/seed.tar.zst"
{ gzip -n -c "$work/image/manifest.json"; gzip -n -c "$work/image/config.json"; } > "$out/gzip-two-members"
head -c 8M /dev/zero | zstd -q -19 -c > "$out/zstd-bomb"
{ printf '\x1f\x8b'; head -c 300 /dev/urandom; } > "$out/gzip-garbage"
{ printf '\xfd7zXZ\x00'; head -c 300 /dev/urandom; } > "$out/xz-garbage"
{ printf '\x28\xb5\x2f\xfd'; head -c 300 /dev/urandom; } > "$out/zstd-garbage"
cp "$work/seed.tar" "$out/plain-tar"
