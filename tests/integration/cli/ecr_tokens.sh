#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An ECR registry host's login, fetched by berthctl by itself (docs/aws.md): an image pushed
# to the stand-in's registry by the peer (the AWS CLI's get-login-password and docker login,
# in a Docker config of its own) is pulled through the private dockerd and its tags listed
# by berthctl with no login given, the token coming from GetAuthorizationToken with the
# keys of the AWS files or the environment. `env -i` with the environment's keys and no
# D-Bus works. A token that lapses at once is renewed for the refused request only. No key,
# token or registry password reaches an output or a file.
# shellcheck source=ecrcommon.sh
source "${BERTH_SOURCE_DIR:?}/tests/integration/cli/ecrcommon.sh"
# shellcheck source=ecrpeer.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/ecrpeer.sh"
docker_env
bin=$BERTH_BINARY_DIR/app/berthctl
repo=cli/tokens-$$
ref=$host/$repo:v1

peer_push_ecr "$repo" "$ref"
ok "the peer pushed $ref"

# Without the host's mapping, the stand-in's registry is an ordinary one: the pull is refused.
"$bin" images pull "$ref" > "$work/out" 2> "$work/err" && fail "an anonymous pull succeeded"
ok "anonymous: refused"

# The host named as the account's registry, the API at the stand-in: berthctl gets the token.
export BERTH_ECR_REGISTRY_HOSTS="$host=123456789012:eu-west-1" AWS_ENDPOINT_URL_ECR=$endpoint
before=$(tokens)
QT_LOGGING_RULES='berth.*=true' "$bin" images pull "$ref" > "$work/pull.out" 2> "$work/pull.err" \
    || fail "pull with the token fetched by itself: $(cat "$work/pull.err")"
docker image inspect "$ref" > /dev/null || fail "the engine does not have $ref"
[ "$(tokens)" -gt "$before" ] || fail "no GetAuthorizationToken call reached the stand-in"
ok "images pull of an ECR host's image gets its token by itself (the files' keys)"
docker rmi "$ref" > /dev/null
expect_eq "tags through the same token" "v1" "$("$bin" tags "$host/$repo" 2> "$work/tags.err")"

# A token that lapses as soon as it is handed out: the registry refuses the tags request,
# berthctl renews the login once and repeats only that request.
curl -fsS -X POST -d '{"lapseNextToken": true}' "$endpoint/_control" > /dev/null
before=$(tokens)
expect_eq "tags after the token lapsed" "v1" "$("$bin" tags "$host/$repo" 2> "$work/lapsed.err")"
expect_eq "one token, then one renewal" $((before + 2)) "$(tokens)"

# A wrong secret: AWS's words, not the registry's refusal.
sed 's/^aws_secret_access_key = .*/aws_secret_access_key = not-the-secret/' "$svc/credentials" > "$work/wrong"
AWS_SHARED_CREDENTIALS_FILE=$work/wrong "$bin" tags "$host/$repo" > /dev/null 2> "$work/err" && fail "a wrong secret listed tags"
grep -q "InvalidSignatureException" "$work/err" || fail "wrong secret: $(cat "$work/err")"
ok "a wrong secret surfaces AWS's InvalidSignatureException"

# env -i: the environment's keys, no D-Bus, no HOME files: the keychain is never needed.
long_key=$(ecr_key default aws_secret_access_key)
env -i PATH=/usr/bin:/bin HOME="$HOME" DOCKER_HOST="$DOCKER_HOST" DOCKER_CONFIG="$DOCKER_CONFIG" \
    BERTH_ECR_REGISTRY_HOSTS="$BERTH_ECR_REGISTRY_HOSTS" AWS_ENDPOINT_URL_ECR="$endpoint" \
    AWS_ACCESS_KEY_ID=AKIABERTHTEST0000001 AWS_SECRET_ACCESS_KEY="$long_key" \
    "$bin" images pull "$ref" > "$work/envi.out" 2> "$work/envi.err" \
    || fail "env -i pull with the environment's keys: $(cat "$work/envi.err")"
docker rmi "$ref" > /dev/null
ok "env -i with the environment's keys and no D-Bus pulls"
[ -z "$(find "$HOME" "$XDG_DATA_HOME" -name 'accounts.conf' 2>/dev/null)" ] || fail "an account list was written"

for secret in $(awk '/aws_secret_access_key|aws_session_token/ {print $3}' "$svc/credentials") "$(cat "$svc/aws_password")"; do
    if hits=$(grep -rlF -- "$secret" "$work"/*.out "$work"/*.err "$HOME" "$XDG_DATA_HOME" "$DOCKER_CONFIG" 2>/dev/null); then
        fail "a secret reached: $hits"
    fi
done
grep -q "berth\." "$work/pull.err" || fail "no debug logging reached the output: the search would prove nothing"
ok "no key or registry password in any output or under HOME"
