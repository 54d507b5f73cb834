#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl over ssh:// (through the sshd fixture's `docker system dial-stdio`) and on
# Podman lists what curl lists on each engine's own socket, under the engine's own names;
# a failing ssh says what ssh said; `berthctl engines --json` lists the engines of the
# contexts, DOCKER_HOST and the rootless sockets with their kinds and versions
# (docs/engines.md).
# shellcheck source=../../env/tests/common.sh
source "${BERTH_SOURCE_DIR:?}/tests/env/tests/common.sh"
# shellcheck source=clicommon.sh
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"
isolate
dockerd=$(need dockerd)
sshd=$(need sshd)
podman=$(need podman)
use_sshd "$sshd"
ssh_url=$(cat "$sshd/url")
docker_host=$(cat "$dockerd/host")
podman_host=$(cat "$podman/host")
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" "$@"; }
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH

# "REPOSITORY:TAG ID" for every tag, from the engine's socket by curl, and from berthctl.
curl_rows() {
    curl -sf --unix-socket "${1#unix://}" http://engine/v1.41/images/json |
        jq -r '.[] | .Id as $id | (.RepoTags // [])[] | select(. != "<none>:<none>") | "\(.) \($id)"' | sort
}
berth_rows() {
    jq -r 'select(.tag != "<none>") | "\(.repository):\(.tag) \(.id)"' | sort
}

expected=$(curl_rows "$docker_host")
[ -n "$expected" ] || fail "curl lists no images on the dockerd"
berthctl --host "$ssh_url" images ls --json > "$work/ssh.json" 2> "$work/err" ||
    fail "images ls over ssh: $(cat "$work/err")"
expect_eq "over ssh://, berthctl lists what curl lists on the dockerd's socket" \
    "$expected" "$(berth_rows < "$work/ssh.json")"
expect_eq "and the docker CLI over the same ssh:// sees those IDs" \
    "$("$docker_cli" -H "$ssh_url" images -q --no-trunc | sort -u)" "$(jq -r .id "$work/ssh.json" | sort -u)"
docker context create remote --docker "host=$ssh_url" > /dev/null
berthctl --context remote images ls --json > "$work/ctx.json" || fail "images ls through an ssh context"
same_lines "$work/ssh.json" "$work/ctx.json" || fail "the ssh context lists other images"
ok "a docker context on ssh:// works the same"
# A whole transfer over ssh: save through dial-stdio, checked by the docker CLI's own save.
berthctl --host "$ssh_url" images save -o "$work/ssh.tar" berth-test/busybox:1.0 || fail "save over ssh"
tar -xOf "$work/ssh.tar" manifest.json > "$work/manifest.json" || fail "the tar saved over ssh has no manifest.json"
expect_eq "images save streams a whole tar over ssh" "berth-test/busybox:1.0" \
    "$(jq -r '.[0].RepoTags[0]' "$work/manifest.json")"
expect_eq "the job history names the engine the save ran on" "$ssh_url" \
    "$(berthctl jobs --json --last 1 | jq -r .engine)"

refused() { # WORDS WHAT ARGS...
    local words=$1 what=$2 code=0
    shift 2
    berthctl "$@" images ls > /dev/null 2> "$work/err" || code=$?
    [ "$code" -ne 0 ] || fail "$what succeeded"
    grep -q "$words" "$work/err" || fail "$what: $(cat "$work/err")"
    ok "$what fails (exit $code) with ssh's words: $(head -c 200 "$work/err")"
}
port=$(cat "$sshd/port")
refused "Permission denied (publickey)" "a user the sshd does not let in" \
    --host "ssh://berth-nobody@127.0.0.1:$port"
free_port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
refused "Connection refused" "an ssh port where nothing listens" --host "ssh://127.0.0.1:$free_port"
# The right key, but no known host key: BatchMode refuses at once instead of asking.
cp "$HOME/.ssh/config" "$work/ssh_config"
printf 'Host *\n    IdentityFile %s\n    UserKnownHostsFile %s\n' "$sshd/client_key" "$work/empty_known_hosts" > "$HOME/.ssh/config"
refused "Host key verification failed" "an unknown host key" --host "$ssh_url"
cp "$work/ssh_config" "$HOME/.ssh/config"
code=0
PATH=$work/no-such-folder "$BERTH_BINARY_DIR/app/berthctl" --host "$ssh_url" images ls > /dev/null 2> "$work/err" || code=$?
[ "$code" = 3 ] && grep -q "cannot run ssh" "$work/err" || fail "no ssh on PATH (exit $code): $(cat "$work/err")"
ok "no ssh on PATH: $(cat "$work/err")"

# Podman: the list equals curl's, names as Podman gives them (localhost/...).
expected=$(curl_rows "$podman_host")
berthctl --host "$podman_host" images ls --json > "$work/podman.json" || fail "images ls on Podman"
expect_eq "on Podman, berthctl lists what curl lists" "$expected" "$(berth_rows < "$work/podman.json")"
grep -q '"repository":"localhost/berth-test/busybox"' "$work/podman.json" ||
    fail "Podman's name localhost/berth-test/busybox was changed: $(cat "$work/podman.json")"
ok "--json keeps Podman's names unchanged"

# berthctl engines: the default context (DOCKER_HOST: the dockerd), a context on ssh, one
# on Podman, one where nothing runs, and the rootless sockets of XDG_RUNTIME_DIR.
export XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR/podman"
ln -s "${docker_host#unix://}" "$XDG_RUNTIME_DIR/docker.sock"
ln -s "${podman_host#unix://}" "$XDG_RUNTIME_DIR/podman/podman.sock"
docker context create pm --docker "host=$podman_host" > /dev/null
docker context create gone --docker "host=unix://$work/nothing.sock" > /dev/null
# An engine that accepts the connection and never answers: its time limit ends its probe,
# and the others are listed all the same. The limit is generous: Podman 4.3 takes about
# half a second for /version (it runs conmon and runc to ask their versions), more on a
# loaded machine.
/usr/bin/python3 -c 'import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8)
print(s.getsockname()[1], flush=True); time.sleep(3600)' > "$work/silent_port" &
silent_pid=$!
on_exit "kill $silent_pid"
until [ -s "$work/silent_port" ]; do sleep 0.1; done
docker context create silent --docker "host=tcp://127.0.0.1:$(cat "$work/silent_port")" > /dev/null
export DOCKER_HOST=$docker_host
berthctl --timeout 15 engines --json > "$work/engines.json" 2> "$work/err" || fail "engines --json: $(cat "$work/err")"
cat "$work/engines.json"
row() { jq -c --arg n "$1" 'select(.name == $n) | [.endpoint, .source, .reachable, .kind, .version]' "$work/engines.json"; }
docker_version=$(curl -sf --unix-socket "${docker_host#unix://}" http://engine/version | jq -r .Version)
podman_version=$(cat "$podman/version")
j() { jq -cn --args '$ARGS.positional' "$@" | sed 's/"true"/true/'; }
expect_eq "default: the dockerd of DOCKER_HOST, Docker $docker_version" \
    "$(j "$docker_host" DOCKER_HOST true Docker "$docker_version")" "$(row default)"
expect_eq "the ssh context: Docker over ssh" "$(j "$ssh_url" context true Docker "$docker_version")" "$(row remote)"
expect_eq "the Podman context: Podman $podman_version" \
    "$(j "$podman_host" context true Podman "$podman_version")" "$(row pm)"
expect_eq "rootless Docker's socket" \
    "$(j "unix://$XDG_RUNTIME_DIR/docker.sock" socket true Docker "$docker_version")" "$(row docker-rootless)"
expect_eq "rootless Podman's socket" \
    "$(j "unix://$XDG_RUNTIME_DIR/podman/podman.sock" socket true Podman "$podman_version")" "$(row podman-rootless)"
expect_eq "a context where nothing listens is unreachable, with the reason" "false null" \
    "$(jq -r 'select(.name == "gone") | "\(.reachable) \(.kind)"' "$work/engines.json")"
reason=$(jq -r 'select(.name == "gone") | .error' "$work/engines.json")
[[ $reason == *"does not exist"* ]] || fail "the unreachable engine's reason: $reason"
reason=$(jq -r 'select(.name == "silent") | "\(.reachable) \(.error)"' "$work/engines.json")
[[ $reason == "false "*"no response within 15 s"* ]] || fail "the silent engine: $reason"
ok "an engine that never answers is unreachable after its time limit: $reason"
expect_eq "the current one is default" "default" "$(jq -r 'select(.current) | .name' "$work/engines.json")"
berthctl engines > "$work/table" || fail "engines (table)"
grep -q '^default \*' "$work/table" || fail "the table does not mark the current engine: $(cat "$work/table")"
grep -q '^pm .*Podman' "$work/table" || fail "the table does not show Podman: $(cat "$work/table")"
ok "the table marks the current engine and names the kinds"
