#!/bin/sh
# tests/xvfb-wrapper.sh: run "$@" under a private Xvfb; -displayfd picks a free display, so
# parallel tests never race for a display number (xvfb-run -a does).
set -eu
if [ -n "${DISPLAY:-}" ] && [ -z "${FORCE_XVFB:-}" ]; then exec "$@"; fi
tmp=$(mktemp -d)
xpid=
cleanup () {
  [ -n "$xpid" ] && kill "$xpid" 2>/dev/null && wait "$xpid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$tmp/d" 2>"$tmp/log" &
xpid=$!
i=0
while [ ! -s "$tmp/d" ]; do
  i=$((i + 1))
  if [ $i -gt 200 ]; then echo "Xvfb did not start" >&2; cat "$tmp/log" >&2; exit 1; fi
  sleep 0.05
done
DISPLAY=":$(cat "$tmp/d")"
export DISPLAY
status=0
"$@" || status=$?
exit $status
