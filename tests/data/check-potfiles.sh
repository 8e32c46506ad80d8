#!/bin/sh
# Every source file with a translatable string must be listed in po/POTFILES.in, and every
# listed file must exist: otherwise its strings silently stay English.
set -eu
root=${1:?source root}
cd "$root"
status=0
listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
found=$( (grep -rlE '(^|[^A-Za-z_])N?_\(|C_\(' --include='*.c' src; \
          grep -rl 'translatable="yes"' --include='*.ui' ui; \
          ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml) | sort -u)
for f in $found; do
  if ! printf '%s\n' "$listed" | grep -qx "$f"; then
    echo "not listed in po/POTFILES.in: $f"; status=1
  fi
done
for f in $listed; do
  if [ ! -f "$f" ]; then echo "listed in po/POTFILES.in but missing: $f"; status=1; fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(printf '%s\n' "$listed" | wc -l) files with translatable strings"
exit $status
