#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl completion: every command, subcommand and option its help lists completes
# (the scripts know them from the help, so a new command needs no edit), image names come
# from the engine, quickly and silently when there is none; the bash script through
# bash's completion machinery, zsh and fish when they are installed.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/completioncommon.sh"

engine_dir=$(need dockerd)
export DOCKER_HOST
DOCKER_HOST=$(cat "$engine_dir/host")
isolate
mkdir -p "$work/bin"
ln -s "$BERTH_BINARY_DIR/app/berthctl" "$work/bin/berthctl"
export PATH=$work/bin:$PATH

complete_words() { berthctl completion __complete "$@" | cut -f1; }

# Every command of berthctl --help, every subcommand, every option of every command.
commands=$(berthctl --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
[ -n "$commands" ] || fail "berthctl --help lists no command"
expect_replies "every command of berthctl --help completes" "$commands" "$(complete_words "")"
check_options() { # COMMAND [SUBCOMMAND]
    local options
    options=$(berthctl help "$@" | sed -n '/^Options:/,/^$/p' | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    [ -n "$options" ] || fail "berthctl help $* lists no option"
    expect_replies "berthctl $* --<TAB>: its options" "$options" "$(complete_words "$@" -- | grep -- '^--')"
}
for command in $commands; do
    [ "$command" = help ] && continue
    subcommands=$(berthctl help "$command" | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
    if [ -z "$subcommands" ]; then
        check_options "$command"
        continue
    fi
    expect_replies "berthctl $command <TAB>: its subcommands" "$subcommands" "$(complete_words "$command" "")"
    for subcommand in $subcommands; do
        check_options "$command" "$subcommand"
    done
done
expect_replies "a FILE value completes file names" ":files" "$(complete_words images save -o "")"
expect_replies "an unknown command completes nothing" "" "$(complete_words nosuchcommand "")"

code=0
berthctl completion tcsh >/dev/null 2>"$work/err" || code=$?
expect_eq "completion for a shell berthctl has none for is a usage error" 2 "$code"
grep -q "bash, zsh or fish" "$work/err" || fail "completion tcsh: $(cat "$work/err")"

berthctl completion bash >"$work/berthctl.bash"
berthctl completion zsh >"$work/_berthctl"
berthctl completion fish >"$work/berthctl.fish"
export FISH_LOAD="source $work/berthctl.fish"
export ZSH_LOAD="fpath=($work \$fpath)"
check_completions "source $work/berthctl.bash"
echo "all passed"
