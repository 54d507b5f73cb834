#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl's image operations against the private dockerd and the registries of tests/env.
# Every expected value comes from a peer: curl against the registry and the engine, or
# Debian's docker CLI; never from Berth itself.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

engine_dir=$(need dockerd)
open_dir=$(need registry_open)
auth_dir=$(need registry_htpasswd)
host=$(cat "$engine_dir/host")
sock=${host#unix://}
registry=$(cat "$open_dir/host")
auth_registry=$(cat "$auth_dir/host")
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
engine_get() { curl -sf --unix-socket "$sock" "http://engine/v1.41$1"; }
docker() { "$docker_cli" -H "$host" "$@"; }
keep_engine_tags "$host"
manifest_digest() { # REGISTRY REPO TAG [CURL ARGS]
    curl -sfI "${@:4}" -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "http://$1/v2/$2/manifests/$3" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}'
}
run_id=$$

# build (docker CLI) -> tag -> push -> rm -> pull: the digest is the registry's own.
mkdir -p "$work/build"
printf 'built for run %s\n' "$run_id" > "$work/build/hello.txt"
printf 'FROM berth-test/busybox:1.0\nCOPY hello.txt /hello.txt\nLABEL berth.test.run="%s"\n' "$run_id" > "$work/build/Dockerfile"
DOCKER_BUILDKIT=0 docker build -q -t "berth-test/built:$run_id" "$work/build" >/dev/null
ref="$registry/roundtrip/web:$run_id"
berthctl images tag "berth-test/built:$run_id" "$ref"
expect_eq "tag visible to the docker CLI" "$(docker image inspect -f '{{.Id}}' "berth-test/built:$run_id")" \
    "$(docker image inspect -f '{{.Id}}' "$ref")"
pushed=$(berthctl images push --json "$ref" 2>"$work/push.err")
expect_eq "pushed digest = registry's digest" "$(manifest_digest "$registry" roundtrip/web "$run_id")" \
    "$(jq -r .digest <<<"$pushed")"
grep -q "Pushed\|Layer already exists\|Mounted from" "$work/push.err" || fail "push showed no layer progress: $(cat "$work/push.err")"
berthctl images rm "$ref" >"$work/rm.out"
grep -q "Untagged: $ref" "$work/rm.out" || fail "rm did not report the untag: $(cat "$work/rm.out")"
docker image inspect "$ref" >/dev/null 2>&1 && fail "the image is still there after rm"
pulled=$(berthctl images pull --json "$ref" 2>/dev/null)
expect_eq "pulled digest = registry's digest" "$(manifest_digest "$registry" roundtrip/web "$run_id")" \
    "$(jq -r .digest <<<"$pulled")"
docker image inspect "$ref" >/dev/null || fail "pulled image missing"

# Pull by digest.
digest=$(jq -r .digest <<<"$pulled")
berthctl images pull "$registry/roundtrip/web@$digest" >/dev/null 2>&1 || fail "pull by digest failed"
ok "pull by digest"

# save -> rm -> load: the same image id.
id=$(docker image inspect -f '{{.Id}}' "$ref")
berthctl images save -o "$work/saved.tar" "$ref" 2>/dev/null
# grep reads the whole listing: tar writes it line by line, and a grep -q that leaves at the
# first match can kill tar with SIGPIPE, which pipefail reports as a failure.
tar -tf "$work/saved.tar" | grep manifest.json >/dev/null || fail "saved file is not a docker-save tarball"
ls -A "$work" | grep -v '^saved.tar$' | grep -q saved && fail "save left a temporary file behind"
berthctl images rm "$ref" >/dev/null
loaded=$(berthctl images load -i "$work/saved.tar" 2>/dev/null)
grep -q "Loaded image: $ref" <<<"$loaded" || fail "load did not say what it loaded: $loaded"
expect_eq "loaded image id" "$id" "$(docker image inspect -f '{{.Id}}' "$ref")"

# A save that fails leaves no file; a load of garbage fails with the daemon's message.
mkdir -p "$work/saves"
berthctl images save -o "$work/saves/missing.tar" no-such-image:1 2>"$work/save.err" && fail "save of a missing image succeeded"
[ -z "$(ls -A "$work/saves")" ] || fail "a failed save left a file: $(ls -A "$work/saves")"
head -c 1000 /dev/urandom > "$work/garbage.tar"
berthctl images load -i "$work/garbage.tar" >/dev/null 2>"$work/load.err" && fail "load of garbage succeeded"
grep -qi "tar\|invalid\|EOF\|unexpected" "$work/load.err" || fail "load error not the daemon's: $(cat "$work/load.err")"
ok "failed save and load"

# Ctrl-C during a save: exit 130, the temporary file removed, and no FILE. The temporary
# file may have no name (O_TMPFILE), so it is found among berthctl's open files; berthctl
# is stopped as soon as it has it open, so the save cannot end before the signal is
# handled, however fast the engine streams.
big="berth-test/big-save:$run_id"
mkdir -p "$work/big" "$work/interrupted"
head -c 64000000 /dev/urandom > "$work/big/data"
tar -C "$work/big" -cf "$work/big.tar" data
docker import "$work/big.tar" "$big" >/dev/null
rm -rf "$work/big" "$work/big.tar"
"$BERTH_BINARY_DIR/app/berthctl" --host "$host" images save -o "$work/interrupted/big.tar" "$big" >/dev/null 2>"$work/interrupted.err" &
pid=$!
on_exit "kill -CONT $pid 2>/dev/null; kill -KILL $pid 2>/dev/null"
temporary=
for _ in $(seq 3000); do
    temporary=$(find "/proc/$pid/fd" -lname "$work/interrupted/*" -printf '%l\n' 2>/dev/null | head -n 1)
    [ -n "$temporary" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
done
[ -n "$temporary" ] || fail "berthctl never opened a file in the target folder: $(cat "$work/interrupted.err")"
kill -STOP "$pid"
[ ! -e "$work/interrupted/big.tar" ] || fail "FILE exists while the save runs"
kill -INT "$pid"
kill -CONT "$pid"
status=0
wait "$pid" || status=$?
expect_eq "save's exit status after Ctrl-C" 130 "$status"
[ -z "$(ls -A "$work/interrupted")" ] || fail "Ctrl-C during save left: $(ls -A "$work/interrupted")"
ok "Ctrl-C during save removed its temporary file ($temporary) and wrote no FILE"
docker rmi "$big" >/dev/null

# ls --digests --dangling -a: the same rows as the docker CLI's, with a dangling image of
# our own that keeps its digest (pushed, then its tag moved to another image).
orphan="$registry/roundtrip/orphan:$run_id"
mkdir -p "$work/orphan" && head -c 1000 /dev/urandom > "$work/orphan/data"
tar -C "$work/orphan" -cf "$work/orphan.tar" data
orphan_id=$(docker import "$work/orphan.tar" "$orphan")
docker push "$orphan" >/dev/null
docker tag berth-test/busybox:1.0 "$orphan"
docker rmi "$orphan" >/dev/null
expected=$(docker images --digests --no-trunc --filter dangling=true -a \
    --format '{{.Repository}} {{.Tag}} {{.Digest}} {{.ID}}' | sort)
actual=$(berthctl images ls --json --digests --dangling -a | jq -r '"\(.repository) \(.tag) \(.digest) \(.id)"' | sort)
grep -q "^$registry/roundtrip/orphan <none> sha256:[0-9a-f]* $orphan_id\$" <<<"$expected" ||
    fail "the docker CLI does not list the dangling image with its digest: $expected"
expect_eq "ls --digests --dangling -a = docker images --digests --filter dangling=true -a" "$expected" "$actual"
docker rmi "$orphan_id" >/dev/null

# Credentials: wrong, then right.
user=$(awk -F'\t' 'NR==1{print $1}' "$auth_dir/users.tsv")
pass=$(awk -F'\t' 'NR==1{print $2}' "$auth_dir/users.tsv")
aref="$auth_registry/roundtrip/web:$run_id"
berthctl images tag berth-test/web:1.0 "$aref"
printf 'wrong-%s' "$pass" | berthctl images push --username "$user" --password-stdin "$aref" >/dev/null 2>"$work/auth.err" &&
    fail "push with a wrong password succeeded"
grep -qi "unauthorized\|authentication required\|no basic auth" "$work/auth.err" || fail "wrong password: not the daemon's message: $(cat "$work/auth.err")"
grep -q "wrong-" "$work/auth.err" && fail "the password reached the error text"
printf '%s' "$pass" | berthctl images push --json --username "$user" --password-stdin "$aref" >"$work/auth.out" 2>/dev/null ||
    fail "push with the right password failed"
expect_eq "authenticated push digest" "$(manifest_digest "$auth_registry" roundtrip/web "$run_id" -u "$user:$pass")" \
    "$(jq -r .digest "$work/auth.out")"

# A missing tag: the daemon's message.
berthctl images pull "$registry/roundtrip/web:no-such-tag" >/dev/null 2>"$work/missing.err" && fail "pull of a missing tag succeeded"
grep -qi "manifest unknown\|not found" "$work/missing.err" || fail "missing tag: $(cat "$work/missing.err")"
ok "pull of a missing tag"

# An image a running container uses: the conflict error.
busy="berth-test/busy:$run_id"
berthctl images tag berth-test/busybox:1.0 "$busy"
cid=$(docker run -d --network none "$busy" /bin/busybox sleep 60)
on_exit 'docker rm -f "$cid" >/dev/null 2>&1'
berthctl images rm -f "$(docker image inspect -f '{{.Id}}' "$busy")" >/dev/null 2>"$work/conflict.err" && fail "removed an image in use"
grep -qi "conflict\|being used\|running container" "$work/conflict.err" || fail "in use: $(cat "$work/conflict.err")"
ok "rm of an image in use is refused"
docker rm -f "$cid" >/dev/null

# Several at once: which were removed and which not.
berthctl images tag berth-test/busybox:1.0 "berth-test/several:$run_id"
berthctl images rm --json "berth-test/several:$run_id" "no-such-image:$run_id" >"$work/several.out" 2>/dev/null &&
    fail "rm with a missing image exited 0"
expect_eq "first removed" true "$(jq -rs '.[0].removed' "$work/several.out")"
expect_eq "second not removed" false "$(jq -rs '.[1].removed' "$work/several.out")"

# prune reports the bytes it reclaimed: make a dangling image by moving its tag away.
mkdir -p "$work/rootfs" && head -c 300000 /dev/urandom > "$work/rootfs/data"
tar -C "$work/rootfs" -cf "$work/dangling.tar" data
dangling_id=$(docker import "$work/dangling.tar" "berth-test/dangling:$run_id")
berthctl images tag berth-test/busybox:1.0 "berth-test/dangling:$run_id"
pruned=$(berthctl images prune --json)
jq -e --arg id "$dangling_id" '.deleted | index($id) != null' <<<"$pruned" >/dev/null || fail "prune did not delete $dangling_id: $pruned"
[ "$(jq .spaceReclaimed <<<"$pruned")" -ge 300000 ] || fail "prune reclaimed too little: $pruned"
ok "prune reports bytes"

# inspect and history agree with the engine's own answer.
expect_eq "inspect id" "$(engine_get /images/berth-test/web:1.0/json | jq -r .Id)" \
    "$(berthctl images inspect berth-test/web:1.0 | jq -r '.[0].Id')"
expect_eq "history layers" "$(engine_get /images/berth-test/web:1.0/history | jq length)" \
    "$(berthctl images history --json berth-test/web:1.0 | wc -l)"
berthctl images rm "$aref" "$ref" "berth-test/dangling:$run_id" "$busy" "berth-test/built:$run_id" >/dev/null 2>&1 || true
echo "all passed"
