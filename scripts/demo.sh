#!/usr/bin/env bash
# The demo on embedded defaults: vc-mcu on loopback, browser links printed, plus one emulated room
# (vc-room with the PJLink and VISCA emulators, test pattern and tone) that joins the named room.
# Runs until Ctrl-C.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${VC_DEMO_PORT:-8443}
control_port=${VC_DEMO_CONTROL_PORT:-7310}
bin="$root/build/bin"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" main vc-mcu vc-room vc-roomctl vc-pjlink-sim vc-visca-sim vc-panel

work=$(mktemp -d -t vc-demo.XXXXXX)
pids=()
cleanup() {
  trap - EXIT INT TERM
  # vc-room first, so it leaves the call and puts the emulated projector to standby.
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill -TERM "${pids[i]}" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Waits (bounded) until a log file shows a line.
wait_for() {  # file pattern what
  for _ in $(seq 1 150); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "demo: $3 did not start; its log:" >&2
  cat "$1" >&2
  exit 1
}

# Recordings a chair starts (the panel's training Record button) outlive the demo: build/recordings.
recordings="$root/build/recordings"
mkdir -p "$recordings"
"$bin/vc-mcu" --listen "127.0.0.1:$port" --recording-dir "$recordings" 2> >(tee "$work/mcu.log" >&2) &
pids+=($!)
wait_for "$work/mcu.log" "listening on" "vc-mcu"

"$bin/vc-pjlink-sim" --listen 127.0.0.1:4352 --password demo --warmup-ms 5000 --cooldown-ms 5000 \
  --name "Demo projector" </dev/null >"$work/pjlink.log" 2>&1 &
pids+=($!)
wait_for "$work/pjlink.log" "listening on" "vc-pjlink-sim"
"$bin/vc-visca-sim" --listen 127.0.0.1:52381 >"$work/visca.log" 2>&1 &
pids+=($!)
wait_for "$work/visca.log" "listening on" "vc-visca-sim"

# The documented demo room, pointed at this MCU's port and control port.
sed -e "s#ws://127.0.0.1:8443/ws#ws://127.0.0.1:$port/ws#" \
    -e "s#127.0.0.1:7310#127.0.0.1:$control_port#" \
    "$root/docs/examples/room-demo.json" >"$work/room.json"
"$bin/vc-room" --config "$work/room.json" >"$work/room.log" 2>&1 &
pids+=($!)
wait_for "$work/room.log" "control API listening on" "vc-room"
url="ws://127.0.0.1:$control_port/"
"$bin/vc-roomctl" --url "$url" command Call.Join >/dev/null

# The room's touch panel (vc-panel) on the same control API: a window when there is a display;
# otherwise offscreen, with a screenshot command to see it.
panel_lang=${VC_DEMO_PANEL_LANG:-vi}
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  "$bin/vc-panel" --room "$url" --lang "$panel_lang" >"$work/panel.log" 2>&1 &
  pids+=($!)
  panel_msg="  The touch panel is open in a window (vc-panel --room $url; log $work/panel.log)."
else
  mkdir -p "$root/build/screenshots"
  shot="$root/build/screenshots/demo-panel-$panel_lang.png"
  QT_QPA_PLATFORM=offscreen "$bin/vc-panel" --room "$url" --lang "$panel_lang" --screenshot "$shot" \
    >"$work/panel.log" 2>&1 || true
  panel_msg="  No display here, so the touch panel ran offscreen: it looks like $shot now.
  To use it interactively on a desktop:  $bin/vc-panel --room $url [--lang en] [--size 1920x1080]
  Without a desktop, under Xvfb:  xvfb-run -a -s '-screen 0 1280x800x24' $bin/vc-panel --room $url
  Again offscreen:  QT_QPA_PLATFORM=offscreen $bin/vc-panel --room $url --screenshot panel.png
  Every screen in both languages and sizes:  ctest --test-dir $root/build -R PanelScreenshots
  (writes $root/build/screenshots/*.png)"
fi

cat <<MSG

  vc-mcu is running on http://127.0.0.1:$port/
  Echo room (hear and see yourself):  http://127.0.0.1:$port/?room=echo&name=Demo&autojoin=1
  A named room (conference):           http://127.0.0.1:$port/?room=giao-ban&name=Ph%C3%B2ng%20GD%20Demo&autojoin=1
  English labels: add &lang=en.

  An emulated room ("Phòng demo": test pattern, 440 Hz tone, emulated projector and PTZ camera)
  is joining the named room "giao-ban": open the named-room link above to hear its tone and see
  the composed picture with every site's name (rooms other than echo mix audio and compose video).
  Drive it with vc-roomctl (control API on $url):
    $bin/vc-roomctl --url $url status Call
    $bin/vc-roomctl --url $url watch Devices --seconds 60
    $bin/vc-roomctl --url $url command Room.Mode.Set mode=training
    $bin/vc-roomctl --url $url command Camera.Preset.Activate preset=2
    $bin/vc-roomctl --url $url command Camera.Preset.Store preset=2 name="Bục giảng"
    $bin/vc-roomctl --url $url command Call.Recording.Start    (a room that joined in training mode,
                                                               the chair; the file goes to $recordings)
    $bin/vc-roomctl --url $url command Call.Recording.Stop
    $bin/vc-roomctl --url $url command Call.Leave
    $bin/vc-roomctl --url $url command Call.Join
$panel_msg
  Logs: $work/{room,pjlink,visca}.log   Stop with Ctrl-C.

MSG
wait "${pids[0]}"
