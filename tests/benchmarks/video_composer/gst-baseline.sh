#!/usr/bin/env bash
# Naive GStreamer baseline for the video composer: N senders' VP8 (640x360 15 fps) each decoded
# by its own vp8dec and labelled by textoverlay, one compositor to a 1280x720 30 fps grid, then
# one vp8enc per receiver (realtime settings like the MCU's: deadline=1 cpu-used=12 CBR
# error-resilient lag 0, one thread). Runs as fast as it can (fakesink sync=false) over SECONDS
# of input and prints the CPU it took per second of output video.
#   gst-baseline.sh N [RECEIVERS=1] [SECONDS=10]
# With VC_BASELINE_INPUT_DIR=DIR (made by `video_composer_benchmark --write-sender-ivf=DIR`)
# sender i decodes DIR/sender-(i%4).ivf, the benchmark's own streams (SECONDS from the IVF header);
# else a videotestsrc stream of SECONDS.
#   prints: gst-baseline N=<n> receivers=<r> cpu_s=<user+sys> wall_s=<real> cpu_per_output_s=<x>
set -euo pipefail
if [[ ${1:-} == --help || $# -lt 1 ]]; then
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
  [[ ${1:-} == --help ]] && exit 0 || exit 2
fi
n=$1 receivers=${2:-1} seconds=${3:-10}
[[ $n =~ ^[0-9]+$ && $n -ge 1 && $n -le 49 ]] || { echo "gst-baseline: N must be 1..49" >&2; exit 2; }
[[ $receivers =~ ^[0-9]+$ && $receivers -ge 1 && $receivers -le 100 ]] || { echo "gst-baseline: RECEIVERS must be 1..100" >&2; exit 2; }
[[ $seconds =~ ^[0-9]+$ && $seconds -ge 1 && $seconds -le 120 ]] || { echo "gst-baseline: SECONDS must be 1..120" >&2; exit 2; }
command -v gst-launch-1.0 >/dev/null || { echo "gst-baseline: gst-launch-1.0 not installed (gstreamer1.0-tools)" >&2; exit 2; }

work=${VC_BENCH_WORK:-${TMPDIR:-/tmp}/vc-video-baseline}
mkdir -p "$work"
input=$work/sender-640x360-15fps-${seconds}s.webm
if [[ -n ${VC_BASELINE_INPUT_DIR:-} ]]; then
  [[ -s $VC_BASELINE_INPUT_DIR/sender-0.ivf ]] || { echo "gst-baseline: no $VC_BASELINE_INPUT_DIR/sender-0.ivf" >&2; exit 2; }
  frames=$(od -An -tu4 -j24 -N4 "$VC_BASELINE_INPUT_DIR/sender-0.ivf" | tr -d ' ')
  seconds=$(awk -v f="$frames" 'BEGIN { printf "%.3f", f / 15 }')  # IVF header: frame count, 15 fps
elif [[ ! -s $input ]]; then
  echo "gst-baseline: encoding the sender stream once: $input" >&2
  gst-launch-1.0 -q videotestsrc pattern=ball num-buffers=$((seconds * 15)) \
    ! video/x-raw,format=I420,width=640,height=360,framerate=15/1 \
    ! vp8enc deadline=1 cpu-used=12 end-usage=cbr target-bitrate=500000 keyframe-max-dist=3000 \
    ! webmmux ! filesink location="$input.tmp"
  mv "$input.tmp" "$input"
fi

# The same grid as LayoutEngine: 1, 2 side by side, then n x n.
if ((n == 1)); then cols=1 rows=1
elif ((n == 2)); then cols=2 rows=1
else cols=1; while ((cols * cols < n)); do cols=$((cols + 1)); done; rows=$cols; fi
cell_w=$((1280 / cols)) cell_h=$((720 / cols))
top=$(((720 - rows * cell_h) / 2))

pads=""
senders=""
for ((i = 0; i < n; i++)); do
  x=$(((i % cols) * cell_w)) y=$((top + (i / cols) * cell_h))
  pads+=" sink_$i::xpos=$x sink_$i::ypos=$y sink_$i::width=$cell_w sink_$i::height=$cell_h"
  if [[ -n ${VC_BASELINE_INPUT_DIR:-} ]]; then
    source="filesrc location=$VC_BASELINE_INPUT_DIR/sender-$((i % 4)).ivf ! ivfparse"
  else
    source="filesrc location=$input ! matroskademux"
  fi
  senders+=" $source ! vp8dec threads=1 ! textoverlay text=\"Site $((i + 1))\" valignment=bottom halignment=left font-desc=\"Noto Sans 14\" ! queue ! comp.sink_$i"
done
encoders=""
for ((r = 0; r < receivers; r++)); do
  encoders+=" t. ! queue ! vp8enc deadline=1 cpu-used=12 end-usage=cbr target-bitrate=1500000 error-resilient=default lag-in-frames=0 threads=1 keyframe-max-dist=3000 ! fakesink sync=false"
done
pipeline="compositor name=comp background=black$pads ! video/x-raw,format=I420,width=1280,height=720,framerate=30/1 ! tee name=t$encoders$senders"

TIMEFORMAT='%U %S %R'
timing=$( { time eval gst-launch-1.0 -q "$pipeline" >/dev/null 2>"$work/gst-$n-$receivers.log"; } 2>&1 ) || {
  echo "gst-baseline: pipeline failed, see $work/gst-$n-$receivers.log" >&2; exit 1; }
read -r user sys real <<<"$timing"
awk -v n="$n" -v r="$receivers" -v u="$user" -v s="$sys" -v w="$real" -v d="$seconds" \
  'BEGIN { printf "gst-baseline N=%d receivers=%d cpu_s=%.2f wall_s=%.2f cpu_per_output_s=%.3f\n", n, r, u + s, w, (u + s) / d }'
