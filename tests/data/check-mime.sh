#!/bin/sh
# The shared-mime-info package must be accepted by update-mime-database and map *.vwb (and a
# value-case root element) to our type.
set -eu
xml=${1:?mime xml}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/"
xmllint --noout "$xml"
XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
if [ -s "$tmp/err" ]; then cat "$tmp/err"; exit 1; fi
grep -q 'application/x-value-workbench+xml:\*\.vwb' "$tmp/mime/globs2" || { echo "*.vwb not mapped"; exit 1; }
grep -q 'application/x-value-workbench+xml' "$tmp/mime/XMLnamespaces" || { echo "root element not mapped"; exit 1; }
echo "*.vwb and <value-case> map to application/x-value-workbench+xml"
