#!/usr/bin/env bash
# Runs a command on a private Xvfb. The server picks a free display itself
# (-displayfd), so tests started side by side never race for one, as two
# `xvfb-run -a` can.
#
#   with_xvfb.sh COMMAND [ARGS...]
set -euo pipefail
fifo=$(mktemp -u)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$fifo"' EXIT
read -r -t 30 number <"$fifo" || { echo "with_xvfb.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$number"
unset XAUTHORITY
"$@"
