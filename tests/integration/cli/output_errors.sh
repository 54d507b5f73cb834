#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl as a script sees it when stdout fails: a full device (/dev/full) and a closed
# stdout (>&-) are errors (exit 1, a message naming them) for every command that prints
# data; a reader that leaves early (EPIPE) is not worth a word.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
open_dir=$(need registry_open)
host=$(cat "$engine_dir/host")
registry=$(cat "$open_dir/host")
url=$(cat "$open_dir/url")
bin=$BERTH_BINARY_DIR/app/berthctl
isolate
berthctl() { "$bin" --host "$host" "$@"; }

# A repository in the registry and a pulled image, so every command has data to print.
bash "$BERTH_SOURCE_DIR/tests/integration/registry/seed.sh" image "$url" output/img 1.0 1024 >/dev/null
berthctl images pull "$registry/output/img:1.0" >/dev/null 2>&1 || fail "cannot pull the fixture image"

# expect_write_error WHAT REDIRECT COMMAND...: exit 1 and a message naming stdout.
expect_write_error() {
    local what=$1 redirect=$2 code=0
    shift 2
    case $redirect in
        full) "$@" >/dev/full 2>"$work/err" || code=$? ;;
        closed) "$@" >&- 2>"$work/err" || code=$? ;;
    esac
    [ "$code" = 1 ] || fail "$what ($redirect): exit $code, not 1: $(cat "$work/err")"
    grep -q "cannot write to stdout" "$work/err" || fail "$what ($redirect): no message: $(cat "$work/err")"
    ok "$what ($redirect stdout): exit 1, $(tail -n 1 "$work/err")"
}

for redirect in full closed; do
    expect_write_error "images ls" $redirect berthctl images ls
    expect_write_error "images ls --json" $redirect berthctl images ls --json
    expect_write_error "images inspect" $redirect berthctl images inspect "$registry/output/img:1.0"
    expect_write_error "images pull --json" $redirect berthctl images pull --json "$registry/output/img:1.0"
    expect_write_error "ref" $redirect "$bin" ref busybox
    expect_write_error "tags" $redirect "$bin" tags "$registry/output/img"
    expect_write_error "manifest --raw" $redirect "$bin" manifest --raw "$registry/output/img:1.0"
    expect_write_error "jobs" $redirect "$bin" jobs
    expect_write_error "--help" $redirect "$bin" --help
done

# A reader that goes away early: no message, and not the failure exit code; SIGPIPE ends
# berthctl as it ends the docker CLI (141). `true` exits before berthctl writes.
status=$("$bin" ref busybox 2>"$work/err" | true; echo "${PIPESTATUS[0]}")
[ ! -s "$work/err" ] || fail "EPIPE was reported: $(cat "$work/err")"
[ "$status" = 0 ] || [ "$status" = 141 ] || fail "a reader that left early made berthctl exit $status"
ok "a reader that leaves early gets no message (exit $status)"
echo "all passed"
