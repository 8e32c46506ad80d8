#!/bin/sh
# tests/ui/a11y-session.sh COMMAND…: runs COMMAND in a D-Bus session of its own, for the
# tests that drive the real binary over the accessibility bus. The session's daemons write to
# stderr: the accessibility registry announces itself on stdout, which is the TAP stream.
set -eu
exec 3>&1 1>&2
exec dbus-run-session -- sh -c 'exec 1>&3 3>&-; exec "$@"' sh "$@"
