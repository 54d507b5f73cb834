#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl copy, retag and delete against the registries of tests/env, each result checked by
# skopeo (inspect --raw, copy, list-tags) and curl. The registries are filled with curl.
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"
# shellcheck source=clicommon.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
isolate
berthctl=${BERTH_BINARY_DIR:?}/app/berthctl
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"

open=$(cat "$(need registry_open)/host")
open_url=$(cat "$env_dir/registry_open/url")
basic=$(cat "$(need registry_htpasswd)/host")
token=$(cat "$(need registry_token)/host")
token_url=$(cat "$env_dir/registry_token/url")
creds=alice:alice-secret-1
printf 'alice-secret-1\n' > "$work/alice-password"
chmod 600 "$work/alice-password"

raw() { # SKOPEO_ARGS... REF: the manifest's bytes as skopeo gets them
    skopeo inspect --raw --tls-verify=false "$@"
}

# open -> htpasswd: byte-identical, and the digest skopeo's own copy gives.
read -r digest _ < <($seed image "$open_url" cli/copy v1 300000)
out=$("$berthctl" copy --json --dest-username alice --dest-password-file "$work/alice-password" \
    "$open/cli/copy:v1" "$basic/team/app:1" 2> "$work/copy.err") || { cat "$work/copy.err"; fail "copy open -> htpasswd"; }
expect_eq "copy --json prints the destination digest" "$digest" "$(jq -r .digest <<<"$out")"
cmp <(raw "docker://$open/cli/copy:v1") <(raw --creds "$creds" "docker://$basic/team/app:1") ||
    fail "the copy's manifest differs from the source's"
ok "open -> htpasswd: skopeo inspect --raw is byte-identical"
skopeo copy -q --src-tls-verify=false --dest-tls-verify=false --dest-creds "$creds" \
    "docker://$open/cli/copy:v1" "docker://$basic/team/skopeo:1"
expect_eq "skopeo copy gives the same digest" "$digest" \
    "sha256:$(raw --creds "$creds" "docker://$basic/team/skopeo:1" | sha256sum | cut -d' ' -f1)"
grep -q ': Copied' "$work/copy.err" || fail "no per-blob progress on stderr: $(cat "$work/copy.err")"
ok "progress on stderr"

# The passwords never reach argv: berthctl waits on a FIFO for the destination's while its
# command line is read, and the source's comes on stdin.
mkfifo "$work/fifo"
printf 'alice-secret-1' | "$berthctl" copy --src-username alice --src-password-stdin \
    --dest-username alice --dest-password-file "$work/fifo" "$basic/team/app:1" "$basic/team/app:fifo" \
    2>/dev/null &
pid=$!
# Until the fork has become berthctl (it then blocks on the FIFO for as long as it takes).
for _ in $(seq 100); do
    tr '\0' ' ' < "/proc/$pid/cmdline" > "$work/cmdline" 2>/dev/null || true
    grep -q -- '--dest-password-file' "$work/cmdline" && break
    sleep 0.1
done
printf 'alice-secret-1\n' > "$work/fifo"
wait "$pid" || fail "copy with both passwords kept out of argv"
grep -q -- '--dest-password-file' "$work/cmdline" || fail "did not see berthctl's command line"
grep -q alice-secret-1 "$work/cmdline" && fail "a password is in berthctl's command line"
ok "no password in the process list"

# token -> open, the source's password on stdin.
read -r tdigest _ < <($seed image "$token_url" cli/tok v1 200000 \
    -H "Authorization: Bearer $(curl -sf -u "$creds" "$(cat "$env_dir/registry_token/realm")?service=$(cat "$env_dir/registry_token/service")&scope=repository:cli/tok:pull,push" | jq -r .token)")
printf 'alice-secret-1' | "$berthctl" copy --src-username alice --src-password-stdin \
    "$token/cli/tok:v1" "$open/cli/from-token:v1" 2> "$work/copy2.err" || { cat "$work/copy2.err"; fail "copy token -> open"; }
expect_eq "token -> open digest" "$tdigest" \
    "sha256:$(raw "docker://$open/cli/from-token:v1" | sha256sum | cut -d' ' -f1)"

# A two-platform index: whole, then one platform alone.
idigest=$($seed index "$open_url" cli/multi 1.0)
out=$("$berthctl" copy --json --dest-username alice --dest-password-file "$work/alice-password" \
    "$open/cli/multi:1.0" "$basic/cli/multi:all" 2>/dev/null) || fail "copy of an index"
expect_eq "index copied whole" "$idigest" "$(jq -r .digest <<<"$out")"
arm=$(raw "docker://$open/cli/multi:1.0" | jq -r '.manifests[] | select(.platform.architecture=="arm64") | .digest')
out=$("$berthctl" copy --json --platform linux/arm64 --dest-username alice \
    --dest-password-file "$work/alice-password" "$open/cli/multi:1.0" "$basic/cli/multi:arm" 2>/dev/null) ||
    fail "copy of one platform"
expect_eq "one platform: the tag names the child manifest" "$arm" "$(jq -r .digest <<<"$out")"
code=0
"$berthctl" copy --platform linux/arm64 --all-platforms "$open/a:1" "$open/b:1" 2>/dev/null || code=$?
expect_eq "--platform with --all-platforms is a usage error" 2 "$code"

# Inside one registry: the blobs are mounted, none uploaded.
"$berthctl" copy "$open/cli/copy:v1" "$open/cli/mounted:v1" 2> "$work/mount.err" || fail "copy inside one registry"
grep -q ': Mounted' "$work/mount.err" || fail "no blob mounted: $(cat "$work/mount.err")"
grep -q ': Copied' "$work/mount.err" && fail "a blob was uploaded inside one registry"
ok "inside one registry every blob is mounted"

# retag: visible to skopeo list-tags.
"$berthctl" retag "$open/cli/copy:v1" v2 2>/dev/null || fail "retag"
skopeo list-tags --tls-verify=false "docker://$open/cli/copy" | jq -e '.Tags | index("v2")' >/dev/null ||
    fail "skopeo list-tags does not show v2"
ok "retag shows in skopeo list-tags"
# Copy and retag are jobs of the pool: the shared history has them, and no password.
jq -e '[.entries[] | select(.kind == "registry-copy" and .result == "succeeded")] | length >= 3' \
    "$XDG_DATA_HOME/berth/jobs.json" >/dev/null || fail "no registry-copy job in the history"
jq -e '[.entries[] | select(.kind == "registry-retag" and .result == "succeeded")] | length == 1' "$XDG_DATA_HOME/berth/jobs.json" >/dev/null ||
    fail "no registry-retag job in the history"
grep -q alice-secret-1 "$XDG_DATA_HOME/berth/jobs.json" && fail "a password is in the job history"
ok "copy and retag are in the job history, without a password"

# delete: needs the registry host, --yes without a terminal; removes every tag of the digest.
set +e
"$berthctl" delete "cli/copy:v1" --yes < /dev/null 2>/dev/null
expect_eq "delete without a registry host is a usage error" 2 $?
"$berthctl" delete "$open/cli/copy:v1" < /dev/null 2>/dev/null
expect_eq "delete without a terminal needs --yes" 2 $?
"$berthctl" delete "$open/cli/copy:v1" --yes < /dev/null 2> "$work/delete.err"
expect_eq "delete of a tag whose digest other tags share needs --all-tags" 1 $?
set -e
grep -q 'by digest only' "$work/delete.err" || fail "the 400 is not explained: $(cat "$work/delete.err")"
grep -q 'v1, v2\|v2, v1' "$work/delete.err" || fail "the listing does not name both tags: $(cat "$work/delete.err")"
out=$("$berthctl" delete --json --all-tags --yes "$open/cli/copy:v1" < /dev/null 2>/dev/null) || fail "delete --all-tags"
expect_eq "delete --json names the digest" "$digest" "$(jq -r .digest <<<"$out")"
expect_eq "delete --json names both tags" "v1,v2" "$(jq -r '.tags | sort | join(",")' <<<"$out")"
# Deletions are jobs, in the shared history: the refused untag, then the digest's deletion.
expect_eq "the history holds the delete jobs" "failed $open/cli/copy:v1;succeeded $open/cli/copy@$digest" \
    "$("$berthctl" jobs --json | jq -r 'select(.kind == "registry-delete") | "\(.result) \(.references[0])"' | tail -n 2 | paste -sd ';')"
tags=$(skopeo list-tags --tls-verify=false "docker://$open/cli/copy" 2>/dev/null | jq -r '.Tags // [] | length' || echo 0)
expect_eq "no tag left" 0 "$tags"

# A registry without storage.delete.enabled says so.
nodelete=$work/nodelete
REGISTRY_STORAGE_DELETE_ENABLED=false bash "$BERTH_SOURCE_DIR/tests/env/registry.sh" start "$nodelete" open >/dev/null
on_exit "bash '$BERTH_SOURCE_DIR/tests/env/registry.sh' stop '$nodelete'"
nd_host=$(cat "$nodelete/host")
$seed image "$(cat "$nodelete/url")" cli/keep v1 1000 >/dev/null
set +e
"$berthctl" delete --yes "$nd_host/cli/keep:v1" < /dev/null 2> "$work/nd.err"
code=$?
set -e
expect_eq "delete refused by the registry fails" 1 "$code"
grep -q 'does not allow deletes' "$work/nd.err" || fail "405 not explained: $(cat "$work/nd.err")"
ok "a registry without delete enabled is named as such"
