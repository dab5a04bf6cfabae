#!/usr/bin/env bash
# Figure 6: fresh JVM to the first completed CreateExport call, against a loopback server running
# in another JVM. Alternates ours and official, RUNS times each; prints the median JVM uptime at
# the first completed call and the median whole-process wall time.
# Usage: benchmarks/scripts/coldstart.sh [RUNS, default 11]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-11}"
ours="$root/benchmarks/target/benchmarks.jar"
official="$root/benchmarks-official/target/benchmarks-official.jar"
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
for who in ours official; do
    awk -v who="$who" '{for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "uptime_ms") u[NR] = kv[2];
            if (kv[1] == "first_call_ms") c[NR] = kv[2]; if ($i == "WALL") w[NR] = $(i + 1); if ($i == "RSS_KB") r[NR] = $(i + 1) } }
        END { n = asort(u); asort(c); asort(w); asort(r); m = int((n + 1) / 2);
              printf "RESULT coldstart %s runs=%d median uptime_at_first_call_ms=%s (min %s, max %s) first_call_ms=%s process_wall_s=%s peak_rss_mib=%.0f\n",
                     who, n, u[m], u[1], u[n], c[m], w[m], r[m] / 1024 }' "$tmp/$who"
done
