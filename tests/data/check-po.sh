#!/bin/sh
# check-po.sh FILE.po: the translation compiles (msgfmt --check) and is complete: no
# untranslated and no fuzzy messages, so a Finnish or German user never meets English.
set -eu
po=${1:?po file}
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1)
echo "$(basename "$po"): $stats"
case "$stats" in
  *untranslated*|*fuzzy*) exit 1 ;;
esac
