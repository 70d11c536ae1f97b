#!/usr/bin/env bash
# Runs a command on a private Xvfb. The server picks a free display itself
# (-displayfd), so tests started side by side never race for one, as two
# `xvfb-run -a` can. -noreset: by default the server resets when its last
# client leaves and drops every connection it has just accepted, so a program
# connecting just as a helper (at-spi-bus-launcher) disconnects would fail to
# start. What the server printed is shown when the command fails.
#
#   with_xvfb.sh COMMAND [ARGS...]
set -euo pipefail
fifo=$(mktemp -u)
log=$(mktemp)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -noreset 3>"$fifo" 2>"$log" &
server=$!
finish() {
    local status=$?
    kill "$server" 2>/dev/null || true
    if [ "$status" -ne 0 ] && [ -s "$log" ]; then
        echo "with_xvfb.sh: the X server printed:" >&2
        tail -n 20 "$log" >&2
    fi
    rm -f "$fifo" "$log"
}
trap finish EXIT
read -r -t 30 number <"$fifo" || { echo "with_xvfb.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$number"
unset XAUTHORITY
"$@"
