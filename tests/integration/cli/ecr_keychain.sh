#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The AWS credential chain's last step (docs/aws.md, docs/credentials.md): AWS accounts kept
# by `berthctl login --aws` in the real keychain (gnome-keyring on the fixture's private bus,
# secret-tool as the peer), checked with STS before they are kept; `ecr whoami` names them;
# --profile and AWS_PROFILE reach them when no AWS file has the name; an ECR host's image is
# pulled and its tags listed with their keys; logout takes them away. With debug logging on,
# no key, token or registry password reaches an output or a file.
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"
# shellcheck source=clicommon.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
# shellcheck source=ecrpeer.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/ecrpeer.sh"
svc=$(need ecr)
keyring_dir=$(need keyring)
command -v secret-tool > /dev/null || fail "secret-tool is not installed (apt-get install libsecret-tools)"
isolate
join_keyring "$keyring_dir"
endpoint=$(cat "$svc/ecr_url")
host=$(cat "$svc/host")
docker_env
export QT_LOGGING_RULES='berth.*=true'
bin=$BERTH_BINARY_DIR/app/berthctl
n=0
# Every run's output stays in $work/out, searched for secrets at the end. Input comes by
# redirection, never a pipe: run must count in this shell.
mkdir -p "$work/out"
run() { n=$((n + 1)); timeout 120 "$bin" "$@" > "$work/out/$n.out" 2> "$work/out/$n.err"; }
out() { cat "$work/out/$n.out"; }
peer_lookup() { timeout 20 secret-tool lookup server Berth user "$1"; }
long_key=$(ecr_key default aws_secret_access_key)
session_key=$(ecr_key session aws_secret_access_key)
session_token=$(ecr_key session aws_session_token)
repo=cli/keychain-$$
ref=$host/$repo:v1

peer_push_ecr "$repo" "$ref"

# No AWS files and no keys in the environment: only Berth's accounts can serve.
export AWS_SHARED_CREDENTIALS_FILE=$work/no-credentials AWS_CONFIG_FILE=$work/no-config
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_PROFILE AWS_REGION AWS_DEFAULT_REGION

expect_eq "--aws with a registry is a usage error" 2 "$(run login --aws ci "$host" < /dev/null; echo $?)"

# Keys STS refuses are not kept.
code=0
run login --aws ci --region eu-west-1 --endpoint-url "$endpoint" --password-stdin < <(printf 'AKIABERTHTEST0000001\nnot-the-secret\n') || code=$?
expect_eq "refused keys exit 5" 5 "$code"
grep -q "InvalidSignatureException" "$work/out/$n.err" || fail "refusal: $(cat "$work/out/$n.err")"
peer_lookup aws:ci && fail "refused keys were kept"
run accounts --json
expect_eq "no account after a refusal" "" "$(out)"

# Kept: the keys in one keychain item, the list without them.
run login --aws ci --region eu-west-1 --endpoint-url "$endpoint" --password-stdin < <(printf 'AKIABERTHTEST0000001\n%s\n' "$long_key") \
    || fail "login --aws ci: $(cat "$work/out/$n.err")"
grep -q "Login Succeeded: AWS account ci (arn:aws:iam::123456789012:user/berth-test), region eu-west-1" "$work/out/$n.out" \
    || fail "login says: $(out)"
expect_eq "secret-tool reads the kept keys" "$long_key" "$(peer_lookup aws:ci | jq -r .SecretAccessKey)"
run login --aws sess --region eu-west-1 --endpoint-url "$endpoint" --password-stdin \
    < <(printf 'ASIABERTHSESSION0001\n%s\n%s\n' "$session_key" "$session_token") || fail "login --aws sess: $(cat "$work/out/$n.err")"
expect_eq "the session token is kept with its keys" "$session_token" "$(peer_lookup aws:sess | jq -r .SessionToken)"
run accounts --json
expect_eq "accounts --json lists them, masked, the last one the default" \
    "ci ****************0001 false $endpoint|sess ****************0001 true $endpoint|" \
    "$(jq -r 'select(.aws) | "\(.aws) \(.accessKeyId) \(.default) \(.endpointUrl)"' "$work/out/$n.out" | tr '\n' '|')"
run accounts
grep -q "^aws:ci	\*\*\*\*\*\*\*\*\*\*\*\*\*\*\*\*0001	keychain$" "$work/out/$n.out" || fail "accounts: $(out)"

# The chain: the default account, then a name given by --profile or AWS_PROFILE.
who() { run ecr whoami --json "$@" && jq -r '.Arn + " | " + .Source + " | " + .Region' "$work/out/$n.out"; }
expect_eq "whoami: the default account (its endpoint and region)" \
    "arn:aws:sts::123456789012:assumed-role/tester/berth | Berth's keychain (sess) | eu-west-1" "$(who)"
expect_eq "whoami --profile ci" "arn:aws:iam::123456789012:user/berth-test | Berth's keychain (ci) | eu-west-1" \
    "$(who --profile ci)"
expect_eq "AWS_PROFILE=ci" "arn:aws:iam::123456789012:user/berth-test | Berth's keychain (ci) | us-west-2" \
    "$(AWS_PROFILE=ci AWS_REGION=us-west-2 who)"
run ecr whoami --profile nobody && fail "an unknown profile answered"
grep -q "The config profile (nobody) could not be found" "$work/out/$n.err" || fail "unknown profile: $(cat "$work/out/$n.err")"
ok "a name neither the files nor Berth know is AWS's error"

# An ECR host's image: pulled and listed with the default account's keys, no login given.
export BERTH_ECR_REGISTRY_HOSTS="$host=123456789012:eu-west-1"
run images pull "$ref" || fail "pull with the kept account: $(cat "$work/out/$n.err")"
docker image inspect "$ref" > /dev/null || fail "the engine does not have $ref"
docker rmi "$ref" > /dev/null
ok "images pull gets the ECR token through Berth's account"
run tags "$host/$repo" || fail "tags: $(cat "$work/out/$n.err")"
expect_eq "tags with the kept account" "v1" "$(out)"

# logout: the item and the entry go; the ECR host is then refused with the chain's reason.
run logout --aws sess || fail "logout --aws sess: $(cat "$work/out/$n.err")"
run logout --aws ci || fail "logout --aws ci"
peer_lookup aws:ci && fail "the keys of ci are still in the keychain"
peer_lookup aws:sess && fail "the keys of sess are still in the keychain"
run accounts --json
expect_eq "no account after logout" "" "$(out)"
run logout --aws ci && fail "a second logout succeeded"
run tags "$host/$repo" && fail "tags without any AWS keys succeeded"
grep -q "no AWS credentials found" "$work/out/$n.err" || fail "without keys: $(cat "$work/out/$n.err")"
ok "logout takes the account away"

grep -rq "berth\." "$work/out" || fail "no debug logging reached the output: the search would prove nothing"
for secret in "$long_key" "$session_key" "$session_token" "$(cat "$svc/aws_password")" \
    "$(printf 'AWS:%s' "$(cat "$svc/aws_password")" | base64 -w0)"; do
    if hits=$(grep -rlF -- "$secret" "$work/out" "$HOME" "$XDG_DATA_HOME" "$DOCKER_CONFIG" 2>/dev/null); then
        fail "a secret reached: $hits"
    fi
done
ok "no key, token or registry password in any output or file"
