#!/usr/bin/env bash
# Every figure of sdk/benchmarks/README.md but the ninth, each side by side with its peer in the same run, into
# one markdown table (ours, peer, ratio, goal, met?) with the machine's facts, on stdout and in FILE. Figure 9
# (a range job against one export of 2 GB, scripts/export-job.sh) needs 2.6 GB of disk and minutes of data
# generation the first time, so it runs on its own.
#   sdk/benchmarks/run-all.sh [--smoke] [--out FILE] [--no-build]
#   --smoke     about two minutes of very short runs, for a developer before a performance-sensitive
#               change: only the ratios mean anything; exits 1 if a ratio with a goal is more than 2.5×
#               worse than the goal. Not part of `mvn verify`.
#   --out FILE  default sdk/benchmarks/ours/target/run-all/report.md (or report-smoke.md)
#   --no-build  use the jars already built
# Builds what it needs with `mvn -B -q package -DskipTests -pl <benchmarks, generator> -am` (never install);
# MVN_OFFLINE=1 adds -o. Peers: the official SDK (benchmarks/official) and OpenAPI Generator's cli jar,
# both from the local Maven repository (see scripts/lib.sh for the overrides); a missing one stops the
# run before anything is measured, naming the mvn dependency:get that fetches it.
set -euo pipefail
source "$(dirname "$0")/scripts/lib.sh"
scripts="$root/sdk/benchmarks/scripts"
smoke=0; build=1; out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) smoke=1; shift ;;
        --out) out="$2"; shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) die "unknown argument $1 (usage: run-all.sh [--smoke] [--out FILE] [--no-build])" ;;
    esac
done
results="$root/sdk/benchmarks/ours/target/run-all/$([ "$smoke" = 1 ] && echo smoke || echo full)"
[ -n "$out" ] || out="$root/sdk/benchmarks/ours/target/run-all/report$([ "$smoke" = 1 ] && echo -smoke || true).md"
rm -rf "$results"; mkdir -p "$results" "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

# Peers first: a missing one should not cost a build.
require_official
require_oag

if [ "$smoke" = 1 ]; then
    jmh_args=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
    load_args=(--warmup 0.5 --seconds 1.5 --rounds 1)
    coldstart_runs=3; generation_runs=1; export_mb=50; export_rounds=2
else
    jmh_args=(-f 1 -wi 10 -i 5 -w 2s -r 1s)   # the longer warm-up: the official SDK warms up slowly
    load_args=(--warmup 5 --seconds 5 --rounds 3)
    coldstart_runs=11; generation_runs=5; export_mb=1000; export_rounds=3
fi

step() { # name, log file, command...: runs one figure's script, its output kept in the results folder
    local name="$1" log="$2"; shift 2
    local start=$SECONDS
    echo "== $name: $*" >&2
    if ! "$@" >"$results/$log" 2>&1; then
        tail -20 "$results/$log" >&2
        die "$name failed (log: $results/$log)"
    fi
    echo "   $((SECONDS - start)) s" >&2
}

total=$SECONDS
if [ "$build" = 1 ]; then
    step build build.log mvn "${mvn_flags[@]}" -f "$root/pom.xml" package -DskipTests \
        -pl generator,sdk/retrofit,sdk/benchmarks/ours,sdk/benchmarks/official,sdk/benchmarks/export -am
fi
step "1, 2. JMH request path and response parsing" jmh.log "$scripts/jmh.sh" "$results" "${jmh_args[@]}"
step "3. loopback load, 1/16/64 threads, blocking and async, 0 and 50 ms" load.log \
    "$scripts/load.sh" "$results" --latencies 0,50 --async 1 16 64 "${load_args[@]}"
step "6. cold start (and with an AppCDS archive)" coldstart.txt "$scripts/coldstart.sh" "$coldstart_runs" --cds
step "4. generation vs OpenAPI Generator" generation.txt "$scripts/generation.sh" "$generation_runs"
step "5. footprint" footprint.txt "$scripts/footprint.sh"
step "7. export records vs gzip -dc" export.txt "$scripts/export-records.sh" "$export_mb" "$export_rounds"

status=0
python3 "$scripts/report.py" "$results" $([ "$smoke" = 1 ] && echo --smoke) >"$out" || status=$?
echo "" >>"$out"
echo "Run: \`sdk/benchmarks/run-all.sh$([ "$smoke" = 1 ] && echo ' --smoke')\`, $((SECONDS - total)) s; raw output in \`${results#"$root"/}\`." >>"$out"
cat "$out"
echo "report: $out" >&2
exit "$status"
