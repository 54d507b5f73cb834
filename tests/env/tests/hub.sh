#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Docker Hub stand-in (tests/env/hubstandin.py) proven with curl, skopeo and the docker
# daemon: every answer has the shape of Hub's documented one (tests/data/hub), its tags are
# the registry's (skopeo list-tags) with the registry's digests (skopeo inspect), pages carry
# absolute next URLs, sign-in refuses a wrong password and a two-factor account's password as
# Hub does, manifest answers carry Hub's rate-limit headers, and `docker search HOST/TERM`
# (the daemon asking GET /v1/search) finds what the stand-in's search finds.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need hub)
url=$(cat "$svc/url")
hub=$(cat "$svc/hub_url")
hub_host=$(cat "$svc/hub_host")
samples=$BERTH_SOURCE_DIR/tests/data/hub
seed() { bash "$BERTH_SOURCE_DIR/tests/integration/registry/seed.sh" "$@"; }
shape() { # SAMPLE FILE WHAT
    python3 "$(dirname "$0")/hubshape.py" "$samples/$1" "$2" > "$work/shape" || { cat "$work/shape"; fail "$3: not Hub's shape"; }
    ok "$3 has Hub's shape ($1)"
}
skopeo_() { skopeo "$@" --tls-verify=false; }

seed image "$url" envhub/app 1.0 4096 > /dev/null
seed index "$url" envhub/multi 2.0 > /dev/null
seed tags "$url" envhub/many 12
ok "seeded the registry with curl"

# Sign-in: a password gives a token; a wrong one and a two-factor account's password are
# refused with Hub's answers.
alice_pat=$(jq -r '.alice.tokens[0]' "$svc/hub/users.json")
curl -s -X POST -H 'Content-Type: application/json' -d '{"identifier":"alice","secret":"alice-secret-1"}' \
    "$hub/v2/auth/token" > "$work/token"
shape auth_token.json "$work/token" "POST /v2/auth/token"
token=$(jq -r .access_token "$work/token")
curl -s -X POST -d "{\"identifier\":\"alice\",\"secret\":\"$alice_pat\"}" "$hub/v2/auth/token" | jq -e .access_token > /dev/null \
    || fail "a personal access token does not sign in"
ok "a personal access token signs in"
expect_eq "a wrong password is 401" 401 "$(http_code -X POST -d '{"identifier":"alice","secret":"nope"}' "$hub/v2/auth/token")"
curl -s -X POST -d '{"identifier":"alice","secret":"nope"}' "$hub/v2/auth/token" > "$work/refused"
shape error.json "$work/refused" "a refused sign-in"
curl -s -X POST -d '{"username":"dave","password":"dave-secret-4"}' "$hub/v2/users/login" > "$work/2fa"
shape login_2fa.json "$work/2fa" "a two-factor account's password"
expect_eq "the older sign-in, two-factor: no token" "null" "$(jq -r .token "$work/2fa")"
curl -s -X POST -d "{\"login_2fa_token\":\"$(jq -r .login_2fa_token "$work/2fa")\",\"code\":\"123456\"}" \
    "$hub/v2/users/2fa-login" | jq -e .token > /dev/null || fail "the two-factor step with its code"
ok "the two-factor step with its code gives a token"

# Tags: Hub's shape; the registry's names and digests.
curl -sf "$hub/v2/namespaces/envhub/repositories/multi/tags" > "$work/tags"
shape tags.json "$work/tags" "the tags of an index"
expect_eq "an index's platforms" "linux/amd64 linux/arm64/v8" \
    "$(jq -r '[.results[0].images[] | .os + "/" + .architecture + (if .variant then "/" + .variant else "" end)] | join(" ")' "$work/tags")"
expect_eq "an index's digest is the registry's" \
    "$(skopeo_ inspect --raw "docker://$(cat "$svc/host")/envhub/multi:2.0" | sha256sum | cut -d' ' -f1)" \
    "$(jq -r '.results[0].digest' "$work/tags" | cut -d: -f2)"
curl -sf "$hub/v2/namespaces/envhub/repositories/app/tags" > "$work/tags"
shape tags.json "$work/tags" "the tags of an image"
expect_eq "an image's digest is the registry's" \
    "$(skopeo_ inspect "docker://$(cat "$svc/host")/envhub/app:1.0" | jq -r .Digest)" "$(jq -r '.results[0].digest' "$work/tags")"
expect_eq "an image's size is its layers'" \
    "$(skopeo_ inspect --raw "docker://$(cat "$svc/host")/envhub/app:1.0" | jq '[.layers[].size] | add')" \
    "$(jq -r '.results[0].full_size' "$work/tags")"

# Pages: absolute next URLs that lead through every tag, the same as skopeo lists.
next="$hub/v2/namespaces/envhub/repositories/many/tags?page_size=5"
: > "$work/names"
pages=0
while [ -n "$next" ] && [ "$next" != null ]; do
    curl -sf "$next" > "$work/page" || fail "GET $next"
    jq -r '.results[].name' "$work/page" >> "$work/names"
    next=$(jq -r .next "$work/page")
    case $next in http://127.0.0.1:*|null) ;; *) fail "next is not an absolute URL: $next" ;; esac
    pages=$((pages + 1))
done
expect_eq "12 tags in pages of 5" 3 "$pages"
skopeo_ list-tags "docker://$(cat "$svc/host")/envhub/many" | jq -r '.Tags[]' | sort > "$work/skopeo"
sort "$work/names" | cmp -s - "$work/skopeo" || fail "tags differ from skopeo list-tags"
ok "the pages hold the tags skopeo lists"

# Repositories and search.
curl -sf -H "Authorization: Bearer $token" "$hub/v2/namespaces/envhub/repositories?page_size=2" > "$work/repos"
shape repositories.json "$work/repos" "a namespace's repositories"
expect_eq "a namespace's repositories: count" 3 "$(jq -r .count "$work/repos")"
curl -sf "$hub/v2/search/repositories/?query=envhub&page_size=2" > "$work/search"
shape search.json "$work/search" "search"
expect_eq "search: count" 3 "$(jq -r .count "$work/search")"

# Rate-limit headers on a manifest HEAD, in front of the registry.
curl -sI -H "Accept: application/vnd.docker.distribution.manifest.v2+json" "$hub/v2/envhub/app/manifests/1.0" | tr -d '\r' > "$work/head"
grep -qi '^ratelimit-limit: [0-9]*;w=[0-9]*$' "$work/head" || fail "no ratelimit-limit: $(cat "$work/head")"
grep -qi '^ratelimit-remaining: [0-9]*;w=[0-9]*$' "$work/head" || fail "no ratelimit-remaining"
grep -qi '^docker-content-digest: sha256:' "$work/head" || fail "the registry's own headers went missing"
ok "a manifest HEAD carries Hub's rate-limit headers and the registry's"

# The daemon's registry search is a real client of /v1/search.
curl -sf "$hub/v1/search?q=envhub&n=25" > "$work/v1"
shape v1search.json "$work/v1" "the v1 search"
docker_env
docker search --format '{{.Name}}' "$hub_host/envhub" > "$work/docker-search" 2> "$work/err" \
    || fail "docker search: $(cat "$work/err")"
jq -r '.results[].name' "$work/v1" | cmp -s - "$work/docker-search" \
    || { cat "$work/docker-search"; fail "docker search differs from the stand-in's answer"; }
expect_eq "docker search finds the three repositories" 3 "$(wc -l < "$work/docker-search")"
