# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by the .deb's tests, after tests/env/tests/common.sh. Sourced, not run.
# The package is built once per run into build/deb (packaging/dev.sh deb), installed by
# package_deb_install and purged by package_deb_purge, the fixture's cleanup, which runs
# even when a test between them failed.

state=$env_dir/package
mkdir -p "$state"

# as_root COMMAND...: apt and dpkg need root; without it (or sudo without a password) the
# test skips, unless under CI.
as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif sudo -n true 2>/dev/null; then
        sudo -n "$@"
    elif [ "${CI:-}" = true ]; then
        fail "installing the package needs root or password-less sudo"
    else
        echo "SKIP: installing the package needs root or password-less sudo" >&2
        exit 77
    fi
}

# The .deb package_deb_build made.
built_deb() {
    [ -f "$state/deb" ] && [ -f "$(cat "$state/deb")" ] || fail "no .deb: package_deb_build did not make one"
    cat "$state/deb"
}

# The files (not folders) the package must hold, given the source tree's translations.
expected_files() {
    local size ts
    printf '%s\n' /usr/bin/berth /usr/bin/berthctl \
        /usr/share/applications/io.github.berth.Berth.desktop \
        /usr/share/metainfo/io.github.berth.Berth.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/io.github.berth.Berth.svg \
        /usr/share/man/man1/berth.1.gz /usr/share/man/man1/berthctl.1.gz \
        /usr/share/bash-completion/completions/berthctl \
        /usr/share/zsh/vendor-completions/_berthctl \
        /usr/share/fish/vendor_completions.d/berthctl.fish \
        /usr/share/doc/berth/copyright /usr/share/doc/berth/changelog.gz \
        /usr/lib/x86_64-linux-gnu/berth/libberth_keychain.so
    for size in 16 22 24 32 48 64 128 256; do
        echo "/usr/share/icons/hicolor/${size}x${size}/apps/io.github.berth.Berth.png"
    done
    for ts in "$BERTH_SOURCE_DIR"/translations/*.ts; do
        ts=$(basename "$ts" .ts)
        echo "/usr/share/berth/translations/$ts.qm"
    done
}
