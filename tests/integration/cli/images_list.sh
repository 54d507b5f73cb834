#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl images ls and images inspect against /usr/bin/docker given the same arguments:
# -q, --no-trunc, --digests, --filter, --format (fields, `table`, {{json .}}), a
# REPOSITORY[:TAG] argument, inspect --format. The engine holds tagged images, an image
# known only by its digest (pulled by digest) and intermediate-free rows, as docker shows.
# docker prints the tags of one image in Go's map order, which is random: both outputs
# are sorted before they are compared. The same data in every locale.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/clicommon.sh"

engine_dir=$(need dockerd)
open_dir=$(need registry_open)
host=$(cat "$engine_dir/host")
registry=$(cat "$open_dir/host")
isolate
berthctl() { "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "$@"; }
docker() { "$docker_cli" -H "$host" "$@"; }

# An image known by its digest only.
read -r digest _ < <(bash "$BERTH_SOURCE_DIR/tests/integration/registry/seed.sh" image "$(cat "$open_dir/url")" list/bydigest 1 1024)
docker pull -q "$registry/list/bydigest@$digest" >/dev/null

same() { # WHAT DOCKER_ARGS... -- BERTHCTL_ARGS...
    local what=$1 split
    shift
    for ((split = 1; split <= $#; split++)); do [ "${!split}" = -- ] && break; done
    # docker before and after berthctl: an age ("6 minutes ago") may tick between the runs,
    # so each of berthctl's lines must be docker's line from one run or the other.
    docker "${@:1:split-1}" | sort > "$work/docker.out" || fail "docker $what"
    berthctl "${@:split+1}" | sort > "$work/berth.out" || fail "berthctl $what"
    docker "${@:1:split-1}" | sort > "$work/docker.after" || fail "docker $what"
    [ -s "$work/docker.out" ] || fail "$what: docker printed nothing"
    if ! diff -q "$work/docker.out" "$work/berth.out" >/dev/null &&
        ! diff -q "$work/docker.after" "$work/berth.out" >/dev/null; then
        [ "$(wc -l < "$work/docker.out")" = "$(wc -l < "$work/berth.out")" ] &&
            [ "$(wc -l < "$work/docker.after")" = "$(wc -l < "$work/berth.out")" ] &&
            paste -d '\n' "$work/docker.out" "$work/docker.after" "$work/berth.out" |
            awk 'NR % 3 == 1 { a = $0 } NR % 3 == 2 { b = $0 } NR % 3 == 0 && $0 != a && $0 != b { bad = 1 } END { exit bad }' ||
            { diff "$work/docker.out" "$work/berth.out"; fail "$what differs from docker's"; }
    fi
    ok "$what: as docker ($(wc -l < "$work/docker.out") lines)"
}

for args in "" "-q" "-q --no-trunc" "--digests" "-a -q" "--filter dangling=true" \
    "--filter reference=berth-test/*" "--filter label=berth.test.role" \
    "--filter label=berth.test.role=web" "--filter since=berth-test/busybox:1.0 -a" \
    "--filter before=berth-test/web:1.0" "berth-test/busybox" "berth-test/busybox:1.0" \
    "$registry/list/bydigest"; do
    read -ra words <<<"$args"
    same "images ${args:-(no arguments)}" images "${words[@]}" -- images ls "${words[@]}"
done
for format in '{{.Repository}}:{{.Tag}}' '{{.ID}}' '{{json .}}' 'table {{.ID}}\t{{.Repository}}\t{{.Size}}' \
    '{{.ID}} {{.Digest}}'; do
    same "images --format $format" images --format "$format" -- images ls --format "$format"
done
same "images --digests --format {{json .}}" images --digests --format '{{json .}}' -- images ls --digests --format '{{json .}}'
for format in '{{.Id}}' '{{.Os}}/{{.Architecture}} {{.Size}}' '{{json .RepoTags}}'; do
    same "image inspect --format $format" image inspect --format "$format" berth-test/busybox:1.0 berth-test/web:1.0 \
        -- images inspect --format "$format" berth-test/busybox:1.0 berth-test/web:1.0
done
# A map prints as Go prints it; a null one (busybox has no labels) does not: see
# docs/berthctl-and-docker.md.
same "image inspect --format {{.Config.Labels}}" image inspect --format '{{.Config.Labels}}' berth-test/web:1.0 \
    -- images inspect --format '{{.Config.Labels}}' berth-test/web:1.0

# Data never depends on the locale: the same in German as in C (berth_de holds the
# table's words, and Qt picks it from LANG whether or not the system has the locale).
for args in "images ls" "images history berth-test/web:1.0" "images ls --format {{.CreatedSince}}"; do
    read -ra words <<<"$args"
    # Sorted: the engine lists images of the same second in no fixed order. Numbers masked:
    # an age may tick between the two runs; its words may not differ.
    env LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 LANGUAGE=de "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "${words[@]}" |
        sed 's/[0-9]\+ /N /g' | sort > "$work/de.out"
    env LANG=C LC_ALL=C LANGUAGE= "$BERTH_BINARY_DIR/app/berthctl" --host "$host" "${words[@]}" |
        sed 's/[0-9]\+ /N /g' | sort > "$work/c.out"
    diff "$work/de.out" "$work/c.out" || fail "$args depends on the locale"
    ok "$args: the same in every locale"
done

code=0
berthctl images ls --filter colour=blue >/dev/null 2>"$work/err" || code=$?
expect_eq "an unknown filter is a usage error" 2 "$code"
docker rmi "$registry/list/bydigest@$digest" >/dev/null
echo "all passed"
