#!/usr/bin/env bash
# Figure 3: full CreateExport calls against the in-JVM loopback server, 1 and 16 client threads,
# keep-alive; ours then the official SDK, each in its own JVM. Prints one RESULT line per client
# and thread count (median round, min-max over rounds, p99).
# Usage: sdk/benchmarks/scripts/load.sh [OUT_DIR] [harness args, default: 1 16 --warmup 5 --seconds 5 --rounds 3]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
out="${1:-$root/sdk/benchmarks/ours/target/results}"; shift || true
mkdir -p "$out"
args=("$@"); [ ${#args[@]} -eq 0 ] && args=(1 16 --warmup 5 --seconds 5 --rounds 3)
java -cp "$root/sdk/benchmarks/ours/target/benchmarks.jar" dev.clssdk.bench.ours.FullCallLoad "${args[@]}" 2>&1 \
    | grep -v '^SLF4J' | tee "$out/load-ours.txt"
java -cp "$root/sdk/benchmarks/official/target/benchmarks-official.jar" dev.clssdk.bench.official.FullCallLoad \
    "${args[@]}" 2>&1 | tee "$out/load-official.txt"
grep -h '^RESULT' "$out/load-ours.txt" "$out/load-official.txt"
