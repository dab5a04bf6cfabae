#!/usr/bin/env bash
# Figure 4: generation wall time (cold JVM, whole process) and peak RSS, our generator vs
# OpenAPI Generator (java generator, retrofit2 library; the version of the root POM, 7.25.0), on the
# 3-action baseline spec (revision 2) and on the whole CLS service (208 actions: the committed
# revision that is the import of Tencent's model, see lib.sh whole_service_spec). Ours runs twice per
# round: the launcher as users run it (its class-data archive made by the first run after a build, so
# that run is in the max) and with SDK_GENERATOR_CDS=0.
# Each tool runs RUNS times per spec, alternating; medians are printed.
# Needs the generator built (generator/bin/sdk-generator runs it from generator/target) and the
# openapi-generator-cli jar in the local repository (the script names the mvn dependency:get if not).
# Usage: sdk/benchmarks/scripts/generation.sh [RUNS, default 5]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
runs="${1:-5}"
require_oag
require_built "$root/generator/target/lib"
work="$root/sdk/benchmarks/ours/target/generation"
rm -rf "$work"; mkdir -p "$work"
three="$root/api-spec/src/main/resources/$(pom_property cls.spec.baseline)"
rm -f "$root/generator/target/sdk-generator.jsa"
full="$(whole_service_spec "$work")"
echo "specs: $three ($(grep -c 'operationId' "$three") operations), $full ($(grep -c 'operationId' "$full") operations)"

measure() { # label, output dir, command...
    local label="$1" dir="$2"; shift 2
    rm -rf "$dir"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
    echo "$label $(cat "$work/time") $(find "$dir" -name '*.java' | wc -l)" | tee -a "$work/raw.txt"
}
for i in $(seq "$runs"); do
    for spec in three full; do
        file="$three"; [ "$spec" = full ] && file="$full"
        # generator/bin/sdk-generator: the launcher users run (C1 only, serial GC)
        measure "ours-$spec" "$work/out-ours-$spec" "$root/generator/bin/sdk-generator" generate \
            --spec "$file" --out "$work/out-ours-$spec"
        measure "ours-nocds-$spec" "$work/out-ours-nocds-$spec" env SDK_GENERATOR_CDS=0 "$root/generator/bin/sdk-generator" generate \
            --spec "$file" --out "$work/out-ours-nocds-$spec"
        measure "oag-$spec" "$work/out-oag-$spec" java -jar "$oag_jar" generate -i "$file" -g java --library retrofit2 \
            -o "$work/out-oag-$spec"
    done
done
awk '{ t[$1] = t[$1] " " $2; r[$1] = r[$1] " " $3; f[$1] = $4 }
     END { for (k in t) { n = split(t[k], a, " "); split(r[k], b, " ");
             # sort numerically (insertion sort, small n)
             for (i = 2; i <= n; i++) { x = a[i]; j = i - 1; while (j > 0 && a[j] + 0 > x + 0) { a[j + 1] = a[j]; j-- } a[j + 1] = x }
             for (i = 2; i <= n; i++) { x = b[i]; j = i - 1; while (j > 0 && b[j] + 0 > x + 0) { b[j + 1] = b[j]; j-- } b[j + 1] = x }
             m = int((n + 1) / 2);
             printf "RESULT generation %-10s runs=%d median_wall_s=%s (min %s, max %s) median_peak_rss_mib=%.0f java_files=%s\n",
                    k, n, a[m], a[1], a[n], b[m] / 1024, f[k] } }' "$work/raw.txt" | sort
