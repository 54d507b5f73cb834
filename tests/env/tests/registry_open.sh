#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The open registry: anonymous push and pull with curl and with Docker, real catalog
# pagination (catalog.maxentries=2), delete enabled.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need registry_open)
url=$(cat "$svc/url")
host=$(cat "$svc/host")

expect_eq "GET /v2/ answers 200" 200 "$(http_code "$url/v2/")"
api=$(curl -s -D - -o /dev/null "$url/v2/" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-distribution-api-version" {print $2}')
expect_eq "API version header" "registry/2.0" "$api"

# curl push and pull; the manifest comes back byte for byte (its digest is the header's).
digest=$(push_image "$url" open/curl 1.0 65536) || fail "curl push to the open registry"
ok "curl pushes an image"
curl -sf -D "$work/h" -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "$url/v2/open/curl/manifests/1.0" -o "$work/m" || fail "manifest GET"
expect_eq "manifest digest" "$digest" "sha256:$(sha256_of "$work/m")"
expect_eq "Docker-Content-Digest" "$digest" "$(tr -d '\r' < "$work/h" | awk -F': ' 'tolower($1)=="docker-content-digest" {print $2}')"
layer=$(jq -r '.layers[0].digest' "$work/m")
curl -sf "$url/v2/open/curl/blobs/$layer" -o "$work/layer" || fail "blob GET"
expect_eq "blob content" "$layer" "sha256:$(sha256_of "$work/layer")"

# Catalog pagination: 2 entries a page, a Link to the next page, every repository once.
for r in a b c d; do push_image "$url" "page/$r" 1 1024 >/dev/null || fail "push page/$r"; done
next="/v2/_catalog"
pages=0
: > "$work/all"
while [ -n "$next" ]; do
    curl -sf -D "$work/ch" "$url$next" -o "$work/page" || fail "catalog GET $next"
    n=$(jq '.repositories | length' "$work/page")
    [ "$n" -le 2 ] || fail "catalog page of $n entries, maxentries is 2"
    jq -r '.repositories[]' "$work/page" >> "$work/all"
    pages=$((pages + 1))
    # Link: </v2/_catalog?last=b&n=2>; rel="next"
    next=$(tr -d '\r' < "$work/ch" | sed -n 's/^[Ll]ink: *<\([^>]*\)>.*rel="next".*/\1/p')
    [ "$pages" -lt 50 ] || fail "catalog pagination does not end"
done
[ "$pages" -ge 3 ] || fail "catalog had $pages pages; pagination is not real"
for r in open/curl page/a page/b page/c page/d; do grep -qx "$r" "$work/all" || fail "catalog misses $r"; done
expect_eq "catalog lists each repository once" "$(sort "$work/all" | uniq | wc -l)" "$(wc -l < "$work/all")"
ok "catalog pages: $pages"

# Docker: push the engine's seed image, remove it, pull it back: same image.
docker_env
id=$(docker image inspect -f '{{.Id}}' berth-test/busybox:1.0)
docker tag berth-test/busybox:1.0 "$host/open/busybox:1.0"
docker push "$host/open/busybox:1.0" > "$work/push.log" 2>&1 || { cat "$work/push.log"; fail "docker push"; }
ok "docker pushes"
docker rmi "$host/open/busybox:1.0" >/dev/null
docker pull "$host/open/busybox:1.0" > "$work/pull.log" 2>&1 || { cat "$work/pull.log"; fail "docker pull"; }
expect_eq "docker pulls the same image" "$id" "$(docker image inspect -f '{{.Id}}' "$host/open/busybox:1.0")"
docker rmi "$host/open/busybox:1.0" >/dev/null

# Delete is enabled: DELETE by digest, then the manifest is gone.
expect_eq "DELETE manifest" 202 "$(http_code -X DELETE "$url/v2/open/curl/manifests/$digest")"
expect_eq "deleted manifest is unknown" 404 "$(http_code "$url/v2/open/curl/manifests/$digest")"

# A restart behind the same URL keeps the data (what a "kill the registry mid-upload"
# test relies on): kill -9, start again without stop.
digest=$(push_image "$url" open/restart 1.0 4096) || fail "push before the restart"
kill -9 "$(cat "$svc/registry.pid")"
for _ in $(seq 50); do [ "$(http_code --max-time 1 "$url/v2/")" = 000 ] && break; sleep 0.1; done
expect_eq "the registry is gone after kill -9" 000 "$(http_code --max-time 1 "$url/v2/")"
bash "$BERTH_SOURCE_DIR/tests/env/registry.sh" start "$svc" > "$work/log" 2>&1 || { cat "$work/log"; fail "restart"; }
expect_eq "restarted on the same URL" "$url" "$(cat "$svc/url")"
expect_eq "the data survived the restart" 200 "$(http_code -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "$url/v2/open/restart/manifests/$digest")"
