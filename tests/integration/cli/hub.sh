#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl hub against the Docker Hub stand-in (tests/env/hubstandin.py): search, a
# namespace's repositories and a repository's tags equal what its registry holds (skopeo),
# pages asked at once and answered out of order still come in Hub's order, sign-in with a
# wrong password, a personal access token, a two-factor account and the older sign-in, the
# stored Docker Hub login, delete a tag (skopeo no longer lists it), a 429 whose
# Retry-After or X-Retry-After is waited for and said, the rate limit in words, and no
# secret in any output (docs/hub.md).
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"
# shellcheck source=clicommon.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
isolate
svc=$(need hub)
url=$(cat "$svc/url")
host=$(cat "$svc/host")
hub=$(cat "$svc/hub_url")
export BERTH_HUB_URL=$hub BERTH_HUB_REGISTRY
BERTH_HUB_REGISTRY=$(cat "$svc/hub_host")
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" "$@"; }
seed() { bash "$BERTH_SOURCE_DIR/tests/integration/registry/seed.sh" "$@"; }
control() { curl -sf -X POST -d "$1" "$hub/_control" > /dev/null || fail "control $1"; }
skopeo_tags() { skopeo list-tags --tls-verify=false "docker://$host/$1" | jq -r '.Tags[]' | sort; }
alice_pat=$(jq -r '.alice.tokens[0]' "$svc/hub/users.json")
dave_pat=$(jq -r '.dave.tokens[0]' "$svc/hub/users.json")
on_exit "control '{\"holdPage\": null, \"authToken\": true, \"tooMany\": null}'"

seed image "$url" alice/clihub-app 1.0 4096 > /dev/null
seed image "$url" alice/clihub-app 1.1 2048 > /dev/null
seed index "$url" alice/clihub-multi 2.0 > /dev/null
seed tags "$url" team/clihub-many 23
ok "seeded the registry with curl"

# Search: the stand-in's registry content, official first; the same names docker search finds.
berthctl hub search clihub --json > "$work/search" || fail "hub search"
expect_eq "search finds the three repositories" "alice/clihub-app alice/clihub-multi team/clihub-many" \
    "$(jq -r .name "$work/search" | sort | xargs)"
expect_eq "search --limit" 2 "$(berthctl hub search clihub --limit 2 --page-size 1 --json | wc -l)"
docker_env
docker search --format '{{.Name}}' "$BERTH_HUB_REGISTRY/clihub" > "$work/docker-search" || fail "docker search"
jq -r .name "$work/search" | cmp -s - "$work/docker-search" \
    || { cat "$work/docker-search"; fail "hub search differs from docker search"; }
ok "hub search equals docker search, in the same order"
berthctl hub search clihub > "$work/table" || fail "hub search (table)"
grep -q "^NAME  *DESCRIPTION  *STARS  *PULLS  *OFFICIAL  *VERIFIED" "$work/table" || fail "search table: $(cat "$work/table")"
# The verified publisher badge: team is one in the stand-in's publishers.json, alice is not.
expect_eq "verified publishers' repositories" "team/clihub-many" \
    "$(jq -r 'select(.verified) | .name' "$work/search" | xargs)"
grep -q "^team/clihub-many .*\[OK\] *$" "$work/table" || fail "the table lacks team's VERIFIED mark: $(cat "$work/table")"

# Tags: every one skopeo lists, through 5 pages of 5 asked at once, and in Hub's order when
# page 2 is answered only after a later page.
berthctl hub tags team/clihub-many --page-size 5 --json > "$work/tags" || fail "hub tags"
jq -r .name "$work/tags" | sort | cmp -s - <(skopeo_tags team/clihub-many) || fail "tags differ from skopeo list-tags"
ok "hub tags lists what skopeo lists (5 pages)"
control '{"holdPage": 2}'
berthctl hub tags team/clihub-many --page-size 5 --json > "$work/held" || fail "hub tags, page 2 held"
order=$(curl -sf "$hub/_stats" | jq -c .pages)
[ "$(curl -sf "$hub/_stats" | jq '.pages[0] == 1 and .pages[1] != 2')" = true ] || fail "page 2 came first: $order"
ok "the stand-in answered page 2 after a later page: $order"
cmp -s <(jq -r .name "$work/tags") <(jq -r .name "$work/held") || fail "pages out of order changed the order"
ok "pages answered out of order give Hub's order"
control '{"holdPage": null}'
berthctl hub tags alice/clihub-multi --json > "$work/multi" || fail "hub tags of an index"
expect_eq "an index's platforms" "linux/amd64 linux/arm64/v8" \
    "$(jq -r '[.images[] | .os + "/" + .architecture + (if .variant != "" then "/" + .variant else "" end)] | join(" ")' "$work/multi")"
expect_eq "an index's digest is the registry's" \
    "$(skopeo inspect --tls-verify=false --raw "docker://$host/alice/clihub-multi:2.0" | sha256sum | cut -d' ' -f1)" \
    "$(jq -r .digest "$work/multi" | cut -d: -f2)"
berthctl hub tags alice/clihub-app > "$work/table" || fail "hub tags (table)"
grep -q "^1.0  *sha256:[0-9a-f]\{64\}  *[0-9.]*kB  *linux/amd64  *20" "$work/table" || fail "tags table: $(cat "$work/table")"
ok "the tags table: digest, size, platforms, push time"

# Repositories of a namespace, anonymous: the catalog's.
berthctl hub repos alice --json | jq -r '.namespace + "/" + .name' | grep clihub > "$work/repos" || fail "hub repos alice"
expect_eq "alice's repositories" "alice/clihub-app alice/clihub-multi" "$(xargs < "$work/repos")"

# Sign-in.
rc=0
echo wrong | berthctl hub repos -u alice --password-stdin > "$work/out" 2> "$work/err" || rc=$?
expect_eq "a wrong password exits 5" 5 "$rc"
grep -q "sign-in as alice: Docker Hub answered HTTP 401: Incorrect authentication credentials" "$work/err" \
    || fail "wrong password: $(cat "$work/err")"
rc=0
echo dave-secret-4 | berthctl hub repos -u dave --password-stdin > "$work/out" 2> "$work/err" || rc=$?
expect_eq "a two-factor account's password exits 5" 5 "$rc"
grep -q "Docker Hub asks dave for a two-factor code: sign in with a personal access token instead of the password" \
    "$work/err" || fail "two-factor: $(cat "$work/err")"
echo "$dave_pat" | berthctl hub repos dave -u dave --password-stdin > /dev/null || fail "dave's token does not sign in"
ok "a two-factor account signs in with its token"
control '{"authToken": false}'
rc=0
echo dave-secret-4 | berthctl hub repos -u dave --password-stdin > "$work/out" 2> "$work/err" || rc=$?
expect_eq "the older sign-in: a two-factor account's password exits 5" 5 "$rc"
grep -q "two-factor code" "$work/err" || fail "the older sign-in, two-factor: $(cat "$work/err")"
echo alice-secret-1 | berthctl hub repos -u alice --password-stdin --json > "$work/legacy" || fail "the older sign-in"
ok "where /v2/auth/token is not served, the older sign-in signs in"
control '{"authToken": true}'

# The stored Docker Hub login (docker login's entry): every namespace alice can see.
printf '{"auths": {"https://index.docker.io/v1/": {"auth": "%s"}}}\n' "$(printf 'alice:%s' "$alice_pat" | base64 -w0)" \
    > "$DOCKER_CONFIG/config.json"
berthctl hub repos --json > "$work/mine" 2> "$work/err" || fail "hub repos with the stored login: $(cat "$work/err")"
expect_eq "My repositories: alice's and team's" "alice/clihub-app alice/clihub-multi team/clihub-many" \
    "$(jq -r '.namespace + "/" + .name' "$work/mine" | grep clihub | xargs)"

# Create a repository: private ones only their owner sees.
expect_eq "create says what it made" "Created alice/clihub-new" \
    "$(berthctl hub create alice/clihub-new --private --description 'made by cli_hub')"
expect_eq "the new repository is alice's, private" "true made by cli_hub" \
    "$(berthctl hub repos alice --json | jq -r 'select(.name == "clihub-new") | "\(.private) \(.description)"')"
mkdir -p "$work/nobody"
printf '{"auths": {}}\n' > "$work/nobody/config.json"
expect_eq "anonymous: the private repository is not listed" "" \
    "$(DOCKER_CONFIG=$work/nobody berthctl hub repos alice --json | jq -r 'select(.name == "clihub-new") | .name')"
rc=0
berthctl hub create alice/clihub-new > "$work/out" 2> "$work/err" || rc=$?
expect_eq "a second create fails" 1 "$rc"
grep -q "already exists" "$work/err" || fail "second create: $(cat "$work/err")"
rc=0
berthctl hub create dave/clihub-x > "$work/out" 2> "$work/err" || rc=$?
expect_eq "creating in another's namespace is refused (exit 5)" 5 "$rc"

# With every debug log on, neither the token Hub hands out nor the secret shows.
QT_LOGGING_RULES='*.debug=true' berthctl hub repos --json > "$work/debug-out" 2> "$work/debug-err" \
    || fail "hub repos with debug logging"
! grep -q "eyJ" "$work/debug-out" "$work/debug-err" || fail "an access token in the debug log"
ok "no access token in the debug log"

# Delete a tag: asked on a terminal, --yes without one; skopeo no longer lists it.
rc=0
berthctl hub rm alice/clihub-app:1.1 < /dev/null > "$work/out" 2> "$work/err" || rc=$?
expect_eq "rm without a terminal or --yes is a usage error" 2 "$rc"
berthctl hub rm alice/clihub-app:1.1 --yes > "$work/out" || fail "hub rm"
expect_eq "rm says what it deleted" "Deleted alice/clihub-app:1.1" "$(cat "$work/out")"
expect_eq "skopeo list-tags after rm" "1.0" "$(skopeo_tags alice/clihub-app | xargs)"
berthctl hub rm alice/clihub-app:1.1 --yes > "$work/out" 2> "$work/err" && fail "a second rm succeeded"
grep -q "Docker Hub answered HTTP 404: httperror 404: tag '1.1' not found" "$work/err" || fail "second rm: $(cat "$work/err")"
ok "deleting a tag that is gone says so"

# 429: the wait Hub asks for is taken, and said.
control '{"tooMany": {"count": 1, "headers": {"Retry-After": "1"}}}'
berthctl hub search clihub > "$work/out" 2> "$work/err" || fail "search after a 429: $(cat "$work/err")"
grep -q "search for clihub: HTTP 429; retrying in 1.0 s (try 2 of 5)" "$work/err" || fail "429 Retry-After: $(cat "$work/err")"
ok "a 429's Retry-After is waited for and said"
control "{\"tooMany\": {\"count\": 1, \"headers\": {\"X-Retry-After\": \"$(($(date +%s) + 2))\"}}}"
berthctl hub tags alice/clihub-app > "$work/out" 2> "$work/err" || fail "tags after a 429: $(cat "$work/err")"
grep -q ": HTTP 429; retrying in [0-9.]* s (try 2 of 5)" "$work/err" || fail "429 X-Retry-After: $(cat "$work/err")"
ok "a 429's X-Retry-After (a Unix time) is waited for"

# The rate limit in words, from the registry's headers; none means not limited.
control '{"rateLimit": {"limit": 100, "remaining": 76, "window": 21600}}'
berthctl hub limit alice/clihub-app:1.0 > "$work/limit" || fail "hub limit"
grep -qx "76 of 100 pulls left per 6 hour\(s\|(s)\)" "$work/limit" || fail "the rate limit in words: $(cat "$work/limit")"
ok "the rate limit in words: $(cat "$work/limit")"
expect_eq "the rate limit as JSON" "100 76 21600" \
    "$(berthctl hub limit alice/clihub-app:1.0 --json | jq -r '"\(.limit) \(.remaining) \(.windowSeconds)"')"
control '{"rateLimit": null}'
expect_eq "no headers: not limited" "pulls not limited" "$(berthctl hub limit alice/clihub-app:1.0)"
control '{"rateLimit": {"limit": 100, "remaining": 100, "window": 21600}}'

# No secret in anything berthctl wrote.
for f in "$work"/*; do
    [ -f "$f" ] || continue
    for secret in alice-secret-1 dave-secret-4 "$alice_pat" "$dave_pat"; do
        ! grep -qF -- "$secret" "$f" || fail "a secret in $(basename "$f")"
    done
done
ok "no password or token in any output"
