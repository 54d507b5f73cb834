#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl images pull as scripts use it, each case against the docker CLI or the peer:
#  - a reference with a digest (and a tag beside it) prints what `docker pull -q` prints,
#    and the job history keeps the tag;
#  - --timeout bounds a pull whose registry accepts connections and never answers (the
#    fault proxy's stall);
#  - a login the registry refuses, through the engine, exits with the login-refused code,
#    as `tags` does against the same registry;
#  - with --json, a failed pull is a JSON object on stdout beside the others;
#  - SIGTERM cancels cleanly, records "cancelled", and exits 143.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
open_dir=$(need registry_open)
proxy_dir=$(need faultproxy)
auth_dir=$(need registry_htpasswd)
host=$(cat "$engine_dir/host")
registry=$(cat "$open_dir/host")
url=$(cat "$open_dir/url")
proxy=$(cat "$proxy_dir/host")
ctl=$(cat "$proxy_dir/control_url")
bin=$BERTH_BINARY_DIR/app/berthctl
isolate
berthctl() { "$bin" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }
fault() { curl -sf -X POST -d "$1" "$ctl/control" >/dev/null || fail "proxy refused $1"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"
curl -sf -X POST "$ctl/reset" >/dev/null

# --- Digests: what docker prints, and the tag kept in the history.
read -r digest _ < <($seed image "$url" pull/digest 1 1024)
for ref in "$registry/pull/digest@$digest" "$registry/pull/digest:1@$digest"; do
    expected=$(docker pull -q "$ref") || fail "docker pull $ref"
    docker rmi "$registry/pull/digest@$digest" >/dev/null
    expect_eq "pull $ref prints what docker prints" "$expected" "$(berthctl images pull "$ref" 2>/dev/null)"
    expect_eq "pull --json $ref names it so" "$expected" "$(berthctl images pull --json "$ref" 2>/dev/null | jq -r .reference)"
    expect_eq "the history keeps $ref" "$expected" "$("$bin" jobs --json --last 1 | jq -r '.references[0]')"
    docker rmi "$registry/pull/digest@$digest" >/dev/null
done

# --- --json: a failure is a JSON object on stdout too, so a script sees which pull failed.
code=0
berthctl images pull --json "$registry/pull/digest:1" "$registry/pull/missing:1" >"$work/json.out" 2>/dev/null || code=$?
expect_eq "a failed pull among two exits 1" 1 "$code"
expect_eq "two JSON lines" 2 "$(wc -l < "$work/json.out")"
expect_eq "the first pulled" "$digest" "$(jq -r 'select(.reference == "'"$registry/pull/digest:1"'") | .digest' "$work/json.out")"
jq -e 'select(.reference == "'"$registry/pull/missing:1"'") | .error | length > 0' "$work/json.out" >/dev/null ||
    fail "the failed pull is not a JSON object with its error: $(cat "$work/json.out")"
ok "--json names the failed pull: $(grep missing "$work/json.out")"
docker rmi "$registry/pull/digest:1" >/dev/null

# --- --timeout: the registry (through the proxy) accepts every connection and never answers;
# without --timeout the daemon would wait on it for minutes. The ceiling is generous; the
# message proves it was --timeout that ended it.
fault '{"mode": "stall", "bytes": 0, "match": "."}'
started=$(now_ms)
code=0
berthctl --timeout 2 images pull "$proxy/pull/silent:1" >/dev/null 2>"$work/timeout.err" || code=$?
took=$(( $(now_ms) - started ))
curl -sf -X POST "$ctl/reset" >/dev/null
expect_eq "a silent pull fails" 1 "$code"
grep -q "no word from the engine for 2 s" "$work/timeout.err" || fail "not ended by --timeout: $(cat "$work/timeout.err")"
[ "$took" -le 60000 ] || fail "--timeout 2 took $took ms"
ok "--timeout 2 ended a silent pull after $took ms: $(tail -n 1 "$work/timeout.err")"

# --- A login the registry refuses: the same exit code through the engine (pull, push) as
# when berthctl asks the registry itself (tags): the login-refused row of `berthctl --help`.
login_code=$("$bin" --help | sed -n 's/^ *\([0-9]*\) *the registry refused the login.*/\1/p')
[ -n "$login_code" ] || fail "berthctl --help has no exit code for a refused login"
auth_registry=$(cat "$auth_dir/host")
$seed image "$(cat "$auth_dir/url")" pull/auth 1 1024 -u alice:alice-secret-1 >/dev/null
berthctl images tag berth-test/busybox:1.0 "$auth_registry/pull/auth:2"
for case in "images pull $auth_registry/pull/auth:1" "images push $auth_registry/pull/auth:2" "tags $auth_registry/pull/auth"; do
    read -ra words <<<"$case"
    code=0
    berthctl "${words[@]}" >/dev/null 2>"$work/login.err" || code=$?
    expect_eq "anonymous $case: exit $login_code" "$login_code" "$code"
    code=0
    echo wrong-password | berthctl "${words[@]}" -u alice --password-stdin >/dev/null 2>"$work/login.err" || code=$?
    expect_eq "a wrong password for $case: exit $login_code" "$login_code" "$code"
    ! grep -q wrong-password "$work/login.err" || fail "the password reached the error"
done
docker rmi "$auth_registry/pull/auth:2" >/dev/null

# --- SIGTERM in the middle of a throttled pull: cancelled, recorded so, exit 143.
mkdir -p "$work/big" && head -c 8000000 /dev/urandom > "$work/big/data"
tar -C "$work/big" -cf "$work/big.tar" data
docker import "$work/big.tar" "$proxy/pull/term:1" >/dev/null
berthctl images push "$proxy/pull/term:1" >/dev/null 2>&1 || fail "cannot push the SIGTERM fixture"
docker rmi "$proxy/pull/term:1" >/dev/null
fault '{"mode": "throttle", "rate": 200000}'
# The binary itself in the background, so that the signal reaches berthctl.
"$bin" --host "$host" images pull "$proxy/pull/term:1" >/dev/null 2>"$work/term.err" &
pid=$!
wait_for_line "$work/term.err" Downloading "the pull never started downloading"
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
curl -sf -X POST "$ctl/reset" >/dev/null
expect_eq "SIGTERM exits 143" 143 "$code"
expect_eq "the history says cancelled" cancelled "$("$bin" jobs --json --last 1 | jq -r .result)"
docker image inspect "$proxy/pull/term:1" >/dev/null 2>&1 && fail "a terminated pull left the image"

echo "all passed"
