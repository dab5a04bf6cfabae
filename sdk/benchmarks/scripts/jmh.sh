#!/usr/bin/env bash
# Figures 1 and 2: JMH, ours and the official SDK one after the other in the same session,
# each in its own forked JVM, always with -prof gc. Needs the benchmark jars (run-all.sh builds them).
# Usage: sdk/benchmarks/scripts/jmh.sh [OUT_DIR] [JMH run options, default: -f 1 -wi 3 -i 5 -w 1s -r 1s]
#   e.g. jmh.sh target/results -f 1 -wi 1 -i 1 -w 1s -r 1s     (the smoke settings of run-all.sh --smoke)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
out="${1:-$root/sdk/benchmarks/ours/target/results}"; shift || true
mkdir -p "$out"
ours="$root/sdk/benchmarks/ours/target/benchmarks.jar"
official="$root/sdk/benchmarks/official/target/benchmarks-official.jar"
require_built "$ours" "$official"
run_args=("$@"); [ ${#run_args[@]} -eq 0 ] && run_args=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
java -jar "$ours" "${run_args[@]}" -prof gc -rf json -rff "$out/jmh-ours.json" \
    'dev.clssdk.bench.ours.(Request|Response)Benchmark' >"$out/jmh-ours.txt"
grep -A20 '^Benchmark ' "$out/jmh-ours.txt"
java -jar "$official" "${run_args[@]}" -prof gc -rf json -rff "$out/jmh-official.json" \
    'dev.clssdk.bench.official.(Request|Response)Benchmark' >"$out/jmh-official.txt"
grep -A20 '^Benchmark ' "$out/jmh-official.txt"
python3 "$root/sdk/benchmarks/scripts/compare.py" "$out/jmh-ours.json" "$out/jmh-official.json" | tee "$out/jmh-compare.md"
