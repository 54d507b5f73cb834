#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every fault mode of the proxy, each seen by curl or skopeo as exactly that fault: a
# reset after N bytes, a stall with the socket open, 429 with Retry-After (seconds and
# HTTP date), 5xx for the first N requests, a flipped byte, rewritten headers, 200 to a
# Range request, a shifted Content-Range, a redirect to a header-recording host, huge
# bodies, throttling, and the concurrency counters.
# shellcheck source=common.sh
source "$(dirname "$0")/common.sh"
svc=$(need faultproxy)
reg=$(need registry_open)
tok=$(need registry_token)
purl=$(cat "$svc/url")
phost=$(cat "$svc/host")
ctl=$(cat "$svc/control_url")
rurl=$(cat "$reg/url")
on_exit 'curl -s -X POST "$ctl/reset" >/dev/null'

# fault JSON: configure the proxy; the answer must echo the mode.
fault() {
    local mode
    mode=$(curl -sf -X POST -H 'Content-Type: application/json' -d "$1" "$ctl/control" | jq -r .mode) ||
        fail "control refused $1"
    [ "$mode" = "$(jq -r .mode <<<"$1")" ] || fail "control answered mode $mode for $1"
}
reset_proxy() { curl -sf -X POST "$ctl/reset" >/dev/null || fail "proxy reset"; }
stat_of() { curl -sf "$ctl/stats" | jq -r "$1"; }
# wait_for_stat NAME AT_LEAST MESSAGE: the proxy's counter reaches the value (the event
# happened), polled; fails with MESSAGE after a minute of nothing.
wait_for_stat() {
    local _
    for _ in $(seq 600); do
        [ "$(stat_of ".$1")" -ge "$2" ] 2>/dev/null && return 0
        sleep 0.1
    done
    fail "$3"
}
header_of() { tr -d '\r' < "$1" | awk -v n="$(tr 'A-Z' 'a-z' <<<"$2")" -F': ' 'tolower($1)==n {print $2}'; }
# get URL CURL_ARGS...: downloads to $work/body; prints "exit size code".
get() {
    local url=$1 rc=0 out
    shift
    out=$(curl -s -o "$work/body" -D "$work/headers" -w '%{size_download} %{http_code}' "$@" "$url") || rc=$?
    echo "$rc $out"
}

reset_proxy
push_image "$rurl" fault/img 1.0 2097152 >/dev/null || fail "seed push"
layer=$(layer_of "$rurl" fault/img 1.0)
cp "$work/last-layer" "$work/layer"
size=$(stat -c %s "$work/layer")
blob=$purl/v2/fault/img/blobs/$layer
manifest=$purl/v2/fault/img/manifests/1.0
accept=(-H 'Accept: application/vnd.docker.distribution.manifest.v2+json')
expect_eq "pass-through blob" "0 $size 200" "$(get "$blob")"

# --- reset after N bytes, first request only --------------------------------------------
fault '{"mode": "reset", "bytes": 1048576, "count": 1}'
expect_eq "reset: curl sees a reset after exactly 1 MiB (56 = receive failure)" "56 1048576 200" "$(get "$blob")"
cmp -s -n 1048576 "$work/body" "$work/layer" || fail "reset: the bytes before the reset are not the blob's"
expect_eq "reset: the next request passes" "0 $size 200" "$(get "$blob")"
expect_eq "reset: logged" "reset 1048576" "$(stat_of '[.log[] | select(.status=="reset")][0] | "\(.status) \(.sent)"')"
fault '{"mode": "reset", "bytes": 65536}'
if skopeo copy --src-tls-verify=false "docker://$phost/fault/img:1.0" "dir:$work/sk-reset" > "$work/log" 2>&1; then
    fail "reset: skopeo copy succeeded"
fi
grep -q 'connection reset by peer' "$work/log" || { cat "$work/log"; fail "reset: skopeo failed for another reason"; }
ok "reset: skopeo sees 'connection reset by peer'"

# --- stall: the socket stays open, no byte moves ----------------------------------------
fault '{"mode": "stall", "bytes": 524288}'
get "$blob" --max-time 3 > "$work/stall" &
wait_for_stat stalls_open 1 "stall: the connection was never held"
expect_eq "stall: the connection is still open" 1 "$(stat_of .connections_open)"
wait
expect_eq "stall: curl times out (28) after exactly 512 KiB" "28 524288 200" "$(cat "$work/stall")"
fault '{"mode": "stall", "direction": "request", "bytes": 65536, "match": "^(PUT|PATCH) "}'
head -c 1048576 /dev/urandom > "$work/upload"
location=$(curl -s -D - -o /dev/null -X POST "$purl/v2/fault/up/blobs/uploads/" | header_of /dev/stdin Location)
[ -n "$location" ] || fail "stall: no upload session"
rc=0
curl -s -o /dev/null --max-time 3 -X PUT -H 'Content-Type: application/octet-stream' --data-binary "@$work/upload" \
    "$location&digest=sha256:$(sha256_of "$work/upload")" || rc=$?
expect_eq "stall (request body): curl's upload times out (28)" 28 "$rc"
expect_eq "stall (request body): logged" stalled "$(stat_of '[.log[] | select(.method=="PUT")][-1].status')"

# --- 429 with Retry-After, 5xx for the first N requests ----------------------------------
fault '{"mode": "status", "status": 429, "retry_after": "3", "count": 2, "match": "^GET /v2/.+/manifests/"}'
for i in 1 2; do
    expect_eq "429 #$i" "0 429" "$(get "$manifest" "${accept[@]}" | cut -d' ' -f1,3)"
    expect_eq "429 #$i: Retry-After in seconds" 3 "$(header_of "$work/headers" Retry-After)"
    expect_eq "429 #$i: registry error code" TOOMANYREQUESTS "$(jq -r '.errors[0].code' "$work/body")"
done
expect_eq "429: the third request passes" "0 200" "$(get "$manifest" "${accept[@]}" | cut -d' ' -f1,3)"
fault '{"mode": "status", "status": 429, "retry_after_date": 120, "count": 1}'
get "$manifest" "${accept[@]}" >/dev/null
when=$(header_of "$work/headers" Retry-After)
[[ "$when" =~ ^[A-Z][a-z]{2},\ [0-9]{2}\ [A-Z][a-z]{2}\ [0-9]{4}\ [0-9:]{8}\ GMT$ ]] || fail "429: Retry-After is not an HTTP date: $when"
delta=$(( $(date -d "$when" +%s) - $(date +%s) ))
[ "$delta" -ge 110 ] && [ "$delta" -le 121 ] || fail "429: Retry-After date is $delta s away, not 120"
ok "429: Retry-After as an HTTP date ($when)"
for code in 502 503 504; do
    fault "{\"mode\": \"status\", \"status\": $code, \"count\": 3}"
    seen=""
    for i in 1 2 3 4; do seen="$seen $(http_code "$purl/v2/")"; done
    expect_eq "$code for the first 3 requests" " $code $code $code 200" "$seen"
done
fault '{"mode": "status", "status": 503}'
if skopeo inspect --raw --tls-verify=false "docker://$phost/fault/img:1.0" > "$work/log" 2>&1; then
    fail "503: skopeo inspect succeeded"
fi
grep -q '503' "$work/log" || { cat "$work/log"; fail "503: skopeo failed for another reason"; }
ok "503: skopeo sees it"

# --- a flipped byte ----------------------------------------------------------------------
fault '{"mode": "flip", "offset": 1000}'
expect_eq "flip: full size" "0 $size 200" "$(get "$blob")"
expect_eq "flip: exactly one byte differs, at offset 1000" "1001" "$(cmp -l "$work/body" "$work/layer" | awk '{print $1}' | tr '\n' ' ' | sed 's/ $//')"
if skopeo copy --src-tls-verify=false "docker://$phost/fault/img:1.0" "dir:$work/sk-flip" > "$work/log" 2>&1; then
    fail "flip: skopeo copy succeeded"
fi
grep -qi 'digest did not match' "$work/log" || { cat "$work/log"; fail "flip: skopeo failed for another reason"; }
ok "flip: skopeo sees a digest mismatch"

# --- rewritten headers -------------------------------------------------------------------
bogus=sha256:$(printf '0%.0s' {1..64})
fault "{\"mode\": \"header\", \"name\": \"Docker-Content-Digest\", \"value\": \"$bogus\", \"match\": \"^GET /v2/.+/manifests/\"}"
get "$manifest" "${accept[@]}" >/dev/null
expect_eq "header: Docker-Content-Digest rewritten" "$bogus" "$(header_of "$work/headers" Docker-Content-Digest)"
[ "sha256:$(sha256_of "$work/body")" != "$bogus" ] || fail "header: body changed"
fault "{\"mode\": \"header\", \"name\": \"Content-Length\", \"value\": $((size + 1000))}"
expect_eq "header: Content-Length too large, then close: curl sees a short body (18)" "18 $size 200" "$(get "$blob")"
fault "{\"mode\": \"header\", \"name\": \"Content-Length\", \"value\": $((size - 1000))}"
expect_eq "header: Content-Length too small: the body is cut there" "0 $((size - 1000)) 200" "$(get "$blob")"
fault '{"mode": "header", "name": "Location", "value": "http://127.0.0.2:9/elsewhere", "match": "^POST "}'
curl -s -o /dev/null -D "$work/headers" -X POST "$purl/v2/fault/up/blobs/uploads/"
expect_eq "header: upload Location rewritten" "http://127.0.0.2:9/elsewhere" "$(header_of "$work/headers" Location)"

# --- Range ------------------------------------------------------------------------------
reset_proxy
expect_eq "Range passes through as 206" "0 $((size - 1000)) 206" "$(get "$blob" -r 1000-)"
fault '{"mode": "range_200"}'
expect_eq "range_200: 200 and the full body to a Range request" "0 $size 200" "$(get "$blob" -r 1000-)"
fault '{"mode": "range_shift", "shift": 7}'
expect_eq "range_shift: 206" "0 $((size - 1007)) 206" "$(get "$blob" -r 1000-)"
expect_eq "range_shift: Content-Range starts elsewhere than asked" "bytes 1007-$((size - 1))/$size" \
    "$(header_of "$work/headers" Content-Range)"

# --- redirect to another host that records headers (behind the token registry) -----------
turl=$(cat "$tok/url")
fault "{\"mode\": \"redirect\", \"upstream\": \"$turl\"}"
t=$(curl -sf -u "alice:$(awk -F'\t' '$1=="alice" {print $2}' "$tok/users.tsv")" \
    "$(cat "$tok/realm")?service=$(cat "$tok/service")&scope=repository:fault/tok:pull,push" | jq -r .token)
push_image "$turl" fault/tok 1.0 65536 -H "Authorization: Bearer $t" >/dev/null || fail "redirect: seed push"
tlayer=$(layer_of "$turl" fault/tok 1.0 -H "Authorization: Bearer $t")
tblob=$purl/v2/fault/tok/blobs/$tlayer
curl -s -o /dev/null -D "$work/headers" -H "Authorization: Bearer $t" "$tblob"
loc=$(header_of "$work/headers" Location)
[[ "$loc" == "$(cat "$svc/redirect_url")"/blob/*"?X-Amz-Signature="* ]] || fail "redirect: Location is $loc"
ok "redirect: 307 to another host and port with a signed query"
curl -sfL -o "$work/body" -H "Authorization: Bearer $t" "$tblob" || fail "redirect: curl -L"
expect_eq "redirect: the blob arrives from the other host" "$tlayer" "sha256:$(sha256_of "$work/body")"
expect_eq "redirect: curl sent no Authorization to the other host" 0 \
    "$(stat_of '[.recorded[-1].headers[] | select(.[0] | ascii_downcase == "authorization")] | length')"
curl -sf --location-trusted -o /dev/null -H "Authorization: Bearer $t" "$tblob" || fail "redirect: curl --location-trusted"
expect_eq "redirect: the recorder does see an Authorization that is sent" "Bearer $t" \
    "$(stat_of '[.recorded[-1].headers[] | select(.[0] | ascii_downcase == "authorization")][0][1]')"
reset_proxy
expect_eq "reset: the proxy is back on its own upstream" "$rurl" "$(stat_of .upstream)"

# --- huge bodies ------------------------------------------------------------------------
fault '{"mode": "huge", "bytes": 10485760, "match": "^GET /v2/.+/manifests/"}'
expect_eq "huge: a 10 MiB manifest" "0 10485760 200" "$(get "$manifest" "${accept[@]}")"
fault '{"mode": "huge", "bytes": -1, "match": "^GET /v2/.+/manifests/"}'
n=$( { curl -s "${accept[@]}" "$manifest" || true; } | head -c 20971520 | wc -c)
expect_eq "huge: an endless manifest (cut by the reader at 20 MiB)" 20971520 "$n"

# --- throttle ---------------------------------------------------------------------------
fault '{"mode": "throttle", "rate": 1048576}'
t0=$(date +%s%N)
expect_eq "throttle: the blob arrives whole" "0 $size 200" "$(get "$blob")"
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -ge 1500 ] || fail "throttle: $size bytes at 1 MiB/s took only $ms ms"
ok "throttle: $size bytes at 1 MiB/s took $ms ms"

# --- concurrency, counted from outside the client -----------------------------------------
reset_proxy
fault '{"mode": "throttle", "rate": 0, "delay": 1, "match": "^GET /v2/.+/blobs/"}'
for i in 1 2 3 4; do curl -sf -o /dev/null "$blob" & done
wait
expect_eq "4 parallel downloads: 4 requests at once" 4 "$(stat_of .max_requests)"
expect_eq "4 parallel downloads: 4 connections at once" 4 "$(stat_of .max_connections)"
reset_proxy
fault '{"mode": "throttle", "rate": 0, "delay": 1, "match": "^GET /v2/.+/blobs/"}'
printf '%s\n' "$blob" "$blob" "$blob" "$blob" | xargs -P 2 -n 1 curl -sf -o /dev/null
expect_eq "4 downloads, 2 at a time: 2 requests at once" 2 "$(stat_of .max_requests)"
expect_eq "4 downloads, 2 at a time: 4 requests in all" 4 "$(stat_of .requests_total)"
