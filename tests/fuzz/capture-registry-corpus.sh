#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Captures WWW-Authenticate headers and manifests / indexes from the running registries
# of tests/env into the seed corpora of the registry parsers. The registries are filled
# with curl first (tests/integration/registry/seed.sh):
#   BERTH_ENV_DIR=... BERTH_SOURCE_DIR=$PWD tests/fuzz/capture-registry-corpus.sh tests/fuzz/corpus
set -euo pipefail
out=${1:?usage: capture-registry-corpus.sh OUT_DIR (holding wwwauthenticate/ and manifest/)}
env_dir=${BERTH_ENV_DIR:?}
seed="bash ${BERTH_SOURCE_DIR:?}/tests/integration/registry/seed.sh"
accept='application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
mkdir -p "$out/wwwauthenticate" "$out/manifest"

challenge() { # NAME CURL_ARGS...: the WWW-Authenticate value of one answer, as sent
    local name=$1
    shift
    curl -s -D - -o /dev/null "$@" | tr -d '\r' | sed -n 's/^[Ww][Ww][Ww]-[Aa]uthenticate: //p' | head -c -1 > "$out/wwwauthenticate/$name"
    [ -s "$out/wwwauthenticate/$name" ] || { echo "no challenge for $name" >&2; rm -f "$out/wwwauthenticate/$name"; }
}

token_url=$(cat "$env_dir/registry_token/url")
realm=$(cat "$env_dir/registry_token/realm")
service=$(cat "$env_dir/registry_token/service")
challenge token-ping "$token_url/v2/"
challenge token-repository "$token_url/v2/corpus/app/tags/list"
challenge token-catalog "$token_url/v2/_catalog"
bob=$(curl -sf -u bob:bob-secret-2 "$realm?service=$service&scope=registry:catalog:*" | jq -r .token)
challenge token-insufficient-scope -H "Authorization: Bearer $bob" "$token_url/v2/_catalog"
basic_url=$(cat "$env_dir/registry_htpasswd/url")
challenge basic-ping "$basic_url/v2/"
challenge basic-repository "$basic_url/v2/corpus/app/manifests/1.0"

open_url=$(cat "$env_dir/registry_open/url")
$seed image "$open_url" corpus/docker 1.0 1024 >/dev/null
$seed index "$open_url" corpus/index 1.0 >/dev/null
curl -sf -H "Accept: $accept" "$open_url/v2/corpus/docker/manifests/1.0" -o "$out/manifest/docker-v2"
curl -sf -H "Accept: $accept" "$open_url/v2/corpus/index/manifests/1.0" -o "$out/manifest/oci-index"
entry=$(jq -r '.manifests[0].digest' "$out/manifest/oci-index")
curl -sf -H "Accept: $accept" "$open_url/v2/corpus/index/manifests/$entry" -o "$out/manifest/oci-manifest"
# A Docker manifest list over the same entries, stored and read back verbatim.
jq -c '.mediaType = "application/vnd.docker.distribution.manifest.list.v2+json"
       | .manifests |= map(.mediaType = "application/vnd.oci.image.manifest.v1+json")' "$out/manifest/oci-index" > "$out/manifest/.list"
curl -sf -X PUT -H 'Content-Type: application/vnd.docker.distribution.manifest.list.v2+json' \
    --data-binary "@$out/manifest/.list" "$open_url/v2/corpus/index/manifests/list" -o /dev/null
rm -f "$out/manifest/.list"
curl -sf -H "Accept: $accept" "$open_url/v2/corpus/index/manifests/list" -o "$out/manifest/docker-list"
# The registry's own error body for a missing manifest.
curl -s -H "Accept: $accept" "$open_url/v2/corpus/index/manifests/missing" -o "$out/manifest/error-body"
ls -l "$out/wwwauthenticate" "$out/manifest"
