#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl's registry passwords: -u USER on a terminal (script(1) gives it one) asks with
# echo off, as docker login does; without a terminal it needs --password-stdin; an empty
# --password-stdin says "no password given".
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

auth_dir=$(need registry_htpasswd)
url=$(cat "$auth_dir/url")
host=$(cat "$auth_dir/host")
isolate
bin=$BERTH_BINARY_DIR/app/berthctl
bash "$BERTH_SOURCE_DIR/tests/integration/registry/seed.sh" image "$url" pw/img 1 1024 -u carol:carol-secret-3 >/dev/null

code=0
printf '' | "$bin" tags -u carol --password-stdin "$host/pw/img" >/dev/null 2>"$work/err" || code=$?
expect_eq "an empty --password-stdin fails" 1 "$code"
grep -q "no password given" "$work/err" || fail "empty password: $(cat "$work/err")"

code=0
"$bin" tags -u carol "$host/pw/img" </dev/null >/dev/null 2>"$work/err" || code=$?
expect_eq "-u without a terminal nor --password-stdin is a usage error" 2 "$code"

# On a terminal: the prompt, then the password typed once it shows (typed earlier, the
# terminal would echo it before berthctl turns echo off, as for any program).
mkfifo "$work/keys"
script -qec "$bin tags -u carol $host/pw/img" /dev/null <"$work/keys" >"$work/tty" 2>&1 &
pid=$!
exec 3>"$work/keys"
wait_for_line "$work/tty" "Password for carol" "no password prompt"
printf 'carol-secret-3\n' >&3
code=0
wait "$pid" || code=$?
exec 3>&-
expect_eq "tags with the password typed on the terminal" 0 "$code"
grep -q "^1" "$work/tty" || fail "no tags listed: $(cat "$work/tty")"
! grep -q carol-secret-3 "$work/tty" || fail "the password was echoed: $(cat "$work/tty")"
ok "the password was asked with echo off"
echo "all passed"
