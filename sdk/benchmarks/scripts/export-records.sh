#!/usr/bin/env bash
# Records throughput of cls-export on a local .tar.gz of 1 GB (10^9 bytes) of JSON lines, with -Xmx64m,
# side by side with `gzip -dc FILE > /dev/null` on the same file (the decompression floor).
# The file is generated at benchmark time under target/ (fixed seed) and never committed.
# Usage: sdk/benchmarks/scripts/export-records.sh [MB, default 1000] [ROUNDS, default 3]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jar="$root/sdk/benchmarks/export/target/benchmarks-export.jar"
require_built "$jar"
mb="${1:-1000}"; rounds="${2:-3}"
file="$root/sdk/benchmarks/export/target/export-${mb}MB.tar.gz"
[ -f "$file" ] || java -jar "$jar" generate "$file" "$mb"
json_bytes=$((mb * 1000000))
for i in $(seq "$rounds"); do
  start=$(date +%s.%N); gzip -dc "$file" > /dev/null; end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v b="$json_bytes" -v r="$i" \
      'BEGIN { t = e - s; printf "GZIP round=%d seconds=%.2f json_MB_per_s=%.1f\n", r, t, b / 1e6 / t }'
done
java -Xmx64m -jar "$jar" read "$file" "$rounds"
