#!/usr/bin/env bash
# A range job of several slices against one export of the same logs, from the contract stub's download
# server on 127.0.0.1, each run in a child JVM with -Xmx64m, alternating round after round: the single export
# downloaded then read through, the range job (slices exported and downloaded --concurrency at a time, default
# the CLI's 4) then its slice files read through, and the single export read as it streams in.
# The data (MB × 10^6 bytes of JSON lines, fixed seed; one .tar.gz per slice and one of the whole range) is
# generated once under sdk/benchmarks/export/target/export-job/ (never committed) and reused while it matches.
# Prints a markdown table and writes it to sdk/benchmarks/export/target/export-job/report.md.
# Usage: sdk/benchmarks/scripts/export-job.sh [MB, default 2000] [ROUNDS, default 3] [--slices 4] [--concurrency 4]
#        [--read-threads 1] [--xmx 64m] [--modes single,job,stream]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jar="$root/sdk/benchmarks/export/target/benchmarks-export.jar"
require_built "$jar"
mb="${1:-2000}"; rounds="${2:-3}"
shift $(( $# > 2 ? 2 : $# ))
java -cp "$jar" dev.clssdk.bench.export.ExportJobBenchmark bench --mb "$mb" --rounds "$rounds" \
    --dir "$root/sdk/benchmarks/export/target/export-job" "$@"
