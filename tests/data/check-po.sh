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

# The same keywords as meson's i18n 'glib' preset.
(cd "$root" && xgettext --from-code=UTF-8 --add-comments --files-from=po/POTFILES.in \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
   --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 --flag=N_:1:pass-c-format \
   --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
   --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
   --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
   --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
   --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
   --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
   --flag=g_snprintf:3:c-format -o "$tmp/current.pot")
if ! LC_ALL=C msgcmp "$po" "$tmp/current.pot" 2>"$tmp/missing"; then
  echo "$lang.po lacks translations of strings in the sources (run ninja value-workbench-update-po):"
  grep -c 'this message' "$tmp/missing" | sed 's/^/  messages: /'
  head -20 "$tmp/missing"
  exit 1
fi
echo "$lang.po translates every string of the sources"
