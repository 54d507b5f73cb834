#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills a test registry with curl (never with Berth), for the registry client's tests.
#   seed.sh image URL REPO TAG SIZE [CURL ARGS]   -> "MANIFEST_DIGEST LAYER_DIGEST LAYER_SIZE"
#   seed.sh tags URL REPO COUNT [CURL ARGS]       one image under tags t000..t(COUNT-1)
#   seed.sh index URL REPO TAG [CURL ARGS]        an OCI index of linux/amd64 and linux/arm64/v8 -> its digest
#                                                 (SEED_INDEX_ARCHES="amd64 arm64 s390x": those)
#   seed.sh repos URL PREFIX COUNT [CURL ARGS]    COUNT small repositories PREFIX/r0..
# CURL ARGS are passed to every request (e.g. -H "Authorization: Bearer ...").
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"

cmd=$1
url=$2
repo=$3
shift 3

put_manifest() { # REPO REF TYPE FILE CURL_ARGS...
    local r=$1 ref=$2 type=$3 file=$4 code
    shift 4
    code=$(http_code -X PUT "$@" -H "Content-Type: $type" --data-binary "@$file" "$url/v2/$r/manifests/$ref")
    [ "$code" = 201 ] || fail "PUT manifest $r:$ref answered $code"
}

case $cmd in
image)
    tag=$1 size=$2
    shift 2
    digest=$(push_image "$url" "$repo" "$tag" "$size" "$@") || fail "push $repo:$tag"
    echo "$digest sha256:$(sha256_of "$work/last-layer") $(stat -c %s "$work/last-layer")"
    ;;
tags)
    count=$1
    shift
    push_image "$url" "$repo" t000 1024 "$@" >/dev/null || fail "push $repo"
    curl -sf "$@" -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "$url/v2/$repo/manifests/t000" -o "$work/m" || fail "GET manifest"
    # One curl for every tag (a process per tag takes far longer than the PUTs).
    {
        echo 'header = "Content-Type: application/vnd.docker.distribution.manifest.v2+json"'
        for i in $(seq 1 $((count - 1))); do
            printf 'upload-file = "%s"\noutput = "/dev/null"\nurl = "%s/v2/%s/manifests/t%03d"\n' "$work/m" "$url" "$repo" "$i"
        done
    } > "$work/curl.cfg"
    codes=$(curl -s -Z --parallel-max 8 "$@" -w '%{http_code}\n' -K "$work/curl.cfg" 2>/dev/null | sort | uniq -c | tr -s ' ')
    [ "$codes" = " $((count - 1)) 201" ] || fail "PUT tags answered: $codes"
    ;;
index)
    tag=$1
    shift
    entries=()
    for p in ${SEED_INDEX_ARCHES:-amd64 arm64}; do
        d=$(mktemp -d "$work/idx.XXXXXX")
        make_layer "$d" 2048
        push_blob "$url" "$repo" "$d/layer" "$@" || fail "push layer"
        variant=""
        [ "$p" = arm64 ] && variant=',"variant":"v8"'
        printf '{"architecture":"%s","os":"linux"%s,"rootfs":{"type":"layers","diff_ids":["%s"]},"config":{}}' \
            "$p" "$variant" "$(cat "$d/diff_id")" > "$d/config"
        push_blob "$url" "$repo" "$d/config" "$@" || fail "push config"
        printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":%s,"digest":"sha256:%s"},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","size":%s,"digest":"sha256:%s"}]}' \
            "$(stat -c %s "$d/config")" "$(sha256_of "$d/config")" "$(stat -c %s "$d/layer")" "$(sha256_of "$d/layer")" > "$d/manifest"
        md="sha256:$(sha256_of "$d/manifest")"
        put_manifest "$repo" "$md" application/vnd.oci.image.manifest.v1+json "$d/manifest" "$@"
        entries+=("{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"size\":$(stat -c %s "$d/manifest"),\"digest\":\"$md\",\"platform\":{\"architecture\":\"$p\",\"os\":\"linux\"${variant}}}")
    done
    (IFS=,; printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[%s]}' "${entries[*]}") > "$work/index"
    put_manifest "$repo" "$tag" application/vnd.oci.image.index.v1+json "$work/index" "$@"
    echo "sha256:$(sha256_of "$work/index")"
    ;;
repos)
    count=$1
    shift
    for i in $(seq 0 $((count - 1))); do
        push_image "$url" "$repo/r$i" 1 512 "$@" >/dev/null || fail "push $repo/r$i"
    done
    ;;
*)
    fail "unknown command $cmd"
    ;;
esac
