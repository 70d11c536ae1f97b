#!/usr/bin/env bash
# Carrywell's set-up in one command: installs the Debian packages that are
# missing, builds, then launches the app (run) or runs the test suite (test).
#
#   ./dev.sh run [carrywell options]   build the app alone and start it
#   ./dev.sh test                      build everything and run every test with ctest
#   ./dev.sh asan                      the same tests under ASan + UBSan
#   ./dev.sh packages STEP...          only install what the steps need (build, run, test, bench)
set -euo pipefail
cd "$(dirname "$0")"

# One list of packages (packaging/dev-packages.txt), each with the steps that
# need it; the test setup_package_list keeps it in step with what CMake finds.
package_list=packaging/dev-packages.txt

# Each step says how long the set-up has taken so far.
log() { printf '\033[1m==> [%dm%02ds] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

packages_for() {
    local wanted=" $* "
    local package steps step
    while read -r package steps; do
        case "$package" in '' | '#'*) continue ;; esac
        for step in $steps; do
            if [[ $wanted == *" $step "* ]]; then
                printf '%s\n' "$package"
                break
            fi
        done
    done <"$package_list"
}

# apt-get with retries: a flaky mirror should cost a retry, not the run.
apt_get() {
    local attempt
    for attempt in 1 2 3; do
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=5 "$@" && return 0
        [ "$attempt" -lt 3 ] && { log "apt-get $1 failed; trying again in $((attempt * 10)) s"; sleep $((attempt * 10)); }
    done
    return 1
}

# Whether an installed package provides `$1`: NodeSource's nodejs provides
# (and conflicts with) Debian's npm, so asking apt for npm there would fail.
provided() {
    dpkg-query -W -f='${db:Status-Status}\t${Provides}\n' 2>/dev/null |
        awk -F '\t' -v wanted="$1" '$1 == "installed" {
            n = split($2, names, / *, */)
            for (i = 1; i <= n; i++) { sub(/ .*/, "", names[i]); if (names[i] == wanted) found = 1 }
        } END { exit !found }'
}

install_packages() {
    local missing=() package
    while read -r package; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
            provided "$package" || missing+=("$package")
    done < <(packages_for "$@")
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || {
            echo "Installing these packages needs root: run ./dev.sh as root, or install sudo." >&2
            exit 1
        }
        sudo=(sudo)
    fi
    apt_get update -qq
    apt_get install -y -qq --no-install-recommends "${missing[@]}"
}

configure() {
    local preset=$1
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_packages build run
    configure dev
    log "Building the app"
    cmake --build --preset dev --target carrywell
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No graphical session was found. Start Carrywell from a desktop session" >&2
        echo "(or under xvfb-run); terminal commands such as --list-exercises work anywhere." >&2
    fi
    log "Starting Carrywell"
    exec build/dev/app/carrywell "$@"
    ;;
test)
    install_packages build run test
    configure dev
    log "Building"
    cmake --build --preset dev
    log "Running the tests"
    exec ctest --preset dev -j "$(nproc)"
    ;;
asan)
    install_packages build run test
    configure asan
    log "Building (asan)"
    cmake --build --preset asan
    log "Running the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
    exec ctest --preset asan -j "$(nproc)"
    ;;
packages)
    for step in "$@"; do
        case "$step" in build | run | test | bench) ;; *) set -- ;; esac
    done
    [ $# -gt 0 ] || { echo "Name the steps: build, run, test or bench." >&2; exit 2; }
    install_packages "$@"
    ;;
*)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    [ -z "$command" ] || { echo "Unknown command: $command" >&2; exit 2; }
    exit 2
    ;;
esac
