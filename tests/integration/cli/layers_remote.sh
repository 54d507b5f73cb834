#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl layers, files and diff on images of a registry, read from their blobs as they
# arrive, with the login `berthctl login` kept: an image built in the private dockerd and
# pushed by skopeo (gzip, and zstd as an OCI image) lists the same from the registry as from
# the engine; each layer equals `tar -tv` of its blob fetched with curl; diff takes any mix
# of local and remote images.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
auth_dir=$(need registry_htpasswd)
keyring_dir=$(need keyring)
host=$(cat "$engine_dir/host")
reg=$(cat "$auth_dir/host")
reg_url=$(cat "$auth_dir/url")
berthctl() { timeout 120 "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }
isolate
join_keyring "$keyring_dir"
export LC_ALL=C.UTF-8 TZ=UTC
run_id=$$
tools="$BERTH_SOURCE_DIR/tests/integration/cli/layerpeers.py"
creds=alice:alice-secret-1

build() { # build TAG DIR
    DOCKER_BUILDKIT=0 docker build -q -t "$1" "$2" >/dev/null || fail "docker build of $1 failed"
    on_exit "docker rmi -f '$1' >/dev/null 2>&1"
}
push() { # push LOCAL_TAG REMOTE_REPO:TAG [SKOPEO_ARGS...]: through docker save, as skopeo reads it
    local archive="$work/push.tar" local_tag=$1 remote=$2
    shift 2
    docker save "$local_tag" > "$archive" || fail "docker save of $local_tag failed"
    skopeo copy -q --dest-tls-verify=false --dest-creds "$creds" "$@" \
        "docker-archive:$archive" "docker://$reg/$remote" || fail "skopeo copy to $remote failed"
}

# An image with files added, overwritten and deleted, links and a non-ASCII name.
ref="berth-test/remote-layers:$run_id"
mkdir -p "$work/ctx/data"
printf 'first version\n' > "$work/ctx/data/over.txt"
cat > "$work/ctx/Dockerfile" <<'DOCKERFILE'
FROM berth-test/busybox:1.0
COPY data/ /data/
RUN ["/bin/busybox", "sh", "-c", "echo gone > /data/gone.txt && /bin/busybox mkdir -p /opq/keep"]
RUN ["/bin/busybox", "sh", "-c", "/bin/busybox rm /data/gone.txt && echo new > /data/over.txt && /bin/busybox ln -s ../data/over.txt /data/sym && /bin/busybox ln /data/over.txt /data/hard && echo u > '/data/ünïcödé name.txt'"]
DOCKERFILE
build "$ref" "$work/ctx"
push "$ref" "remote/layers:1"
# zstd: compressed into an OCI layout first (pushing straight, skopeo would reuse the gzip
# blobs it has just sent), then pushed with its digests kept.
docker save "$ref" > "$work/push.tar"
skopeo copy -q --dest-compress-format zstd "docker-archive:$work/push.tar" "oci:$work/oci:1" ||
    fail "skopeo copy to an OCI layout failed"
skopeo copy -q --preserve-digests --dest-tls-verify=false --dest-creds "$creds" \
    "oci:$work/oci:1" "docker://$reg/remote/layers-zstd:1" || fail "skopeo copy of the zstd layout failed"

# Nothing kept for the registry: it refuses, and berthctl says so.
code=0
berthctl layers "docker://$reg/remote/layers:1" >/dev/null 2>"$work/err" || code=$?
[ "$code" -ne 0 ] || fail "an anonymous read of a registry that wants a login succeeded"
ok "without a login the registry refuses ($(head -c 120 "$work/err"))"
# The keyring is the fixture's, shared with the tests after this one: the login goes at the end.
on_exit "berthctl logout '$reg' >/dev/null 2>&1"
printf 'alice-secret-1' | berthctl login "$reg" -u alice --password-stdin >/dev/null 2>"$work/err" ||
    fail "berthctl login: $(cat "$work/err")"

berthctl files -l "$ref" > "$work/local.list" || fail "files of the local image failed"
berthctl layers --json "$ref" | jq -c '{index, digest, size, entries, createdBy}' > "$work/local.layers"
[ "$(wc -l < "$work/local.layers")" -eq 5 ] || fail "expected 4 layers and the waste line: $(cat "$work/local.layers")"
for tag in gzip zstd; do
    repo=remote/layers
    [ "$tag" = gzip ] || repo=remote/layers-zstd
    remote="docker://$reg/$repo:1"
    berthctl files -l "$remote" > "$work/remote.list" 2>"$work/err" || fail "files of $remote: $(cat "$work/err")"
    diff -u "$work/local.list" "$work/remote.list" >&2 || fail "$tag: the remote filesystem differs from the local one"
    berthctl layers --json "$remote" | jq -c '{index, digest, size, entries, createdBy}' > "$work/remote.layers" ||
        fail "layers of $remote failed"
    diff -u "$work/local.layers" "$work/remote.layers" >&2 || fail "$tag: the remote layers differ from the local ones"
    ok "$tag: files -l and layers of the registry's image equal the engine's"

    # Each layer against tar -tv of its blob, fetched with curl.
    manifest=$(skopeo inspect --raw --tls-verify=false --creds "$creds" "$remote")
    mapfile -t digests < <(jq -r '.layers[].digest' <<<"$manifest")
    [ "$tag" != zstd ] || jq -e '[.layers[].mediaType | endswith("+zstd")] | all' <<<"$manifest" >/dev/null ||
        fail "skopeo did not push zstd layers: $manifest"
    n=0
    for digest in "${digests[@]}"; do
        n=$((n + 1))
        curl -sf -u "$creds" -o "$work/blob" "$reg_url/v2/$repo/blobs/$digest" || fail "curl of $digest failed"
        expect_eq "curl's blob has its digest" "$digest" "sha256:$(sha256sum < "$work/blob" | cut -d' ' -f1)"
        if [ "$tag" = zstd ]; then
            zstd -q -d -c "$work/blob" > "$work/blob.tar"
        else
            gzip -d -c "$work/blob" > "$work/blob.tar"
        fi
        tar --numeric-owner --quoting-style=literal -tvf "$work/blob.tar" | python3 "$tools" normalize-tar > "$work/expected"
        berthctl files -l --layer "$n" "$remote" | cut -f1 > "$work/got" || fail "files --layer $n of $remote failed"
        diff -u "$work/expected" "$work/got" >&2 || fail "$tag layer $n differs from tar -tv of its blob"
    done
    [ "$n" -eq 4 ] || fail "expected 4 layers in the $tag manifest, found $n"
    ok "$tag: each layer equals tar -tv of its blob"
done
grep -q 'data/ünïcödé name.txt$' "$work/remote.list" || fail "the non-ASCII name is missing"
grep -q '^h.* link to data/' "$work/got" || fail "the last layer has no hard link: $(cat "$work/got")"

# diff: the same image local and remote has no differences; any mix compares.
berthctl diff --json "$ref" "docker://$reg/remote/layers:1" > "$work/same.json" 2>"$work/err" ||
    fail "diff local remote: $(cat "$work/err")"
expect_eq "local and remote of one image: no file differs" 0 "$(jq '.files | length' "$work/same.json")"
expect_eq "no config differs" 0 "$(jq '.config | length' "$work/same.json")"
expect_eq "every layer the same" true "$(jq '[.layers[] | .digestBefore == .digestAfter] | all' "$work/same.json")"

other="berth-test/remote-layers-b:$run_id"
mkdir -p "$work/b"
printf 'FROM %s\nENV LEVEL=2\nRUN ["/bin/busybox", "sh", "-c", "echo b > /data/added && /bin/busybox rm /data/sym"]\n' "$ref" > "$work/b/Dockerfile"
build "$other" "$work/b"
push "$other" "remote/layers-b:1"
diffs() { jq -r '[.files[] | "\(.change) \(.path)"] + [.config[] | "\(.field) \(.before) \(.after)"] | join(";")' "$1"; }
berthctl diff --json "$ref" "$other" > "$work/ll.json" || fail "diff local local failed"
expect_eq "the local comparison finds what the Dockerfile changed" "added data/added;removed data/sym;env LEVEL  2" "$(diffs "$work/ll.json")"
berthctl diff --json "docker://$reg/remote/layers:1" "$other" > "$work/rl.json" || fail "diff remote local failed"
berthctl diff --json "$ref" "docker://$reg/remote/layers-b:1" > "$work/lr.json" || fail "diff local remote failed"
berthctl diff --json "docker://$reg/remote/layers-zstd:1" "docker://$reg/remote/layers-b:1" > "$work/rr.json" ||
    fail "diff remote remote failed"
for mix in rl lr rr; do
    expect_eq "diff $mix equals diff of the local images" "$(diffs "$work/ll.json")" "$(diffs "$work/$mix.json")"
done
ok "diff takes local and remote images in any mix"
