#!/usr/bin/env bash
# Figure 3: full CreateExport calls against the in-JVM loopback server, keep-alive; for each server
# latency: ours blocking, ours async (with --async), each on the JDK's HTTP client (the default, "ours")
# and on OkHttp ("ours-okhttp"), and the official SDK blocking (it has no async calls, so it is the peer
# of all), each in its own JVM, at each thread count (for async: calls in
# flight). One RESULT line per client, call style, latency and thread count (median round, min-max, p99).
# Usage: sdk/benchmarks/scripts/load.sh [OUT_DIR] [--latencies MS,MS...] [--async] [harness args]
#   defaults: --latencies 0, blocking only, harness args 1 16 --warmup 5 --seconds 5 --rounds 3
#   run-all.sh: load.sh OUT --latencies 0,50 --async 1 16 64 --warmup 5 --seconds 5 --rounds 3
set -euo pipefail
source "$(dirname "$0")/lib.sh"
# The harnesses sign and send the API's own Host (Fixtures.hostHeader) to the loopback server; the JDK's
# client sends another Host than the URL's only with this option (sdk/core/RUNTIME.md, "Transports").
jdk_host=-Djdk.httpclient.allowRestrictedHeaders=host
out="${1:-$root/sdk/benchmarks/ours/target/results}"; shift || true
mkdir -p "$out"
ours="$root/sdk/benchmarks/ours/target/benchmarks.jar"
official="$root/sdk/benchmarks/official/target/benchmarks-official.jar"
require_built "$ours" "$official"
latencies=0; async=0; args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --latencies) latencies="$2"; shift 2 ;;
        --async) async=1; shift ;;
        *) args+=("$1"); shift ;;
    esac
done
[ ${#args[@]} -eq 0 ] && args=(1 16 --warmup 5 --seconds 5 --rounds 3)
: >"$out/load-results.txt"
for latency in ${latencies//,/ }; do
    runs=("ours blocking" "ours-okhttp blocking" "official blocking")
    [ "$async" = 1 ] && runs=("ours blocking" "ours async" "ours-okhttp blocking" "ours-okhttp async" "official blocking")
    for run in "${runs[@]}"; do
        read -r who style <<<"$run"
        log="$out/load-$who-$style-${latency}ms.txt"
        case "$who" in
            ours) cp="$ours"; harness=ours; flags=(-Ddev.clssdk.http.transport=jdk "$jdk_host") ;;
            ours-okhttp) cp="$ours"; harness=ours; flags=(-Ddev.clssdk.http.transport=okhttp "$jdk_host") ;;
            *) cp="$official"; harness=official; flags=() ;;
        esac
        extra=(); [ "$style" = async ] && extra=(--async)
        java "${flags[@]}" -cp "$cp" "dev.clssdk.bench.$harness.FullCallLoad" "${args[@]}" --latency "$latency" "${extra[@]}" 2>&1 \
            | grep -v '^SLF4J' | sed "s/^RESULT $harness /RESULT $who /" >"$log" || { cat "$log"; die "$who $style load failed"; }
        grep -h -e '^RESULT' -e '^server answered' "$log" | sed "s/^server answered/  ($who $style ${latency} ms: server answered/; /^  (/s/$/)/"
        grep -h '^RESULT' "$log" >>"$out/load-results.txt"
    done
done
