#!/bin/sh
# check-po.sh SOURCE_ROOT LANG: the translation compiles (msgfmt --check), has no fuzzy or
# untranslated message, and translates every string the sources have today (msgcmp against a
# template extracted now), so a Finnish or German user never meets English.
set -eu
root=${1:?source root}
lang=${2:?language}
po="$root/po/$lang.po"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1)
echo "$lang.po: $stats"
case "$stats" in
  *untranslated*|*fuzzy*) exit 1 ;;
esac

sh "$root/po/make-pot.sh" "$root" "$tmp/current.pot"
if ! LC_ALL=C msgcmp "$po" "$tmp/current.pot" 2>"$tmp/missing"; then
  echo "$lang.po lacks translations of strings in the sources (run ninja value-workbench-update-po):"
  grep -c 'this message' "$tmp/missing" | sed 's/^/  messages: /'
  head -20 "$tmp/missing"
  exit 1
fi
echo "$lang.po translates every string of the sources"
