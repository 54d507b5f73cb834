#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Captures real /events streams (image events, de-chunked, one JSON object per line) from
# a running dockerd into the event parser's seed corpus, one file per operation, and
# writes what the docker CLI knows about each one into EXPECTED (a TSV the unit test
# replays against): the capture's time window (nanoseconds) and, per event the operation
# must cause, in order, "ACTION ACTOR [NAME]": the image id (from docker image inspect) or
# reference it is about ("-" for none), and the name attribute where the operation decides
# it. Needs the private dockerd of tests/env, docker-registry (Debian's
# distribution), curl and python3:
#   tests/fuzz/capture-events-corpus.sh unix:///path/docker.sock \
#       tests/fuzz/corpus/events tests/fuzz/corpus/events-expected.tsv
# It starts its own registry on a free port of 127.0.0.1 (which dockerd treats as
# insecure, so plain http works) and stops it when done.
set -euo pipefail
usage="usage: capture-events-corpus.sh unix:///path/docker.sock OUT_DIR EXPECTED_TSV"
host=${1:?$usage}
out=${2:?$usage}
expected=${3:?$usage}
sock=${host#unix://}
docker=(/usr/bin/docker -H "$host") # Debian's client; another one may come first on PATH
api=http://engine/v1.41
image_filter=%7B%22type%22%3A%5B%22image%22%5D%7D # {"type":["image"]}, as Berth asks
mkdir -p "$out"
out=$(cd "$out" && pwd)
: > "$expected"

work=$(mktemp -d /tmp/berth-events-capture.XXXXXX)
registry_pid=""
cleanup() {
    [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null && wait "$registry_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

note() { # STREAM KEY VALUE...
    local stream=$1 key=$2
    shift 2
    printf '%s\t%s\t%s\n' "$stream" "$key" "$*" >> "$expected"
}

now() { date +%s%N; }
as_since() { printf '%s.%s' "${1:0:${#1}-9}" "${1: -9}"; } # nanoseconds -> s.nnnnnnnnn

# scenario NAME COMMAND...: runs the command, then asks the daemon for the image events
# of that time window (since and until in the past: the stream ends by itself).
scenario() {
    local name=$1 t0 t1
    shift
    t0=$(now)
    "$@" > /dev/null
    t1=$(now)
    curl -sSf --max-time 30 --unix-socket "$sock" -o "$out/$name" \
        "$api/events?since=$(as_since "$t0")&until=$(as_since "$t1")&filters=$image_filter"
    note "$name" window "$t0 $t1"
    echo "$name: $(wc -l < "$out/$name") events"
}

image_id() { "${docker[@]}" image inspect -f '{{.Id}}' "$1"; }
rmi() { "${docker[@]}" rmi -f "$@" > /dev/null 2>&1 || true; }

session_start=$(now)

# --- A registry for pull and push ------------------------------------------------------
port=$(free_port)
mkdir -p "$work/registry"
printf 'version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: 127.0.0.1:%s\n' \
    "$work/registry" "$port" > "$work/registry.yml"
docker-registry serve "$work/registry.yml" > "$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 100); do
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/v2/" && break
    sleep 0.1
done
r=127.0.0.1:$port

busybox=$(image_id berth-test/busybox:1.0)
rmi berth-test/events:tagged berth-test/events:imported "$r/berth/events:1.0"

# --- Tag, untag ------------------------------------------------------------------------
scenario tag "${docker[@]}" tag berth-test/busybox:1.0 berth-test/events:tagged
note tag event tag "$busybox" berth-test/events:tagged
# The image keeps its other tags: only the tag goes.
scenario untag "${docker[@]}" rmi berth-test/events:tagged
note untag event untag "$busybox"

# --- Import, then delete: the image's last tag goes, and the image with it ------------------
mkdir -p "$work/rootfs"
printf 'berth events capture %s\n' "$session_start" > "$work/rootfs/marker"
tar -C "$work/rootfs" -cf "$work/rootfs.tar" marker
scenario import "${docker[@]}" import "$work/rootfs.tar" berth-test/events:imported
imported=$(image_id berth-test/events:imported)
note import event tag "$imported" berth-test/events:imported
note import event import "$imported"
scenario delete "${docker[@]}" rmi berth-test/events:imported
note delete event untag "$imported"
note delete event delete "$imported"

# --- Push, pull ------------------------------------------------------------------------
"${docker[@]}" tag berth-test/busybox:1.0 "$r/berth/events:1.0"
scenario push "${docker[@]}" push "$r/berth/events:1.0"
note push event push "$r/berth/events:1.0" "$r/berth/events"
rmi "$r/berth/events:1.0"
scenario pull "${docker[@]}" pull "$r/berth/events:1.0"
note pull event pull "$r/berth/events:1.0" "$r/berth/events"

# --- Save, load ------------------------------------------------------------------------
scenario save "${docker[@]}" save -o "$work/events.tar" "$r/berth/events:1.0"
note save event save "$busybox"
rmi "$r/berth/events:1.0"
# The load gives the tag back without a tag event: only "load" says the list changed.
scenario load "${docker[@]}" load -i "$work/events.tar"
note load event load "$busybox"

# --- Prune: an untagged image goes -----------------------------------------------------
printf 'dangling %s\n' "$session_start" > "$work/rootfs/marker"
tar -C "$work/rootfs" -cf "$work/dangling.tar" marker
dangling=$("${docker[@]}" import "$work/dangling.tar")
scenario prune "${docker[@]}" image prune -f
note prune event delete "$dangling"
note prune event prune -

# --- Leave the engine as it was; the whole session as one stream -------------------------
rmi "$r/berth/events:1.0"
session_end=$(now)
curl -sSf --max-time 30 --unix-socket "$sock" -o "$out/session" \
    "$api/events?since=$(as_since "$session_start")&until=$(as_since "$session_end")&filters=$image_filter"
note session window "$session_start $session_end"
echo "session: $(wc -l < "$out/session") events"
echo "captured $(ls "$out" | wc -l) streams into $out, expectations in $expected"
