#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One-click push to ECR against the seed's manual sequence, on the ECR stand-in and the
# private dockerd: `berthctl ecr push` of a 64 MiB image to an existing repository, and a
# script that runs `aws ecr get-login-password | docker login --password-stdin`, `docker
# tag`, `docker push`, each run with a Docker config of its own. Every run pushes an image
# of its own (fresh random bytes) to a repository of its own, so the layer really moves;
# 5 runs, interleaved. Prints per-run times, both medians and the ratio; asserts only that
# each push landed. Target: <= 0.9x.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"

svc=$(need ecr)
endpoint=$(cat "$svc/ecr_url")
registry=$(cat "$svc/host")
docker_env
runs=${BERTH_BENCH_RUNS:-5}
mib=${BERTH_BENCH_MIB:-64}
export AWS_SHARED_CREDENTIALS_FILE=$svc/credentials AWS_CONFIG_FILE=$work/aws-config AWS_DEFAULT_REGION=eu-west-1
: > "$AWS_CONFIG_FILE"
export HOME=$work/home XDG_DATA_HOME=$work/data
mkdir -p "$HOME"
aws() { /usr/bin/aws --endpoint-url "$endpoint" "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
images=()
cleanup() {
    for image in "${images[@]}"; do docker rmi -f "$image" >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# An image of its own for every push: NAME.
build_image() {
    mkdir -p "$work/ctx"
    head -c $((mib * 1024 * 1024)) /dev/urandom > "$work/ctx/layer"
    printf 'FROM scratch\nCOPY layer /layer\n' > "$work/ctx/Dockerfile"
    DOCKER_BUILDKIT=0 docker build -q -t "$1" "$work/ctx" >/dev/null || fail "docker build $1"
    rm -f "$work/ctx/layer"
    images+=("$1")
}

peer_push() { # IMAGE REPOSITORY
    local config=$work/peer-config-$2
    mkdir -p "$config"
    printf '{"auths": {"berth-test.invalid": {}}}\n' > "$config/config.json"
    aws ecr get-login-password | DOCKER_CONFIG=$config docker login -u AWS --password-stdin "$registry" \
        && docker tag "$1" "$registry/$2:1" && DOCKER_CONFIG=$config docker push "$registry/$2:1"
}
berth_push() { # IMAGE REPOSITORY
    "$BERTH_BINARY_DIR/app/berthctl" ecr push "$1" --repository "$2" --tag 1 --endpoint-url "$endpoint"
}

declare -A times
for run in $(seq "$runs"); do
    for tool in berth peer; do
        repo=bench/ecr-$$-$run-$tool
        build_image "berth-bench/ecr-$run-$tool:1"
        aws ecr create-repository --repository-name "$repo" >/dev/null || fail "create $repo"
        images+=("$registry/$repo:1")
        start=$(now_ms)
        "${tool}_push" "berth-bench/ecr-$run-$tool:1" "$repo" > "$work/out" 2>&1 || fail "$tool push: $(cat "$work/out")"
        times[$tool]+="$(( $(now_ms) - start )) "
        [ "$(aws ecr list-images --repository-name "$repo" --query 'length(imageIds)')" = 1 ] \
            || fail "$tool: $repo holds no image"
        docker rmi -f "berth-bench/ecr-$run-$tool:1" "$registry/$repo:1" >/dev/null
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
b=$(median <<<"${times[berth]}")
p=$(median <<<"${times[peer]}")
echo "ecr push of a $mib MiB image to an existing repository, $runs runs:" \
    "berthctl ecr push median ${b} ms, aws+docker login/tag/push median ${p} ms," \
    "ratio $(awk -v b="$b" -v p="$p" 'BEGIN {printf "%.3f", b / p}') (target <= 0.9)"
echo "  berthctl runs: ${times[berth]}ms; aws+docker runs: ${times[peer]}ms"
