#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Invalid references in every command: exit 1 with the grammar's reason, as docker exits;
# and the names the daemon refuses, refused by berthctl in the daemon's words before it
# asks one (its engine here is an address where nothing listens: asking would exit 3).
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
isolate
bin=$BERTH_BINARY_DIR/app/berthctl
nowhere=unix://$work/no-engine.sock
docker() { "$docker_cli" -H "$host" "$@"; }
long=$(printf 'a%.0s' $(seq 240)) # 258 characters with docker.io/library/
hex=$(printf '0%.0s' $(seq 64))

# expect_refused WHAT TEXT BERTHCTL_ARGS...: exit 1, the reason in the message.
expect_refused() {
    local what=$1 text=$2 code=0
    shift 2
    "$bin" --host "$nowhere" "$@" >/dev/null 2>"$work/err" || code=$?
    [ "$code" = 1 ] || fail "$what: exit $code, not 1: $(cat "$work/err")"
    grep -qF "$text" "$work/err" || fail "$what: not '$text': $(cat "$work/err")"
    ok "$what: exit 1, $(cat "$work/err")"
}

# docker itself: exit 1 for each.
for args in "pull Bad_Name" "tag berth-test/busybox:1.0 $long" "tag berth-test/busybox:1.0 sha256:$hex"; do
    read -ra words <<<"$args"
    code=0
    docker "${words[@]}" >/dev/null 2>"$work/docker.err" || code=$?
    expect_eq "docker ${args:0:40}... exits 1" 1 "$code"
done
grep -qF "refusing to create an ambiguous tag using digest algorithm as name" "$work/docker.err" ||
    fail "the daemon's words changed: $(cat "$work/docker.err")"

for command in "images pull" "images push" "ref" "tags" "manifest"; do
    read -ra words <<<"$command"
    expect_refused "$command Bad_Name" "must be lowercase" "${words[@]}" Bad_Name
    expect_refused "$command with a 258-character name" "repository name must not be more than 255 characters" "${words[@]}" "$long"
done
expect_refused "images tag to Bad_Name" "must be lowercase" images tag berth-test/busybox:1.0 Bad_Name
expect_refused "images tag to a 258-character name" "must not be more than 255 characters" images tag berth-test/busybox:1.0 "$long"
expect_refused "images tag to sha256:<hex>" "refusing to create an ambiguous tag using digest algorithm as name" \
    images tag berth-test/busybox:1.0 "sha256:$hex"
expect_refused "images pull sha256:<hex>" "refusing to create an ambiguous tag using digest algorithm as name" \
    images pull "sha256:$hex"
expect_refused "blob with a bad name" "must be lowercase" blob "Bad_Name@sha256:$hex" -o "$work/blob"
# Where docker takes the name, so does berthctl: another registry's "sha256" repository.
code=0
"$bin" --host "$host" images tag berth-test/busybox:1.0 "127.0.0.1:5000/sha256:$hex" 2>"$work/err" || code=$?
expect_eq "127.0.0.1:5000/sha256:<hex> is a name the daemon takes" 0 "$code"
docker rmi "127.0.0.1:5000/sha256:$hex" >/dev/null
echo "all passed"
