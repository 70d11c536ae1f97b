#!/usr/bin/env bash
# Checks of Carrywell's desktop integration and Debian package, run by CTest
# (tests/packaging/CMakeLists.txt). Each subcommand is one test:
#
#   desktop-entry FILE.desktop
#   metainfo FILE.metainfo.xml VERSION CHANGELOG
#   man-page CARRYWELL.1 CARRYWELL        every option of --help is documented
#   smoke BINARY                          --smoke-test of the built program
#   install-tree BUILD_DIR WORK_DIR APP_ID
#   source-tarball BUILD_DIR OUT_DIR VERSION
#   deb-build BUILD_DIR OUT_DIR VERSION
#   deb-lintian OUT_DIR VERSION
#   deb-install OUT_DIR VERSION APP_ID    install with apt, smoke-test, purge
set -euo pipefail

fail() {
    printf 'FAILED: %s\n' "$*" >&2
    exit 1
}
step() { printf '== %s\n' "$*"; }
need() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null || fail "$tool is not installed (./dev.sh installs it)"
    done
}

# Every file an installation must hold, relative to the prefix.
expected_files() {
    local id=$1
    echo bin/carrywell
    echo "share/applications/$id.desktop"
    echo "share/metainfo/$id.metainfo.xml"
    echo "share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 24 32 48 64 128 256; do
        echo "share/icons/hicolor/${size}x$size/apps/$id.png"
    done
    echo share/man/man1/carrywell.1.gz
    echo share/doc/carrywell/copyright
    echo share/doc/carrywell/changelog.gz
}

check_files() {
    local prefix=$1 id=$2 missing=()
    while read -r file; do
        [ -f "$prefix/$file" ] || missing+=("$prefix/$file")
    done < <(expected_files "$id")
    [ ${#missing[@]} -eq 0 ] || fail "missing: ${missing[*]}"
    [ -x "$prefix/bin/carrywell" ] || fail "$prefix/bin/carrywell is not executable"
    for size in 16 24 32 48 64 128 256; do
        local png="$prefix/share/icons/hicolor/${size}x$size/apps/$id.png"
        file -b "$png" | grep -q "PNG image data, $size x $size," ||
            fail "$png is not a $size x $size PNG: $(file -b "$png")"
    done
}

# Runs `carrywell --smoke-test` and checks its one line.
smoke_test() {
    local label=$1
    shift
    local out status=0
    out=$("$@" --smoke-test 2>"$scratch/smoke.err") || status=$?
    cat "$scratch/smoke.err" >&2
    [ "$status" -eq 0 ] || fail "--smoke-test ($label) exited with $status: $out"
    [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || fail "--smoke-test ($label) printed more than one line: $out"
    [[ $out =~ ^carrywell\ [0-9.]+\ smoke\ test\ passed:\ [0-9]+\ exercises,\ journal\ ok,\ cues:\ visual ]] ||
        fail "--smoke-test ($label) printed: $out"
    printf '%s: %s\n' "$label" "$out"
}

# Keeps Qt's caches and runtime files of a test run out of the user's home.
isolated_env() {
    mkdir -p "$scratch/xdg/config" "$scratch/xdg/cache" "$scratch/xdg/data" "$scratch/xdg/runtime"
    chmod 700 "$scratch/xdg/runtime"
    export XDG_CONFIG_HOME=$scratch/xdg/config XDG_CACHE_HOME=$scratch/xdg/cache
    export XDG_DATA_HOME=$scratch/xdg/data XDG_RUNTIME_DIR=$scratch/xdg/runtime
}

the_deb() {
    local out=$1 version=$2
    local deb
    deb="$out/carrywell_${version}_$(dpkg --print-architecture).deb"
    [ -f "$deb" ] || fail "$deb was not built"
    echo "$deb"
}

scratch=$(mktemp -d)
cleanup_scratch() { rm -rf "$scratch"; }
trap cleanup_scratch EXIT

command=$1
shift
case "$command" in
desktop-entry)
    need desktop-file-validate
    report=$(desktop-file-validate "$1" 2>&1) || fail "desktop-file-validate: $report"
    # It exits with 0 on warnings and hints; those count as failures here.
    [ -z "$report" ] || fail "desktop-file-validate: $report"
    echo "desktop-file-validate $1: no errors, warnings or hints"
    ;;
metainfo)
    need appstreamcli
    file=$1 version=$2 changelog=$3
    report=$(appstreamcli validate --no-net --explain "$file" 2>&1) || fail "appstreamcli: $report"
    if printf '%s\n' "$report" | grep -E '^(E|W): '; then
        fail "appstreamcli validate reported the errors or warnings above"
    fi
    printf '%s\n' "$report"
    # The newest release in the metainfo and the changelog is this version.
    grep -q "<release version=\"$version\"" "$file" ||
        fail "$file has no <release version=\"$version\">: add one for this version"
    head -n 1 "$changelog" | grep -q "^carrywell ($version) " ||
        fail "the first entry of $changelog is not for version $version"
    ;;
man-page)
    need man
    page=$1 program=$2
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null) ||
        fail "man could not format $page: $warnings"
    [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
    text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$page")
    options=$("$program" --help | grep -oE -- '--[a-z][a-z0-9-]+' | sort -u)
    [ -n "$options" ] || fail "$program --help lists no options"
    undocumented=()
    for option in $options; do
        grep -qF -- "$option" <<<"$text" || undocumented+=("$option")
    done
    [ ${#undocumented[@]} -eq 0 ] ||
        fail "$page does not document ${undocumented[*]} (listed by carrywell --help)"
    echo "$page documents all $(wc -w <<<"$options") options of carrywell --help, without groff warnings"
    ;;
smoke)
    program=$1
    isolated_env
    smoke_test offscreen env QT_QPA_PLATFORM=offscreen "$program"
    # A failure is reported with its reason and a non-zero status.
    status=0
    env QT_QPA_PLATFORM=offscreen "$program" --smoke-test --data-dir /dev/null/carrywell \
        >"$scratch/out" 2>"$scratch/err" || status=$?
    [ "$status" -eq 1 ] || fail "--smoke-test with an unusable data folder exited with $status"
    grep -q 'smoke test failed: .*/dev/null/carrywell' "$scratch/err" ||
        fail "--smoke-test with an unusable data folder said: $(cat "$scratch/err")"
    [ ! -s "$scratch/out" ] || fail "a failed --smoke-test printed on stdout: $(cat "$scratch/out")"
    echo "failure: $(cat "$scratch/err")"
    ;;
install-tree)
    need appstreamcli desktop-file-validate file
    build=$1 work=$2 id=$3
    rm -rf "$work"
    cmake --install "$build" --prefix "$work/usr" >/dev/null
    check_files "$work/usr" "$id"
    desktop-file-validate "$work/usr/share/applications/$id.desktop"
    # Checks the desktop entry, metainfo and icon together, as software centres see them.
    report=$(appstreamcli validate-tree --no-net --explain "$work" 2>&1) ||
        fail "appstreamcli validate-tree: $report"
    if printf '%s\n' "$report" | grep -E '^(E|W): '; then
        fail "appstreamcli validate-tree reported the errors or warnings above"
    fi
    printf '%s\n' "$report"
    rm -rf "$work"
    echo "cmake --install puts every file in place"
    ;;
source-tarball)
    need cpack tar
    build=$1 out=$2 version=$3
    rm -rf "$out"
    cpack --config "$build/CPackSourceConfig.cmake" -B "$out" >"$scratch/cpack.log" 2>&1 ||
        fail "cpack failed: $(cat "$scratch/cpack.log")"
    tarball=$out/carrywell-$version.tar.xz
    [ -f "$tarball" ] || fail "$tarball was not made"
    tar -tJf "$tarball" >"$scratch/contents"
    for file in CMakeLists.txt CMakePresets.json README.md dev.sh app/main.cpp packaging/copyright; do
        grep -qx "carrywell-$version/$file" "$scratch/contents" || fail "$tarball lacks $file"
    done
    if grep -E "^carrywell-$version/(build|\.git|\.cache)/" "$scratch/contents" | head -3; then
        fail "$tarball holds build output or version control files (above)"
    fi
    echo "$tarball: $(wc -l <"$scratch/contents") entries"
    rm -rf "$out"
    ;;
deb-build)
    need cpack dpkg-deb dpkg-shlibdeps file
    build=$1 out=$2 version=$3
    rm -rf "$out"
    mkdir -p "$out"
    cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 ||
        fail "cpack failed: $(cat "$out/cpack.log")"
    deb=$(the_deb "$out" "$version")
    rm -rf "$out/_CPack_Packages"
    dpkg-deb --info "$deb"
    dpkg-deb --contents "$deb"
    mkdir "$scratch/x"
    dpkg-deb --extract "$deb" "$scratch/x"
    file -b "$scratch/x/usr/bin/carrywell" | grep -q ', stripped' ||
        fail "the packaged binary is not stripped: $(file -b "$scratch/x/usr/bin/carrywell")"
    dpkg-deb --field "$deb" Depends | grep -q libqt6sql6-sqlite ||
        fail "the package does not depend on the SQLite driver"
    ;;
deb-lintian)
    need lintian
    deb=$(the_deb "$1" "$2")
    # Errors and warnings fail; informational tags are shown.
    lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" ||
        fail "lintian found errors or warnings in $deb"
    echo "lintian: no errors or warnings"
    ;;
deb-install)
    need apt-get dpkg dpkg-query xvfb-run xauth
    deb=$(the_deb "$1" "$2")
    id=$3
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null && sudo -n true 2>/dev/null ||
            fail "installing the package needs root or sudo without a password, and this user" \
                "($(id -un)) has neither. Run the tests as root (as CI does) or allow sudo," \
                "or configure with -DCARRYWELL_TEST_PACKAGE_INSTALL=OFF to leave this test out."
        sudo=(sudo -n)
    fi
    apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q
        -o DPkg::Lock::Timeout=300)
    # The machine is left as it was found: never replace an installed
    # Carrywell, and never pull in packages that the removal would leave behind.
    status=$(dpkg-query -W -f='${Status}' carrywell 2>/dev/null || true)
    case "$status" in
    "" | *not-installed) ;;
    *) fail "carrywell is already installed here ($status) and this test would replace it." \
        "Remove it first (apt-get remove carrywell) or configure with" \
        "-DCARRYWELL_TEST_PACKAGE_INSTALL=OFF." ;;
    esac
    # apt reads local packages as the _apt user: give it a readable copy.
    chmod 755 "$scratch"
    cp "$deb" "$scratch/"
    deb=$scratch/$(basename "$deb")
    chmod 644 "$deb"
    others=$(apt-get install -s --no-install-recommends "$deb" 2>/dev/null |
        awk '$1 == "Inst" && $2 != "carrywell" { print $2 }' | tr '\n' ' ')
    [ -z "$others" ] || fail "installing the package would also install: $others- install" \
        "them first (./dev.sh does), so that removing it leaves the machine as it was."
    listing() {
        find /usr -xdev -path /usr/local -prune -o -iname '*carrywell*' -print 2>/dev/null | sort
    }
    listing >"$scratch/before"

    step "apt-get install $deb"
    installed=0
    remove() {
        [ "$installed" -eq 1 ] || return 0
        installed=0
        step "apt-get remove --purge carrywell"
        "${apt[@]}" remove --purge carrywell
    }
    trap 'remove; cleanup_scratch' EXIT
    installed=1
    "${apt[@]}" install --no-install-recommends "$deb"
    [ "$(dpkg-query -W -f='${Status} ${Version}' carrywell)" = "install ok installed $2" ] ||
        fail "carrywell $2 is not installed: $(dpkg-query -W -f='${Status} ${Version}' carrywell)"
    dpkg -L carrywell >"$scratch/files"
    check_files /usr "$id"
    [ "$(command -v carrywell)" = /usr/bin/carrywell ] ||
        fail "carrywell on PATH is $(command -v carrywell), not /usr/bin/carrywell"

    step "carrywell --smoke-test"
    isolated_env
    smoke_test offscreen env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
        /usr/bin/carrywell
    smoke_test xvfb-run xvfb-run -a -s "-screen 0 1280x1024x24" \
        env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY /usr/bin/carrywell

    remove
    status=$(dpkg-query -W -f='${Status}' carrywell 2>/dev/null || true)
    case "$status" in
    "" | *not-installed) ;;
    *) fail "carrywell is still known to dpkg after the purge: $status" ;;
    esac
    step "checking that nothing of it is left in /usr"
    left=()
    while read -r path; do
        case "$path" in /usr/*) ;; *) continue ;; esac
        if [ -d "$path" ] && [ ! -L "$path" ]; then
            # A folder may stay while other packages use it or something is in it.
            if [ -z "$(ls -A "$path")" ] && ! dpkg-query -S "$path" >/dev/null 2>&1; then
                left+=("$path/")
            fi
        elif [ -e "$path" ] || [ -L "$path" ]; then
            left+=("$path")
        fi
    done <"$scratch/files"
    listing >"$scratch/after"
    while read -r path; do
        left+=("$path")
    done < <(comm -13 "$scratch/before" "$scratch/after")
    [ ${#left[@]} -eq 0 ] || fail "left in /usr after the purge: ${left[*]}"
    echo "installed, passed --smoke-test offscreen and under xvfb-run, removed without a trace"
    ;;
*)
    fail "unknown check: $command"
    ;;
esac
