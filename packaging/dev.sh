#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Berth from a source checkout on Debian 12. Every command installs what is missing
# (with sudo, unless run as root), builds in build/<preset>, and skips what is done.
#
#   packaging/dev.sh run [BERTH OPTIONS]   open Berth on your engine, or on the sandbox engine
#   packaging/dev.sh test [CTEST OPTIONS]  run the whole test suite
#   packaging/dev.sh sandbox start|stop    the private sandbox engine (a dockerd with sample images)
#   packaging/dev.sh screenshot            refresh the README's screenshots (light, dark, German)
#   packaging/dev.sh deb                   build build/deb/berth_VERSION_amd64.deb (Release, no tests)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
preset=${BERTH_PRESET:-dev}
build="$root/build/$preset"
sandbox_state="$build/sandbox"

# What building and running needs, and what the tests add (real services and peers).
build_packages=(g++ cmake ninja-build pkg-config qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libarchive-dev libisal-dev libzstd-dev libssl-dev libgl-dev)
# qt6-translations-l10n: Qt's own texts (standard dialogs, buttons) in the user's language.
run_packages=(docker.io busybox-static curl util-linux qt6-translations-l10n)
# The .deb: manual pages from --help, PNG icons, Debian's shlibdeps; lintian checks it.
deb_packages=(help2man librsvg2-bin dpkg-dev file)
# The package's tests: lintian, man, bash's completion loader, and the .deb's run-time
# Depends beforehand, so that installing it needs no network and its purge leaves nothing.
package_test_packages=(lintian bash-completion man-db libqt6svg6 libsecret-1-0)
test_packages=("${deb_packages[@]}" "${package_test_packages[@]}" xvfb xauth xdotool dbus dbus-x11 gnome-keyring libsecret-tools docker-registry apache2-utils
    skopeo openssl python3 jq clang libclang-rt-14-dev desktop-file-utils appstream xz-utils zstd awscli golang-docker-credential-helpers
    openssh-server openssh-client podman at-spi2-core python3-pyatspi gir1.2-atspi-2.0)
# at-spi2-core, python3-pyatspi and gir1.2-atspi-2.0: the accessibility bus and the walk of
# ui_a11y_xvfb (docs/accessibility.md).
# The portal and its GTK backend, dconf and gsettings: the desktop's dark preference that
# ui_portal_xvfb flips (docs/appearance.md).
test_packages+=(xdg-desktop-portal xdg-desktop-portal-gtk dconf-gsettings-backend gsettings-desktop-schemas libglib2.0-bin)
# openssh-server is there for /usr/sbin/sshd, which the ssh tests run on a loopback port of
# their own; Debian also starts the system's sshd when it installs it
# (`sudo systemctl disable --now ssh` if that is not wanted).

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${missing[*]}"
    as_root apt-get update -q
    # dbus-x11 keeps apt from choosing dbus-user-session, which would bring systemd in.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "${missing[@]}"
}

# build [TARGET...]: configure once, then build the targets named (all of them if none):
# `run` builds only the two programs, not the test suite.
build() {
    if [ ! -f "$build/build.ninja" ]; then
        say "Configuring ($preset)"
        (cd "$root" && cmake --preset "$preset" >/dev/null)
    fi
    say "Building${1:+ $*}"
    # Presets are read from the current folder: the checkout's.
    (cd "$root" && cmake --build --preset "$preset" ${1:+--target "$@"})
}

start_sandbox() {
    say "Starting the sandbox engine (data in $sandbox_state)"
    if [ "$(id -u)" != 0 ]; then
        sudo -v # ask for the password here, on the terminal; the script then uses sudo -n
    fi
    bash "$root/tests/env/dockerd.sh" start "$sandbox_state" --group "$(id -gn)"
}

cmd_run() {
    ensure_packages "${build_packages[@]}" "${run_packages[@]}"
    build berth berthctl
    local status=0 reason
    reason=$("$build/app/berthctl" images ls 2>&1 >/dev/null) || status=$?
    if [ "$status" = 0 ]; then
        exec "$build/app/berth" "$@"
    fi
    say "Your engine is not usable: ${reason#berthctl: }"
    if [ "$status" = 4 ]; then
        echo "    Add yourself to the docker group (sudo usermod -aG docker \$USER, then log in again)" >&2
        echo "    or run Docker rootless (dockerd-rootless-setuptool.sh install)." >&2
    fi
    local answer=y
    if [ -t 0 ]; then
        read -r -p "Open Berth on its sandbox engine, a private dockerd with sample images (needs sudo)? [Y/n] " answer
    fi
    case "$answer" in
    [nN]*) exec "$build/app/berth" "$@" ;;
    esac
    start_sandbox
    exec "$build/app/berth" --host "$(cat "$sandbox_state/host")" --sandbox "$@"
}

cmd_test() {
    ensure_packages "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}"
    build
    say "Testing"
    ctest --preset "$preset" "$@"
}

cmd_sandbox() {
    case "${1:-}" in
    start) ensure_packages "${run_packages[@]}"; start_sandbox ;;
    stop) bash "$root/tests/env/dockerd.sh" stop "$sandbox_state" ;;
    *) echo "usage: packaging/dev.sh sandbox start|stop" >&2; exit 2 ;;
    esac
}

cmd_screenshot() {
    ensure_packages "${build_packages[@]}" "${run_packages[@]}" xvfb xauth
    build berth
    start_sandbox >/dev/null
    # Settings of their own: the registries a person opened are not in the pictures.
    local config="$build/screenshot-config"
    rm -rf "$config"
    mkdir -p "$config"
    local out="$root/resources/screenshots/main-window.png"
    mkdir -p "$(dirname "$out")"
    XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" "$build/app/berth" --host "$(cat "$sandbox_state/host")" --sandbox \
        --screenshot "$out"
    say "Wrote $out"
    # The same window in the Dark appearance and in German: each its own settings file, as
    # Settings ▸ General writes it.
    local variant setting
    for variant in dark:appearance=dark de:language=de; do
        setting="${variant#*:}"
        rm -rf "$config-${variant%%:*}"
        mkdir -p "$config-${variant%%:*}/Berth"
        printf '[ui]\n%s\n' "$setting" >"$config-${variant%%:*}/Berth/window.ini"
        out="$root/resources/screenshots/main-window-${variant%%:*}.png"
        XDG_CONFIG_HOME="$config-${variant%%:*}" xvfb-run -a -s "-screen 0 1280x800x24" \
            "$build/app/berth" --host "$(cat "$sandbox_state/host")" --sandbox --screenshot "$out"
        say "Wrote $out"
    done
    # A repository's tags, on a registry of its own filled by the tests' seeding script.
    local reg="$build/screenshot-registry" seeded="$build/screenshot-env"
    out="$root/resources/screenshots/remote-repository.png"
    bash "$root/tests/env/registry.sh" start "$reg" open >/dev/null
    mkdir -p "$seeded"
    BERTH_ENV_DIR="$seeded" BERTH_SOURCE_DIR="$root" \
        bash "$root/tests/integration/registry/seed.sh" tags "$(cat "$reg/url")" demo/app 40 >/dev/null
    BERTH_ENV_DIR="$seeded" BERTH_SOURCE_DIR="$root" \
        bash "$root/tests/integration/registry/seed.sh" index "$(cat "$reg/url")" demo/multi 1.0 >/dev/null
    XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" "$build/app/berth" --host "$(cat "$sandbox_state/host")" --sandbox \
        --show "$(cat "$reg/host")/demo/app:t003" --screenshot "$out"
    say "Wrote $out"
    # The Details pane of a tag naming an index of two platforms, taken once it loaded.
    out="$root/resources/screenshots/details-pane.png"
    XDG_CONFIG_HOME="$config" xvfb-run -a -s "-screen 0 1280x800x24" "$build/app/berth" --host "$(cat "$sandbox_state/host")" --sandbox \
        --show "$(cat "$reg/host")/demo/multi:1.0" --screenshot "$out"
    bash "$root/tests/env/registry.sh" stop "$reg" >/dev/null
    say "Wrote $out"
}

# The package of the issue: a Release build with Debian's hardening flags, tests off,
# installed under /usr; its own build folder (build/deb), reused by the package tests.
cmd_deb() {
    ensure_packages "${build_packages[@]}" "${deb_packages[@]}"
    preset=deb
    build=$root/build/deb
    # Debian's build flags (hardening), without -g: the binaries are stripped anyway.
    # CMake reads CXXFLAGS and LDFLAGS (on the first configure), not CPPFLAGS.
    eval "$(cd "$root" && DEB_BUILD_MAINT_OPTIONS=hardening=+all DEB_CXXFLAGS_MAINT_STRIP=-g \
        dpkg-buildflags --export=sh)"
    export CXXFLAGS="$CPPFLAGS $CXXFLAGS"
    build
    say "Packaging"
    rm -f "$build"/berth_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
    local deb
    deb=$(ls "$build"/berth_*.deb)
    say "Wrote $deb"
    echo "$deb"
}

case "${1:-}" in
deb) shift; cmd_deb "$@" ;;
run) shift; cmd_run "$@" ;;
test) shift; cmd_test "$@" ;;
sandbox) shift; cmd_sandbox "$@" ;;
screenshot) shift; cmd_screenshot "$@" ;;
*) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
