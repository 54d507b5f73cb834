#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The cleanup of the installed package, run even after a failure: apt-get purge, then
# nothing of berth is left, neither the files dpkg listed nor its own folders.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/package/packagecommon.sh"

if [ ! -f "$state/ours" ]; then
    echo "SKIP: package_deb_install installed no berth" >&2
    exit 77
fi
if dpkg-query -W berth >/dev/null 2>&1; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=600 berth \
        >"$work/apt" 2>&1 || { cat "$work/apt"; fail "apt-get purge failed"; }
fi
status=$(dpkg-query -W -f '${Status}' berth 2>/dev/null || true)
case $status in
"" | *" not-installed") ;;
*) fail "berth is still known to dpkg: $status" ;; # its configuration files, say
esac
ok "dpkg knows no berth"
[ -f "$state/files" ] || { rm -f "$state/ours"; echo "SKIP: the package was not installed" >&2; exit 77; }
left=()
while IFS= read -r path; do
    [ -d "$path" ] && continue # the shared folders (/usr/bin, ...) stay
    [ -e "$path" ] && left+=("$path")
done <"$state/files"
for dir in /usr/share/berth /usr/share/doc/berth; do
    [ -e "$dir" ] && left+=("$dir")
done
[ ${#left[@]} = 0 ] || fail "left after the purge: ${left[*]}"
ok "nothing of berth is left ($(wc -l <"$state/files") paths checked)"
rm -f "$state/files" "$state/ours"
echo "all passed"
