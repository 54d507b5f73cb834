#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sshd fixture: Debian's docker CLI reaches the private dockerd through ssh:// (its
# `docker system dial-stdio` forced by authorized_keys) and lists what curl lists on the
# socket; the key can do nothing else; an unknown host key is refused, not asked about.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need sshd)
dockerd=$(need dockerd)
use_sshd "$svc"
url=$(cat "$svc/url")
sock=$(sed 's|^unix://||' "$dockerd/host")

expect_eq "docker -H ssh:// lists the dockerd's image IDs" \
    "$(curl -sf --unix-socket "$sock" http://engine/v1.41/images/json | jq -r '.[].Id' | sort -u)" \
    "$("$docker_cli" -H "$url" images -q --no-trunc | sort -u)"
printf 'GET /_ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' |
    ssh -T -o BatchMode=yes -p "$(cat "$svc/port")" 127.0.0.1 echo shell > "$work/forced" 2> "$work/forced.err" || true
# stderr apart: dial-stdio may log its closing after the body ("OK" has no newline), which
# would join the two on one line.
grep -q '^OK$' "$work/forced" || { cat "$work/forced" "$work/forced.err"; fail "the key ran something other than dial-stdio"; }
grep -q '^shell$' "$work/forced" && fail "the key ran a command of the client's choice"
ok "the key runs dial-stdio only, whatever the client asks"
code=0
ssh -F /dev/null -o BatchMode=yes -o UserKnownHostsFile=/dev/null -o StrictHostKeyChecking=yes \
    -i "$svc/client_key" -p "$(cat "$svc/port")" 127.0.0.1 true > /dev/null 2> "$work/err" || code=$?
[ "$code" = 255 ] || fail "an unknown host key was accepted (exit $code)"
grep -q "Host key verification failed" "$work/err" || fail "unknown host key: $(cat "$work/err")"
ok "an unknown host key fails at once in batch mode"
