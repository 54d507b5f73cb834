#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# testhome.sh DIR...: makes each DIR a fresh home for one test (its earlier content goes):
# DIR/.docker/config.json for DOCKER_CONFIG, and the XDG folders (skopeo's auth.json is in
# the runtime one). The docker CLI, when its configuration has no credentials in it, picks a
# credential helper by itself if one is installed (docker-credential-secretservice, from
# golang-docker-credential-helpers), and that helper needs a desktop session; an "auths"
# table with an entry stops the search, so `docker login` keeps its token in this file,
# which goes with the test.
set -euo pipefail

for home in "$@"; do
    rm -rf "$home"
    mkdir -p "$home/.docker" "$home/.config" "$home/.local/share" "$home/.cache"
    mkdir -m 700 "$home/.run" # XDG_RUNTIME_DIR: the user's alone, as the spec asks
    printf '{"auths": {"berth-test.invalid": {}}}\n' > "$home/.docker/config.json"
done
