#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A registry's layer read by berthctl files through the fault proxy of tests/env: a
# connection reset mid-blob resumes with Range and lists the same; a blob whose bytes do not
# match its digest (a flipped byte the gzip stream itself does not check: its header's
# time) fails on the digest; an endless blob of filler ends the read, its GET stopped.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
isolate
source "$BERTH_SOURCE_DIR/tests/integration/cli/faults_env.sh"

ref="$proxy/faults/layers:$run_id"
random_image "$ref"
on_exit "$docker_cli -H '$host' rmi -f '$ref' >/dev/null 2>&1"
berthctl images push "$ref" >/dev/null 2>&1 || fail "cannot push the image through the proxy"
layer=$(curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
    "http://$proxy/v2/faults/layers/manifests/$run_id" | jq -r '.layers[0].digest')
[ -n "$layer" ] || fail "no layer in the pushed manifest"
match="^GET /v2/faults/layers/blobs/$layer\$"
berthctl files -l "$ref" > "$work/local.list" || fail "files of the local image failed"
grep -q ' data$' "$work/local.list" || fail "the local listing has no data file: the test proves nothing"

fault "{\"mode\": \"reset\", \"bytes\": 1000000, \"count\": 1, \"match\": \"$match\"}"
berthctl files -l "docker://$ref" > "$work/remote.list" 2>"$work/err" || fail "files after a reset: $(cat "$work/err")"
diff -u "$work/local.list" "$work/remote.list" >&2 || fail "the listing after a reset differs"
expect_eq "the blob was asked for again from where it broke" 1 \
    "$(curl -sf "$ctl/stats" | jq --arg p "/v2/faults/layers/blobs/$layer" '[.log[] | select(.path == $p and .range != null and .range != "")] | length')"
proxy_reset

fault "{\"mode\": \"flip\", \"offset\": 4, \"match\": \"$match\"}"
code=0
berthctl files -l "docker://$ref" > /dev/null 2>"$work/err" || code=$?
[ "$code" -ne 0 ] || fail "a blob that does not match its digest was listed"
grep -q "digest is sha256:" "$work/err" || fail "not the digest's error: $(cat "$work/err")"
ok "a flipped byte fails on the digest ($(head -c 160 "$work/err"))"
proxy_reset

fault "{\"mode\": \"huge\", \"bytes\": -1, \"match\": \"$match\"}"
code=0
berthctl files -l "docker://$ref" > /dev/null 2>"$work/err" || code=$?
[ "$code" -ne 0 ] || fail "an endless blob of filler was listed"
sent=$(curl -sf "$ctl/stats" | jq --arg p "/v2/faults/layers/blobs/$layer" '[.log[] | select(.path == $p) | .sent] | max')
[ "$sent" -lt $((64 * 1024 * 1024)) ] || fail "the proxy sent $sent bytes of an endless blob"
ok "an endless blob of filler ends the read ($(head -c 160 "$work/err")); $sent bytes sent"
