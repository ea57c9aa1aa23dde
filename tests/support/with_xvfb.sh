#!/bin/sh
# Runs a command on a virtual X server of a laptop's size, 1100×720.
#   with_xvfb.sh COMMAND [ARGUMENT…]
set -eu
work=$(mktemp -d)
xvfb=
stop_xvfb() {
  if [ -n "$xvfb" ]; then
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true # gone, sockets and lock with it, before the next test
    xvfb=
  fi
}
cleanup() {
  stop_xvfb
  rm -rf "$work"
}
trap cleanup EXIT

# Whether display $1 serves a client: it answers the X11 connection setup
# (tried for a few seconds; a server still starting may turn clients away).
reachable() {
  /usr/bin/python3 -c "
import socket, sys, time
deadline = time.time() + 5
while time.time() < deadline:
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(2)
    try:
        s.connect('/tmp/.X11-unix/X' + sys.argv[1])
        s.sendall(b'l\\0\\x0b\\0\\0\\0\\0\\0\\0\\0\\0\\0')
        if s.recv(1) == b'\\x01':
            sys.exit(0)
    except OSError:
        pass
    finally:
        s.close()
    time.sleep(0.2)
sys.exit(1)" "$1"
}

# Xvfb picks a free display and writes its number once it is ready for
# clients. -noreset: by default the server resets whenever its last client
# leaves (the check below, the AT-SPI bus launcher), and a client connecting
# meanwhile is turned away. A server on the same number that is still going away can take the
# new one's socket with it: then start again.
for attempt in 1 2 3; do
  : >"$work/display"
  Xvfb -displayfd 3 -screen 0 1100x720x24 -nolisten tcp -noreset 3>"$work/display" >"$work/xvfb.log" 2>&1 &
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
  display=$(cat "$work/display")
  if reachable "$display"; then
    break
  fi
  echo "Xvfb's display :$display cannot be reached (attempt $attempt); starting another" >&2
  stop_xvfb
  [ "$attempt" -lt 3 ] || exit 1
done
DISPLAY=:$display
export DISPLAY
status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "Xvfb on :$display said:" >&2
  cat "$work/xvfb.log" >&2
fi
exit "$status"
