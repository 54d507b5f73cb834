#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl layers, files and diff against the private dockerd, with GNU tar and the docker
# CLI as the peers: for the layers of an image built here (files added, overwritten and
# deleted, an opaque directory, hard and symbolic links, a non-ASCII name), Berth's listing
# of each layer blob, plain, gzip and zstd, equals `tar -tv` of the same blob; the image's
# filesystem equals `docker export` of a container made from it; the wasted space of
# files written then deleted is the sum of their sizes; a comparison of two images built
# from Dockerfiles that differ in known ways lists exactly those differences.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }
command -v zstd >/dev/null || fail "the zstd CLI is missing (packaging/dev.sh installs it)"
isolate
export LC_ALL=C.UTF-8 TZ=UTC
run_id=$$
tools="$BERTH_SOURCE_DIR/tests/integration/cli/layerpeers.py"

build() { # build TAG DIR
    DOCKER_BUILDKIT=0 docker build -q -t "$1" "$2" >/dev/null || fail "docker build of $1 failed"
    on_exit "docker rmi -f '$1' >/dev/null 2>&1"
}

# The image whose layers hold every kind of change.
ref="berth-test/layers:$run_id"
mkdir -p "$work/ctx/data"
printf 'first version\n' > "$work/ctx/data/over.txt"
printf 'linked\n' > "$work/ctx/data/hard-src"
printf 'mode\n' > "$work/ctx/data/mode.txt"
cat > "$work/ctx/Dockerfile" <<'DOCKERFILE'
FROM berth-test/busybox:1.0
RUN ["/bin/busybox", "--install", "-s", "/bin"]
COPY data/ /data/
RUN mkdir -p /opq/keep && echo old > /opq/old && echo gone > /data/gone.txt
RUN rm -rf /opq && mkdir -p /opq && echo new > /opq/new && rm /data/gone.txt \
 && echo overwritten > /data/over.txt && echo linked > /data/hard-src2 && ln /data/hard-src2 /data/hard-link \
 && ln -s ../data/over.txt /data/sym && echo u > "/data/ünïcödé name.txt" && chmod 600 /data/mode.txt
DOCKERFILE
build "$ref" "$work/ctx"

# On top, a layer the private dockerd's vfs driver never writes (overlay2 does): an opaque
# directory and a whiteout, loaded through docker load.
base_ref="berth-test/layers-base:$run_id"
docker tag "$ref" "$base_ref"
docker rmi "$ref" >/dev/null
on_exit "docker rmi -f '$base_ref' >/dev/null 2>&1"
mkdir -p "$work/extended"
docker save "$base_ref" | tar -C "$work/extended" -xf -
python3 "$tools" add-layer "$work/extended" "$ref"
tar -C "$work/extended" -cf - . | docker load >/dev/null || fail "docker load of the opaque layer failed"

# Each layer's blob as docker save writes it, plain; then gzip'd and zstd'd.
mkdir -p "$work/saved"
docker save "$ref" | tar -C "$work/saved" -xf -
mapfile -t layers < <(python3 "$tools" manifest-layers "$work/saved/manifest.json")
[ "${#layers[@]}" -eq 6 ] || fail "expected 6 layers, docker save has ${#layers[@]}"
berthctl layers --json "$ref" > "$work/layers.json" || fail "berthctl layers failed"
expect_eq "berthctl layers lists every layer" 7 "$(wc -l < "$work/layers.json")"
n=0
for layer in "${layers[@]}"; do
    n=$((n + 1))
    blob="$work/saved/$layer"
    tar --numeric-owner --quoting-style=literal -tvf "$blob" | python3 "$tools" normalize-tar > "$work/expected.$n"
    gzip -c "$blob" > "$blob.gz"
    zstd -q -c "$blob" > "$blob.zst"
    for kind in "" .gz .zst; do
        berthctl files -l --archive "$blob$kind" > "$work/got" || fail "files --archive of layer $n$kind failed"
        diff -u "$work/expected.$n" "$work/got" >&2 || fail "layer $n$kind: Berth's listing differs from tar -tv"
    done
    berthctl files -l --layer "$n" "$ref" | cut -f1 > "$work/got" || fail "files --layer $n failed"
    diff -u "$work/expected.$n" "$work/got" >&2 || fail "files --layer $n differs from tar -tv of its blob"
    ok "layer $n: plain, gzip, zstd and --layer equal tar -tv"
done
grep -q '\.wh\.\.wh\.\.opq' "$work/expected.6" || fail "the last layer has no opaque directory: the test proves nothing"
grep -q '\.wh\.gone\.txt' "$work/expected.5" || fail "the last layer has no whiteout: the test proves nothing"
grep -q "^h.* link to data/" "$work/expected.5" || fail "layer 5 has no hard link: the test proves nothing"

# What a later layer deleted is marked on the same line.
berthctl files --layer 4 "$ref" > "$work/layer4"
grep -qxP 'data/gone.txt\tdeleted in layer 5' "$work/layer4" || fail "gone.txt is not marked deleted: $(cat "$work/layer4")"
grep -qxP 'opq/old\tdeleted in layer 5' "$work/layer4" || fail "opq/old is not marked deleted"
berthctl files --layer 5 "$ref" > "$work/layer5"
grep -qxP 'opq/new\tdeleted in layer 6' "$work/layer5" || fail "opq/new (under an opaque directory) is not marked deleted"
grep -qxP 'data/mode.txt\tdeleted in layer 6' "$work/layer5" || fail "mode.txt is not marked deleted"
ok "files --layer marks what a later layer deleted"

# The filesystem equals docker export of a container (less what the runtime adds).
container=$(docker create "$ref")
docker export "$container" | tar --numeric-owner --quoting-style=literal -tvf - | python3 "$tools" normalize-tar > "$work/export.list"
docker rm "$container" >/dev/null
berthctl files -l "$ref" > "$work/fs.list" || fail "berthctl files failed"
python3 "$tools" same-filesystem "$work/export.list" "$work/fs.list" || fail "the filesystem differs from docker export"
grep -q '^-.* data/ünïcödé name.txt$' "$work/fs.list" || fail "the non-ASCII name is missing"
ok "the image's filesystem equals docker export"

# Wasted space: files written, then deleted, count their sizes.
waste_ref="berth-test/waste:$run_id"
mkdir -p "$work/waste"
cat > "$work/waste/Dockerfile" <<'DOCKERFILE'
FROM berth-test/busybox:1.0
RUN ["/bin/busybox", "sh", "-c", "/bin/busybox head -c 100000 /dev/zero > /w1 && /bin/busybox mkdir /d && /bin/busybox head -c 23456 /dev/zero > /d/w2"]
RUN ["/bin/busybox", "rm", "/w1", "/d/w2"]
DOCKERFILE
build "$waste_ref" "$work/waste"
berthctl files --wasted --json "$waste_ref" > "$work/wasted.json"
expect_eq "wasted space of files written then deleted" 123456 "$(jq -s 'last.totalBytes' "$work/wasted.json")"
expect_eq "wasted files" "d/w2 w1" "$(jq -rs '[.[] | select(.path) | .path] | sort | join(" ")' "$work/wasted.json")"
expect_eq "berthctl layers totals the same" 123456 "$(berthctl layers --json "$waste_ref" | jq -s 'last.wastedBytes')"

# Compare: two images whose Dockerfiles differ in known ways.
mkdir -p "$work/a" "$work/b"
printf 'same\n' | tee "$work/a/same" > "$work/b/same"
printf 'short\n' > "$work/a/changed"
printf 'a longer text\n' > "$work/b/changed"
printf 'only in a\n' > "$work/a/removed"
printf 'only in b\n' > "$work/b/added"
printf 'mode\n' | tee "$work/a/moded" > "$work/b/moded"
chmod 644 "$work/a/moded"
chmod 755 "$work/b/moded"
touch -d @0 "$work/a/"* "$work/b/"*
printf 'FROM berth-test/busybox:1.0\nCOPY . /files/\nENV LEVEL=1\nCMD ["/bin/busybox", "true"]\n' > "$work/a/Dockerfile"
printf 'FROM berth-test/busybox:1.0\nCOPY . /files/\nENV LEVEL=2\nLABEL tier=b\nEXPOSE 8080\nCMD ["/bin/busybox", "false"]\n' > "$work/b/Dockerfile"
touch -d @0 "$work/a/Dockerfile" "$work/b/Dockerfile"
build "berth-test/compare-a:$run_id" "$work/a"
build "berth-test/compare-b:$run_id" "$work/b"
berthctl diff --json "berth-test/compare-a:$run_id" "berth-test/compare-b:$run_id" > "$work/diff.json" || fail "berthctl diff failed"
expect_eq "files that differ" \
    "changed files/Dockerfile size;added files/added;changed files/changed size;changed files/moded mode;removed files/removed" \
    "$(jq -r '[.files[] | "\(.change) \(.path)\(if .what then " " + (.what | join(",")) else "" end)"] | join(";")' "$work/diff.json")"
expect_eq "config that differs" \
    'env LEVEL 1 2;cmd ["/bin/busybox","true"] ["/bin/busybox","false"];label tier  b;port 8080/tcp  exposed' \
    "$(jq -r '[.config[] | "\(.field) \(.before) \(.after)"] | join(";")' "$work/diff.json")"
expect_eq "layers compared" 2 "$(jq '.layers | length' "$work/diff.json")"
expect_eq "the base layer is the same" true "$(jq '.layers[0].digestBefore == .layers[0].digestAfter' "$work/diff.json")"
expect_eq "the total delta is the layers' delta" true \
    "$(jq '(.totalAfter - .totalBefore) == ([.layers[] | .bytesAfter - .bytesBefore] | add)' "$work/diff.json")"

# A load's preview: what the archive holds, and nothing loaded.
docker save "$ref" > "$work/image.tar"
gzip -c "$work/image.tar" > "$work/image.tar.gz"
docker rmi "$ref" >/dev/null
on_exit "docker rmi -f '$ref' >/dev/null 2>&1"
for file in image.tar image.tar.gz; do
    berthctl images load --preview --json -i "$work/$file" > "$work/preview.json" || fail "preview of $file failed"
    expect_eq "preview of $file: tags" "[\"$ref\"]" "$(jq -c '.tags' "$work/preview.json")"
    expect_eq "preview of $file: layers" 6 "$(jq '.layers | length' "$work/preview.json")"
    expect_eq "preview of $file: sizes" "$(python3 "$tools" layer-sizes "$work/saved")" "$(jq -c '[.layers[].size]' "$work/preview.json")"
    docker image inspect "$ref" >/dev/null 2>&1 && fail "the preview of $file loaded the image"
done
ok "load --preview shows the archive's image and loads nothing"

# A missing image is the engine's message.
berthctl files "berth-test/no-such:$run_id" 2>"$work/err" && fail "files of a missing image succeeded"
grep -qi "no such image\|not found\|reference does not exist" "$work/err" || fail "no clear message for a missing image: $(cat "$work/err")"
ok "a missing image fails with the engine's message"
echo "all passed"
