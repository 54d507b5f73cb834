# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the service scripts of tests/env. Sourced, not run.

# A service that cannot start fails the run under CI=true; elsewhere it leaves a "skip"
# file with the reason, and the tests that need the service skip and print it.
service_unavailable() {
    local reason=$1
    if [ "${CI:-}" = "true" ]; then
        echo "FAIL: $reason" >&2
        exit 1
    fi
    mkdir -p "$state"
    printf '%s\n' "$reason" > "$state/skip"
    echo "SKIP: $reason"
    exit 0
}

# wait_until SECONDS COMMAND...: polls every 0.1 s; returns 1 on time-out.
wait_until() {
    local deadline=$(( $(date +%s%N) + $1 * 1000000000 ))
    shift
    until "$@" >/dev/null 2>&1; do
        [ "$(date +%s%N)" -lt "$deadline" ] || return 1
        sleep 0.1
    done
}

# A short directory for sockets: unix socket paths are limited to 108 bytes, and a build
# folder can be deep. Derived from the state folder so start and stop agree.
runtime_dir_for() {
    printf '/tmp/berth-%s' "$(printf '%s' "$1" | sha256sum | cut -c1-12)"
}

# Root is needed for dockerd; an ordinary user gets it through sudo without a prompt.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

can_be_root() {
    [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null
}

# pid_gone PID: the process has exited. A zombie counts as gone: a daemon's start script
# has exited, so its orphans belong to init, and the init of some CI machines reaps only
# every second or two; `kill -0` succeeds on the zombie until then. /proc works for any
# user, where `kill -0` on root's process fails with EPERM.
pid_gone() {
    local st
    read -r st < "/proc/$1/stat" 2>/dev/null || return 0
    st=${st##*) }
    [ "${st%% *}" = Z ]
}

# stop_pid PIDFILE: TERM, wait up to 20 s, then KILL.
stop_pid() {
    local pidfile=$1 pid
    [ -f "$pidfile" ] || return 0
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if [ -n "$pid" ] && ! pid_gone "$pid"; then
        as_root kill -TERM "$pid" 2>/dev/null || true
        wait_until 20 pid_gone "$pid" || as_root kill -KILL "$pid" 2>/dev/null || true
    fi
    as_root rm -f "$pidfile"
}

# Debian's interpreter, by full path: another python3 may come first on PATH, and the
# servers here may use only what Debian's python3 brings (the standard library).
PYTHON=/usr/bin/python3

# pick_port FILE: a free TCP port on 127.0.0.1, remembered in FILE. A restart reuses the
# remembered port while it is free, so a test can kill a service and start it again
# behind the same URL (docs/reliability.md #12, #13). Binding port 0 lets the kernel choose;
# the port is closed again before the server binds it, a race no other test here loses
# because nothing else picks ports from the ephemeral range on this loopback.
pick_port() {
    local file=$1 port=""
    [ -f "$file" ] && port=$(cat "$file")
    if [ -z "$port" ] || ! port_is_free "$port"; then
        port=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    fi
    printf '%s\n' "$port" > "$file"
    printf '%s\n' "$port"
}

port_is_free() {
    "$PYTHON" -c 'import socket,sys; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1",int(sys.argv[1])))' "$1" 2>/dev/null
}

# spawn PIDFILE LOG COMMAND...: runs COMMAND in its own session, detached from the
# caller's terminal and pipes (CTest waits until every holder of its pipes exits), and
# records its pid. bash runs a background job outside the caller's process group, so
# setsid execs in place and $! is the server's own pid.
spawn() {
    local pidfile=$1 log=$2
    shift 2
    setsid "$@" </dev/null >>"$log" 2>&1 &
    printf '%s\n' "$!" > "$pidfile"
}

# alive PIDFILE: the recorded process still runs.
alive() {
    local pid
    [ -f "$1" ] && pid=$(cat "$1") && [ -n "$pid" ] && ! pid_gone "$pid"
}

# http_answers URL [CURL ARGS...]: any HTTP status at all (a 401 is an answer).
http_answers() {
    local url=$1 code
    shift
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$@" "$url" 2>/dev/null || true)
    [ -n "$code" ] && [ "$code" != 000 ]
}

# random_secret: 32 hex characters from the kernel's generator.
random_secret() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

# make_test_pki DIR: a CA, a server certificate for 127.0.0.1 and localhost, and a client
# certificate (ca.crt, server.crt/.key, client.cert/.key), all made here so nothing depends
# on the machine's trust store. P-256 keys: every client
# here takes them, and they are made in milliseconds where RSA takes a noticeable share
# of the start-up budget on a busy machine.
make_test_pki() {
    local pki=$1
    [ -f "$pki/client.cert" ] && return 0
    mkdir -p "$pki"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj "/CN=Berth test CA" \
        -keyout "$pki/ca.key" -out "$pki/ca.crt" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$pki/server.key" -out "$pki/server.csr" 2>/dev/null
    # Go (the registry, skopeo, dockerd) ignores the CN: the SAN must name the address.
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' > "$pki/server.ext"
    openssl x509 -req -in "$pki/server.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
        -days 30 -extfile "$pki/server.ext" -out "$pki/server.crt" 2>/dev/null
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=berth-test-client" \
        -keyout "$pki/client.key" -out "$pki/client.csr" 2>/dev/null
    printf 'extendedKeyUsage=clientAuth\nbasicConstraints=CA:FALSE\n' > "$pki/client.ext"
    openssl x509 -req -in "$pki/client.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial \
        -days 30 -extfile "$pki/client.ext" -out "$pki/client.cert" 2>/dev/null
    chmod 600 "$pki"/*.key
}

# busybox_rootfs DIR: DIR/rootfs.tar, a root file system of the static busybox alone
# (/bin/busybox), the one layer of every seeded test image.
busybox_rootfs() {
    local seed=$1 busybox
    busybox=$(command -v busybox || true)
    if [ -z "$busybox" ] || ! file -L "$busybox" 2>/dev/null | grep -q 'statically linked'; then
        [ -x /bin/busybox ] && busybox=/bin/busybox
    fi
    [ -n "$busybox" ] || service_unavailable "busybox-static is not installed (apt-get install busybox-static)"
    mkdir -p "$seed/rootfs/bin"
    cp "$busybox" "$seed/rootfs/bin/busybox"
    # Fixed owner and times: the layer, and so the image, is the same on every start.
    tar -C "$seed/rootfs" --owner=0 --group=0 --numeric-owner --mtime=@0 -cf "$seed/rootfs.tar" bin
}
