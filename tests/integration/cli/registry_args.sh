#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl catalog and tags: what they accept as a registry or a repository, and how they
# fail when nothing answers.
#  - catalog takes host[:port] or a URL with its scheme (http or https, no path);
#  - tags refuses a tag or a digest after the name, as skopeo does;
#  - nothing listening on the loopback fails at once, with the registry-unreachable code;
#  - https to a plain-http port says so, and names --insecure;
#  - a registry that keeps failing (503 through the fault proxy) is retried until the
#    deadline of --retry-timeout, or --retries runs out.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

open_dir=$(need registry_open)
proxy_dir=$(need faultproxy)
proxy=$(cat "$proxy_dir/host")
ctl=$(cat "$proxy_dir/control_url")
curl -sf -X POST "$ctl/reset" >/dev/null
url=$(cat "$open_dir/url")
host=$(cat "$open_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
isolate
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"
exit_code_for() { # the code of a row of berthctl --help's exit codes
    "$bin" --help | sed -n "s/^ *\\([0-9]*\\) *$1.*/\\1/p"
}
unreachable=$(exit_code_for "the registry is unreachable")
[ -n "$unreachable" ] || fail "berthctl --help lists no code for an unreachable registry"
$seed image "$url" args/img 1 1024 >/dev/null

# --- catalog: host:port and http://host:port give the same list; a path is refused.
"$bin" catalog "$host" >"$work/plain" || fail "catalog $host"
grep -qx args/img "$work/plain" || fail "catalog $host lacks args/img"
expect_eq "catalog $url" "$(cat "$work/plain")" "$("$bin" catalog "$url")"
expect_eq "catalog $url/" "$(cat "$work/plain")" "$("$bin" catalog "$url/")"
for bad in "$host/some/path" "$url/v2/" "ftp://$host"; do
    code=0
    "$bin" catalog "$bad" >/dev/null 2>"$work/err" || code=$?
    expect_eq "catalog $bad is a usage error" 2 "$code"
done

# --- tags: a tag or a digest after the name is refused, as skopeo refuses it.
skopeo list-tags --tls-verify=false "docker://$host/args/img:1" >/dev/null 2>"$work/skopeo.err" &&
    fail "skopeo accepted a tag"
grep -qi "no tag or digest allowed" "$work/skopeo.err" || fail "skopeo's refusal changed: $(cat "$work/skopeo.err")"
digest=sha256:$(printf x | sha256sum | cut -d' ' -f1)
for bad in "$host/args/img:1" "$host/args/img@$digest"; do
    code=0
    "$bin" tags "$bad" >/dev/null 2>"$work/err" || code=$?
    expect_eq "tags $bad is a usage error" 2 "$code"
    grep -qi "no tag or digest allowed" "$work/err" || fail "tags $bad: $(cat "$work/err")"
done
expect_eq "tags without a tag" 1 "$("$bin" tags "$host/args/img")"

# --- --json: a failure is a JSON object on stdout too.
code=0
"$bin" tags --json "$host/args/missing" >"$work/json.out" 2>/dev/null || code=$?
expect_eq "tags of a missing repository fails" 1 "$code"
expect_eq "the failure as JSON names the repository" "$host/args/missing" "$(jq -r .reference "$work/json.out")"
jq -e '.error | length > 0' "$work/json.out" >/dev/null || fail "no error in $(cat "$work/json.out")"

# --- Nothing listening on the loopback: at once, not after retries.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
started=$(date +%s%N)
code=0
"$bin" tags "127.0.0.1:$port/x" >/dev/null 2>"$work/err" || code=$?
took=$(( ($(date +%s%N) - started) / 1000000 ))
expect_eq "no registry at 127.0.0.1:$port: the unreachable code" "$unreachable" "$code"
! grep -q "retrying" "$work/err" || fail "a refused connection on the loopback was retried: $(cat "$work/err")"
ok "refused on the loopback: no retry, $took ms: $(tail -n 1 "$work/err")"

# --- https to a registry that speaks plain http.
code=0
"$bin" catalog "https://$host" >/dev/null 2>"$work/err" || code=$?
[ "$code" != 0 ] || fail "catalog https:// on a plain-http registry succeeded"
grep -q "the registry answered plain HTTP: use --insecure if you trust it" "$work/err" ||
    fail "https to plain http: $(cat "$work/err")"
ok "https to plain http: $(tail -n 1 "$work/err")"
# --- Retries: a registry that answers 503 to everything.
curl -sf -X POST -d '{"mode": "status", "status": 503}' "$ctl/control" >/dev/null
code=0
"$bin" tags --retries 0 "$proxy/args/img" >/dev/null 2>"$work/err" || code=$?
expect_eq "--retries 0: fails" 1 "$code"
expect_eq "--retries 0: no retry" 0 "$(grep -c retrying "$work/err" || true)"
# Backoff waits are 1-2 s, then 2-4 s, then 4-8 s: a third retry would start 7 s or more
# after the first try, past a 3 s deadline, while --retries 10 would allow it.
"$bin" tags --retries 10 --retry-timeout 3 "$proxy/args/img" >/dev/null 2>"$work/err" || code=$?
retried=$(grep -c retrying "$work/err" || true)
[ "$retried" -ge 1 ] && [ "$retried" -le 2 ] || fail "--retry-timeout 3: $retried retries: $(cat "$work/err")"
grep -q "try 2 of 11" "$work/err" || fail "the retry line does not count --retries: $(cat "$work/err")"
ok "--retry-timeout 3 stopped after $retried retries: $(tail -n 1 "$work/err")"
curl -sf -X POST "$ctl/reset" >/dev/null
echo "all passed"
