# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# The ECR tests' peer and keys (the ecr fixture, tests/env/registry.sh): sourced after
# common.sh and docker_env.

# ecr_key PROFILE FIELD: a value of the stand-in's credentials file (aws_secret_access_key,
# aws_session_token).
ecr_key() {
    awk -v p="[$1]" -v f="$2" '$0 == p {s=1; next} /^\[/ {s=0} s && $1 == f {print $3; exit}' "$svc/credentials"
}

# peer_push_ecr REPOSITORY REF: the AWS CLI creates the repository and hands out the
# password, docker logs in and pushes the seeded busybox as REF, in a Docker config of its
# own that berthctl never sees; the engine keeps no tag of REF afterwards.
peer_push_ecr() {
    local peer_config=$work/peer-docker
    mkdir -p "$peer_config"
    printf '{"auths": {"berth-test.invalid": {}}}\n' > "$peer_config/config.json"
    AWS_SHARED_CREDENTIALS_FILE=$svc/credentials /usr/bin/aws --endpoint-url "$endpoint" --region eu-west-1 \
        ecr create-repository --repository-name "$1" > /dev/null
    AWS_SHARED_CREDENTIALS_FILE=$svc/credentials /usr/bin/aws --endpoint-url "$endpoint" --region eu-west-1 \
        ecr get-login-password | DOCKER_CONFIG=$peer_config docker login -u AWS --password-stdin "$host" > "$work/peer.log" 2>&1 \
        || { cat "$work/peer.log"; fail "peer: docker login"; }
    docker tag berth-test/busybox:1.0 "$2"
    DOCKER_CONFIG=$peer_config docker push "$2" > "$work/peer.log" 2>&1 || { cat "$work/peer.log"; fail "peer: docker push"; }
    docker rmi "$2" > /dev/null
}
