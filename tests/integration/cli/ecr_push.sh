#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl ecr push, retag and rm against the ECR stand-in and the private dockerd
# (docs/aws.md): a push of a seeded image to a new repository creates it (only with
# --create), prints the URI, and the AWS CLI lists the same digest; /usr/bin/docker pulls the
# URI with the token; a remote retag and rm are what the AWS CLI then sees; each push asks
# for a token of its own, and one that lapses before the push is renewed and the push
# repeated. No key or registry password in any output.
# shellcheck source=ecrcommon.sh
source "${BERTH_SOURCE_DIR:?}/tests/integration/cli/ecrcommon.sh"
docker_env
export AWS_DEFAULT_REGION=eu-west-1
ecr() { "$BERTH_BINARY_DIR/app/berthctl" ecr "$@" --endpoint-url "$endpoint"; }
repo=cli/push-$$

# A missing repository without --create: a clear error saying how, nothing created.
ecr push berth-test/busybox:1.0 --repository "$repo" > "$work/out" 2> "$work/nocreate.err" \
    && fail "a push to a missing repository succeeded without --create"
grep -q "ECR has no repository $repo: give --create, or create it with berthctl ecr create $repo" "$work/nocreate.err" \
    || fail "missing repository: $(cat "$work/nocreate.err")"
aws ecr describe-repositories --repository-names "$repo" > /dev/null 2>&1 && fail "the repository was created anyway"
ok "without --create a missing repository is an error that says how"

# With --create: created, pushed, the URI on stdout; the AWS CLI sees the same digest.
before=$(tokens)
QT_LOGGING_RULES='berth.*=true' ecr push berth-test/busybox:1.0 --repository "$repo" --tag v1 --create --json \
    > "$work/push.out" 2> "$work/push.err" || fail "ecr push --create: $(cat "$work/push.err")"
expect_eq "the URI" "$host/$repo:v1" "$(jq -r .uri "$work/push.out")"
expect_eq "created" "true" "$(jq -r .created "$work/push.out")"
grep -q "Created repository $host/$repo" "$work/push.err" || fail "no word of the creation: $(cat "$work/push.err")"
digest=$(jq -r .digest "$work/push.out")
expect_eq "aws ecr describe-images lists the pushed digest" "$digest" \
    "$(aws ecr describe-images --repository-name "$repo" --image-ids imageTag=v1 --query 'imageDetails[0].imageDigest' --output text)"
[ "$(tokens)" -gt "$before" ] || fail "the push asked for no token"
ok "ecr push --create: repository made, image pushed, digest confirmed"

# The printed URI pulls with /usr/bin/docker and the AWS CLI's password.
peer_config=$work/peer-docker
mkdir -p "$peer_config"
printf '{"auths": {"berth-test.invalid": {}}}\n' > "$peer_config/config.json"
aws ecr get-login-password | DOCKER_CONFIG=$peer_config docker login -u AWS --password-stdin "$host" > "$work/peer.log" 2>&1 \
    || fail "peer login: $(cat "$work/peer.log")"
uri=$(jq -r .uri "$work/push.out")
docker rmi "$uri" > /dev/null
DOCKER_CONFIG=$peer_config docker pull "$uri" > "$work/peer.log" 2>&1 || fail "docker pull $uri: $(cat "$work/peer.log")"
docker rmi "$uri" > /dev/null
ok "docker pulls the printed URI"

# The repository exists now: a second push needs no --create, and another token.
before=$(tokens)
expect_eq "a push to the existing repository prints the URI" "$host/$repo:latest" \
    "$(ecr push berth-test/busybox:1.0 --repository "$repo" --tag latest 2> "$work/push2.err")"
[ "$(tokens)" -gt "$before" ] || fail "the second push used no token of its own"
docker image inspect "$host/$repo:latest" > /dev/null || fail "the local tag is missing"
docker rmi "$host/$repo:latest" > /dev/null

# A token that lapses between its fetch and the push (the computer slept): the registry
# refuses the push, berthctl fetches a new token and pushes again, once.
before=$(tokens)
lapsed_password=$(cat "$svc/aws_password")
curl -fsS -XPOST -d '{"lapseNextToken": true}' "$endpoint/_control" > /dev/null
expect_eq "a push whose token lapsed prints the URI" "$host/$repo:renewed" \
    "$(ecr push berth-test/busybox:1.0 --repository "$repo" --tag renewed 2> "$work/renew.err")"
expect_eq "two tokens: the lapsed one and its successor" "$((before + 2))" "$(tokens)"
expect_eq "aws lists the renewed push" "$digest" \
    "$(aws ecr describe-images --repository-name "$repo" --image-ids imageTag=renewed --query 'imageDetails[0].imageDigest' --output text)"
docker rmi "$host/$repo:renewed" > /dev/null
ok "a token that lapsed before the push is renewed and the push repeated"

# Remote retag: no blob moves, the AWS CLI sees the new tag on the same digest.
expect_eq "ecr retag prints the new name and digest" "$repo:stable@$digest" "$(ecr retag "$repo:v1" stable)"
expect_eq "aws sees stable on the same digest" "$digest" \
    "$(aws ecr describe-images --repository-name "$repo" --image-ids imageTag=stable --query 'imageDetails[0].imageDigest' --output text)"
expect_eq "a retag to a tag already there succeeds" "$repo:stable@$digest" "$(ecr retag "$repo:v1" stable)"
ecr retag "$repo:nope" other > /dev/null 2> "$work/err" && fail "retag of a missing tag succeeded"
grep -q "ImageNotFound" "$work/err" || fail "missing tag: $(cat "$work/err")"
ok "ecr retag: BatchGetImage and PutImage, as the AWS CLI sees"

# rm: without a terminal --yes is required; by tag the tag goes; by digest the image.
ecr rm "$repo:stable" < /dev/null > /dev/null 2> "$work/err" && fail "rm without --yes and a terminal succeeded"
grep -q "give --yes" "$work/err" || fail "rm without --yes: $(cat "$work/err")"
ecr rm "$repo:stable" --yes > "$work/rm.out" 2> "$work/rm.err" || fail "rm tag: $(cat "$work/rm.err")"
grep -q "Removes the tag stable" "$work/rm.err" || fail "rm did not say what goes: $(cat "$work/rm.err")"
aws ecr describe-images --repository-name "$repo" --image-ids imageTag=stable > /dev/null 2>&1 && fail "the tag stable is still there"
aws ecr describe-images --repository-name "$repo" --image-ids imageTag=v1 > /dev/null || fail "v1 went with stable"
ecr rm "$repo@$digest" --yes --json > "$work/rm2.out" 2> "$work/rm2.err" || fail "rm digest: $(cat "$work/rm2.err")"
grep -q "Deletes $repo ($digest) with its tags" "$work/rm2.err" || fail "rm digest listing: $(cat "$work/rm2.err")"
expect_eq "rm --json names the digest" "$digest" "$(jq -rs '.[0].imageDigest' "$work/rm2.out")"
expect_eq "the AWS CLI lists no image" "0" "$(aws ecr list-images --repository-name "$repo" --query 'length(imageIds)')"
ok "ecr rm: by tag untags, by digest deletes, as the AWS CLI sees"

grep -q "berth\." "$work/push.err" || fail "no debug logging reached the output: the search would prove nothing"
for secret in $(awk '/aws_secret_access_key|aws_session_token/ {print $3}' "$svc/credentials") "$lapsed_password" "$(cat "$svc/aws_password")"; do
    if hits=$(grep -rlF -- "$secret" "$work"/*.out "$work"/*.err "$HOME" "$XDG_DATA_HOME" "$DOCKER_CONFIG" 2>/dev/null); then
        fail "a secret reached: $hits"
    fi
done
ok "no key or registry password (the lapsed one included) in any output, the job history or under HOME"
