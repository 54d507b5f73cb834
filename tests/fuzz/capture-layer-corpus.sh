#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the seed corpus of fuzz_layerreader from real layers: a small image built on the
# private dockerd of tests/env (whiteouts, symbolic and hard links, a non-ASCII name), each
# of its layers but the busybox one as docker save writes it, gzip'd and zstd'd; the whole
# saved image; and the hostile layers of tests/data/hostile (but the 2 GiB bomb). Needs the
# docker CLI, gzip and zstd:
#   tests/fuzz/capture-layer-corpus.sh unix:///path/docker.sock tests/fuzz/corpus/layers
set -euo pipefail
usage="usage: capture-layer-corpus.sh unix:///path/docker.sock OUT_DIR"
host=${1:?$usage}
out=${2:?$usage}
docker=(/usr/bin/docker -H "$host")
mkdir -p "$out"
work=$(mktemp -d /tmp/berth-layer-corpus.XXXXXX)
image=berth-corpus/layers:1
trap '"${docker[@]}" rmi -f "$image" >/dev/null 2>&1; rm -rf "$work"' EXIT

mkdir -p "$work/ctx"
printf 'first\n' > "$work/ctx/over.txt"
cat > "$work/ctx/Dockerfile" <<'DOCKERFILE'
FROM berth-test/busybox:1.0
RUN ["/bin/busybox", "mkdir", "-p", "/bin2"]
RUN ["/bin/busybox", "ln", "-s", "/bin/busybox", "/bin2/sh"]
COPY over.txt /data/over.txt
RUN ["/bin/busybox", "sh", "-c", "echo gone > /data/gone && mkdir -p /d/e && echo x > /d/e/f"]
RUN ["/bin/busybox", "sh", "-c", "rm -r /data/gone /d && echo new > /data/over.txt && echo h > /data/h && /bin/busybox ln /data/h /data/h2 && echo u > '/data/ünï'"]
DOCKERFILE
DOCKER_BUILDKIT=0 "${docker[@]}" build -q -t "$image" "$work/ctx" >/dev/null
mkdir -p "$work/saved"
"${docker[@]}" save "$image" > "$work/image.tar"
tar -C "$work/saved" -xf "$work/image.tar"
n=0
for layer in $(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1]))[0]["Layers"][1:]))' "$work/saved/manifest.json"); do
    n=$((n + 1))
    cp "$work/saved/$layer" "$out/layer$n.tar"
    gzip -n -c "$work/saved/$layer" > "$out/layer$n.tar.gz"
    zstd -q -c "$work/saved/$layer" > "$out/layer$n.tar.zst"
done
# The image as docker save writes it, without the busybox layer's bytes.
python3 - "$work/saved" <<'PY'
import json, os, sys
folder = sys.argv[1]
manifest = json.load(open(os.path.join(folder, "manifest.json")))
open(os.path.join(folder, manifest[0]["Layers"][0]), "wb").close()
PY
tar -C "$work/saved" --owner=0 --group=0 --mtime=@0 --sort=name -cf "$out/image.tar" .
hostile=$(dirname "$0")/../data/hostile
for file in "$hostile"/*; do
    case $file in *bomb*|*huge-header*) continue ;; esac
    cp "$file" "$out/hostile-$(basename "$file")"
done
ls -l "$out"
