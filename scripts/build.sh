#!/usr/bin/env bash
# Configures and builds one build tree.
#   scripts/build.sh            -> build/      (g++, RelWithDebInfo: the product, binaries in build/bin)
#   scripts/build.sh sanitize   -> build-san/  (clang, ASan+UBSan, plus the libFuzzer targets)
#   scripts/build.sh main vc-mcu   only the named targets
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kind=${1:-main}
targets=("${@:2}")
jobs=${VC_JOBS:-$(nproc)}
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  # Paths relative to the checkout, so a fresh clone elsewhere (CI) still hits the cache.
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
fi
case "$kind" in
  main)
    dir="$root/build"
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=g++ -DCMAKE_C_COMPILER=gcc "${launcher[@]}" >/dev/null ;;
  sanitize)
    dir="$root/build-san"
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVC_SANITIZE=ON -DVC_FUZZ=ON \
      -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang "${launcher[@]}" >/dev/null ;;
  *) echo "build.sh: unknown build kind '$kind' (main | sanitize)" >&2; exit 2 ;;
esac
target_args=()
for t in "${targets[@]}"; do target_args+=(--target "$t"); done
if ! cmake --build "$dir" -j "$jobs" "${target_args[@]}"; then
  # A CI run once stopped on a compile that printed nothing at all (a killed compiler, by the look
  # of it). Say what the machine had left, then try once more serially and without the cache, so a
  # passing hiccup does not fail the run and a real error is printed on its own.
  echo "build.sh: the $kind build failed; disk and memory now:" >&2
  df -h "$dir" >&2 || true
  free -m >&2 || true
  echo "build.sh: retrying the $kind build serially without ccache" >&2
  CCACHE_DISABLE=1 cmake --build "$dir" -j 1 "${target_args[@]}"
fi
