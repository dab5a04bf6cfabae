#!/usr/bin/env bash
# Figure 4: generation wall time (cold JVM, whole process) and peak RSS, our generator vs
# OpenAPI Generator 7.25.0 (java generator, retrofit2 library), on the current 3-action spec and
# on the whole CLS service imported from Tencent's model by `import-tencent`.
# Each tool runs RUNS times per spec, alternating; medians are printed.
# Needs `mvn -B -o package -DskipTests` first (it also puts the generator's libraries in generator/target/lib), and the openapi-generator-cli jar in ~/.m2
# (mvn dependency:get -Dartifact=org.openapitools:openapi-generator-cli:7.25.0).
# Usage: sdk/benchmarks/scripts/generation.sh [RUNS, default 5]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
runs="${1:-5}"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
oag="$m2/org/openapitools/openapi-generator-cli/7.25.0/openapi-generator-cli-7.25.0.jar"
work="$root/sdk/benchmarks/ours/target/generation"
rm -rf "$work"; mkdir -p "$work"
(cd "$root" && mvn -B -o -q -pl generator dependency:build-classpath \
    -Dmdep.outputFile="$work/cp.txt" >/dev/null)
gen_cp="$(ls "$root"/generator/target/sdk-generator-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$work/cp.txt")"
three="$root/api-spec/src/main/resources/$(sed -n 's#.*<cls.spec.current>\(.*\)</cls.spec.current>.*#\1#p' "$root/pom.xml")"
full="$work/cls-full.yaml"
ref="$root/../shared/reference/tccli-cls-2020-10-16"
java -cp "$gen_cp" dev.clssdk.codegen.cli.GeneratorCli import-tencent --model "$ref/api.json" \
    --examples "$ref/examples.json" --out "$full" --hints "$work/hints.txt" >/dev/null
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
        measure "oag-$spec" "$work/out-oag-$spec" java -jar "$oag" generate -i "$file" -g java --library retrofit2 \
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
