#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The token registry: Bearer auth with RS256 JWTs from the token server, access from a
# per-user scope table. alice may push anywhere, bob only pull, carol push under carol/;
# unknown users and wrong passwords get 401 from the token server.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need registry_token)
url=$(cat "$svc/url")
host=$(cat "$svc/host")
realm=$(cat "$svc/realm")
service=$(cat "$svc/service")
pw() { awk -F'\t' -v u="$1" '$1==u {print $2}' "$svc/users.tsv"; }

# token USER:PASS SCOPE... (USER:PASS empty for anonymous): prints the JWT.
token() {
    local cred=$1 args=() s
    shift
    [ -n "$cred" ] && args=(-u "$cred")
    for s in "$@"; do args+=(--data-urlencode "scope=$s"); done
    curl -sf -G "${args[@]}" --data-urlencode "service=$service" "$realm" | jq -r .token
}
# b64url PART: decodes one JWT part (base64url without padding).
b64url() {
    local s
    s=$(tr '_-' '/+' <<<"$1")
    while [ $(( ${#s} % 4 )) -ne 0 ]; do s="$s="; done
    base64 -d <<<"$s"
}
access_of() { b64url "$(cut -d. -f2 <<<"$1")" | jq -c .access; }

expect_eq "anonymous GET /v2/ is refused" 401 "$(http_code "$url/v2/")"
challenge=$(curl -s -D - -o /dev/null "$url/v2/" | tr -d '\r' | awk -F': ' 'tolower($1)=="www-authenticate" {print $2}')
expect_eq "Bearer challenge names the token server" "Bearer realm=\"$realm\",service=\"$service\"" "$challenge"

expect_eq "unknown user gets 401 from the token server" 401 \
    "$(http_code -u "mallory:x" "$realm?service=$service&scope=repository:tok/x:pull")"
expect_eq "wrong password gets 401 from the token server" 401 \
    "$(http_code -u "alice:wrong" "$realm?service=$service&scope=repository:tok/x:pull")"

# The JWT is RS256 with the signing certificate in x5c, as the registry requires.
t=$(token "alice:$(pw alice)" "repository:tok/curl:pull,push") || fail "token for alice"
hdr=$(b64url "$(cut -d. -f1 <<<"$t")")
expect_eq "JWT alg" RS256 "$(jq -r .alg <<<"$hdr")"
expect_eq "JWT x5c is the registry's trusted certificate" \
    "$(openssl x509 -in "$svc/token/cert.pem" -outform DER | base64 -w0)" "$(jq -r '.x5c[0]' <<<"$hdr")"
expect_eq "alice's access" '[{"type":"repository","name":"tok/curl","actions":["pull","push"]}]' "$(access_of "$t")"
push_image "$url" tok/curl 1.0 4096 -H "Authorization: Bearer $t" >/dev/null || fail "curl push with alice's token"
ok "curl pushes with alice's token"

t=$(token "bob:$(pw bob)" "repository:tok/curl:pull,push") || fail "token for bob"
expect_eq "bob's access is pull only" '[{"type":"repository","name":"tok/curl","actions":["pull"]}]' "$(access_of "$t")"
expect_eq "bob pulls" 200 "$(http_code -H "Authorization: Bearer $t" \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "$url/v2/tok/curl/manifests/1.0")"
expect_eq "bob's push is refused" 401 "$(http_code -X POST -H "Authorization: Bearer $t" "$url/v2/tok/curl/blobs/uploads/")"
push_image "$url" tok/curl 2.0 4096 -H "Authorization: Bearer $t" >/dev/null && fail "bob pushed"

t=$(token "" "repository:tok/curl:pull,push") || fail "anonymous token"
expect_eq "anonymous token carries no access" '[]' "$(access_of "$t")"
expect_eq "anonymous pull is refused" 401 "$(http_code -H "Authorization: Bearer $t" "$url/v2/tok/curl/manifests/1.0")"

t=$(token "carol:$(pw carol)" "repository:carol/app:pull,push") || fail "token for carol"
push_image "$url" carol/app 1.0 1024 -H "Authorization: Bearer $t" >/dev/null || fail "carol pushes under carol/"
t=$(token "carol:$(pw carol)" "repository:tok/curl:pull,push") || fail "token for carol"
expect_eq "carol may only pull outside carol/" '[{"type":"repository","name":"tok/curl","actions":["pull"]}]' "$(access_of "$t")"

t=$(token "alice:$(pw alice)" "registry:catalog:*")
expect_eq "alice lists the catalog" 200 "$(http_code -H "Authorization: Bearer $t" "$url/v2/_catalog")"
t=$(token "bob:$(pw bob)" "registry:catalog:*")
expect_eq "bob may not list the catalog" 401 "$(http_code -H "Authorization: Bearer $t" "$url/v2/_catalog")"

# OAuth2 form (POST), with a refresh token, as Docker uses after an identity-token login.
r=$(curl -sf -d grant_type=password -d client_id=berth-test -d username=alice -d "password=$(pw alice)" \
    -d access_type=offline -d "service=$service" -d "scope=repository:tok/curl:pull" "$realm") || fail "OAuth2 password grant"
refresh=$(jq -r .refresh_token <<<"$r")
[ -n "$refresh" ] && [ "$refresh" != null ] || fail "no refresh token"
r=$(curl -sf -d grant_type=refresh_token -d client_id=berth-test -d "refresh_token=$refresh" \
    -d "service=$service" -d "scope=repository:tok/curl:pull" "$realm") || fail "OAuth2 refresh grant"
expect_eq "refreshed token pulls" 200 "$(http_code -H "Authorization: Bearer $(jq -r .access_token <<<"$r")" \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "$url/v2/tok/curl/manifests/1.0")"
expect_eq "OAuth2 with a wrong password" 401 "$(http_code -d grant_type=password -d client_id=berth-test \
    -d username=alice -d password=wrong -d "service=$service" "$realm")"

# Docker through the daemon.
docker_env
docker tag berth-test/busybox:1.0 "$host/tok/busybox:1.0"
echo x | docker login -u mallory --password-stdin "$host" > "$work/log" 2>&1 && fail "docker login as an unknown user succeeded"
ok "docker login as an unknown user fails"
pw alice | docker login -u alice --password-stdin "$host" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker login alice"; }
docker push "$host/tok/busybox:1.0" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker push as alice"; }
ok "docker login and push as alice"
docker logout "$host" >/dev/null
pw bob | docker login -u bob --password-stdin "$host" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker login bob"; }
docker rmi "$host/tok/busybox:1.0" >/dev/null
docker pull "$host/tok/busybox:1.0" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker pull as bob"; }
ok "docker pull as bob"
docker tag "$host/tok/busybox:1.0" "$host/tok/busybox:bob"
if docker push "$host/tok/busybox:bob" > "$work/log" 2>&1; then fail "bob's docker push succeeded"; fi
grep -Eqi 'denied|unauthorized|authentication required' "$work/log" || { cat "$work/log"; fail "bob's push failed for another reason"; }
ok "bob's docker push is refused: $(grep -Eio 'denied[^"]*|unauthorized[^"]*|authentication required' "$work/log" | head -1)"
docker rmi "$host/tok/busybox:1.0" "$host/tok/busybox:bob" >/dev/null
