#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The htpasswd registry: Basic auth with bcrypt entries for two or more users. curl and
# Docker (with a throw-away DOCKER_CONFIG) log in, push and pull; wrong passwords fail.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need registry_htpasswd)
url=$(cat "$svc/url")
host=$(cat "$svc/host")
[ "$(wc -l < "$svc/users.tsv")" -ge 2 ] || fail "fewer than two users"
grep -q '^alice:\$2y\$' "$svc/htpasswd" || fail "htpasswd entries are not bcrypt"
pw() { awk -F'\t' -v u="$1" '$1==u {print $2}' "$svc/users.tsv"; }
alice=(-u "alice:$(pw alice)")
bob=(-u "bob:$(pw bob)")

expect_eq "anonymous GET /v2/ is refused" 401 "$(http_code "$url/v2/")"
challenge=$(curl -s -D - -o /dev/null "$url/v2/" | tr -d '\r' | awk -F': ' 'tolower($1)=="www-authenticate" {print $2}')
expect_eq "Basic challenge" 'Basic realm="berth-test"' "$challenge"
expect_eq "wrong password is refused" 401 "$(http_code -u alice:wrong "$url/v2/")"
expect_eq "unknown user is refused" 401 "$(http_code -u mallory:x "$url/v2/")"
expect_eq "alice is let in" 200 "$(http_code "${alice[@]}" "$url/v2/")"
expect_eq "bob is let in" 200 "$(http_code "${bob[@]}" "$url/v2/")"

push_image "$url" basic/curl 1.0 4096 -u alice:wrong >/dev/null && fail "push with a wrong password succeeded"
ok "curl push with a wrong password is refused"
digest=$(push_image "$url" basic/curl 1.0 4096 "${alice[@]}") || fail "curl push as alice"
ok "curl pushes as alice"
curl -sf "${bob[@]}" -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "$url/v2/basic/curl/manifests/1.0" -o "$work/m" || fail "manifest GET as bob"
expect_eq "bob pulls alice's manifest" "$digest" "sha256:$(sha256_of "$work/m")"

docker_env
docker tag berth-test/busybox:1.0 "$host/basic/busybox:1.0"
docker push "$host/basic/busybox:1.0" > "$work/log" 2>&1 && fail "docker push without login succeeded"
ok "docker push without login is refused"
echo wrong | docker login -u alice --password-stdin "$host" > "$work/log" 2>&1 && fail "docker login with a wrong password succeeded"
ok "docker login with a wrong password fails"
pw alice | docker login -u alice --password-stdin "$host" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker login alice"; }
jq -e --arg h "$host" '.auths[$h].auth' "$DOCKER_CONFIG/config.json" >/dev/null || fail "login not stored in the throw-away DOCKER_CONFIG"
docker push "$host/basic/busybox:1.0" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker push as alice"; }
ok "docker login and push as alice"
docker logout "$host" >/dev/null
docker rmi "$host/basic/busybox:1.0" >/dev/null
docker pull "$host/basic/busybox:1.0" > "$work/log" 2>&1 && fail "docker pull after logout succeeded"
ok "docker pull after logout is refused"
pw bob | docker login -u bob --password-stdin "$host" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker login bob"; }
docker pull "$host/basic/busybox:1.0" > "$work/log" 2>&1 || { cat "$work/log"; fail "docker pull as bob"; }
expect_eq "bob pulls the image alice pushed" "$(docker image inspect -f '{{.Id}}' berth-test/busybox:1.0)" \
    "$(docker image inspect -f '{{.Id}}' "$host/basic/busybox:1.0")"
docker rmi "$host/basic/busybox:1.0" >/dev/null
