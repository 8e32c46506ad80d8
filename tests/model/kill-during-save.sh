#!/bin/sh
# kill-during-save.sh: kill -9 the writer at random moments, 100 times; the file must always be
# the old or the new version, and load (reliability.md §3). TAP output.
# Usage: kill-during-save.sh VW_SAVE_LOOP [ROUNDS]
set -u
loop=$1
rounds=${2:-100}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
file="$tmp/case.vwb"
"$loop" create "$file" || { echo "Bail out! could not create the case"; exit 1; }
fail=0
seen_a=0
seen_b=0
i=0
while [ $i -lt "$rounds" ]; do
  i=$((i + 1))
  "$loop" run "$file" &
  pid=$!
  # a random moment from 0.1 to 0.35 s: after the load, during one of the first saves
  ms=$(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 250 + 100 ))
  sleep "$(printf '0.%03d' "$ms")"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if version=$("$loop" verify "$file" 2>"$tmp/err"); then
    echo "ok $i - version $version"
    [ "$version" = A ] && seen_a=$((seen_a + 1))
    [ "$version" = B ] && seen_b=$((seen_b + 1))
  else
    echo "not ok $i - $(cat "$tmp/err")"
    fail=1
  fi
done
echo "# $seen_a times the old version, $seen_b times the new one"
leftovers=$(ls -A "$tmp" | grep -c goutputstream)
echo "# leftover temp files: $leftovers"
echo "1..$i"
exit $fail
