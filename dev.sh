#!/usr/bin/env bash
# Carrywell's set-up in one command: installs the Debian packages that are
# missing, builds, then launches the app (run) or runs the test suite (test).
#
#   ./dev.sh run [carrywell options]   build and start Carrywell
#   ./dev.sh test                      build and run every test with ctest
#   ./dev.sh asan                      the same tests under ASan + UBSan
set -euo pipefail
cd "$(dirname "$0")"

# What building, running and testing need on Debian 12 (bookworm).
packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good flite
    # Qt Charts' CMake package needs Qt OpenGL's, which Debian does not pull in.
    qt6-charts-dev libqt6opengl6-dev
    # lupdate/lrelease for the translations; Qt's own (qtbase_xx.qm) for standard buttons.
    qt6-l10n-tools qt6-translations-l10n
    pulseaudio pulseaudio-utils
    libgtest-dev libgmock-dev
    fonts-dejavu-core poppler-utils python3-icalendar
    # The app icon's PNG sizes; the runtime plugins the .deb depends on.
    librsvg2-bin libqt6svg6
    # Package checks: desktop entry, AppStream, man page, the .deb and its install.
    desktop-file-utils appstream lintian dpkg-dev file man-db xvfb xauth
    # The screen reader's view over AT-SPI (tests/ui/screen_reader_view.py).
    python3-pyatspi at-spi2-core dbus-daemon
    # Benchmarks (bench/run-all.sh): Google Benchmark, the sqlite3 shell as the
    # journal's floor, X DAMAGE and XTEST to time first paint from outside.
    libbenchmark-dev sqlite3 libsqlite3-dev libxcb-damage0-dev libxcb-xtest0-dev
)

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

install_missing() {
    local missing=()
    for pkg in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}

build() {
    local preset=$1
    log "Building ($preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing
    build dev
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No graphical session was found. Start Carrywell from a desktop session" >&2
        echo "(or under xvfb-run); terminal commands such as --list-exercises work anywhere." >&2
    fi
    log "Starting Carrywell"
    exec build/dev/app/carrywell "$@"
    ;;
test)
    install_missing
    build dev
    log "Running the tests"
    exec ctest --preset dev -j "$(nproc)"
    ;;
asan)
    install_missing
    build asan
    log "Running the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    exec ctest --preset asan -j "$(nproc)"
    ;;
*)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$command" ] || { echo "Unknown command: $command" >&2; exit 2; }
    exit 2
    ;;
esac
