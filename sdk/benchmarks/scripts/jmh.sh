#!/usr/bin/env bash
# Figures 1 and 2: JMH, ours and the official SDK one after the other in the same session,
# each in its own forked JVM. Needs `mvn -B -o package -DskipTests` first (never `install`).
# Usage: sdk/benchmarks/scripts/jmh.sh [OUT_DIR] [extra JMH args...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
out="${1:-$root/sdk/benchmarks/ours/target/results}"; shift || true
mkdir -p "$out"
jmh_args=(-f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc "$@")
java -jar "$root/sdk/benchmarks/ours/target/benchmarks.jar" "${jmh_args[@]}" -rf json -rff "$out/jmh-ours.json" \
    'dev.clssdk.bench.ours.(Request|Response)Benchmark' | tee "$out/jmh-ours.txt"
java -jar "$root/sdk/benchmarks/official/target/benchmarks-official.jar" "${jmh_args[@]}" -rf json \
    -rff "$out/jmh-official.json" 'dev.clssdk.bench.official.(Request|Response)Benchmark' | tee "$out/jmh-official.txt"
python3 "$root/sdk/benchmarks/scripts/compare.py" "$out/jmh-ours.json" "$out/jmh-official.json" | tee "$out/jmh-compare.md"
