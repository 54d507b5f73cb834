#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# lintian finds no error and no warning in the .deb, with no override (were one needed, it
# would go in the package, /usr/share/lintian/overrides/berth, its reason beside it).
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/package/packagecommon.sh"

deb=$(built_deb)
code=0
lintian --fail-on error,warning --display-level '>=warning' "$deb" >"$work/lintian" 2>&1 || code=$?
cat "$work/lintian"
expect_eq "lintian: no error, no warning" 0 "$code"
echo "all passed"
