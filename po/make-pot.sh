#!/bin/sh
# make-pot.sh SOURCE_ROOT OUT.pot: extract the sources' strings now, with the same keywords as
# meson's i18n 'glib' preset (used by tests/data/check-po.sh and build-aux/po-missing).
set -eu
root=${1:?source root}
out=${2:?output}
cd "$root"
exec xgettext --from-code=UTF-8 --add-comments --files-from=po/POTFILES.in \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
   --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 --flag=N_:1:pass-c-format \
   --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format \
   --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
   --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
   --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
   --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
   --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
   --flag=g_snprintf:3:c-format -o "$out"
