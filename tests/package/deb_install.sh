#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# apt-get installs the .deb (Recommends aside, so that the test needs no network and
# leaves nothing but berth to purge); the fixture's cleanup, package_deb_purge, removes it.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/package/packagecommon.sh"

deb=$(built_deb)
rm -f "$state/files"
# A berth this test did not install is the user's: it is neither replaced nor purged.
if dpkg-query -W -f '${Status}' berth 2>/dev/null | grep -q 'ok installed' && [ ! -f "$state/ours" ]; then
    fail "berth is installed on this machine already; the package tests install and purge it: remove it first"
fi
touch "$state/ours" # from here on, package_deb_purge takes it away again
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "$deb" >"$work/apt" 2>&1 || { cat "$work/apt"; fail "apt-get install failed"; }
dpkg-query -W -f '${Status} ${Version}\n' berth | grep -q "^install ok installed $BERTH_VERSION$" ||
    fail "berth is not installed: $(dpkg-query -W -f '${Status} ${Version}' berth 2>&1)"
# What the purge must take away again.
dpkg -L berth >"$state/files"
ok "apt-get installed berth $BERTH_VERSION"
echo "all passed"
