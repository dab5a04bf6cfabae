#!/usr/bin/env bash
# Figure 6: fresh JVM to the first completed CreateExport call, against a loopback server running
# in another JVM. Alternates ours and official, RUNS times each; prints the median JVM uptime at
# the first completed call and the median whole-process wall time.
# Usage: sdk/benchmarks/scripts/coldstart.sh [RUNS, default 11]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
runs="${1:-11}"
ours="$root/sdk/benchmarks/ours/target/benchmarks.jar"
official="$root/sdk/benchmarks/official/target/benchmarks-official.jar"
tmp="$(mktemp -d)"
java -cp "$ours" dev.clssdk.bench.loopback.LoopbackServer > "$tmp/server.out" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do grep -q '^PORT' "$tmp/server.out" 2>/dev/null && break; sleep 0.1; done
port="$(awk '/^PORT/ {print $2}' "$tmp/server.out")"
for i in $(seq "$runs"); do
    for who in ours official; do
        if [ "$who" = ours ]; then cp="$ours"; main=dev.clssdk.bench.ours.ColdStartMain
        else cp="$official"; main=dev.clssdk.bench.official.ColdStartMain; fi
        /usr/bin/time -f "WALL %e RSS_KB %M" -o "$tmp/time" java -cp "$cp" "$main" "$port" 2>/dev/null \
            | grep '^COLDSTART' > "$tmp/line"
        echo "$(cat "$tmp/line") $(cat "$tmp/time")" | tee -a "$tmp/$who"
    done
done
median() { sort -n | awk '{v[NR] = $1} END {printf "%s (min %s, max %s)", v[int((NR + 1) / 2)], v[1], v[NR]}'; }
field() { grep -o "$1[= ][^ ]*" "$2" | sed "s/^$1[= ]//"; }
for who in ours official; do
    echo "RESULT coldstart $who runs=$(wc -l <"$tmp/$who") uptime_at_first_call_ms=$(field uptime_ms "$tmp/$who" | median)" \
         "first_call_ms=$(field first_call_ms "$tmp/$who" | median) process_wall_s=$(field WALL "$tmp/$who" | median)" \
         "peak_rss_kb=$(field RSS_KB "$tmp/$who" | median)"
done
