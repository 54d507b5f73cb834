#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl run against the private dockerd: the exit code passed through, stdout and
# stderr kept apart, stdin forwarded, -it on a pseudo-terminal (script(1)) with a resize
# seen inside the container, --rm leaving nothing, -p in the container the daemon made, and
# --pull: a missing image pulled from the open registry, as docker run pulls it.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
registry_dir=$(need registry_open)
registry=$(cat "$registry_dir/host")
bin=$BERTH_BINARY_DIR/app/berthctl
isolate
berthctl() { "$bin" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }
image=berth-test/busybox:1.0
bb=/bin/busybox # the image holds the static busybox alone, no applet links
run_id=$$
on_exit "docker rm -f berth-run-$run_id >/dev/null 2>&1"

# --- the exit code and the two streams.
code=0
berthctl run --rm "$image" $bb sh -c 'echo to-out; echo to-err >&2; exit 7' >"$work/out" 2>"$work/err" || code=$?
expect_eq "the container's exit code is berthctl's" 7 "$code"
expect_eq "stdout holds the container's stdout" to-out "$(cat "$work/out")"
expect_eq "stderr holds the container's stderr" to-err "$(cat "$work/err")"
# Output larger than one frame, and binary bytes, arrive whole and in order.
berthctl run --rm "$image" $bb sh -c "$bb seq 1 20000" >"$work/seq" 2>"$work/err" || fail "seq: $(cat "$work/err")"
expect_eq "20000 lines arrive whole" "$(seq 1 20000 | sha256sum)" "$(sha256sum <"$work/seq")"
# A command the image lacks: 127, as docker run, with the runtime's words.
code=0
berthctl run --rm "$image" no-such-command >"$work/out" 2>"$work/err" || code=$?
expect_eq "a missing command exits 127" 127 "$code"
grep -q "executable file not found" "$work/err" || fail "missing command said: $(cat "$work/err")"
code=0
berthctl run --pull never --rm berth-test/no-such-image:1 >"$work/out" 2>"$work/err" || code=$?
expect_eq "a missing image with --pull never exits 125" 125 "$code"
grep -q "No such image" "$work/err" || fail "missing image said: $(cat "$work/err")"
grep -q "Unable to find" "$work/err" && fail "--pull never pulled: $(cat "$work/err")"
code=0
berthctl run --pull sometimes "$image" >"$work/out" 2>"$work/err" || code=$?
expect_eq "--pull takes missing, always or never" 2 "$code"

# --- a missing image is pulled from the registry, then run, as docker run does.
pulled=$registry/run/pulled-$run_id:1
docker tag "$image" "$pulled" && docker push -q "$pulled" >/dev/null && docker rmi "$pulled" >/dev/null ||
    fail "could not put $pulled on the registry"
on_exit "docker rmi $pulled >/dev/null 2>&1"
code=0
berthctl run --rm "$pulled" $bb sh -c 'echo ran; exit 4' >"$work/out" 2>"$work/err" || code=$?
expect_eq "a pulled image's container runs, its code passed through" 4 "$code"
expect_eq "a pulled image's output" ran "$(cat "$work/out")"
grep -qF "Unable to find image '$pulled' locally" "$work/err" ||
    fail "the pull was not announced as docker run announces it: $(cat "$work/err")"
docker image inspect "$pulled" >/dev/null 2>&1 || fail "$pulled is not on the engine after run"
ok "a missing image is pulled, then run"
berthctl run --rm "$pulled" $bb true 2>"$work/err" || fail "second run: $(cat "$work/err")"
grep -q "Unable to find" "$work/err" && fail "an image on the engine was pulled again: $(cat "$work/err")"
ok "an image on the engine is not pulled"
pulls_before=$(grep -cE "\"(GET|HEAD) /v2/run/pulled-$run_id/manifests/1 " "$registry_dir/registry.log" || true)
berthctl run --pull always --rm "$pulled" $bb true 2>"$work/err" || fail "--pull always: $(cat "$work/err")"
pulls_after=$(grep -cE "\"(GET|HEAD) /v2/run/pulled-$run_id/manifests/1 " "$registry_dir/registry.log" || true)
[ "$pulls_after" -gt "$pulls_before" ] || fail "--pull always did not ask the registry: $(cat "$work/err")"
ok "--pull always asks the registry even for an image on the engine"
code=0
berthctl run --rm "$registry/run/absent-$run_id:1" $bb true >"$work/out" 2>"$work/err" || code=$?
expect_eq "an image on neither the engine nor the registry exits 125" 125 "$code"
grep -q "manifest unknown" "$work/err" || fail "a failed pull said: $(cat "$work/err")"

# --- --rm leaves no container; without it the container stays, as docker's.
before=$(docker ps -aq | wc -l)
berthctl run --rm "$image" $bb true || fail "run --rm true failed"
expect_eq "--rm leaves no container" "$before" "$(docker ps -aq | wc -l)"

# --- -p, -e, --name, --entrypoint as the daemon received them (the test daemon has no
# bridge, so a published port cannot be reached here; its binding is what is checked).
berthctl run --name "berth-run-$run_id" -p 127.0.0.1:18080:80 -p 9000:9000/udp -e GREETING=hi \
    --entrypoint $bb "$image" sh -c 'echo $GREETING' >"$work/out" 2>"$work/err" || fail "run -p: $(cat "$work/err")"
expect_eq "-e reaches the container" hi "$(cat "$work/out")"
expect_eq "-p in the container's port bindings" \
    '{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"18080"}],"9000/udp":[{"HostIp":"","HostPort":"9000"}]}' \
    "$(docker inspect "berth-run-$run_id" --format '{{json .HostConfig.PortBindings}}')"
expect_eq "-p exposes the ports" '{"80/tcp":{},"9000/udp":{}}' \
    "$(docker inspect "berth-run-$run_id" --format '{{json .Config.ExposedPorts}}')"
expect_eq "--entrypoint replaces the image's" "[\"$bb\"]" \
    "$(docker inspect "berth-run-$run_id" --format '{{json .Config.Entrypoint}}')"
docker rm "berth-run-$run_id" >/dev/null
code=0
berthctl run -p not-a-port "$image" >"$work/out" 2>"$work/err" || code=$?
expect_eq "a port berthctl cannot read is a usage error" 2 "$code"

# --- -i: stdin forwarded, its end seen by the container.
printf 'line one\nline two\n' | berthctl run -i --rm "$image" $bb wc -l >"$work/out" 2>"$work/err" || fail "run -i: $(cat "$work/err")"
expect_eq "stdin reaches the container, then its end" 2 "$(tr -d ' ' <"$work/out")"

# --- -it on a pseudo-terminal: the size given at start, then a resize, seen by stty size
# in the container; a line typed goes in; the exit code comes out.
cat >"$work/inner.sh" <<'INNER'
s=""
while [ "$s" != "40 120" ]; do
  n=$(/bin/busybox stty size 2>/dev/null)
  [ "$n" = "$s" ] || echo "size $n"
  s=$n
  /bin/busybox sleep 0.05
done
echo resized
read line
echo "got $line"
exit 3
INNER
cat >"$work/driver.sh" <<DRIVER
stty rows 20 cols 70
"$bin" --host "$host" run -it --rm "$image" $bb sh -c "\$(cat "$work/inner.sh")" </dev/tty &
pid=\$!
until grep -q "size 20 70" "$work/tty.out"; do sleep 0.01; done
stty rows 40 cols 120   # SIGWINCH to berthctl, which resizes the container's terminal
wait \$pid
echo "exit \$?"
DRIVER
mkfifo "$work/keys"
script -qec "bash $work/driver.sh" /dev/null <"$work/keys" >"$work/tty.out" 2>&1 &
script_pid=$!
exec 3>"$work/keys"
wait_for_line "$work/tty.out" "size 20 70" "the container's terminal has the size of berthctl's"
ok "-it: the container's terminal starts at 20x70"
wait_for_line "$work/tty.out" resized "the resize reached the container"
ok "-it: a resize of the local terminal reaches the container (40x120)"
printf 'typed words\r' >&3
wait_for_line "$work/tty.out" "exit " "berthctl run -it ends"
exec 3>&-
wait "$script_pid" || true
grep -q "got typed words" "$work/tty.out" || fail "the typed line did not reach the container: $(cat -A "$work/tty.out")"
ok "-it: keys typed reach the container"
grep -q "exit 3" "$work/tty.out" || fail "-it exit code: $(cat -A "$work/tty.out")"
ok "-it: the exit code passes through"
expect_eq "-it --rm leaves no container" "$before" "$(docker ps -aq | wc -l)"
