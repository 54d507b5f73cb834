# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# The forms a secret could take on its way to a file or a log, one a line: itself, in
# base64 and base64url (each alignment inside a longer encoded text: the last group depends
# on what follows), as base64(user:secret), and inside the X-Registry-Auth value for each
# server given. Sourced by the leak searches.
secret_forms() { # USER SECRET [SERVER...]
    local user=$1 secret=$2 k part full server json
    shift 2
    b64() { printf '%s' "$1" | base64 -w0; }
    b64url() { b64 "$1" | tr '+/' '-_'; }
    printf '%s\n' "$secret" "$(b64 "$user:$secret")" "$(b64url "$user:$secret")"
    for k in 0 1 2; do
        part=${secret:$k}
        full=$(b64 "$part")
        printf '%s\n' "${full:0:$((${#full} - 4))}"
        full=$(b64url "$part")
        printf '%s\n' "${full:0:$((${#full} - 4))}"
    done
    for server in "$@"; do
        json=$(printf '{"username":"%s","password":"%s","serveraddress":"%s"}' "$user" "$secret" "$server")
        printf '%s\n' "$(b64url "$json")" "$(b64 "$json")"
    done
}

# search_forms FORMS_FILE PLACE...: fails naming the files that hold any form.
search_forms() {
    local forms=$1 pattern hits
    shift
    while IFS= read -r pattern; do
        [ -n "$pattern" ] || continue
        if hits=$(grep -rlF -- "$pattern" "$@" 2>/dev/null); then
            fail "a secret (in some form) is in: $hits"
        fi
    done < "$forms"
}

# search_leaks FORMS_FILE: first that a job history was written and debug logging reached
# the outputs ($work/out), else the search would prove nothing; then no form in HOME, the
# settings, the temp folder, the history, Docker's config or the outputs.
search_leaks() {
    [ -n "$(find "$XDG_DATA_HOME" -type f | head -1)" ] || fail "no job history was written: the search would prove nothing"
    grep -rq "berth\." "$work/out" || fail "no debug logging reached the output: the search would prove nothing"
    search_forms "$1" "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$TMPDIR" "$DOCKER_CONFIG" "$work/out"
}
