#!/usr/bin/env bash
# Figure 6: fresh JVM to the first completed CreateExport call, against a loopback server running
# in another JVM. Alternates ours (on the JDK's HTTP client, the default), ours on OkHttp
# (-Ddev.clssdk.http.transport=okhttp, "ours-okhttp") and official, RUNS times each; prints the median JVM uptime at
# the first completed call, the first call's own time (client construction included), the
# whole-process wall time and peak RSS.
# With --cds, ours also runs with an AppCDS archive of its classes (made first by one run with
# -XX:ArchiveClassesAtExit, see README "AppCDS"), as a third client "ours-cds"; the headline is without.
# Usage: sdk/benchmarks/scripts/coldstart.sh [RUNS, default 11] [--cds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# The harnesses sign and send the API's own Host (Fixtures.hostHeader) to the loopback server; the JDK's
# client sends another Host than the URL's only with this option (sdk/core/RUNTIME.md, "Transports").
jdk_host=-Djdk.httpclient.allowRestrictedHeaders=host
runs=11; cds=0
for arg in "$@"; do
    case "$arg" in
        --cds) cds=1 ;;
        *) runs="$arg" ;;
    esac
done
ours="$root/sdk/benchmarks/ours/target/benchmarks.jar"
official="$root/sdk/benchmarks/official/target/benchmarks-official.jar"
require_built "$ours" "$official"
tmp="$(mktemp -d)"
java -cp "$ours" dev.clssdk.bench.loopback.LoopbackServer > "$tmp/server.out" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do grep -q '^PORT' "$tmp/server.out" 2>/dev/null && break; sleep 0.1; done
port="$(awk '/^PORT/ {print $2}' "$tmp/server.out")"
[ -n "$port" ] || die "the loopback server did not start"
clients=(ours ours-okhttp official)
if [ "$cds" = 1 ]; then
    # The archive: classes loaded by one run of the same program (JDK 17 dynamic archive over the JDK's own).
    archive="$root/sdk/benchmarks/ours/target/coldstart-ours.jsa"
    rm -f "$archive"
    java -XX:ArchiveClassesAtExit="$archive" -Ddev.clssdk.http.transport=jdk "$jdk_host" -cp "$ours" dev.clssdk.bench.ours.ColdStartMain "$port" >/dev/null 2>&1
    [ -f "$archive" ] || die "no CDS archive was written to $archive"
    echo "CDS archive: $archive ($(stat -c %s "$archive") bytes)"
    clients=(ours ours-okhttp ours-cds official)
fi
for i in $(seq "$runs"); do
    for who in "${clients[@]}"; do
        flags=()
        case "$who" in
            ours) cp="$ours"; main=dev.clssdk.bench.ours.ColdStartMain; flags=(-Ddev.clssdk.http.transport=jdk "$jdk_host") ;;
            ours-okhttp) cp="$ours"; main=dev.clssdk.bench.ours.ColdStartMain; flags=(-Ddev.clssdk.http.transport=okhttp "$jdk_host") ;;
            ours-cds) cp="$ours"; main=dev.clssdk.bench.ours.ColdStartMain
                flags=(-XX:SharedArchiveFile="$archive" -Ddev.clssdk.http.transport=jdk "$jdk_host") ;;
            official) cp="$official"; main=dev.clssdk.bench.official.ColdStartMain ;;
        esac
        /usr/bin/time -f "WALL %e RSS_KB %M" -o "$tmp/time" java "${flags[@]}" -cp "$cp" "$main" "$port" 2>/dev/null \
            | grep '^COLDSTART' > "$tmp/line" || die "$who: no COLDSTART line"
        echo "$(sed "s/^COLDSTART [^ ]*/COLDSTART $who/" "$tmp/line") $(cat "$tmp/time")" | tee -a "$tmp/$who"
    done
done
median() { sort -n | awk '{v[NR] = $1} END {printf "%s (min %s, max %s)", v[int((NR + 1) / 2)], v[1], v[NR]}'; }
field() { grep -o "$1[= ][^ ]*" "$2" | sed "s/^$1[= ]//"; }
for who in "${clients[@]}"; do
    echo "RESULT coldstart $who runs=$(wc -l <"$tmp/$who") uptime_at_first_call_ms=$(field uptime_ms "$tmp/$who" | median)" \
         "first_call_ms=$(field first_call_ms "$tmp/$who" | median) process_wall_s=$(field WALL "$tmp/$who" | median)" \
         "peak_rss_kb=$(field RSS_KB "$tmp/$who" | median)"
done
