#!/usr/bin/env bash
# One invocation, both sides: the MCU's video core (Google Benchmark BM_MixerTick: decode N
# senders on the worker pool + compose + one 720p encode) and the naive GStreamer pipeline
# (gst-baseline.sh) on the same VP8 streams, for N = 4 9 16 25 49; R runs each, medians.
#   compare.sh [BUILD_DIR=build] [RUNS=3] [RECEIVERS=1]
# VC_COMPARE_N="4 25" limits the N values. Prints one line per N: CPU seconds per second of 720p30 output for each and their ratio.
set -euo pipefail
if [[ ${1:-} == --help ]]; then
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0
fi
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build} runs=${2:-3} receivers=${3:-1}
bench=$build/bench/video_composer_benchmark
[[ -x $bench ]] || { echo "compare: $bench not built (scripts/build.sh main video_composer_benchmark)" >&2; exit 2; }
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "compare: RUNS must be a positive integer" >&2; exit 2; }
[[ $receivers =~ ^[1-9][0-9]*$ ]] || { echo "compare: RECEIVERS must be a positive integer" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/vc-video-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$bench" --write-sender-ivf="$work" 2>/dev/null

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "compare: MCU video core (Google Benchmark, $runs repetitions)" >&2
"$bench" --benchmark_filter='^BM_MixerTick/[0-9]+/1/' --benchmark_repetitions="$runs" \
  --benchmark_min_time=2 --benchmark_format=json >"$work/mcu.json" 2>/dev/null
printf '%-4s %-10s %-22s %-22s %s\n' N receivers mcu_cpu_per_output_s gst_cpu_per_output_s gst/mcu
for n in ${VC_COMPARE_N:-4 9 16 25 49}; do
  # Each repetition's counter, from the JSON (one key per line), median over repetitions.
  mcu=$(awk -v want="\"BM_MixerTick/$n/1/process_time\"" '
      /"name":/ { name = $2; sub(/,$/, "", name) }
      /"run_type": "iteration"/ { it = 1 } /"run_type": "aggregate"/ { it = 0 }
      /"cpu_per_output_s":/ { v = $2; sub(/,$/, "", v); if (it && name == want) print v }' "$work/mcu.json" | median)
  gst=$(for ((r = 0; r < runs; r++)); do
          VC_BASELINE_INPUT_DIR=$work VC_BENCH_WORK=$work "$here/gst-baseline.sh" "$n" "$receivers" 10 |
            sed -n 's/.*cpu_per_output_s=\([0-9.]*\).*/\1/p'
        done | median)
  printf '%-4s %-10s %-22.3f %-22.3f %.2f\n' "$n" "$receivers" "$mcu" "$gst" "$(awk -v a="$gst" -v b="$mcu" 'BEGIN { print a / b }')"
done
