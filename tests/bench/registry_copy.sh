#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl copy against skopeo copy, interleaved in this one script: an image of four random
# 64 MiB layers and a small one (256 MiB), from one local docker-registry to another, a fresh
# destination registry for every run. Beside them, the registry's own ingest floor (the same
# blobs uploaded from files by parallel `curl -T`) and `curl GET | curl PUT` pipes. A second
# case copies inside one registry (every blob mountable). Prints medians, ratios and peak RSS
# (/usr/bin/time -f %M); asserts only that each copy gave the source's digest.
# Targets: berthctl <= 0.8x skopeo and <= 32 MiB peak RSS; inside one registry <= skopeo.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
command -v skopeo >/dev/null || fail "skopeo is not installed"
[ -x /usr/bin/time ] || fail "/usr/bin/time is not installed (apt-get install time)"
berthctl=$BERTH_BINARY_DIR/app/berthctl
registry="bash $BERTH_SOURCE_DIR/tests/env/registry.sh"
runs=${BERTH_BENCH_RUNS:-5}
layer_mib=${BERTH_BENCH_LAYER_MIB:-64}

src=$work/src
on_exit "$registry stop '$src' >/dev/null 2>&1"
$registry start "$src" open >/dev/null
src_url=$(cat "$src/url")
src_host=$(cat "$src/host")

# The image, pushed with curl: four layers of random bytes (nothing compresses away) and a
# small one, then a config and the manifest.
layers=()
for i in 1 2 3 4 5; do
    size=$((layer_mib * 1024 * 1024))
    [ "$i" = 5 ] && size=4096
    # A real tar.gz of random bytes: skopeo then copies it verbatim, as Berth does.
    make_layer "$work/l$i" "$size"
    mv "$work/l$i/layer" "$work/layer$i"
    size=$(stat -c %s "$work/layer$i")
    push_blob "$src_url" bench/img "$work/layer$i" || fail "push layer $i"
    layers+=("{\"mediaType\":\"application/vnd.docker.image.rootfs.diff.tar.gzip\",\"size\":$size,\"digest\":\"sha256:$(sha256_of "$work/layer$i")\"}")
done
printf '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]},"config":{}}' > "$work/config"
push_blob "$src_url" bench/img "$work/config" || fail "push config"
(IFS=,; printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":%s,"digest":"sha256:%s"},"layers":[%s]}' \
    "$(stat -c %s "$work/config")" "$(sha256_of "$work/config")" "${layers[*]}") > "$work/manifest"
code=$(http_code -X PUT -H 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
    --data-binary "@$work/manifest" "$src_url/v2/bench/img/manifests/1")
[ "$code" = 201 ] || fail "PUT manifest answered $code"
digest=sha256:$(sha256_of "$work/manifest")
blobs=("$work/layer1" "$work/layer2" "$work/layer3" "$work/layer4" "$work/layer5" "$work/config")
# Digests ahead, outside the timed runs: what a client knows from the manifest.
digests=()
for f in "${blobs[@]}"; do digests+=("sha256:$(sha256_of "$f")"); done

dest=$work/dest
fresh_destination() {
    $registry stop "$dest" >/dev/null 2>&1 || true
    $registry start "$dest" open >/dev/null
    dest_url=$(cat "$dest/url")
    dest_host=$(cat "$dest/host")
    rm -rf "$HOME/.local/share/containers/cache" # skopeo's blob-info cache
}
on_exit "$registry stop '$dest' >/dev/null 2>&1"

# timed NAME COMMAND...: appends "seconds peak-KiB cpu-seconds" to $work/NAME (cpu: user
# plus system time of the command and its children).
timed() {
    local name=$1
    shift
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/$name.err" ||
        { cat "$work/$name.err" >&2; fail "$name failed"; }
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/time" >> "$work/$name"
}

new_session() { # URL REPO: an upload session's URL, ready for ?digest=
    local location
    location=$(curl -s -D - -o /dev/null -X POST "$1/v2/$2/blobs/uploads/" |
        tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')
    case "$location" in /*) location=$1$location ;; esac
    printf '%s' "$location"
}
floor() { # every blob from its file, in parallel, one monolithic PUT each
    local i pids=()
    for i in "${!blobs[@]}"; do
        loc=$(new_session "$dest_url" bench/img)
        curl -sf -T "${blobs[i]}" -H 'Content-Type: application/octet-stream' "$loc&digest=${digests[i]}" -o /dev/null &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
}
pipes() { # every blob GET from the source piped into a PUT at the destination, in parallel
    local d pids=()
    for d in "${digests[@]}"; do
        loc=$(new_session "$dest_url" bench/img)
        (curl -sf "$src_url/v2/bench/img/blobs/$d" | curl -sf -T - -H 'Content-Type: application/octet-stream' "$loc&digest=$d" -o /dev/null) &
        pids+=($!)
    done
    for p in "${pids[@]}"; do wait "$p"; done
}

check_copy() { # HOST REPO:TAG
    local got
    got=sha256:$(curl -sf -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' \
        "http://$1/v2/${2%:*}/manifests/${2#*:}" | sha256sum | cut -d' ' -f1)
    [ "$got" = "$digest" ] || fail "the copy at $1/$2 is $got, not $digest"
}

for run in $(seq "$runs"); do
    fresh_destination
    timed berth "$berthctl" --jobs 5 copy "$src_host/bench/img:1" "$dest_host/bench/img:1"
    check_copy "$dest_host" bench/img:1
    fresh_destination
    timed skopeo skopeo copy -q --src-tls-verify=false --dest-tls-verify=false \
        "docker://$src_host/bench/img:1" "docker://$dest_host/bench/img:1"
    check_copy "$dest_host" bench/img:1
    fresh_destination
    timed floor bash -c "$(declare -f floor new_session); blobs=(${blobs[*]}); digests=(${digests[*]}); dest_url=$dest_url; floor"
    fresh_destination
    timed pipes bash -c "$(declare -f pipes new_session); digests=(${digests[*]}); dest_url=$dest_url; src_url=$src_url; pipes"
    # Inside one registry: a fresh repository each run; every blob can be mounted.
    timed berth_mount "$berthctl" --jobs 5 copy "$src_host/bench/img:1" "$src_host/bench/berth$run:1"
    check_copy "$src_host" "bench/berth$run:1"
    rm -rf "$HOME/.local/share/containers/cache"
    timed skopeo_mount skopeo copy -q --src-tls-verify=false --dest-tls-verify=false \
        "docker://$src_host/bench/img:1" "docker://$src_host/bench/skopeo$run:1"
    check_copy "$src_host" "bench/skopeo$run:1"
done

median() { # FILE COLUMN
    cut -d' ' -f"$2" "$work/$1" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}
b=$(median berth 1) s=$(median skopeo 1) f=$(median floor 1) p=$(median pipes 1)
bm=$(median berth_mount 1) sm=$(median skopeo_mount 1)
echo "image: 4 x ${layer_mib} MiB + 4 KiB layers, $runs runs each, interleaved"
echo "median: berthctl ${b} s, skopeo ${s} s, curl -T floor ${f} s, curl pipes ${p} s"
awk -v b="$b" -v s="$s" -v f="$f" -v p="$p" 'BEGIN {
    printf "ratio berthctl/skopeo: %.2f (target <= 0.8)\n", b / s
    printf "ratio berthctl/floor: %.2f; floor/skopeo %.2f, pipes/skopeo %.2f\n", b / f, f / s, p / s }'
echo "peak RSS (median): berthctl $(($(median berth 2) / 1024)) MiB (target <= 32), skopeo $(($(median skopeo 2) / 1024)) MiB"
echo "CPU time (median, user + system): berthctl $(median berth 3) s, skopeo $(median skopeo 3) s"
echo "inside one registry: berthctl ${bm} s, skopeo ${sm} s"
awk -v b="$bm" -v s="$sm" 'BEGIN { printf "ratio berthctl/skopeo inside one registry: %.2f (target <= 1)\n", b / s }'
