# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shell completion of berthctl as the shells themselves run it; shared by the build's test
# (tests/integration/cli/completion.sh) and the installed package's (tests/package).
# Sourced, not run: `berthctl` must be on PATH, and $work a folder of the test's.

# bash_complete LOAD LINE: the replies bash's completion machinery gives for LINE (the
# cursor at its end), a line each. LOAD is the bash code that defines the completion
# (sources the script, or asks bash-completion's loader for it), run in a fresh bash;
# the function `complete -p berthctl` names is then called as bash calls it at a TAB.
bash_complete() {
    local load=$1 line=$2
    COMPLETION_LINE=$line bash --norc --noprofile -c "$load"'
        spec=$(complete -p berthctl) || { echo "no completion for berthctl" >&2; exit 1; }
        function=$(sed -n "s/.*-F \([^ ]*\) .*/\1/p" <<<"$spec")
        COMP_LINE=$COMPLETION_LINE
        COMP_POINT=${#COMP_LINE}
        read -ra COMP_WORDS <<<"$COMP_LINE"
        [[ $COMP_LINE =~ [[:space:]]$ ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMPREPLY=()
        "$function" berthctl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}"'
}

# expect_replies WHAT EXPECTED ACTUAL: the two lists of lines are the same set.
expect_replies() {
    local expected actual
    expected=$(printf '%s\n' "$2" | sed '/^$/d' | sort -u)
    actual=$(printf '%s\n' "$3" | sed '/^$/d' | sort -u)
    [ "$expected" = "$actual" ] || fail "$1: expected [$(echo $expected)], got [$(echo $actual)]"
    ok "$1"
}

# check_completions LOAD: commands, a subcommand, an option, and image names (from the
# engine at DOCKER_HOST, compared with the docker CLI's list) through bash's completion;
# zsh and fish when they are installed, given their scripts by ZSH_LOAD and FISH_LOAD.
check_completions() {
    local load=$1 images
    expect_replies "bash: berthctl ima<TAB>" images "$(bash_complete "$load" "berthctl ima")"
    expect_replies "bash: berthctl images l<TAB>" "$(printf 'ls\nload')" \
        "$(bash_complete "$load" "berthctl images l")"
    expect_replies "bash: berthctl images ls --dig<TAB>" --digests \
        "$(bash_complete "$load" "berthctl images ls --dig")"
    images=$("$docker_cli" -H "$DOCKER_HOST" images --format '{{.Repository}}:{{.Tag}}' | grep -v '<none>')
    [ -n "$images" ] || fail "the engine has no tagged image to complete"
    expect_replies "bash: berthctl images rm <TAB> lists the engine's images" "$images" \
        "$(bash_complete "$load" "berthctl images rm ")"
    # bash splits words at ':': past it, the replies are the rest of the name.
    local repository=${images%%:*}
    expect_replies "bash: an image name past its ':' (the tags of $repository)" \
        "$(grep "^$repository:" <<<"$images" | cut -d: -f2-)" \
        "$(bash_complete "$load" "berthctl images inspect $repository:")"
    expect_replies "bash: no engine, no names and no message" "" \
        "$(DOCKER_HOST=unix://$work/no-engine.sock bash_complete "$load" "berthctl images rm " 2>&1)"

    if command -v fish >/dev/null; then
        expect_replies "fish: berthctl ima<TAB>" images \
            "$(fish -c "$FISH_LOAD; complete -C'berthctl ima'" | cut -f1)"
        expect_replies "fish: berthctl images rm <TAB>" "$images" \
            "$(fish -c "$FISH_LOAD; complete -C'berthctl images rm '" | cut -f1)"
    else
        echo "# fish is not installed: its completion is not tried"
    fi
    if command -v zsh >/dev/null; then
        # zsh completes in its line editor only: zpty runs an interactive zsh, TAB lists
        # the candidates, and the reading waits for them (the test's timeout bounds it).
        cat >"$work/complete.zsh" <<'ZSH'
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1='> '; $ZSH_LOAD; autoload -Uz compinit; compinit -u; print READY"
zpty -r z line '*READY*'
zpty -w -n z $'berthctl images l\t'
zpty -r z out '*load*ls*'
print -r -- "$out"
zpty -d z
ZSH
        listing=$(ZSH_LOAD=$ZSH_LOAD zsh -f "$work/complete.zsh" | tr -d '\r') ||
            fail "zsh: berthctl images l<TAB> lists nothing"
        grep -q 'load' <<<"$listing" && grep -q 'ls' <<<"$listing" ||
            fail "zsh: berthctl images l<TAB> does not list ls and load: $listing"
        ok "zsh: berthctl images l<TAB>"
    else
        echo "# zsh is not installed: its completion is not tried"
    fi
}
