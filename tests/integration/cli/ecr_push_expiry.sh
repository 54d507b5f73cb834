#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A registry token that lapses in the middle of `berthctl ecr push` (docs/aws.md): the push
# goes to the ECR stand-in's registry through the fault proxy, which holds one layer's upload
# while another completes; the stand-in then changes its registry's password (every token
# handed out so far is refused, as a lapsed one is) and the held upload is let go. The engine
# meets the refusal, berthctl fetches one new token and pushes again, and the engine skips the
# layers ECR already has ("Layer already exists"); the digest ECR lists is the engine's.
# Events only: the proxy's counters and log, the stand-in's, berthctl's output.
# shellcheck source=ecrcommon.sh
source "${BERTH_SOURCE_DIR:?}/tests/integration/cli/ecrcommon.sh"
proxy_dir=$(need faultproxy)
need registry_open > /dev/null
docker_env
export AWS_DEFAULT_REGION=eu-west-1
proxy=$(cat "$proxy_dir/host")
ctl=$(cat "$proxy_dir/control_url")
repo=cli/expiry-$$
control() { curl -fsS -X POST -d "$1" "$endpoint/_control" > /dev/null; }
fault() { curl -fsS -X POST -d "$1" "$ctl/control" > /dev/null; }
proxy_stats() { curl -fsS "$ctl/stats"; }

# The proxy fronts the stand-in's registry, and ECR's repository URIs name the proxy.
on_exit "curl -fsS -X POST '$ctl/reset' > /dev/null; curl -fsS -X POST -d '{\"registryHost\": \"\"}' '$endpoint/_control' > /dev/null"
fault "{\"mode\": \"pass\", \"upstream\": \"http://$host\"}"
control "{\"registryHost\": \"$proxy\"}"
export BERTH_ECR_REGISTRY_HOSTS="$proxy=123456789012:eu-west-1"

# An image of three layers, two of them new to every registry.
mkdir -p "$work/ctx"
head -c 300000 /dev/urandom > "$work/ctx/one"
head -c 300000 /dev/urandom > "$work/ctx/two"
printf 'FROM berth-test/busybox:1.0\nCOPY one /one\nCOPY two /two\n' > "$work/ctx/Dockerfile"
DOCKER_BUILDKIT=0 docker build -q -t "cli/expiry:$$" "$work/ctx" > /dev/null || fail "docker build"
"$BERTH_BINARY_DIR/app/berthctl" ecr create "$repo" --endpoint-url "$endpoint" > /dev/null || fail "ecr create"

# The first layer upload that sends data is held; the others go on.
fault "{\"mode\": \"stall\", \"direction\": \"request\", \"bytes\": 0, \"count\": 1, \"match\": \"PATCH /v2/$repo/blobs/uploads/\"}"
before=$(tokens)
"$BERTH_BINARY_DIR/app/berthctl" ecr push "cli/expiry:$$" --repository "$repo" --json \
    --endpoint-url "$endpoint" > "$work/push.out" 2> "$work/push.err" &
push=$!
on_exit "kill $push 2> /dev/null"
# Held, and another layer already in the registry (its upload closed with 201).
for _ in $(seq 12000); do
    proxy_stats > "$work/stats"
    [ "$(jq .stalls_open "$work/stats")" = 1 ] &&
        [ "$(jq '[.log[] | select(.method == "PUT" and (.path | test("/blobs/uploads/")) and .status == 201)] | length' "$work/stats")" -ge 1 ] &&
        break
    kill -0 "$push" 2> /dev/null || fail "the push ended before its upload was held: $(cat "$work/push.err")"
    sleep 0.01
done
[ "$(jq .stalls_open "$work/stats")" = 1 ] || fail "no upload was held: $(cat "$work/stats")"
ok "one layer's upload is held while another reached the registry"

# The token lapses now; the held upload is let go and meets the refusal.
control '{"rotatePassword": true}'
fault '{"mode": "pass"}'
wait "$push" || fail "ecr push after the token lapsed: $(cat "$work/push.err")"
grep -q "The registry refused the token" "$work/push.err" || fail "no word of the renewal: $(cat "$work/push.err")"
expect_eq "one token for the push, one after the refusal" $((before + 2)) "$(tokens)"
# The second push skips what the first one sent: the lines after the renewal notice.
sed -n '/The registry refused the token/,$p' "$work/push.err" > "$work/second.err"
grep -q ": Layer already exists" "$work/second.err" || fail "the second push sent every layer again: $(cat "$work/second.err")"
ok "the push is repeated with a new token, and the layers ECR has are skipped"
expect_eq "ECR lists the digest the engine pushed" "$(jq -r .digest "$work/push.out")" \
    "$(aws ecr describe-images --repository-name "$repo" --image-ids imageTag="$$" --query 'imageDetails[0].imageDigest' --output text)"
cat "$work/push.err" >&2
docker rmi "cli/expiry:$$" "$(jq -r .uri "$work/push.out")" > /dev/null
