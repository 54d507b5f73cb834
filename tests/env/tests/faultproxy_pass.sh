#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The fault proxy in pass-through is transparent: skopeo copies and docker pulls through
# it give byte-identical results to the registry reached directly, and its counters see
# the traffic.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need faultproxy)
reg=$(need registry_open)
phost=$(cat "$svc/host")
ctl=$(cat "$svc/control_url")
rurl=$(cat "$reg/url")
rhost=$(cat "$reg/host")
curl -sf -X POST "$ctl/reset" >/dev/null || fail "proxy reset"
expect_eq "proxy mode" pass "$(curl -sf "$ctl/control" | jq -r .mode)"

push_image "$rurl" pass/src 1.0 1048576 >/dev/null || fail "seed push"
skopeo copy --src-tls-verify=false "docker://$rhost/pass/src:1.0" "dir:$work/direct" > "$work/log" 2>&1 ||
    { cat "$work/log"; fail "skopeo copy from the registry"; }
skopeo copy --src-tls-verify=false "docker://$phost/pass/src:1.0" "dir:$work/proxied" > "$work/log" 2>&1 ||
    { cat "$work/log"; fail "skopeo copy through the proxy"; }
diff -r "$work/direct" "$work/proxied" || fail "skopeo got other bytes through the proxy"
ok "skopeo copy through the proxy is byte-identical"
# And the other direction: a push through the proxy (chunked PATCH, PUT, manifest PUT).
skopeo copy --dest-tls-verify=false "dir:$work/direct" "docker://$phost/pass/pushed:1.0" > "$work/log" 2>&1 ||
    { cat "$work/log"; fail "skopeo push through the proxy"; }
expect_eq "pushed through the proxy, read directly" \
    "$(skopeo inspect --raw --tls-verify=false "docker://$rhost/pass/src:1.0" | sha256sum)" \
    "$(skopeo inspect --raw --tls-verify=false "docker://$rhost/pass/pushed:1.0" | sha256sum)"

docker_env
id=$(docker image inspect -f '{{.Id}}' berth-test/web:1.0)
docker tag berth-test/web:1.0 "$rhost/pass/web:1.0"
docker push "$rhost/pass/web:1.0" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker push (direct)"; }
docker rmi "$rhost/pass/web:1.0" >/dev/null
docker pull "$phost/pass/web:1.0" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker pull through the proxy"; }
expect_eq "docker pull through the proxy: same image" "$id" "$(docker image inspect -f '{{.Id}}' "$phost/pass/web:1.0")"
expect_eq "same repo digest as the registry's" \
    "$(curl -sI -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' "$rurl/v2/pass/web/manifests/1.0" |
        tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest" {print $2}')" \
    "$(docker image inspect -f '{{index .RepoDigests 0}}' "$phost/pass/web:1.0" | cut -d@ -f2)"
docker rmi "$phost/pass/web:1.0" >/dev/null

stats=$(curl -sf "$ctl/stats")
expect_eq "no fault applied" 0 "$(jq .faults_applied <<<"$stats")"
[ "$(jq .requests_total <<<"$stats")" -gt 5 ] || fail "the proxy saw too few requests: $(jq -c 'del(.log)' <<<"$stats")"
[ "$(jq .max_connections <<<"$stats")" -ge 1 ] || fail "no connection counted"
ok "proxy counted $(jq .requests_total <<<"$stats") requests, at most $(jq .max_connections <<<"$stats") connections at once"
