#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The leak search for AWS (docs/credentials.md): the stand-in's secret keys, its session
# token and the ECR registry password go through every berthctl path that has them —
# login --aws (stdin) into the keychain, accounts, ecr whoami/login/repos, the chain from the
# keychain, the environment and the files, an ECR host's token fetched by itself for images
# pull and push through the engine (X-Registry-Auth), tags and manifest, jobs, logout —
# with debug logging on (berth.*=true). Then every file under HOME, the settings, the temp
# folder, the job history and the test's own output is searched for each, in every form
# (tests/integration/cli/leakforms.sh): no hit.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/ecrpeer.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/leakforms.sh"

svc=$(need ecr)
keyring_dir=$(need keyring)
isolate
join_keyring "$keyring_dir"
docker_env
endpoint=$(cat "$svc/ecr_url")
host=$(cat "$svc/host")
bin=$BERTH_BINARY_DIR/app/berthctl
long_key=$(ecr_key default aws_secret_access_key)
session_key=$(ecr_key session aws_secret_access_key)
session_token=$(ecr_key session aws_session_token)
password=$(cat "$svc/aws_password")
repo=leaks/aws-$$
ref=$host/$repo:v1

peer_push_ecr "$repo" "$ref"

export XDG_CONFIG_HOME=$work/config TMPDIR=$work/tmp QT_LOGGING_RULES="berth.*=true" QT_MESSAGE_PATTERN="%{category}: %{message}"
export AWS_SHARED_CREDENTIALS_FILE=$work/no-credentials AWS_CONFIG_FILE=$work/no-config
export BERTH_ECR_REGISTRY_HOSTS="$host=123456789012:eu-west-1"
mkdir -p "$XDG_CONFIG_HOME" "$TMPDIR" "$work/out"
n=0
# Every run's stdout and stderr stay in $work/out: they are searched too. Input by
# redirection, so that n counts in this shell.
run() { n=$((n + 1)); timeout 120 "$bin" "$@" > "$work/out/$n.out" 2> "$work/out/$n.err" || true; }

run login --aws ci --region eu-west-1 --endpoint-url "$endpoint" --password-stdin < <(printf 'AKIABERTHTEST0000001\n%s\n' "$long_key")
grep -q "Login Succeeded" "$work/out/$n.out" || fail "login --aws ci: $(cat "$work/out/$n.err")"
run login --aws sess --region eu-west-1 --endpoint-url "$endpoint" --password-stdin \
    < <(printf 'ASIABERTHSESSION0001\n%s\n%s\n' "$session_key" "$session_token")
run login --aws bad --region eu-west-1 --endpoint-url "$endpoint" --password-stdin < <(printf 'AKIABERTHTEST0000001\nwrong-%s\n' "$long_key")
run accounts
run accounts --json
run ecr whoami
run ecr whoami --profile ci
run ecr login
run ecr repos --profile sess
# The chain from the keychain: an ECR host's token fetched by itself.
run images pull "$ref"
docker image inspect "$ref" > /dev/null || fail "pull with the kept account: $(cat "$work/out/$n.err")"
run tags "$host/$repo"
grep -q "^v1$" "$work/out/$n.out" || fail "tags: $(cat "$work/out/$n.err")"
run manifest "$ref"
run images tag "$ref" "$host/$repo:v2"
run images push "$host/$repo:v2"
grep -q "$host/$repo:v2" "$work/out/$n.out" || fail "push with the kept account: $(cat "$work/out/$n.err")"
run jobs
# The environment's keys, and the files'.
AWS_ACCESS_KEY_ID=ASIABERTHSESSION0001 AWS_SECRET_ACCESS_KEY=$session_key AWS_SESSION_TOKEN=$session_token run tags "$host/$repo"
AWS_SHARED_CREDENTIALS_FILE=$svc/credentials run tags "$host/$repo"
AWS_SHARED_CREDENTIALS_FILE=$svc/credentials run ecr whoami --profile session --endpoint-url "$endpoint"
run logout --aws sess
run logout --aws ci
docker rmi "$ref" "$host/$repo:v2" > /dev/null 2>&1 || true

: > "$work/forms"
for secret in "$long_key" "$session_key" "$session_token"; do
    secret_forms AWS "$secret" >> "$work/forms"
done
secret_forms AWS "$password" "$host" >> "$work/forms"
search_leaks "$work/forms"
ok "no AWS key, session token or ECR password in any form in HOME, the settings, the temp folder, the history or the output ($(wc -l < "$work/forms") forms)"
echo "all passed"
