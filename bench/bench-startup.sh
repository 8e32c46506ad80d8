#!/bin/sh
# bench-startup.sh BINARY [RUNS]: time from main() to the first painted frame, under a private
# Xvfb with the cairo renderer, as the app itself measures it (--quit-after-first-frame), plus
# the whole process as hyperfine sees it. Prints a table and a JSON line.
set -eu
bin=$(readlink -f "${1:?usage: bench-startup.sh BINARY [RUNS]}")
runs=${2:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$(dirname "$bin")/.." && pwd)

export GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GSK_RENDERER=cairo
export GTK_A11Y=none ADW_DISABLE_PORTAL=1 DBUS_SESSION_BUS_ADDRESS=disabled: GDK_BACKEND=x11
export FORCE_XVFB=1 LC_ALL=C.UTF-8

"$root/tests/xvfb-wrapper.sh" sh -c '
  bin=$1; runs=$2
  "$bin" --quit-after-first-frame >/dev/null   # warm the caches once
  i=0
  while [ $i -lt "$runs" ]; do
    "$bin" --quit-after-first-frame | sed -n "s/^first-frame-ms: //p"
    i=$((i + 1))
  done > /tmp/vw-first-frame.$$
  sort -n /tmp/vw-first-frame.$$ | awk -v runs="$runs" "
    { v[NR] = \$1 }
    END {
      med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf \"%-34s %8s %8s %8s\n\", \"measure (ms)\", \"min\", \"median\", \"max\"
      printf \"%-34s %8.1f %8.1f %8.1f\n\", \"first frame (cairo, empty window)\", v[1], med, v[NR]
      printf \"{\\\"benchmark\\\": \\\"startup\\\", \\\"runs\\\": %d, \\\"first_frame_ms\\\": {\\\"min\\\": %.1f, \\\"median\\\": %.1f, \\\"max\\\": %.1f}}\n\", NR, v[1], med, v[NR]
    }"
  rm -f /tmp/vw-first-frame.$$
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 2 --runs 10 --style basic "$bin --quit-after-first-frame" 2>/dev/null | grep -E "Time|Range" || true
  fi
' sh "$bin" "$runs"
