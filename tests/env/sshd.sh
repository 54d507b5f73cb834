#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An sshd on a loopback port that serves one thing: the private dockerd's API through
# `docker system dial-stdio`, for ssh:// engines (docs/engines.md). Its own host key, a
# throw-away client key, and an authorized_keys that forces the command, since the 20.10
# docker CLI refuses ssh://host/path and so the socket cannot ride in the URL.
#
#   sshd.sh start STATE_DIR [DOCKERD]   DOCKERD: the dockerd fixture's name (a sibling state
#                                       folder) or its unix:// endpoint
#   sshd.sh stop STATE_DIR
#
# State files: url (ssh://USER@127.0.0.1:PORT), port, user, client_key, known_hosts,
# ssh_config (a client configuration naming the key and known_hosts: a test copies it to
# its own HOME/.ssh/config), bin/ssh (ssh with -F "$HOME/.ssh/config": OpenSSH finds
# ~/.ssh through the password database, not $HOME, so a test's own HOME needs it),
# sshd_config, sshd.log, sshd.pid.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"

cmd=${1:?usage: sshd.sh start|stop STATE_DIR [DOCKERD]}
state=${2:?usage: sshd.sh start|stop STATE_DIR [DOCKERD]}
mkdir -p "$state"
state=$(cd "$state" && pwd)
engine_arg=${3:-dockerd}
sshd=/usr/sbin/sshd

answers() {
    # The banner alone: a login is proven by the tests, with the real clients.
    "$PYTHON" - "$(cat "$state/port")" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
sys.exit(0 if s.recv(64).startswith(b"SSH-2.0-") else 1)
PY
}

start() {
    rm -f "$state/skip"
    if alive "$state/sshd.pid" && answers; then
        echo "sshd already running at $(cat "$state/url")"
        return 0
    fi
    [ -x "$sshd" ] || service_unavailable "sshd is not installed (apt-get install openssh-server)"
    command -v ssh >/dev/null || service_unavailable "ssh is not installed (apt-get install openssh-client)"
    local engine
    case "$engine_arg" in
    unix://*) engine=$engine_arg ;;
    *)
        local sib
        sib=$(dirname "$state")/$engine_arg
        [ -f "$sib/host" ] || service_unavailable "the engine $engine_arg is not running ($sib/host missing)"
        engine=$(cat "$sib/host")
        ;;
    esac
    stop_pid "$state/sshd.pid"

    local user port
    user=$(id -un)
    port=$(pick_port "$state/port")
    [ -f "$state/host_key" ] || ssh-keygen -q -t ed25519 -N '' -C berth-test-host -f "$state/host_key"
    [ -f "$state/client_key" ] || ssh-keygen -q -t ed25519 -N '' -C berth-test-client -f "$state/client_key"
    # The key may do nothing but reach the engine: no shell, no forwarding, no pty.
    printf 'command="DOCKER_HOST=%s /usr/bin/docker system dial-stdio",no-port-forwarding,no-agent-forwarding,no-X11-forwarding,no-pty %s\n' \
        "$engine" "$(cat "$state/client_key.pub")" > "$state/authorized_keys"
    printf '[127.0.0.1]:%s %s\n' "$port" "$(cut -d' ' -f1,2 "$state/host_key.pub")" > "$state/known_hosts"
    cat > "$state/sshd_config" <<CONF
ListenAddress 127.0.0.1:$port
HostKey $state/host_key
PidFile none
AuthorizedKeysFile $state/authorized_keys
AllowUsers $user
PermitRootLogin forced-commands-only
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitUserEnvironment no
LogLevel VERBOSE
CONF
    cat > "$state/ssh_config" <<CONF
Host 127.0.0.1
    User $user
    IdentityFile $state/client_key
    IdentitiesOnly yes
    UserKnownHostsFile $state/known_hosts
    StrictHostKeyChecking yes
    PasswordAuthentication no
CONF
    mkdir -p "$state/bin"
    # shellcheck disable=SC2016 # $HOME and $@ are the wrapper's, expanded when it runs
    printf '#!/bin/sh\nexec /usr/bin/ssh -F "$HOME/.ssh/config" "$@"\n' > "$state/bin/ssh"
    chmod 755 "$state/bin/ssh"
    chmod 600 "$state/client_key" "$state/host_key"
    # sshd run as root wants its privilege separation directory.
    if [ "$(id -u)" = 0 ]; then mkdir -p /run/sshd && chmod 755 /run/sshd; fi
    "$sshd" -t -f "$state/sshd_config" 2> "$state/sshd.log" ||
        service_unavailable "sshd refuses its configuration: $(tail -n 3 "$state/sshd.log")"
    spawn "$state/sshd.pid" "$state/sshd.log" "$sshd" -D -e -f "$state/sshd_config"
    if ! wait_until 30 answers; then
        tail -n 20 "$state/sshd.log" >&2 || true
        stop_pid "$state/sshd.pid"
        service_unavailable "sshd did not answer on 127.0.0.1:$port within 30 s (see $state/sshd.log)"
    fi
    echo "ssh://$user@127.0.0.1:$port" > "$state/url"
    echo "$user" > "$state/user"
    echo "sshd running at $(cat "$state/url"), serving $engine"
}

case "$cmd" in
start) start ;;
stop) stop_pid "$state/sshd.pid"; rm -f "$state/url"; echo "sshd stopped" ;;
*) echo "usage: sshd.sh start|stop STATE_DIR [DOCKERD]" >&2; exit 2 ;;
esac
