#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A configure with CMake's standard -DBUILD_TESTING=OFF builds the programs and nothing of
# the test suite: no test executables, no benchmarks, no fuzz replays, no registered tests.
set -euo pipefail
src=${BERTH_SOURCE_DIR:?}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cmake -S "$src" -B "$dir" -G Ninja -DBUILD_TESTING=OFF >/dev/null
targets=$(ninja -C "$dir" -t targets all)
# Positive control: the programs are there, so an empty or failed listing cannot pass.
for program in berth berthctl; do
    grep -qE "^app/$program: " <<<"$targets" || { echo "FAIL: no target app/$program"; exit 1; }
done
if suite=$(grep -E '^([^:]*/)?(tst_|bench_|fuzz_)[a-z0-9_]*: ' <<<"$targets" | head -5) && [ -n "$suite" ]; then
    echo "FAIL: BUILD_TESTING=OFF still builds the test suite:"; echo "$suite"; exit 1
fi
tests=$(ctest --test-dir "$dir" -N | sed -n 's/^Total Tests: //p')
[ "$tests" = 0 ] || { echo "FAIL: $tests tests registered with BUILD_TESTING=OFF"; exit 1; }
echo "BUILD_TESTING=OFF: berth and berthctl, no test targets, no tests"
