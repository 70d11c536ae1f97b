#!/bin/sh
# How the cue tones were made (sox, Debian package "sox"). They are kept in the
# repository so building needs no sox; run this to change them.
set -e
cd "$(dirname "$0")"
sox -n -r 22050 -b 16 -c 1 tick.wav synth 0.09 sine 880 fade q 0.005 0.09 0.04 vol 0.5
sox -n -r 22050 -b 16 -c 1 go.wav synth 0.22 sine 1175 fade q 0.01 0.22 0.1 vol 0.6
sox -n -r 22050 -b 16 -c 1 change.wav synth 0.12 sine 660 : synth 0.16 sine 880 fade q 0.01 0.16 0.08 vol 0.5
sox -n -r 22050 -b 16 -c 1 rest.wav synth 0.5 sine 523.25 fade q 0.02 0.5 0.35 vol 0.45
sox -n -r 22050 -b 16 -c 1 done.wav synth 0.25 sine 523.25 : synth 0.25 sine 659.25 : synth 0.45 sine 783.99 fade q 0.01 0.45 0.3 vol 0.5
