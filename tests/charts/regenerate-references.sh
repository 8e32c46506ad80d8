#!/bin/sh
# Rewrites the reference images of test-chart-render and test-case-charts (the example
# case) from the current painters and builders.
# Look at every changed image (and `git diff --stat`) before committing them.
#   tests/charts/regenerate-references.sh [BUILDDIR]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-"$here/../../_build"}
ninja -C "$build" tests/charts/test-chart-render tests/charts/test-case-charts
mkdir -p "$here/reference"
VW_REGENERATE_REFERENCES=1 G_TEST_SRCDIR="$here/.." G_TEST_BUILDDIR="$build/tests" \
  LC_ALL=C.UTF-8 "$build/tests/charts/test-chart-render"
VW_REGENERATE_REFERENCES=1 G_TEST_SRCDIR="$here/.." G_TEST_BUILDDIR="$build/tests" \
  VW_SOURCE_ROOT="$here/../.." LC_ALL=C.UTF-8 "$build/tests/charts/test-case-charts" -p /case-charts/reference
git -C "$here" status --short -- reference
