#!/usr/bin/env bash
# Bounded libFuzzer run: new inputs go to a scratch corpus in the build tree, the seeds stay untouched.
#   run-smoke.sh FUZZER RUNS SCRATCH_DIR SEED_DIR
set -euo pipefail
fuzzer=$1 runs=$2 scratch=$3 seeds=$4
mkdir -p "$scratch"
exec "$fuzzer" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$scratch" "$seeds"
