# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by benchmarks after tests/env/tests/common.sh: many tags of one small image on
# the private dockerd, removed again at exit so the shared engine is as before.
#   local_tags SOCKET COUNT REPO_PREFIX    tags berth-test/busybox:1.0 as PREFIX<i % 50>:<i>
local_tags() {
    local_tags_sock=$1 local_tags_count=$2 local_tags_prefix=$3
    trap local_tags_cleanup EXIT
    for i in $(seq "$local_tags_count"); do
        local_tags_api POST "/images/berth-test/busybox:1.0/tag?repo=$local_tags_prefix$((i % 50))&tag=$i" ||
            fail "tagging $i failed"
    done
}
local_tags_api() { curl -sf --unix-socket "$local_tags_sock" -X "$1" "http://engine/v1.41$2" >/dev/null; }
local_tags_cleanup() {
    for i in $(seq "$local_tags_count"); do
        local_tags_api DELETE "/images/$local_tags_prefix$((i % 50)):$i" || true
    done
    rm -rf "$work"
}
