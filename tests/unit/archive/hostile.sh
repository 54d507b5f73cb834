#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# berthctl files --archive on the hostile layers of tests/data/hostile (made by
# tests/data/make-hostile-archives.sh): each ends with exit 1 and a message that names
# what is wrong, in bounded memory, writing nothing; the symbolic link loop is listed,
# since Berth never follows a link.
set -euo pipefail
berthctl=$BERTH_BINARY_DIR/app/berthctl
data=$BERTH_SOURCE_DIR/tests/data/hostile
work=$(mktemp -d "${TMPDIR:-/tmp}/berth-hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/cwd"
fail() { echo "FAIL: $*" >&2; exit 1; }

# hostile FILE WORDS: refused with a message holding WORDS, peak RSS under 48 MiB.
hostile() {
    local file=$1 words=$2 code=0
    (cd "$work/cwd" && /usr/bin/time -o "$work/rss" -f %M "$berthctl" files --archive "$data/$file" >"$work/out" 2>"$work/err") || code=$?
    [ "$code" -eq 1 ] || fail "$file: exit $code, not 1: $(cat "$work/err")"
    grep -qF "$words" "$work/err" || fail "$file: the message does not say '$words': $(cat "$work/err")"
    [ "$(tail -n1 "$work/rss")" -le $((48 * 1024)) ] || fail "$file: peak RSS $(tail -n1 "$work/rss") KiB"
    [ -z "$(ls -A "$work/cwd")" ] || fail "$file: something was written: $(ls -A "$work/cwd")"
    echo "ok - $file: $words"
}

hostile dotdot.tar "the entry ../evil climbs out of the image's root"
hostile dotdot-inside.tar "the entry a/../../evil climbs out"
hostile absolute.tar "the entry /etc/evil has an absolute path"
hostile hardlink-escape.tar "../../etc/passwd climbs out"
hostile long-name.tar "an entry's name is longer than 4096 bytes"
hostile huge-header.tar.gz "Special header too large"
hostile bomb.tar.zst "decompression bomb"
hostile truncated.tar "damaged or cut short"
hostile truncated.tar.gz "the gzip data is damaged or cut short"
hostile garbage.tar "damaged or cut short"

(cd "$work/cwd" && "$berthctl" files --archive "$data/symlink-loop.tar" -l) > "$work/out" || fail "the symlink loop was not listed"
grep -qx 'l.* a -> b' "$work/out" && grep -qx 'l.* b -> a' "$work/out" && grep -qx 'l.* self -> self/x' "$work/out" ||
    fail "the symlink loop's links are not all listed: $(cat "$work/out")"
echo "ok - a symlink loop is listed, not followed"
echo "all passed"
