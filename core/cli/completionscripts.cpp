// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/completionscripts.h"

namespace Berth::Cli {

namespace {

// bash splits the line at COMP_WORDBREAKS (':' and '=' among them), so an image name
// "alpine:3.19" would be three words: the script splits COMP_LINE at blanks itself, and
// hands bash each candidate less the part of the word before bash's own last break.
// Without candidates where a file is expected, bash completes file names (-o default).
const char bash[] = R"(# bash completion for berthctl; written by `berthctl completion bash`.
_berthctl() {
    local line=${COMP_LINE:0:COMP_POINT} cur reply candidate files=0
    local -a words candidates=()
    read -ra words <<<"$line"
    [[ $line =~ [[:space:]]$ ]] && words+=("")
    cur=${words[${#words[@]}-1]}
    while IFS= read -r reply; do
        if [[ $reply == :files ]]; then
            files=1
        else
            candidates+=("${reply%%$'\t'*}")
        fi
    done < <("${words[0]}" completion __complete "${words[@]:1}" 2>/dev/null)
    local breaks=${COMP_WORDBREAKS//[^:=]/} prefix=""
    if [[ -n $breaks && $cur == *["$breaks"]* ]]; then
        prefix=${cur%"${cur##*["$breaks"]}"}
    fi
    COMPREPLY=()
    for candidate in "${candidates[@]}"; do
        COMPREPLY+=("${candidate#"$prefix"}")
    done
    if [[ $files == 1 ]]; then
        compopt -o default 2>/dev/null
    elif [[ ${#COMPREPLY[@]} == 1 && ${COMPREPLY[0]} == *= ]]; then
        compopt -o nospace 2>/dev/null
    fi
}
complete -F _berthctl berthctl
)";

// zsh: descriptions beside the candidates; ':' in a name is escaped for _describe.
const char zsh[] = R"(#compdef berthctl
# zsh completion for berthctl; written by `berthctl completion zsh`.
_berthctl() {
    local -a replies described
    local reply files=0
    replies=("${(@f)$("${words[1]}" completion __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    for reply in "${replies[@]}"; do
        [[ -z $reply ]] && continue
        if [[ $reply == :files ]]; then
            files=1
        elif [[ $reply == *$'\t'* ]]; then
            described+=("${${reply%%$'\t'*}//:/\\:}:${reply#*$'\t'}")
        else
            described+=("${reply//:/\\:}")
        fi
    done
    (( ${#described} )) && _describe -t berthctl berthctl described
    (( files )) && _files
    return 0
}
if [[ $funcstack[1] == _berthctl ]]; then
    _berthctl "$@"
else
    compdef _berthctl berthctl
fi
)";

// fish takes "word<TAB>description" as it comes.
const char fish[] = R"(# fish completion for berthctl; written by `berthctl completion fish`.
function __berthctl_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    for reply in ($words[1] completion __complete $words[2..-1] "$current" 2>/dev/null)
        if test "$reply" = ":files"
            __fish_complete_path "$current"
        else
            echo $reply
        end
    end
end
complete -c berthctl -f -a '(__berthctl_complete)'
)";

} // namespace

QString completionScript(const QString &shell)
{
    if (shell == u"bash")
        return QString::fromUtf8(bash);
    if (shell == u"zsh")
        return QString::fromUtf8(zsh);
    if (shell == u"fish")
        return QString::fromUtf8(fish);
    return {};
}

} // namespace Berth::Cli
