#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl build against the private dockerd. What a context holds after .dockerignore is
# checked against /usr/bin/docker build itself (classic builder, DOCKER_BUILDKIT=0): the same
# folder built both ways, the files of the two images compared (docker export).
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
auth_dir=$(need registry_htpasswd)
host=$(cat "$engine_dir/host")
berthctl_bin="$BERTH_BINARY_DIR/app/berthctl"
berthctl() { "$berthctl_bin" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }
keep_engine_tags "$host"
isolate
run_id=$$

# The files of an image under /ctx, as the engine exports them.
image_files() {
    local container
    container=$(docker create "$1" true 2>/dev/null)
    docker export "$container" | tar -t | grep '^ctx/' | sort
    docker rm "$container" >/dev/null
}

# A tree with a file for every kind of pattern to catch.
make_tree() {
    mkdir -p "$1"/{logs,docs/a/b,deep/x,src/lib,dir/sub,tmp,sub/tmp,empty,.git}
    touch "$1"/{a.log,keep.log,logs/b.log,docs/README.md,docs/x.md,docs/a/b/keep.txt,docs/a/c.md} \
        "$1"/{deep/x/y.md,src/main.c,src/lib/util.c,src/lib/util.h,secret,dir/f,dir/sub/g,.hidden} \
        "$1"/{tmp/t,sub/tmp/t,.git/HEAD,'space name.txt',b.txt,c.txt}
    ln -s src/main.c "$1/link.c"
    printf 'FROM berth-test/busybox:1.0\nCOPY . /ctx/\n' > "$1/Dockerfile"
}

# One .dockerignore per row; rows are separated by lines of "--".
table=$(cat <<'ROWS'
*.log
!keep.log
**/tmp
docs/**/*.md
!docs/README.md
/secret
dir/
.hidden
--
# everything but the sources
*
!src
!Dockerfile
--
**
!**/*.c
--
docs
!docs/a/b/keep.txt
--
**/*.md
  src/lib/*.h  
./deep/../secret
--
[a-b].txt
?ecret
src/lib
!src/lib/util.c
--
Dockerfile
.dockerignore
.git
link.c
--
dir/*
!dir/sub
empty
ROWS
)
row=0
while IFS= read -r -d $'\x1e' patterns; do
    row=$((row + 1))
    context="$work/ignore-$row"
    make_tree "$context"
    printf '%s\n' "$patterns" > "$context/.dockerignore"
    berthctl build -t "berth-build/ignore-berth:$row-$run_id" "$context" >"$work/out" 2>"$work/err" ||
        fail "row $row: berthctl build failed: $(cat "$work/err")"
    DOCKER_BUILDKIT=0 docker build -q -t "berth-build/ignore-docker:$row-$run_id" "$context" >/dev/null 2>&1 ||
        fail "row $row: docker build failed"
    image_files "berth-build/ignore-berth:$row-$run_id" > "$work/berth-files"
    image_files "berth-build/ignore-docker:$row-$run_id" > "$work/docker-files"
    diff "$work/docker-files" "$work/berth-files" >"$work/diff" ||
        fail "row $row: the contexts differ (< docker, > berthctl) for $(tr '\n' ' ' <<<"$patterns"): $(cat "$work/diff")"
    ok "row $row: the same files as docker build ($(wc -l <"$work/berth-files") entries)"
done < <(awk 'BEGIN{ORS=""} /^--$/ {print "\x1e"; next} {print $0 "\n"} END {print "\x1e"}' <<<"$table")
[ "$row" -eq 8 ] || fail "the table had $row rows, not 8"

# The id printed is the engine's, and the tags name it.
context="$work/plain"
make_tree "$context"
id=$(berthctl build -t "berth-build/plain:$run_id" -t "berth-build/plain:again-$run_id" "$context" 2>"$work/err")
expect_eq "the id printed is the tag's" "$(docker image inspect -f '{{.Id}}' "berth-build/plain:$run_id")" "$id"
expect_eq "the second tag too" "$id" "$(docker image inspect -f '{{.Id}}' "berth-build/plain:again-$run_id")"
grep -q '^Step 2/2 : COPY . /ctx/$' "$work/err" || fail "the daemon's steps were not shown: $(cat "$work/err")"
grep -q '^Successfully built ' "$work/err" || fail "no 'Successfully built' line: $(cat "$work/err")"

# An ignored folder is neither read nor sent: a 1 GiB file (sparse) beside a small context.
mkdir -p "$context/big"
truncate -s 1G "$context/big/blob"
printf 'big\n' > "$context/.dockerignore"
json=$(berthctl build --json -t "berth-build/plain:$run_id" "$context" 2>"$work/err")
sent=$(jq -r .contextBytes <<<"$json")
[ "$sent" -gt 0 ] && [ "$sent" -lt 1048576 ] || fail "the context sent $sent bytes with 1 GiB ignored"
ok "1 GiB ignored: $sent bytes of context sent"
expect_eq "--json names the tags" "[\"berth-build/plain:$run_id\"]" "$(jq -c .tags <<<"$json")"

# Multi-stage, a build argument and a target (the seeded images have busybox alone, no /bin/sh): the stage after the target is never built.
context="$work/stages"
mkdir -p "$context"
cat > "$context/Dockerfile" <<'DOCKERFILE'
FROM berth-test/busybox:1.0 AS base
SHELL ["/bin/busybox", "sh", "-c"]
ARG GREETING=hello
RUN echo "$GREETING" > /greeting
FROM base AS runtime
RUN busybox cp /greeting /copied
FROM base AS broken
RUN exit 7
DOCKERFILE
berthctl build --target runtime --build-arg GREETING=bonjour -t "berth-build/stages:$run_id" "$context" \
    >/dev/null 2>"$work/err" || fail "the multi-stage build failed: $(cat "$work/err")"
expect_eq "the build argument reached the target stage" "bonjour" \
    "$(docker run --rm --network none "berth-build/stages:$run_id" /bin/busybox cat /copied)"
grep -q 'exit 7' "$work/err" && fail "the stage after the target was built"
ok "the stage after the target was not built"

# A failing RUN: the daemon's error, exit 1.
set +e
berthctl build "$context" >"$work/out" 2>"$work/err"
code=$?
set -e
expect_eq "a failing RUN exits 1" 1 "$code"
grep -q "returned a non-zero code: 7" "$work/err" || fail "the daemon's error was not shown: $(cat "$work/err")"
[ -s "$work/out" ] && fail "a failed build printed an id: $(cat "$work/out")"
ok "the daemon's error is shown"

# BuildKit-only Dockerfiles are refused before anything is sent: even with no engine there.
for dockerfile in '# syntax=docker/dockerfile:1\nFROM berth-test/busybox:1.0' \
    'FROM berth-test/busybox:1.0\nRUN --mount=type=cache,target=/c true' \
    'FROM berth-test/busybox:1.0\nRUN <<EOF\necho hi\nEOF'; do
    context="$work/buildkit"
    rm -rf "$context" && mkdir -p "$context"
    printf "$dockerfile\n" > "$context/Dockerfile"
    set +e
    "$berthctl_bin" --host "unix://$work/no-engine.sock" build "$context" >/dev/null 2>"$work/err"
    code=$?
    set -e
    expect_eq "BuildKit-only refused: $(head -c 30 <<<"$dockerfile")" 1 "$code"
    grep -q "needs BuildKit.*which Berth does not speak yet" "$work/err" || fail "no BuildKit message: $(cat "$work/err")"
done

# A private base image: the login Docker's config keeps goes along (X-Registry-Config), and
# without it the daemon is refused.
auth_registry=$(cat "$auth_dir/host")
user=$(awk -F'\t' 'NR==1{print $1}' "$auth_dir/users.tsv")
pass=$(awk -F'\t' 'NR==1{print $2}' "$auth_dir/users.tsv")
base="$auth_registry/build/base:$run_id"
printf '%s' "$pass" | docker login -u "$user" --password-stdin "$auth_registry" >/dev/null 2>&1
docker tag berth-test/busybox:1.0 "$base"
docker push "$base" >/dev/null
docker rmi "$base" >/dev/null
docker logout "$auth_registry" >/dev/null
context="$work/private"
mkdir -p "$context"
printf 'FROM %s\nLABEL berth.test=private\n' "$base" > "$context/Dockerfile"
set +e
berthctl build "$context" >/dev/null 2>"$work/err"
code=$?
set -e
expect_eq "without a login the private base is refused (exit 5)" 5 "$code"
printf '{"auths": {"%s": {"auth": "%s"}}}\n' "$auth_registry" "$(printf '%s:%s' "$user" "$pass" | base64 -w0)" \
    > "$DOCKER_CONFIG/config.json"
berthctl build -t "berth-build/private:$run_id" "$context" >/dev/null 2>"$work/err" ||
    fail "the build from a private base failed with Docker's login: $(cat "$work/err")"
grep -q "$pass" "$work/err" && fail "the password reached the output"
ok "the private base image was pulled with the stored login"
docker rmi "$base" >/dev/null 2>&1 || true

# Ctrl-C stops the build: the step's container goes.
context="$work/slow"
mkdir -p "$context"
printf 'FROM berth-test/busybox:1.0\nSHELL ["/bin/busybox", "sh", "-c"]\nRUN echo started && busybox sleep 300\n' > "$context/Dockerfile"
"$berthctl_bin" --host "$host" build "$context" >/dev/null 2>"$work/slow.err" &
pid=$!
for _ in $(seq 600); do grep -qs '^started$' "$work/slow.err" && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
grep -q '^started$' "$work/slow.err" || fail "the slow step never started: $(cat "$work/slow.err")"
start_ns=$(date +%s%N)
kill -INT "$pid"
set +e
wait "$pid"
code=$?
set -e
echo "# berthctl ended $(( ($(date +%s%N) - start_ns) / 1000000 )) ms after Ctrl-C"
expect_eq "Ctrl-C exits 130" 130 "$code"
for _ in $(seq 600); do [ -z "$(docker ps -q --filter ancestor=berth-test/busybox:1.0)" ] && break; sleep 0.1; done
expect_eq "the step's container is gone" "" "$(docker ps -q --filter ancestor=berth-test/busybox:1.0)"
