#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Listing every entry of a layer blob: `berthctl files -l --archive BLOB` against its peer
# `tar -tvzf BLOB` (the same columns), for a layer of 20,000 small files (a 20 MiB tar that
# gzips to a few hundred KB) and for a 64 MiB gzip layer of large files. 10 runs of each,
# interleaved (Berth, tar, Berth, tar...), so that the machine's other load falls on both
# alike; prints medians, their ratio and the peak RSS of each. Targets: Berth at most 0.5
# times tar's time and 48 MiB. Asserts only that both listed every entry.
set -euo pipefail
berthctl=$BERTH_BINARY_DIR/app/berthctl
work=$(mktemp -d "${TMPDIR:-/tmp}/berth-bench-layers.XXXXXX")
trap 'rm -rf "$work"' EXIT
runs=${BERTH_BENCH_RUNS:-10}

python3 - "$work" <<'PYTHON'
import io, os, sys, tarfile
work = sys.argv[1]
# 20,000 files of 512 bytes in 200 folders: a node_modules or a Python site-packages.
with tarfile.open(f"{work}/small.tar", "w", format=tarfile.GNU_FORMAT) as tar:
    for i in range(20000):
        data = (f"module {i}: " + "x" * 500)[:512].encode()
        info = tarfile.TarInfo(f"usr/lib/pkg{i // 100}/file{i}.py")
        info.size, info.mtime, info.mode = len(data), 1700000000, 0o644
        tar.addfile(info, io.BytesIO(data))
# 16 files of 7 MiB of hex digits: a 112 MiB tar that deflate halves (real Huffman work,
# not stored blocks) into a gzip layer of about 64 MiB.
with tarfile.open(f"{work}/large.tar", "w", format=tarfile.GNU_FORMAT) as tar:
    for i in range(16):
        data = os.urandom(7 << 19).hex().encode()
        info = tarfile.TarInfo(f"srv/media/blob{i}.bin")
        info.size, info.mtime, info.mode = len(data), 1700000000, 0o644
        tar.addfile(info, io.BytesIO(data))
PYTHON
gzip -6 -n "$work/small.tar" "$work/large.tar"

python3 - "$runs" "$berthctl" "$work/small.tar.gz" "$work/large.tar.gz" <<'PYTHON'
import os, statistics, subprocess, sys, time
runs, berthctl, blobs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]

def measure(command):
    """Wall time and peak RSS (KiB) of one run, its output counted, not kept."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    lines = sum(chunk.count(b"\n") for chunk in iter(lambda: process.stdout.read(1 << 16), b""))
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{command} failed")
    return elapsed, usage.ru_maxrss, lines

for blob in blobs:
    size = os.path.getsize(blob)
    peers = {"berthctl": [berthctl, "files", "-l", "--archive", blob], "tar": ["tar", "-tvzf", blob]}
    times = {name: [] for name in peers}
    rss = {name: 0 for name in peers}
    counts = {}
    for _ in range(runs):
        for name, command in peers.items():
            elapsed, peak, lines = measure(command)
            times[name].append(elapsed)
            rss[name] = max(rss[name], peak)
            counts[name] = lines
    if counts["berthctl"] != counts["tar"]:
        sys.exit(f"{blob}: berthctl listed {counts['berthctl']} entries, tar {counts['tar']}")
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{os.path.basename(blob)} ({size / 1048576:.1f} MiB, {counts['tar']} entries), "
          f"median of {runs}: berthctl {median['berthctl'] * 1000:.1f} ms, "
          f"tar -tvzf {median['tar'] * 1000:.1f} ms, "
          f"ratio {median['berthctl'] / median['tar']:.2f} (target <= 0.5); "
          f"peak RSS berthctl {rss['berthctl'] / 1024:.1f} MiB (target <= 48), "
          f"tar {rss['tar'] / 1024:.1f} MiB")
PYTHON
