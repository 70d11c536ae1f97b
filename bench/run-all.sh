#!/usr/bin/env bash
# Builds the benchmarks in Release (build/bench) and prints every figure of
# docs/performance.md: startup and memory against an empty Qt window, the
# journal page against the sqlite3 shell on ten years of data, the plan PDF
# against the empty window's whole process, and cue timing with the other
# core busy. Takes about ten minutes; run it on a quiet machine.
#
#   bench/run-all.sh [--runs N] [--cue-seconds S] [--quick] [--output FILE]
#
# Installs what is missing first (the build, run and bench packages of
# packaging/dev-packages.txt, through ./dev.sh); CARRYWELL_BENCH_BUILD names
# another build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
./dev.sh packages build run bench
build=${CARRYWELL_BENCH_BUILD:-build/bench}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCARRYWELL_BUILD_BENCH=ON \
    -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)"
exec python3 bench/run_all.py --build-dir "$build" "$@"
