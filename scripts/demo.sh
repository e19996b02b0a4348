#!/usr/bin/env bash
# The demo on embedded defaults: vc-mcu on loopback, browser links printed, runs until Ctrl-C.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${VC_DEMO_PORT:-8443}
"$root/scripts/setup.sh"
"$root/scripts/build.sh" main vc-mcu
cat <<MSG

  vc-mcu is starting on http://127.0.0.1:$port/
  Echo room (hear and see yourself):  http://127.0.0.1:$port/?room=echo&name=Demo&autojoin=1
  A named room (open it twice):       http://127.0.0.1:$port/?room=giao-ban&name=Ph%C3%B2ng%20GD%20Demo&autojoin=1
  English labels: add &lang=en.  Stop with Ctrl-C.

MSG
exec "$root/build/bin/vc-mcu" --listen "127.0.0.1:$port"
