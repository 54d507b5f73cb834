#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The ECR stand-in, proven by AWS's own client: the AWS CLI (Debian's 2.9, which takes the
# endpoint from --endpoint-url only) creates and lists repositories, logs Docker in with
# get-login-password, sees the image docker pushed with its real digest and size, and
# deletes it; every refusal comes back in AWS's words (docs/aws.md).
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need ecr)
endpoint=$(cat "$svc/ecr_url")
host=$(cat "$svc/host")
export AWS_SHARED_CREDENTIALS_FILE=$svc/credentials AWS_CONFIG_FILE=/dev/null AWS_DEFAULT_REGION=eu-west-1
aws() { /usr/bin/aws --endpoint-url "$endpoint" "$@"; }
repo=envtest/app-$$

aws ecr create-repository --repository-name "$repo" --image-scanning-configuration scanOnPush=true \
    --output json > "$work/created" || fail "create-repository"
expect_eq "create-repository answers with the repository" "$repo" "$(jq -r .repository.repositoryName "$work/created")"
expect_eq "the repository URI is the registry's" "$host/$repo" "$(jq -r .repository.repositoryUri "$work/created")"
aws ecr create-repository --repository-name "$repo" > "$work/out" 2>&1 && fail "a second create-repository succeeded"
grep -q "RepositoryAlreadyExistsException" "$work/out" || fail "duplicate repository: $(cat "$work/out")"
ok "a second create-repository is RepositoryAlreadyExistsException"
aws ecr describe-repositories --output json > "$work/repos" || fail "describe-repositories"
jq -e --arg r "$repo" '[.repositories[].repositoryName] | index($r)' "$work/repos" >/dev/null \
    || fail "describe-repositories lacks $repo: $(cat "$work/repos")"
ok "describe-repositories lists it"
aws ecr describe-repositories --repository-names envtest/none > "$work/out" 2>&1 && fail "an unknown repository was described"
grep -q "RepositoryNotFoundException.*'envtest/none' does not exist in the registry with id '123456789012'" "$work/out" \
    || fail "unknown repository: $(cat "$work/out")"
ok "an unknown repository is RepositoryNotFoundException in AWS's words"

docker_env
aws ecr get-login-password | docker login -u AWS --password-stdin "$host" > "$work/log" 2>&1 \
    || { cat "$work/log"; fail "docker login with get-login-password"; }
ok "docker logs in with get-login-password"
docker tag berth-test/busybox:1.0 "$host/$repo:v1"
docker push "$host/$repo:v1" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker push"; }
digest=$(docker image inspect -f '{{index .RepoDigests 0}}' "$host/$repo:v1" | sed 's/.*@//')
aws ecr describe-images --repository-name "$repo" --output json > "$work/images" || fail "describe-images"
expect_eq "describe-images shows the pushed digest" "$digest" "$(jq -r '.imageDetails[0].imageDigest' "$work/images")"
expect_eq "and its tag" "v1" "$(jq -r '.imageDetails[0].imageTags[0]' "$work/images")"
manifest_size=$(curl -sf -u "AWS:$(cat "$svc/aws_password")" -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "$(cat "$svc/url")/v2/$repo/manifests/v1" | jq '[.layers[].size] | add')
expect_eq "and the layers' size" "$manifest_size" "$(jq -r '.imageDetails[0].imageSizeInBytes' "$work/images")"
expect_eq "a scan-on-push repository reports the scan" "COMPLETE" "$(jq -r '.imageDetails[0].imageScanStatus.status' "$work/images")"

aws ecr batch-delete-image --repository-name "$repo" --image-ids imageTag=v1 --output json > "$work/deleted" \
    || fail "batch-delete-image"
expect_eq "batch-delete-image deletes it" "$digest" "$(jq -r '.imageIds[0].imageDigest' "$work/deleted")"
aws ecr list-images --repository-name "$repo" --output json > "$work/list" || fail "list-images"
expect_eq "the repository is empty afterwards" 0 "$(jq '.imageIds | length' "$work/list")"

# Refusals, as AWS words them.
wrong=$work/wrong
sed 's/^aws_secret_access_key = .*/aws_secret_access_key = not-the-secret/' "$svc/credentials" > "$wrong"
AWS_SHARED_CREDENTIALS_FILE=$wrong aws ecr describe-repositories > "$work/out" 2>&1 && fail "a wrong secret was accepted"
grep -q "InvalidSignatureException.*The request signature we calculated does not match" "$work/out" \
    || fail "wrong secret: $(cat "$work/out")"
ok "a wrong secret is InvalidSignatureException"
aws ecr describe-repositories --profile expired > "$work/out" 2>&1 && fail "an expired session was accepted"
grep -q "ExpiredTokenException" "$work/out" || fail "expired session: $(cat "$work/out")"
ok "an expired session is ExpiredTokenException"
aws ecr describe-repositories --profile session --output json > /dev/null || fail "a session key with its token"
ok "a session key with its token is accepted"
sed '/aws_session_token/d' "$svc/credentials" > "$work/notoken"
AWS_SHARED_CREDENTIALS_FILE=$work/notoken aws ecr describe-repositories --profile session > "$work/out" 2>&1 \
    && fail "a session key without its token was accepted"
grep -q "UnrecognizedClientException" "$work/out" || fail "session without token: $(cat "$work/out")"
ok "a session key without its token is UnrecognizedClientException"
aws sts get-caller-identity --output json > "$work/who" || fail "sts get-caller-identity"
expect_eq "sts get-caller-identity names the account" 123456789012 "$(jq -r .Account "$work/who")"
aws sts assume-role --role-arn arn:aws:iam::123456789012:role/pusher --role-session-name env \
    --output json > "$work/role" || fail "sts assume-role"
AWS_ACCESS_KEY_ID=$(jq -r .Credentials.AccessKeyId "$work/role") \
AWS_SECRET_ACCESS_KEY=$(jq -r .Credentials.SecretAccessKey "$work/role") \
AWS_SESSION_TOKEN=$(jq -r .Credentials.SessionToken "$work/role") \
    aws ecr describe-repositories --output json > /dev/null || fail "the assumed role's keys"
ok "sts assume-role gives keys the ECR API accepts"
