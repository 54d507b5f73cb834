#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# packaging/dev.sh deb makes berth_VERSION_amd64.deb in build/deb (a Release build, tests
# off, reused from run to run), with the version of the top-level project, the
# dependencies the issue names beside shlibdeps', and stripped programs.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/package/packagecommon.sh"

rm -f "$state/deb"
deb=$(bash "$BERTH_SOURCE_DIR/packaging/dev.sh" deb | tail -n 1) || fail "packaging/dev.sh deb failed"
[ -f "$deb" ] || fail "packaging/dev.sh deb named no file: '$deb'"
expect_eq "the file's name" "berth_${BERTH_VERSION}_amd64.deb" "$(basename "$deb")"
echo "$deb" >"$state/deb"

field() { dpkg-deb -f "$deb" "$1"; }
expect_eq "Package" berth "$(field Package)"
expect_eq "Version is the project's" "$BERTH_VERSION" "$(field Version)"
depends=$(field Depends)
for needed in libsecret-1-0 libqt6svg6 libqt6core6 libqt6widgets6 libarchive13 libisal2 libzstd1 libssl3 libc6; do
    grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
ok "Depends: shlibdeps' and the run-time ones ($depends)"
expect_eq "Recommends" "docker.io | podman, qt6-translations-l10n" "$(field Recommends)"
expect_eq "Suggests" "gnome-keyring" "$(field Suggests)"
grep -q '<.*@.*>' <<<"$(field Maintainer)" || fail "Maintainer has no e-mail: $(field Maintainer)"
[ "$(field Description | wc -l)" -gt 2 ] || fail "no extended description"
ok "Maintainer with an e-mail, an extended description"

dpkg-deb -x "$deb" "$work/root"
for program in berth berthctl; do
    file "$work/root/usr/bin/$program" | grep -q ', stripped' || fail "$program is not stripped: $(file "$work/root/usr/bin/$program")"
done
ok "berth and berthctl are stripped"
echo "all passed"
