#!/usr/bin/env bash
# Every test suite: the product build, then the sanitizer build (ASan+UBSan, fuzz smoke runs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
start=$(date +%s)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" main
"$root/scripts/build.sh" sanitize
status=0
echo "=== tests: sanitizer build (ASan+UBSan, fuzz smoke) ==="
(cd "$root/build-san" && ctest --output-on-failure -j "$(nproc)" --timeout 600) || status=1
echo "=== tests: product build ==="
(cd "$root/build" && ctest --output-on-failure -j "$(nproc)" --timeout 600) || status=1
echo "make test took $(( $(date +%s) - start )) s"
exit $status
