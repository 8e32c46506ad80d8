#!/bin/sh
# test-cli-check.sh: value-workbench --check, the real binary, no display.
# Usage: test-cli-check.sh VALUE_WORKBENCH SOURCE_ROOT   (TAP output)
set -u
bin=$1
root=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
fail=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); fail=1; echo "not ok $n - $1"; sed 's/^/# /' "$tmp/out" "$tmp/err"; }

# expect CODE STDOUT-LINE STDERR-LINE ARGS…: the exit status, and the exact first line of each
expect () {
  code=$1; want_out=$2; want_err=$3; shift 3
  unset DISPLAY WAYLAND_DISPLAY
  "$bin" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  got_out=$(head -n 1 "$tmp/out")
  got_err=$(grep -v '^# \|GLib-GIO-DEBUG' "$tmp/err" | head -n 1)
  if [ "$rc" -eq "$code" ] && [ "$got_out" = "$want_out" ] && [ "$got_err" = "$want_err" ]; then
    ok "$*"
  else
    echo "# exit $rc (want $code); stdout ‘$got_out’ (want ‘$want_out’); stderr ‘$got_err’ (want ‘$want_err’)"
    not_ok "$*"
  fi
}

for f in "$root"/data/samples/*.vwb; do
  expect 0 "$f: valid" "" --check "$f"
done

h="$root/tests/hostile"
expect 1 "" "$h/bad-number-comma.vwb:9: The baseline of KPI ‘oee’ must be a number written with a dot, like 12.5; found ‘12,5’." --check "$h/bad-number-comma.vwb"
expect 1 "" "$h/billion-laughs.vwb:2: This file contains a document type declaration, which Value Workbench files never contain. It was not opened." --check "$h/billion-laughs.vwb"
expect 1 "" "$h/duplicate-id.vwb:11: The id ‘cfo’ is used twice (also on line 9); each stakeholder needs its own." --check "$h/duplicate-id.vwb"
expect 1 "" "$h/truncated.vwb:5: The file ends unexpectedly near this line; it may be incomplete." --check "$h/truncated.vwb"
expect 1 "" "$h/empty.vwb: The file is empty: it holds no value case." --check "$h/empty.vwb"
expect 1 "" "$tmp/missing.vwb: ‘$tmp/missing.vwb’ does not exist." --check "$tmp/missing.vwb"
expect 0 "$h/newer-version.vwb: valid" "$h/newer-version.vwb: This file was made by a newer version of Value Workbench (format version 2; this one reads version 1). It is open read-only, so nothing in it can be lost: to change it, use the newer version." --check "$h/newer-version.vwb"
expect 2 "" "--check takes exactly one file" --check "$h/empty.vwb" "$h/gzip.vwb"

# every problem of a file gets its own line
printf '%s\n' '<?xml version="1.0"?>' \
  '<value-case xmlns="https://valueworkbench.github.io/ns/vwb/1" version="1" kind="case">' \
  '  <meta title="Two problems" horizon="0" currency="eur"/>' \
  '  <alternatives>' \
  '    <alternative id="a" name="A" role="offer"/>' \
  '    <alternative id="b" name="B" role="offer"/>' \
  '  </alternatives>' \
  '</value-case>' > "$tmp/two.vwb"
"$bin" --check "$tmp/two.vwb" >"$tmp/out" 2>"$tmp/err"
if [ $? -eq 1 ] && [ "$(grep -c "^$tmp/two.vwb:3: " "$tmp/err")" -eq 2 ]; then ok "two problems, two lines"; else not_ok "two problems, two lines"; fi

echo "1..$n"
exit $fail
