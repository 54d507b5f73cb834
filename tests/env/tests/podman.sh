#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Podman fixture: its Docker-compatible API answers /_ping and /version (as Podman)
# and lists the seeded image, as Podman's own client sees it.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need podman)
host=$(cat "$svc/host")
sock=${host#unix://}

expect_eq "/_ping answers OK" "OK" "$(curl -sf --unix-socket "$sock" http://engine/_ping)"
curl -sf --unix-socket "$sock" http://engine/version > "$work/version"
expect_eq "/version names the Podman Engine" "$(cat "$svc/version")" \
    "$(jq -r '.Components[] | select(.Name == "Podman Engine") | .Version' "$work/version")"
curl -sf --unix-socket "$sock" http://engine/v1.41/images/json > "$work/images"
expect_eq "the compatible API lists what podman lists" \
    "$(podman --remote --url "$host" images --format '{{.Repository}}:{{.Tag}}' | sort)" \
    "$(jq -r '.[].RepoTags[]' "$work/images" | sort)"
grep -q '"localhost/berth-test/busybox:1.0"' "$work/images" || fail "the seeded image is missing"
ok "the seeded image is there, under Podman's name localhost/berth-test/busybox:1.0"
