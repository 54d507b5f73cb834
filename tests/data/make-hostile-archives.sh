#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hostile layer blobs of tests/data/hostile, which tests/unit/archive/hostile.sh
# feeds to berthctl files --archive (and the layer fuzzer takes as seeds). Run again only
# to change them: the files are kept in the repository so that every run reads the same.
set -euo pipefail
out=$(cd "$(dirname "$0")" && pwd)/hostile
mkdir -p "$out"
python3 - "$out" <<'PYTHON'
import io, sys, tarfile

out = sys.argv[1]

def tar(name, entries, fmt=tarfile.PAX_FORMAT):
    with tarfile.open(f"{out}/{name}", "w", format=fmt) as t:
        for path, kind, data, link in entries:
            info = tarfile.TarInfo(path)
            info.type, info.size, info.mtime, info.linkname = kind, len(data), 1, link
            info.mode = 0o755 if kind == tarfile.DIRTYPE else 0o644
            t.addfile(info, io.BytesIO(data))

F, D, L, H = tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE
# Names that climb out of the root, or start at it.
tar("dotdot.tar", [("ok", F, b"fine\n", ""), ("../evil", F, b"x\n", "")])
tar("dotdot-inside.tar", [("a", D, b"", ""), ("a/../../evil", F, b"x\n", "")])
tar("absolute.tar", [("/etc/evil", F, b"x\n", "")], fmt=tarfile.GNU_FORMAT)
tar("hardlink-escape.tar", [("ok", F, b"x\n", ""), ("link", H, b"", "../../etc/passwd")])
# A name longer than any a container can hold, and a pax header of 2 MiB.
tar("long-name.tar", [("d/" + "n" * 5000, F, b"x\n", "")])
tar("huge-header.tar", [("h" * (2 * 1024 * 1024), F, b"x\n", "")])
# Symbolic links that point at each other and into themselves: listed, never followed.
tar("symlink-loop.tar", [("a", L, b"", "b"), ("b", L, b"", "a"), ("self", L, b"", "self/x")])
PYTHON
# Kept small in the repository: the 2 MiB header compresses to a few KB.
gzip -9 -n -f "$out/huge-header.tar"
# A tar cut short in the middle of a file, plain and gzip'd.
head -c 100000 /dev/zero > "$out/big"
tar -C "$out" --owner=0 --group=0 --mtime=@1 -cf "$out/whole.tar" big
head -c 60000 "$out/whole.tar" > "$out/truncated.tar"
gzip -9 -n -c "$out/whole.tar" | head -c 100 > "$out/truncated.tar.gz"
rm -f "$out/big" "$out/whole.tar"
# A decompression bomb: a zstd layer of 66 KB whose tar holds a file of 2 GiB of zeros.
python3 -c '
import sys, tarfile
info = tarfile.TarInfo("zeros"); info.size = 2 << 30; info.mtime = 1
sys.stdout.buffer.write(info.tobuf(tarfile.GNU_FORMAT))
chunk = bytes(1 << 20)
for _ in range(2 << 10):
    sys.stdout.buffer.write(chunk)
sys.stdout.buffer.write(bytes(1024))
' | zstd -19 -q -c > "$out/bomb.tar.zst"
# Not a layer at all.
printf 'This is not a tar archive, only text that is long enough to hold a header.%.0s' $(seq 10) > "$out/garbage.tar"
ls -l "$out"
