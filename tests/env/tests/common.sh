# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by the tests of tests/env/tests. Sourced, not run. The tests prove each service
# with real clients (curl, Debian's docker CLI, skopeo, secret-tool), never with Berth.
set -euo pipefail

env_dir=${BERTH_ENV_DIR:?BERTH_ENV_DIR is not set: run through ctest}
docker_cli=/usr/bin/docker # Debian's client; another one may come first on PATH
work=$(mktemp -d "${TMPDIR:-/tmp}/berth-envtest.XXXXXX")

# on_exit COMMAND: run (eval'd) when the script ends, passed or failed, the last one given
# first, before $work goes.
exit_hooks=()
on_exit() {
    exit_hooks+=("$1")
}
run_exit_hooks() {
    local i
    for ((i = ${#exit_hooks[@]} - 1; i >= 0; i--)); do
        eval "${exit_hooks[i]}" || true
    done
    # A window on a private session bus asks the desktop portal for its colour preference
    # (docs/appearance.md); D-Bus then starts the document portal, which mounts a FUSE
    # folder in the runtime folder. Taken down lazily: its daemon may be gone with the bus.
    if [ -n "${XDG_RUNTIME_DIR:-}" ] && mountpoint -q "$XDG_RUNTIME_DIR/doc" 2>/dev/null; then
        fusermount3 -u -z "$XDG_RUNTIME_DIR/doc" 2>/dev/null || fusermount -u -z "$XDG_RUNTIME_DIR/doc" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap run_exit_hooks EXIT

# A home of the test's own: the docker CLI and skopeo read their configuration and
# credentials there, never the user's, and what they write goes with $work.
export HOME=$work/home
export DOCKER_CONFIG=$HOME/.docker XDG_RUNTIME_DIR=$HOME/.run XDG_CONFIG_HOME=$HOME/.config
export XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
bash "$(dirname "${BASH_SOURCE[0]}")/../testhome.sh" "$HOME"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

ok() {
    echo "ok - $*"
}

# need SERVICE: the service's state folder in $svc. A service that could not start left a
# "skip" file: skip (77) unless CI=true, where a missing service is a failure.
need() {
    local dir=$env_dir/$1
    if [ -f "$dir/skip" ]; then
        [ "${CI:-}" = "true" ] && fail "service $1 unavailable under CI: $(cat "$dir/skip")"
        echo "SKIP: service $1 unavailable: $(cat "$dir/skip")" >&2
        exit 77
    fi
    [ -f "$dir/url" ] || [ -f "$dir/host" ] || [ -f "$dir/env" ] || fail "service $1 is not running (nothing in $dir)"
    printf '%s\n' "$dir"
}

# expect_eq WHAT EXPECTED ACTUAL
expect_eq() {
    [ "$2" = "$3" ] || fail "$1: expected '$2', got '$3'"
    ok "$1"
}

# http_code CURL ARGS...: prints the status only.
http_code() {
    curl -s -o /dev/null -w '%{http_code}' "$@" || true
}

sha256_of() {
    sha256sum "$1" | cut -d' ' -f1
}

# make_layer DIR SIZE: DIR/layer, a real gzip'd tar holding SIZE random bytes (random,
# so a flipped byte shows and nothing compresses away; a real tar.gz, so skopeo copies it
# verbatim instead of recompressing it), and DIR/diff_id, the digest of the tar.
make_layer() {
    mkdir -p "$1/content"
    head -c "$2" /dev/urandom > "$1/content/data"
    tar -C "$1/content" --owner=0 --group=0 --mtime=@0 -cf "$1/layer.tar" data
    echo "sha256:$(sha256_of "$1/layer.tar")" > "$1/diff_id"
    gzip -n -1 -c "$1/layer.tar" > "$1/layer"
    rm -rf "$1/content" "$1/layer.tar"
}

# push_blob URL REPO FILE CURL_ARGS...: monolithic upload (POST, then PUT ?digest=).
push_blob() {
    local url=$1 repo=$2 file=$3 digest location code
    shift 3
    digest=sha256:$(sha256_of "$file")
    code=$(http_code -I "$@" "$url/v2/$repo/blobs/$digest")
    [ "$code" = 200 ] && return 0
    location=$(curl -s -D - -o /dev/null -X POST "$@" "$url/v2/$repo/blobs/uploads/" |
        tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')
    [ -n "$location" ] || return 1
    case "$location" in /*) location=$url$location ;; esac
    case "$location" in *\?*) location="$location&digest=$digest" ;; *) location="$location?digest=$digest" ;; esac
    code=$(http_code -X PUT "$@" -H 'Content-Type: application/octet-stream' --data-binary "@$file" "$location")
    [ "$code" = 201 ]
}

# push_image URL REPO TAG LAYER_SIZE CURL_ARGS...: a schema-2 image with one random layer
# and a config, pushed with curl. Prints the manifest digest; fails on any refusal. The
# layer stays in $work/last-layer.
push_image() {
    local url=$1 repo=$2 tag=$3 content=$4 size d
    shift 4
    d=$(mktemp -d "$work/img.XXXXXX")
    make_layer "$d" "$content"
    size=$(stat -c %s "$d/layer")
    printf '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":["%s"]},"config":{}}' \
        "$(cat "$d/diff_id")" > "$d/config"
    push_blob "$url" "$repo" "$d/layer" "$@" || return 1
    push_blob "$url" "$repo" "$d/config" "$@" || return 1
    printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":%s,"digest":"sha256:%s"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":%s,"digest":"sha256:%s"}]}' \
        "$(stat -c %s "$d/config")" "$(sha256_of "$d/config")" "$size" "$(sha256_of "$d/layer")" > "$d/manifest"
    local code
    code=$(http_code -X PUT "$@" -H 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
        --data-binary "@$d/manifest" "$url/v2/$repo/manifests/$tag")
    [ "$code" = 201 ] || return 1
    cp "$d/layer" "$work/last-layer"
    echo "sha256:$(sha256_of "$d/manifest")"
}

# layer_of URL REPO TAG CURL_ARGS...: the first layer's digest, from the manifest.
layer_of() {
    local url=$1 repo=$2 tag=$3
    shift 3
    curl -sf "$@" -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "$url/v2/$repo/manifests/$tag" | jq -r '.layers[0].digest'
}

# keep_engine_tags HOST: the tags the script adds to that engine go again when it ends,
# passed or failed, so the tests after it see the engine's images as they were. (Tests of
# the private dockerd take turns: no other test adds tags meanwhile.)
keep_engine_tags() {
    "$docker_cli" -H "$1" images --format '{{.Repository}}:{{.Tag}}' | sort > "$work/tags-before.$$"
    on_exit "remove_new_tags '$1' '$work/tags-before.$$'"
}
remove_new_tags() { # HOST TAGS_BEFORE
    "$docker_cli" -H "$1" images --format '{{.Repository}}:{{.Tag}}' | sort | comm -13 "$2" - |
        grep -v '<none>' | xargs -r "$docker_cli" -H "$1" rmi -f >/dev/null 2>&1 || true
}

# The docker CLI on the private dockerd, with the test's own client configuration (above):
# logins of one test never reach another.
docker_env() {
    local dockerd_state
    dockerd_state=$(need dockerd)
    export DOCKER_HOST
    DOCKER_HOST=$(cat "$dockerd_state/host")
    keep_engine_tags "$DOCKER_HOST"
}

docker() {
    "$docker_cli" "$@"
}

# wait_for_line FILE TEXT WHAT: waits (checking every 10 ms, for at most 60 s, which only a
# hang reaches) until FILE holds TEXT; fails naming WHAT otherwise.
wait_for_line() {
    local _
    for _ in $(seq 6000); do
        grep -q "$2" "$1" && return 0
        sleep 0.01
    done
    fail "$3: $(cat "$1")"
}

# use_sshd STATE_DIR: ssh (and so `docker -H ssh://` and Berth) reaches the sshd fixture
# with its throw-away key and known host key, through a config in this test's HOME. OpenSSH
# looks for ~/.ssh in the password database, not in $HOME: the fixture's bin/ssh, first on
# PATH, passes -F "$HOME/.ssh/config".
use_sshd() {
    mkdir -p "$HOME/.ssh"
    cp "$1/ssh_config" "$HOME/.ssh/config"
    export PATH="$1/bin:$PATH"
}
