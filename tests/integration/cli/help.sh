#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl's help and usage errors, as a person and a script meet them: --help and
# --help-all of every command print its help (never run it), the usage line names the
# command, and an unknown option names the command and where its help is.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

bin=$BERTH_BINARY_DIR/app/berthctl
isolate
# No engine and no registry: help must not need one.
export DOCKER_HOST=unix://$work/no-engine.sock

commands=("images ls" "images inspect" "images history" "images pull" "images push" "images tag"
    "images rm" "images prune" "images save" "images load" build jobs ref run catalog tags manifest blob completion
    layers files diff)
for command in "${commands[@]}"; do
    read -ra words <<<"$command"
    for option in --help --help-all; do
        code=0
        "$bin" "${words[@]}" $option >"$work/out" 2>"$work/err" || code=$?
        [ "$code" = 0 ] || fail "$command $option: exit $code: $(cat "$work/err")"
        head -n 1 "$work/out" | grep -q "^Usage: berthctl $command " ||
            fail "$command $option: the usage line does not name the command: $(head -n 1 "$work/out")"
        [ ! -s "$work/err" ] || fail "$command $option ran the command: $(cat "$work/err")"
        grep -q "^Examples:" "$work/out" || fail "$command $option has no examples"
        grep -q "^  berthctl $command" "$work/out" || fail "$command $option: no example of it"
        for global in --host --timeout --jobs; do
            grep -q -- "$global" "$work/out" || fail "$command $option does not list $global"
        done
    done
    code=0
    "$bin" "${words[@]}" --bogus >/dev/null 2>"$work/err" || code=$?
    expect_eq "$command --bogus is a usage error" 2 "$code"
    grep -q "^berthctl $command: .*bogus.*see 'berthctl $command --help'" "$work/err" ||
        fail "$command --bogus: $(cat "$work/err")"
done
ok "every command's --help and --help-all print its help; --bogus names the command"
# berthctl --help: the global options, the exit codes, the environment and the files.
"$bin" --help >"$work/help"
for text in --host --timeout --jobs DOCKER_HOST DOCKER_CONFIG jobs.json; do
    grep -q -- "$text" "$work/help" || fail "berthctl --help does not mention $text"
done
for code in 0 1 2 3 4 5 6 130 141 143; do
    grep -q "^  $code  " "$work/help" || fail "berthctl --help lists no exit code $code"
done
expect_eq "exit codes are distinct" 10 "$(sed -n '/^Exit codes:/,/^$/p' "$work/help" | grep -c '^  [0-9]')"
expect_eq "help COMMAND is COMMAND --help" "$("$bin" images pull --help)" "$("$bin" help images pull)"
expect_eq "help alone is --help" "$("$bin" --help)" "$("$bin" help)"

echo "all passed"
