#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stored logins used by berthctl copy, retag and delete without being told, on both sides of
# a copy between the htpasswd and the token registries (checked by skopeo); a login given
# on the command line for one side and stored for the other; Docker's config as the source
# of a login; and `berthctl login` asking for the user name on a terminal (a pty, as
# `docker login` asks), with the errors it gives when it cannot ask.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

auth_dir=$(need registry_htpasswd)
token_dir=$(need registry_token)
keyring_dir=$(need keyring)
isolate
join_keyring "$keyring_dir"
host=$(cat "$auth_dir/host")
url=$(cat "$auth_dir/url")
thost=$(cat "$token_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
berthctl() { timeout 120 "$bin" "$@"; }
seed="bash $BERTH_SOURCE_DIR/tests/integration/registry/seed.sh"
run_id=$$
login() { printf '%s' "$3" | berthctl login "$1" -u "$2" --password-stdin >/dev/null 2>"$work/login.err" ||
    fail "login $2 at $1: $(cat "$work/login.err")"; }
raw() { skopeo inspect --raw --tls-verify=false --creds alice:alice-secret-1 "docker://$1"; }

read -r digest _ < <($seed image "$url" stored/src 1 200000 -u alice:alice-secret-1)
src="$host/stored/src:1"
dst="$thost/stored/dst:$run_id"

# Nothing stored: both registries refuse.
code=0
berthctl copy "$src" "$dst" >/dev/null 2>"$work/err" || code=$?
[ "$code" -ne 0 ] || fail "an anonymous copy succeeded"
grep -qi "requires a login" "$work/err" || fail "not the registry's refusal: $(cat "$work/err")"
ok "without a login the copy is refused"

# Both sides stored: copy, retag and delete use them without a password.
login "$host" alice alice-secret-1
login "$thost" alice alice-secret-1
out=$(berthctl copy --json "$src" "$dst" 2>"$work/err") || fail "copy with stored logins: $(cat "$work/err")"
expect_eq "copy with stored logins: the digest" "$digest" "$(jq -r .digest <<<"$out")"
expect_eq "skopeo reads the same manifest" "$(raw "$src" | sha256sum)" "$(raw "$dst" | sha256sum)"
ok "copy htpasswd -> token with stored logins on both sides"
berthctl retag "$dst" "again-$run_id" 2>"$work/err" || fail "retag with the stored login: $(cat "$work/err")"
berthctl tags "$thost/stored/dst" >"$work/tags" || fail "tags"
grep -qx "again-$run_id" "$work/tags" || fail "the retag is not listed: $(cat "$work/tags")"
out=$(berthctl delete --json --yes --all-tags "$thost/stored/dst:again-$run_id" </dev/null 2>"$work/err") ||
    fail "delete with the stored login: $(cat "$work/err")"
expect_eq "delete names the digest" "$digest" "$(jq -r .digest <<<"$out")"
ok "retag and delete use the stored login"
grep -q "alice-secret-1" "$XDG_DATA_HOME/berth/jobs.json" && fail "a password is in the job history"

# One side given on the command line, the other stored.
berthctl logout "$host" >/dev/null || fail "logout"
printf 'alice-secret-1' | berthctl copy --src-username alice --src-password-stdin "$src" "$dst" \
    >/dev/null 2>"$work/err" || fail "copy with the source given, the destination stored: $(cat "$work/err")"
ok "a login given for one side, the other stored"

# Docker's config as the source's login.
printf '{"auths":{"%s":{"auth":"%s"}}}\n' "$host" "$(printf 'alice:alice-secret-1' | base64 -w0)" \
    >"$DOCKER_CONFIG/config.json"
berthctl copy "$src" "$thost/stored/docker:$run_id" >/dev/null 2>"$work/err" ||
    fail "copy with Docker's login: $(cat "$work/err")"
printf '{"auths":{"berth-test.invalid":{}}}\n' >"$DOCKER_CONFIG/config.json"
berthctl logout "$thost" >/dev/null || fail "logout"
ok "Docker's config gives the source's login"

# login without --username: asked on a terminal, as docker login does.
cat >"$work/askonterminal.py" <<'PY'
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
seen = b""
def until(text):
    global seen
    while text not in seen:
        chunk = os.read(fd, 1024)
        if not chunk:
            sys.exit("ended before %r: %r" % (text, seen))
        seen += chunk
until(b"Username: ")
os.write(fd, b"alice\n")
until(b"Password for alice: ")
os.write(fd, b"alice-secret-1\n")
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(status))
PY
timeout 120 python3 "$work/askonterminal.py" "$bin" login "$host" >"$work/pty.out" 2>&1 || fail "login on a pty: $(cat "$work/pty.out")"
grep -q "Login Succeeded" "$work/pty.out" || fail "no 'Login Succeeded': $(cat "$work/pty.out")"
grep -q "alice-secret-1" "$work/pty.out" && fail "the password was echoed"
expect_eq "the login asked on the terminal is stored" \
    "{\"registry\":\"$host\",\"source\":\"keychain\",\"user\":\"alice\"}" "$(berthctl accounts --json)"
berthctl logout "$host" >/dev/null || fail "logout"
ok "login asks for the user name on a terminal"

code=0
printf 'alice-secret-1' | berthctl login "$host" --password-stdin >/dev/null 2>"$work/err" || code=$?
expect_eq "--password-stdin without --username" 2 "$code"
grep -q -- "--username" "$work/err" || fail "the error does not name --username: $(cat "$work/err")"
code=0
berthctl login "$host" </dev/null >/dev/null 2>"$work/err" || code=$?
expect_eq "no --username and no terminal" 2 "$code"
grep -q -- "--username" "$work/err" || fail "the error does not name --username: $(cat "$work/err")"
expect_eq "nothing stored" "" "$(berthctl accounts --json)"
ok "without a terminal or with --password-stdin, --username is required"
echo "all passed"
