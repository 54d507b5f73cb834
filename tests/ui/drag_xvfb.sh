#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Real drags with the pointer, in Berth's window on a private Xvfb display driven by xdotool,
# against the private dockerd and the open registry:
#  1. a local image's row dragged onto a repository of the Sources tree: the Retag and Push
#     dialog shows, Enter accepts it, the job ends and `skopeo list-tags` lists the tag;
#  2. a remote tag's row dragged onto the engine in the Sources tree, once cancelled with
#     Esc, then dropped: the pull ends and Debian's docker lists the image.
# The window writes where its rows are (BERTH_WINDOW_MAP) after each paint: the script waits
# for the rows it needs by reading that file, never by sleeping. The pauses between pointer
# moves only pace the input, as a hand would: Qt starts a drag after a move of a few pixels.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/ui/xvfb.sh"

for tool in Xvfb xdotool jq skopeo; do
    if ! command -v "$tool" >/dev/null; then
        [ "${CI:-}" = "true" ] && fail "$tool is missing under CI (packaging/dev.sh installs it)"
        echo "SKIP: $tool is missing (packaging/dev.sh installs it)" >&2
        exit 77
    fi
done
engine_dir=$(need dockerd)
host=$(cat "$engine_dir/host")
registry_dir=$(need registry_open)
registry=$(sed 's|^http://||' "$registry_dir/url")
docker() { "$docker_cli" -H "$host" "$@"; }
run_id=$$
local_ref="berth-test/xdrag:$run_id"
repo="dnd/xdrag"
remote_ref="$registry/$repo:base-$run_id"
map=$work/map.json

# The image to drag, and a tag in the registry for the second drag (not on the engine).
docker tag berth-test/busybox:1.0 "$local_ref"
# The tag + push leaves its tag on the engine too.
on_exit "docker rmi '$local_ref' '$remote_ref' '$registry/$repo:$run_id' >/dev/null 2>&1"
docker tag berth-test/busybox:1.0 "$remote_ref"
docker push "$remote_ref" >/dev/null || fail "docker push $remote_ref failed"
docker rmi "$remote_ref" >/dev/null

start_xvfb

BERTH_WINDOW_MAP=$map QT_QPA_PLATFORM=xcb "$BERTH_BINARY_DIR/app/berth" --host "$host" \
    --show "$registry/$repo" >"$work/berth.log" 2>&1 &
berth_pid=$!
on_exit "kill $berth_pid"

# wait_for WHAT JQ-FILTER: polls the window's map until the filter is true (a ceiling of
# two minutes guards against a hang only).
wait_for() {
    local what=$1 filter=$2
    for _ in $(seq 1200); do
        if [ -s "$map" ] && jq -e "$filter" "$map" >/dev/null 2>&1; then
            return 0
        fi
        kill -0 "$berth_pid" 2>/dev/null || fail "berth ended while waiting for $what: $(cat "$work/berth.log")"
        sleep 0.1
    done
    fail "the window never showed $what; last map: $(cat "$map" 2>/dev/null)"
}
# at SECTION KEY: the screen point "X Y" of a row in the map.
at() {
    jq -r --arg key "$2" ".$1[\$key] | \"\\(.[0]) \\(.[1])\"" "$map"
}
click() {
    # shellcheck disable=SC2086 # "X Y"
    xdotool mousemove $1 click 1
}
# hover "X1 Y1" "X2 Y2": press, move in small steps to the target, the button held.
hover() {
    local x1 y1 x2 y2 i
    read -r x1 y1 <<<"$1"
    read -r x2 y2 <<<"$2"
    xdotool mousemove "$x1" "$y1" mousedown 1
    for i in $(seq 1 12); do
        xdotool mousemove $((x1 + (x2 - x1) * i / 12)) $((y1 + (y2 - y1) * i / 12))
        sleep 0.1
    done
}

wait_for "the repository in the Sources tree" ".sources[\"$registry/$repo\"] and .center == \"remote\""
engine_key=$(jq -r '.sources | keys[] | select(startswith("unix://") or startswith("tcp://"))' "$map" | head -n1)
[ -n "$engine_key" ] || fail "no engine in the Sources tree: $(cat "$map")"

# 1. Local row onto the repository: the dialog, Enter, tag + push.
click "$(at sources "$engine_key")"
wait_for "the local images" '.center == "local"'
# The engine may hold many images: the filter (Ctrl+F) leaves this run's on screen.
window=$(timeout 60 xdotool search --sync --onlyvisible --name '^Berth' | head -n1) || fail "no Berth window"
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+f
xdotool type --delay 20 "berth-test/xdrag"
wait_for "$local_ref in the local images" ".center == \"local\" and .local[\"$local_ref\"]"
hover "$(at local "$local_ref")" "$(at sources "$registry/$repo")"
# Before the button is released, the status bar says what the drop will do.
wait_for "the drop's words in the status bar" ".status == \"Retag $local_ref as $registry/$repo:$run_id and push\""
ok "while dragging, the status bar says: $(jq -r .status "$map")"
xdotool mouseup 1
dialog=$(timeout 60 xdotool search --sync --onlyvisible --name '^Retag and Push$' | head -n1) ||
    fail "no Retag and Push dialog after the drop; $(cat "$work/berth.log")"
xdotool windowfocus --sync "$dialog"
xdotool key --clearmodifiers Return
for _ in $(seq 1200); do
    skopeo list-tags --tls-verify=false "docker://$registry/$repo" 2>/dev/null |
        jq -e --arg tag "$run_id" '.Tags | index($tag)' >/dev/null && break
    sleep 0.1
done
skopeo list-tags --tls-verify=false "docker://$registry/$repo" | jq -e --arg tag "$run_id" '.Tags | index($tag)' >/dev/null ||
    fail "skopeo does not list $registry/$repo:$run_id after the drop"
ok "a local row dragged onto a repository was retagged and pushed ($registry/$repo:$run_id)"

# 2. Remote tag onto the engine: the pull.
click "$(at sources "$registry/$repo")"
wait_for "$remote_ref in the tags" ".center == \"remote\" and .tags[\"$remote_ref\"]"
docker image inspect "$remote_ref" >/dev/null 2>&1 && fail "$remote_ref is on the engine before the drag"
# Esc cancels a drag: the words go from the status bar, the button's release drops nothing.
hover "$(at tags "$remote_ref")" "$(at sources "$engine_key")"
wait_for "the pull's words in the status bar" ".status | startswith(\"Pull $remote_ref into \")"
xdotool key Escape
wait_for "the status bar cleared by Esc" '.status == ""'
xdotool mouseup 1
ok "Esc cancelled the drag"
hover "$(at tags "$remote_ref")" "$(at sources "$engine_key")"
wait_for "the pull's words in the status bar" ".status | startswith(\"Pull $remote_ref into \")"
xdotool mouseup 1
for _ in $(seq 1200); do
    docker images --format '{{.Repository}}:{{.Tag}}' | grep -qx "$remote_ref" && break
    sleep 0.1
done
docker images --format '{{.Repository}}:{{.Tag}}' | grep -qx "$remote_ref" ||
    fail "docker images does not list $remote_ref after the drag; $(cat "$work/berth.log")"
ok "a remote tag dragged onto the engine was pulled ($remote_ref)"
