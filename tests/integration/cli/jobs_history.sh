#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl's jobs and their history, with a history folder of the test's own:
#  - several pulls at once with --jobs: each one's digest on stdout, and in `berthctl jobs`;
#  - berthctl killed with SIGKILL in the middle of a pull: the next `berthctl jobs` lists
#    the job as interrupted;
#  - Ctrl-C: the job is cancelled, exit 130, and the history says cancelled;
#  - a corrupt history file is moved aside and reported, and the history goes on.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

engine_dir=$(need dockerd)
proxy_dir=$(need faultproxy)
registry_dir=$(need registry_open)
host=$(cat "$engine_dir/host")
proxy=$(cat "$proxy_dir/host")
registry=$(cat "$registry_dir/host")
ctl=$(cat "$proxy_dir/control_url")
bin=$BERTH_BINARY_DIR/app/berthctl
export XDG_DATA_HOME=$work/data # the history lives in $XDG_DATA_HOME/berth/jobs.json
history=$XDG_DATA_HOME/berth/jobs.json
docker() { "$docker_cli" -H "$host" "$@"; }
keep_engine_tags "$host"
berthctl() { "$bin" --host "$host" "$@"; }
fault() { curl -sf -X POST -d "$1" "$ctl/control" >/dev/null || fail "proxy refused $1"; }
run_id=$$
curl -sf -X POST "$ctl/reset" >/dev/null

# An image of one layer of random bytes in the registry, not in the engine; prints its
# name behind the proxy.
random_image() { # NAME BYTES
    mkdir -p "$work/$1" && head -c "$2" /dev/urandom > "$work/$1/data"
    tar -C "$work/$1" -cf "$work/$1.tar" data
    docker import "$work/$1.tar" "$registry/history/$1:$run_id" >/dev/null
    docker push "$registry/history/$1:$run_id" >/dev/null
    docker rmi "$registry/history/$1:$run_id" >/dev/null
    echo "$proxy/history/$1:$run_id"
}

# wait_for_state ID STATE: until `berthctl jobs` says so (5 s at most).
job_result() { berthctl jobs --json | jq -r --arg id "$1" 'select(.id == $id) | .result'; }

# --- Two pulls at once.
one=$(random_image one 100000)
two=$(random_image two 100000)
out=$(berthctl --jobs 2 images pull --json "$one" "$two") || fail "the pulls failed"
[ "$(jq -s length <<<"$out")" = 2 ] || fail "expected two results, got: $out"
for ref in "$one" "$two"; do
    digest=$(jq -r --arg r "$ref" 'select(.reference == $r) | .digest' <<<"$out")
    repo_digest=$(docker image inspect --format '{{json .RepoDigests}}' "$ref" | jq -r '.[0]' | sed 's/.*@//')
    expect_eq "pulled $ref with the engine's digest" "$repo_digest" "$digest"
    listed=$(berthctl jobs --json | jq -r --arg r "$ref" 'select(.references[0] == $r) | "\(.result) \(.digest)"')
    expect_eq "berthctl jobs lists $ref" "succeeded $digest" "$listed"
done
docker rmi "$one" "$two" >/dev/null

# --- SIGKILL in the middle of a throttled pull.
big=$(random_image big 8000000)
fault '{"mode": "throttle", "rate": 200000}'
# The binary itself in the background, so that the signal reaches berthctl.
"$bin" --host "$host" images pull "$big" >"$work/kill.out" 2>"$work/kill.err" &
pid=$!
id=""
for _ in $(seq 100); do
    id=$(berthctl jobs --json | jq -r --arg r "$big" 'select(.references[0] == $r and .result == "running") | .id' | tail -n 1)
    [ -n "$id" ] && grep -q Downloading "$work/kill.err" && break
    sleep 0.1
done
[ -n "$id" ] || fail "the pull never showed as running: $(cat "$work/kill.err")"
kill -KILL "$pid"
wait "$pid" 2>/dev/null || true
expect_eq "a job whose berthctl was killed is interrupted" interrupted "$(job_result "$id")"
berthctl jobs | grep "${id:0:8}" | grep -q Interrupted || fail "the table does not say Interrupted: $(berthctl jobs)"
ok "the table says Interrupted"

# --- Ctrl-C: cancelled, and so recorded.
"$bin" --host "$host" images pull "$big" >"$work/int.out" 2>"$work/int.err" &
pid=$!
for _ in $(seq 100); do
    grep -q Downloading "$work/int.err" && break
    sleep 0.1
done
kill -INT "$pid"
status=0
wait "$pid" || status=$?
expect_eq "Ctrl-C ends berthctl with 130" 130 "$status"
last=$(berthctl jobs --json --last 1)
expect_eq "the history says cancelled" "cancelled $big" "$(jq -r '"\(.result) \(.references[0])"' <<<"$last")"
curl -sf -X POST "$ctl/reset" >/dev/null
docker image inspect "$big" >/dev/null 2>&1 && fail "a cancelled pull left the image"
ok "no image after the killed and the cancelled pull"

# --- A corrupt history is moved aside, reported, and the history goes on.
before=$(berthctl jobs --json | wc -l)
[ "$before" -ge 4 ] || fail "expected at least 4 jobs in the history, got $before"
printf '{"entries": [{"id": "x", "kind": "pull"' > "$history"
berthctl jobs >"$work/corrupt.out" 2>"$work/corrupt.err" || fail "berthctl jobs failed on a corrupt history"
grep -q "corrupt" "$work/corrupt.err" || fail "no word about the corrupt history: $(cat "$work/corrupt.err")"
ls "$history".corrupt-* >/dev/null 2>&1 || fail "the corrupt file was not kept aside"
grep -q '"id": "x"' "$history".corrupt-* || fail "the corrupt file's content was lost"
ok "the corrupt history was moved aside: $(head -n 1 "$work/corrupt.err")"
berthctl images save -o "$work/saved.tar" berth-test/busybox:1.0 2>/dev/null || fail "save failed"
expect_eq "the new history records the next job" "save succeeded" \
    "$(berthctl jobs --json | jq -r '"\(.kind) \(.result)"')"
echo "all passed"
