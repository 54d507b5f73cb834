#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The installed package, as a user meets it: dpkg -L lists what the issue names and no
# more; both programs print the project's version; berth --self-test passes under Xvfb
# and berthctl lists the private engine's images as the docker CLI does; the desktop file
# and AppStream metadata validate; both manual pages render without a warning; the
# translations are files a translator can add to; bash's completion (and zsh's and
# fish's, when installed) completes commands and image names.
source "$BERTH_SOURCE_DIR/tests/env/tests/common.sh"
source "$BERTH_SOURCE_DIR/tests/package/packagecommon.sh"
source "$BERTH_SOURCE_DIR/tests/integration/cli/completioncommon.sh"

engine_dir=$(need dockerd)
export DOCKER_HOST
DOCKER_HOST=$(cat "$engine_dir/host")
[ -f "$state/files" ] || fail "package_deb_install did not install berth"
export PATH=/usr/bin:$PATH # the installed programs, not a build's
unset QT_QPA_PLATFORM       # berth shows its window on Xvfb, as on a desktop

# dpkg -L: the files the issue names, and no other.
dpkg -L berth | while IFS= read -r path; do [ -d "$path" ] || echo "$path"; done | sort >"$work/listed"
expected_files | sort >"$work/expected"
diff "$work/expected" "$work/listed" || fail "dpkg -L berth differs from the expected files (< expected, > listed)"
ok "dpkg -L berth: $(wc -l <"$work/listed") files, as expected"
for size in 16 22 24 32 48 64 128 256; do
    file "/usr/share/icons/hicolor/${size}x${size}/apps/io.github.berth.Berth.png" |
        grep -q "PNG image data, $size x $size" || fail "the ${size}x${size} icon is not a PNG of that size"
done
ok "PNG icons of the sizes their folders name"

expect_eq "berth --version" "Berth $BERTH_VERSION" "$(berth --version)"
expect_eq "berthctl --version" "berthctl $BERTH_VERSION" "$(berthctl --version)"

xvfb-run -a -s "-screen 0 1280x800x24" berth --self-test >"$work/selftest" 2>&1 ||
    { cat "$work/selftest"; fail "the installed berth --self-test failed under Xvfb"; }
ok "berth --self-test under Xvfb"

berthctl images ls --format '{{.Repository}}:{{.Tag}} {{.ID}}' | sort >"$work/berthctl" ||
    fail "berthctl images ls failed"
"$docker_cli" -H "$DOCKER_HOST" images --format '{{.Repository}}:{{.Tag}} {{.ID}}' | sort >"$work/docker"
[ -s "$work/docker" ] || fail "the private engine has no images"
diff "$work/docker" "$work/berthctl" || fail "berthctl images ls differs from docker images"
ok "berthctl images ls: the private engine's $(wc -l <"$work/docker") images, as docker lists them"

desktop-file-validate /usr/share/applications/io.github.berth.Berth.desktop || fail "desktop-file-validate"
ok "desktop-file-validate"
appstreamcli validate --no-net --pedantic /usr/share/metainfo/io.github.berth.Berth.metainfo.xml ||
    fail "appstreamcli validate"
ok "appstreamcli validate --no-net --pedantic"

for page in berth berthctl; do
    MANWIDTH=80 man --warnings -l "/usr/share/man/man1/$page.1.gz" >"$work/$page.txt" 2>"$work/$page.err" ||
        fail "man $page failed: $(cat "$work/$page.err")"
    [ ! -s "$work/$page.err" ] || fail "man $page warns: $(cat "$work/$page.err")"
    grep -q 'Exit codes' "$work/$page.txt" || fail "$page(1) has no exit codes"
done
grep -q -- '--self-test' "$work/berth.txt" || fail "berth(1) lacks --self-test"
for command in $(berthctl --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'); do
    [ "$command" = help ] && continue
    grep -q "^   berthctl $command" "$work/berthctl.txt" || fail "berthctl(1) has no section for $command"
done
grep -q -- '--password-stdin' "$work/berthctl.txt" || fail "berthctl(1) lacks the commands' options"
ok "berth(1) and berthctl(1) render without warnings, with options, commands and exit codes"

# A translator's berth_eo.qm in the user's data folder is used (the installed ones are
# files in /usr/share/berth/translations, looked in first).
mkdir -p "$XDG_DATA_HOME/berth/translations"
cat >"$work/berth_eo.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>Berthctl</name>
    <message>
        <source>berthctl: unknown option %1
</source>
        <translation>berthctl: nekonata opcio %1
</translation>
    </message>
</context>
</TS>
TS
/usr/lib/qt6/bin/lrelease -silent "$work/berth_eo.ts" -qm "$XDG_DATA_HOME/berth/translations/berth_eo.qm"
expect_eq "a dropped-in translation is used" "berthctl: nekonata opcio --bogus" \
    "$(LANGUAGE=eo LANG=eo.UTF-8 LC_ALL= berthctl --bogus 2>&1 || true)"

export FISH_LOAD=true # fish finds vendor_completions.d itself (its configuration is the test home's)
export ZSH_LOAD=true  # zsh's compinit finds vendor-completions in its default fpath
check_completions "source /usr/share/bash-completion/bash_completion; __load_completion berthctl"
echo "all passed"
