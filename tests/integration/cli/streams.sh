#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl's data through pipes, as docker's: `images save` to stdout when it is not a
# terminal, `images load` from stdin, `blob -o -` to stdout; each compared with the peer.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
open_dir=$(need registry_open)
host=$(cat "$engine_dir/host")
url=$(cat "$open_dir/url")
registry=$(cat "$open_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
isolate
berthctl() { "$bin" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }
image=berth-test/busybox:1.0
run_id=$$

# --- save to a pipe: the same tarball as docker save writes.
docker save "$image" | sha256sum > "$work/docker.sum"
{ berthctl images save "$image" 2>"$work/save.err" || echo "exit $?" >>"$work/save.err"; } | sha256sum > "$work/berth.sum"
! grep -q "^exit " "$work/save.err" || fail "save to a pipe: $(cat "$work/save.err")"
expect_eq "save to a pipe is docker save's tarball" "$(cat "$work/docker.sum")" "$(cat "$work/berth.sum")"
berthctl images save "$image" 2>/dev/null | gzip -1 > "$work/image.tar.gz"
gzip -dc "$work/image.tar.gz" | tar -t > "$work/image.list"
grep -q manifest.json "$work/image.list" || fail "save | gzip is no tarball"
ok "save | gzip gives a tarball"
# Streamed, not kept in a file on the way: nothing lands in TMPDIR; a reader that leaves
# early ends berthctl quietly (SIGPIPE, as docker save), after the bytes it read.
mkdir -p "$work/tmp"
bytes=$({ TMPDIR=$work/tmp "$bin" --host "$host" images save "$image" 2>"$work/early.err"; echo $? >"$work/early.code"; } | head -c 1000 | wc -c)
expect_eq "a reader of 1000 bytes gets 1000" 1000 "$bytes"
case "$(cat "$work/early.code")" in 0 | 141) ;; *) fail "save to a reader that left: exit $(cat "$work/early.code"): $(cat "$work/early.err")" ;; esac
[ ! -s "$work/early.err" ] || fail "save to a reader that left said: $(cat "$work/early.err")"
[ -z "$(ls -A "$work/tmp")" ] || fail "save to stdout left files in TMPDIR: $(ls -A "$work/tmp")"
ok "save to a pipe streams: nothing in TMPDIR, quiet when the reader leaves"
# On a terminal (script(1) gives it one), save refuses, as docker save does.
code=0
script -qec "$bin --host $host images save $image" /dev/null >"$work/tty.out" 2>&1 || code=$?
expect_eq "save to a terminal is a usage error" 2 "$code"
grep -q "terminal" "$work/tty.out" || fail "save to a terminal: $(head -c 300 "$work/tty.out")"

# --- load from stdin, without -i.
docker tag "$image" "berth-test/streams:$run_id"
docker save "berth-test/streams:$run_id" > "$work/streams.tar"
docker rmi "berth-test/streams:$run_id" >/dev/null
berthctl images load < "$work/streams.tar" > "$work/load.out" 2>"$work/load.err" || fail "load from stdin: $(cat "$work/load.err")"
grep -q "Loaded image: berth-test/streams:$run_id" "$work/load.out" || fail "load said: $(cat "$work/load.out")"
docker image inspect "berth-test/streams:$run_id" >/dev/null || fail "the image was not loaded"
ok "load from stdin: $(cat "$work/load.out")"
docker rmi "berth-test/streams:$run_id" >/dev/null
# From a pipe, compressed: the format is told by the first bytes of the stream, and
# nothing is kept in TMPDIR on the way.
zstd -q -c "$work/streams.tar" | TMPDIR=$work/tmp berthctl images load > "$work/load.out" 2>"$work/load.err" ||
    fail "load of zstd from a pipe: $(cat "$work/load.err")"
grep -q "Loaded image: berth-test/streams:$run_id" "$work/load.out" || fail "load said: $(cat "$work/load.out")"
[ -z "$(ls -A "$work/tmp")" ] || fail "load from stdin left files in TMPDIR: $(ls -A "$work/tmp")"
ok "load of a zstd stream from a pipe"
docker rmi "berth-test/streams:$run_id" >/dev/null
# --json: a line per loaded image; a failure is an object on stdout too.
berthctl images load --json -i "$work/streams.tar" > "$work/load.json" 2>"$work/load.err" ||
    fail "load --json: $(cat "$work/load.err")"
expect_eq "load --json names the image" "berth-test/streams:$run_id" "$(jq -r .image "$work/load.json")"
docker rmi "berth-test/streams:$run_id" >/dev/null
head -c 5000 "$work/streams.tar" > "$work/cut.tar"
code=0
berthctl images load --json -i "$work/cut.tar" > "$work/cut.json" 2>/dev/null || code=$?
[ "$code" = 1 ] || fail "load --json of a cut tar exited $code"
expect_eq "load --json says which file failed" "$work/cut.tar" "$(jq -r .reference "$work/cut.json")"
[ -n "$(jq -r .error "$work/cut.json")" ] || fail "load --json failure has no error: $(cat "$work/cut.json")"
ok "load --json: the image, or the failure as an object"

# --- blob -o -: the blob's bytes on stdout, as curl gets them.
read -r _ layer _ < <(bash "$BERTH_SOURCE_DIR/tests/integration/registry/seed.sh" image "$url" streams/img 1 100000)
curl -sf "$url/v2/streams/img/blobs/$layer" | sha256sum > "$work/curl.sum"
{ "$bin" blob "$registry/streams/img@$layer" -o - 2>"$work/blob.err" || echo "exit $?" >>"$work/blob.err"; } | sha256sum > "$work/blob.sum"
! grep -q "^exit " "$work/blob.err" || fail "blob -o -: $(cat "$work/blob.err")"
expect_eq "blob -o - writes the blob to stdout" "$(cat "$work/curl.sum")" "$(cat "$work/blob.sum")"
echo "all passed"
