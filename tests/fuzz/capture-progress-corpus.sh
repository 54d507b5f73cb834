#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Captures real progress streams (the de-chunked JSON-lines bodies of pull, push and load)
# from a running dockerd into the progress parser's seed corpus, one file per stream, and
# writes what the registry and the daemon say about each one into EXPECTED (a TSV the unit
# test replays against). Needs the private dockerd of tests/env, docker-registry (Debian's
# distribution), htpasswd, curl and python3:
#   tests/fuzz/capture-progress-corpus.sh unix:///path/docker.sock \
#       tests/fuzz/corpus/progress tests/fuzz/corpus/progress-expected.tsv
# It starts its own registries and a fault-injecting proxy on free ports of 127.0.0.1
# (which dockerd treats as insecure, so plain http works) and stops them when done.
set -euo pipefail
usage="usage: capture-progress-corpus.sh unix:///path/docker.sock OUT_DIR EXPECTED_TSV"
host=${1:?$usage}
out=${2:?$usage}
expected=${3:?$usage}
sock=${host#unix://}
docker=(/usr/bin/docker -H "$host") # Debian's client; another one may come first on PATH
api=http://engine/v1.41
mkdir -p "$out"
out=$(cd "$out" && pwd)
: > "$expected"

work=$(mktemp -d /tmp/berth-progress-capture.XXXXXX)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

wait_port() { # PORT: until something listens there
    for _ in $(seq 100); do
        curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/" && return 0
        sleep 0.1
    done
    echo "nothing listens on 127.0.0.1:$1" >&2
    return 1
}

start_registry() { # NAME PORT [HTPASSWD]
    local dir="$work/$1"
    mkdir -p "$dir/data"
    {
        printf 'version: 0.1\nlog:\n  level: error\n'
        printf 'storage:\n  filesystem:\n    rootdirectory: %s\n' "$dir/data"
        printf 'http:\n  addr: 127.0.0.1:%s\n  secret: berth-progress-capture\n' "$2"
        if [ -n "${3:-}" ]; then
            printf 'auth:\n  htpasswd:\n    realm: berth\n    path: %s\n' "$3"
        fi
    } > "$dir/config.yml"
    docker-registry serve "$dir/config.yml" > "$dir/log" 2>&1 &
    pids+=($!)
    wait_port "$2"
}

# A TCP proxy in front of a registry that cuts blob transfers: the first CUTS blob
# downloads (GET .../blobs/...) or uploads (PATCH/PUT .../blobs/uploads/...) lose their
# connection after 100 KiB, so the daemon's own retries ("Retrying in N seconds") show.
# CUTS = -1 cuts every one of them: the registry went away for good.
start_proxy() { # PORT TARGET_PORT MODE(pull|push) CUTS
    cat > "$work/proxy.py" <<'PY'
import socket, sys, threading
port, target, mode, cuts = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
lock = threading.Lock()
left = [cuts]

def take_cut():
    with lock:
        if left[0] == 0:
            return False
        if left[0] > 0:
            left[0] -= 1
        return True

def serve(client):
    upstream = socket.create_connection(("127.0.0.1", target))
    state = {"armed": False, "count": 0}
    done = threading.Event()

    def close():
        done.set()
        for s in (client, upstream):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def pump(src, dst, from_client):
        try:
            while not done.is_set():
                data = src.recv(16384)
                if not data:
                    break
                if from_client:
                    blob_get = mode == "pull" and data.startswith(b"GET ") and b"/blobs/sha256:" in data.split(b"\r\n", 1)[0]
                    upload = mode == "push" and (data.startswith(b"PATCH ") or data.startswith(b"PUT ")) and b"/blobs/uploads/" in data.split(b"\r\n", 1)[0]
                    if (blob_get or upload) and take_cut():
                        state["armed"], state["count"] = True, 0
                # Downloads are cut on the way back, uploads on the way there.
                if state["armed"] and from_client == (mode == "push"):
                    state["count"] += len(data)
                    if state["count"] > 100 * 1024:
                        dst.sendall(data[:1024])
                        break
                dst.sendall(data)
        except OSError:
            pass
        close()

    threading.Thread(target=pump, args=(client, upstream, True), daemon=True).start()
    pump(upstream, client, False)

listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", port))
listener.listen(16)
while True:
    conn, _ = listener.accept()
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
PY
    /usr/bin/python3 "$work/proxy.py" "$@" &
    proxy_pid=$!
    pids+=("$proxy_pid")
    wait_port "$1"
}

stop_proxy() {
    kill "$proxy_pid" 2>/dev/null || true
    wait "$proxy_pid" 2>/dev/null || true
}

note() { # STREAM KEY VALUE...
    local stream=$1 key=$2
    shift 2
    printf '%s\t%s\t%s\n' "$stream" "$key" "$*" >> "$expected"
}

capture() { # NAME METHOD TARGET [curl args...]: the body into OUT_DIR/NAME, the status noted
    local name=$1 method=$2 target=$3 status
    shift 3
    status=$(curl -sS -N --max-time 300 --unix-socket "$sock" -o "$out/$name" -w '%{http_code}' \
        -X "$method" "$@" "$api$target")
    note "$name" http "$status"
    echo "$name: HTTP $status, $(wc -l < "$out/$name") lines"
}

anonymous=e30= # base64url of {}
auth_for() { # USER PASSWORD SERVER: X-Registry-Auth, base64url with padding
    /usr/bin/python3 -c 'import base64, json, sys
print(base64.urlsafe_b64encode(json.dumps({"username": sys.argv[1], "password": sys.argv[2], "serveraddress": sys.argv[3]}).encode()).decode())' "$@"
}

pull() { # NAME FROM_IMAGE TAG_OR_DIGEST [AUTH]
    capture "$1" POST "/images/create?fromImage=$(urlencode "$2")&tag=$(urlencode "$3")" \
        -H "X-Registry-Auth: ${4:-$anonymous}"
}

push() { # NAME IMAGE TAG [AUTH|-]: "-" sends no X-Registry-Auth at all
    local auth=(-H "X-Registry-Auth: ${4:-$anonymous}")
    [ "${4:-}" = - ] && auth=()
    capture "$1" POST "/images/$2/push?tag=$(urlencode "$3")" "${auth[@]}"
}

urlencode() {
    /usr/bin/python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"
}

# The manifest digest the registry serves for REPO:REF, asked of the registry itself.
registry_digest() { # PORT REPO REF
    curl -sSf -I -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "http://127.0.0.1:$1/v2/$2/manifests/$3" | tr -d '\r' |
        awk -F': ' 'tolower($1) == "docker-content-digest" {print $2}'
}

# "layer SHORT_ID SIZE" for every layer of the manifest: pull names a layer by its blob.
note_blobs() { # STREAM PORT REPO REF
    curl -sSf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "http://127.0.0.1:$2/v2/$3/manifests/$4" |
        /usr/bin/python3 -c 'import json, sys
for layer in json.load(sys.stdin)["layers"]:
    print(layer["digest"].split(":")[1][:12], layer["size"])' |
        while read -r id size; do note "$1" layer "$id" "$size"; done
}

# "layer SHORT_ID" for every layer of a local image: push names a layer by its diff id.
note_diff_ids() { # STREAM IMAGE
    "${docker[@]}" image inspect -f '{{range .RootFS.Layers}}{{println .}}{{end}}' "$2" |
        sed -n 's/^sha256:\(.\{12\}\).*/\1/p' |
        while read -r id; do note "$1" layer "$id"; done
}

rmi() { "${docker[@]}" rmi -f "$@" > /dev/null 2>&1 || true; }
# Removes the images behind these references with every tag and digest they have, so
# their layers are gone and the next pull or load moves them again.
forget() {
    local ref id
    for ref in "$@"; do
        id=$("${docker[@]}" image inspect -f '{{.Id}}' "$ref" 2> /dev/null) || continue
        rmi "$id"
    done
}

# --- Registries and images -------------------------------------------------------------
reg=$(free_port)
start_registry open "$reg"
r=127.0.0.1:$reg

authreg=$(free_port)
htpasswd -Bbn alice right-password > "$work/htpasswd"
start_registry auth "$authreg" "$work/htpasswd"

# A multi-layer image of random (incompressible) data, so transfers report progress.
mkdir -p "$work/big"
for f in a b c d e; do head -c $(( 2 * 1024 * 1024 )) /dev/urandom > "$work/big/$f"; done
printf 'FROM scratch\nCOPY a /a\nCOPY b /b\nCOPY c /c\nCOPY d /d\n' > "$work/big/Dockerfile.1"
printf 'FROM %s/berth/big:1.0\nCOPY e /e\n' "$r" > "$work/big/Dockerfile.2"
rmi "$r/berth/big:1.0" "$r/berth/big:2.0"
DOCKER_BUILDKIT=0 "${docker[@]}" build -q -t "$r/berth/big:1.0" -f "$work/big/Dockerfile.1" "$work/big" > /dev/null
DOCKER_BUILDKIT=0 "${docker[@]}" build -q -t "$r/berth/big:2.0" -f "$work/big/Dockerfile.2" "$work/big" > /dev/null
"${docker[@]}" save -o "$work/big.tar" "$r/berth/big:1.0"
"${docker[@]}" tag berth-test/busybox:1.0 "$r/berth/busybox:1.0"
"${docker[@]}" tag berth-test/busybox:1.0 "$r/berth/busybox-copy:1.0"

# --- Push ------------------------------------------------------------------------------
push push-fresh "$r/berth/busybox" 1.0
note push-fresh digest "$(registry_digest "$reg" berth/busybox 1.0)"
note_diff_ids push-fresh "$r/berth/busybox:1.0"

push push-existing "$r/berth/busybox" 1.0
note push-existing digest "$(registry_digest "$reg" berth/busybox 1.0)"
note_diff_ids push-existing "$r/berth/busybox:1.0"

push push-mounted "$r/berth/busybox-copy" 1.0
note push-mounted digest "$(registry_digest "$reg" berth/busybox-copy 1.0)"
note_diff_ids push-mounted "$r/berth/busybox-copy:1.0"

push push-multilayer "$r/berth/big" 1.0
note push-multilayer digest "$(registry_digest "$reg" berth/big 1.0)"
note_diff_ids push-multilayer "$r/berth/big:1.0"

push push-partial "$r/berth/big" 2.0
note push-partial digest "$(registry_digest "$reg" berth/big 2.0)"
note_diff_ids push-partial "$r/berth/big:2.0"

# The first upload loses its connection once; the daemon retries it by itself.
proxy=$(free_port)
start_proxy "$proxy" "$reg" push 1
"${docker[@]}" build -q -t "127.0.0.1:$proxy/berth/retry:1.0" - > /dev/null <<DOCKERFILE
FROM $r/berth/big:1.0
LABEL berth.capture=push-retry
DOCKERFILE
push push-retry "127.0.0.1:$proxy/berth/retry" 1.0
note push-retry digest "$(registry_digest "$reg" berth/retry 1.0)"
stop_proxy
rmi "127.0.0.1:$proxy/berth/retry:1.0"

push push-no-auth "$r/berth/busybox" 1.0 -
"${docker[@]}" tag berth-test/busybox:1.0 127.0.0.1:1/berth/busybox:1.0
push push-refused 127.0.0.1:1/berth/busybox 1.0
rmi 127.0.0.1:1/berth/busybox:1.0
push push-missing-image "$r/berth/no-such-image" 1.0
"${docker[@]}" tag berth-test/busybox:1.0 "127.0.0.1:$authreg/berth/busybox:1.0"
push push-wrong-password "127.0.0.1:$authreg/berth/busybox" 1.0 "$(auth_for alice wrong-password "127.0.0.1:$authreg")"
push push-authenticated "127.0.0.1:$authreg/berth/busybox" 1.0 "$(auth_for alice right-password "127.0.0.1:$authreg")"
note push-authenticated digest "$(curl -sSf -I -u alice:right-password \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://127.0.0.1:$authreg/v2/berth/busybox/manifests/1.0" | tr -d '\r' |
    awk -F': ' 'tolower($1) == "docker-content-digest" {print $2}')"
rmi "127.0.0.1:$authreg/berth/busybox:1.0"

# --- Pull ------------------------------------------------------------------------------
big1=$(registry_digest "$reg" berth/big 1.0)
rmi "$r/berth/big:2.0" "$r/berth/big:1.0"
pull pull-fresh "$r/berth/big" 1.0
note pull-fresh digest "$big1"
note_blobs pull-fresh "$reg" berth/big 1.0

pull pull-up-to-date "$r/berth/big" 1.0
note pull-up-to-date digest "$big1"

pull pull-already-exists "$r/berth/big" 2.0
note pull-already-exists digest "$(registry_digest "$reg" berth/big 2.0)"
note_blobs pull-already-exists "$reg" berth/big 2.0

rmi "$r/berth/big:2.0" "$r/berth/big:1.0"
pull pull-digest-fresh "$r/berth/big" "$big1"
note pull-digest-fresh digest "$big1"
note_blobs pull-digest-fresh "$reg" berth/big 1.0
pull pull-digest-up-to-date "$r/berth/big" "$big1"
note pull-digest-up-to-date digest "$big1"

pull pull-missing-tag "$r/berth/big" no-such-tag
pull pull-refused 127.0.0.1:1/berth/big 1.0
pull pull-wrong-password "127.0.0.1:$authreg/berth/busybox" 1.0 "$(auth_for alice wrong-password "127.0.0.1:$authreg")"

# A blob the registry lost: the manifest is there, the layer answers 404.
DOCKER_BUILDKIT=0 "${docker[@]}" build -q -t "$r/berth/lost:1.0" -f - "$work/big" > /dev/null <<'DOCKERFILE'
FROM scratch
COPY e /lost
DOCKERFILE
push push-lost-setup "$r/berth/lost" 1.0 > /dev/null
rm -f "$out/push-lost-setup"
sed -i '/^push-lost-setup\t/d' "$expected"
note_blobs pull-missing-blob "$reg" berth/lost 1.0
lost=$(sed -n 's/^pull-missing-blob\tlayer\t\([0-9a-f]*\) .*/\1/p' "$expected")
rm -rf "$work/open/data/docker/registry/v2/blobs/sha256/${lost:0:2}/$lost"*
rmi "$r/berth/lost:1.0"
pull pull-missing-blob "$r/berth/lost" 1.0

# The first blob download loses its connection once; the daemon retries and succeeds.
forget "$r/berth/big@$big1" "$r/berth/big:1.0"
start_proxy "$proxy" "$reg" pull 1
pull pull-retry "127.0.0.1:$proxy/berth/big" 1.0
note pull-retry digest "$big1"
stop_proxy
forget "127.0.0.1:$proxy/berth/big:1.0"
# Every blob download fails: the daemon gives up after its retries (about a minute).
start_proxy "$proxy" "$reg" pull -1
pull pull-registry-gone "127.0.0.1:$proxy/berth/big" 1.0
stop_proxy

# --- Load ------------------------------------------------------------------------------
"${docker[@]}" save -o "$work/busybox.tar" berth-test/busybox:1.0
capture load-existing POST '/images/load?quiet=0' -H 'Content-Type: application/x-tar' \
    --data-binary "@$work/busybox.tar"
note load-existing image berth-test/busybox:1.0
capture load-quiet POST '/images/load?quiet=1' -H 'Content-Type: application/x-tar' \
    --data-binary "@$work/busybox.tar"
note load-quiet image berth-test/busybox:1.0
forget "127.0.0.1:$proxy/berth/big:1.0" "$r/berth/big:1.0" "$r/berth/big@$big1"
capture load-fresh POST '/images/load?quiet=0' -H 'Content-Type: application/x-tar' \
    --data-binary "@$work/big.tar"
note load-fresh image "$r/berth/big:1.0"
# The tag moves from one image to another: the daemon says so.
"${docker[@]}" tag berth-test/web:1.0 berth-test/moved:1.0
"${docker[@]}" save -o "$work/moved.tar" berth-test/moved:1.0
"${docker[@]}" tag berth-test/busybox:1.0 berth-test/moved:1.0
capture load-retag POST '/images/load?quiet=0' -H 'Content-Type: application/x-tar' \
    --data-binary "@$work/moved.tar"
rmi berth-test/moved:1.0
head -c $(( $(stat -c %s "$work/big.tar") / 2 )) "$work/big.tar" > "$work/truncated.tar"
capture load-truncated POST '/images/load?quiet=0' -H 'Content-Type: application/x-tar' \
    --data-binary "@$work/truncated.tar"
head -c 4096 /dev/urandom > "$work/garbage.tar"
capture load-garbage POST '/images/load?quiet=0' -H 'Content-Type: application/x-tar' \
    --data-binary "@$work/garbage.tar"

# --- Leave the engine as it was ----------------------------------------------------------
rmi "$r/berth/busybox:1.0" "$r/berth/busybox-copy:1.0"
forget "$r/berth/big:2.0" "$r/berth/big:1.0" "127.0.0.1:$proxy/berth/big:1.0"
echo "captured $(ls "$out" | wc -l) streams into $out, expectations in $expected"
