#!/bin/sh
# test-cli-eval.sh BINARY: value-workbench --eval, run for real with no display (TAP)
#
# Copyright 2026 The Value Workbench authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
bin=$1
unset DISPLAY WAYLAND_DISPLAY
n=0
fail=0
echo "1..10"

check () { # name expected-stdout expected-stderr expected-status args…
  name=$1; want_out=$2; want_err=$3; want_rc=$4; shift 4
  n=$((n + 1))
  out=$("$bin" "$@" 2>/tmp/vw-cli-eval-err.$$); rc=$?
  err=$(cat /tmp/vw-cli-eval-err.$$); rm -f /tmp/vw-cli-eval-err.$$
  if [ "$out" = "$want_out" ] && [ "$err" = "$want_err" ] && [ "$rc" = "$want_rc" ]; then
    echo "ok $n $name"
  else
    echo "not ok $n $name"
    echo "# stdout: '$out' (want '$want_out')"
    echo "# stderr: '$err' (want '$want_err')"
    echo "# status: $rc (want $want_rc)"
    fail=1
  fi
}

# 17 significant digits (value-math S-09)
check scalar "-4.9586776859504198" "" 0 --eval "NPV(0.1, [-100, 50, 60])"
check series "[0, 1, 2, 3]" "" 0 --eval "T" --horizon 3
check default-horizon "[0, 0, 100, 110.00000000000001, 121.00000000000001, 133.10000000000005, 146.41000000000005, 161.05100000000007, 177.15610000000009, 194.87171000000015, 214.35888100000017]" "" 0 --eval "SHIFT(GROWTH(100, 10%), 1)"
check div0 "" "error: #DIV/0!: (2 - 2) is 0" 1 --eval "1 / (2 - 2)"
check several-irrs "0.10000000000000675" "note: IRR([-100, 230, -132]) has 2 IRRs (10 %, 20 %); the smallest positive one is shown. Compare on NPV or MIRR instead." 0 --eval "IRR([-100, 230, -132])"
check no-irr "" "error: #NUM!: no IRR: the cash flows never change sign in IRR([1, 2, 3])" 1 --eval "IRR([1, 2, 3])"
check syntax "" "error: #VALUE!: the formula cannot be read: Column 4: the formula ends too early" 1 --eval "1 +"
check unknown-name "" "error: #NAME?: unknown name “x”" 1 --eval "x * 2"
check bad-horizon "" "error: the horizon must be between 0 and 10000 periods, found -1" 2 --eval "T" --horizon -1
# a locale with a decimal comma does not change the output
LC_ALL=de_DE.UTF-8 LC_NUMERIC=de_DE.UTF-8 check locale "0.5" "" 0 --eval "1 / 2"
exit $fail
