#!/bin/sh
# The screen reader walk on a small demo database, under a virtual X server
# with its own D-Bus session (the AT-SPI bus starts on it when asked).
#   run_screen_reader_walk.sh CASEBOOK
set -eu
casebook=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$casebook" --db "$work/demo.sqlite" demo --children 40 >/dev/null
"$here/../support/with_xvfb.sh" dbus-run-session -- \
  /usr/bin/python3 "$here/screen_reader_walk.py" "$casebook" "$work/demo.sqlite"
