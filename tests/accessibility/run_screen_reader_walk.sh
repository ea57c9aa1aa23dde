#!/bin/sh
# The screen reader walk on a small demo database, under a virtual X server
# with its own D-Bus session (the AT-SPI bus starts on it when asked).
#   run_screen_reader_walk.sh CASEBOOK
set -eu
casebook=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
xvfb=
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
"$casebook" --db "$work/demo.sqlite" demo --children 40 >/dev/null

# Xvfb picks a free display and writes its number once it is ready for clients.
Xvfb -displayfd 3 -screen 0 1100x720x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
tries=0
while [ ! -s "$work/display" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 300 ] || ! kill -0 "$xvfb" 2>/dev/null; then
    echo "Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
  fi
  sleep 0.1
done
DISPLAY=:$(cat "$work/display")
export DISPLAY
dbus-run-session -- /usr/bin/python3 "$here/screen_reader_walk.py" "$casebook" "$work/demo.sqlite"
