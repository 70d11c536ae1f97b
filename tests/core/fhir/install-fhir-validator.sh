#!/usr/bin/env bash
# Installs FHIR.js (the npm package `fhir`) at a pinned version into a folder
# of the build tree, with npm's cache beside it: never globally. Does nothing
# when that version is already there.
#
#   install-fhir-validator.sh NPM FOLDER VERSION
#
# Without npm it says so and succeeds: the validation test then fails in CI
# (CI=true) and is skipped elsewhere, with the reason.
set -euo pipefail
npm=$1 folder=$2 version=$3

if [ -z "$npm" ] || [[ $npm == *NOTFOUND ]] || [ ! -x "$npm" ]; then
    echo "npm was not found, so FHIR.js cannot be installed: install nodejs and npm" \
        "(./dev.sh packages test) and configure again."
    exit 0
fi
installed=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' \
    "$folder/node_modules/fhir/package.json" 2>/dev/null | head -n 1 || true)
if [ "$installed" = "$version" ]; then
    echo "FHIR.js $version is already in $folder"
    exit 0
fi
mkdir -p "$folder"
# A package.json of its own keeps npm from looking for one in the folders above.
[ -f "$folder/package.json" ] ||
    printf '{"name": "carrywell-fhir-validator", "private": true}\n' >"$folder/package.json"
"$npm" install --prefix "$folder" --cache "$folder/npm-cache" --no-audit --no-fund \
    --loglevel=error --save-exact "fhir@$version"
echo "Installed FHIR.js $version in $folder"
