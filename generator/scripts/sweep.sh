#!/usr/bin/env bash
# The sweep: every model in Tencent's tarball imported as `import-tencent --model M --examples E
# --error-codes C` imports it (examples, the service's error codes, paginators), generated, compiled
# with the SDK's flags and called once through the core against the contract stub, all in one JVM.
# Not part of the default build (ServiceSampleTest runs six services of it in every build). Usage,
# from anywhere:
#   generator/scripts/sweep.sh [tencent-models.tar.xz] [tencent-error-codes.json.xz] [threads]
# Defaults: ../shared/reference/ beside the repository, and one thread per core.
# Prints one row per service and ends with "N of M services generate, compile and answer a call";
# exit 0 only when all of them did.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tarball="${1:-$root/../shared/reference/tencent-models.tar.xz}"
errors="${2:-$root/../shared/reference/tencent-error-codes.json.xz}"
threads="${3:-$(nproc)}"
stub="$root/conformance-tests/stub"
models="$stub/target/sweep-models"
[ -f "$tarball" ] || { echo "sweep: no model tarball at $tarball" >&2; exit 2; }
[ -f "$errors" ] || { echo "sweep: no error-code catalogue at $errors" >&2; exit 2; }
errors="$(cd "$(dirname "$errors")" && pwd)/$(basename "$errors")"
cd "$root"
mvn -B -o -q -pl conformance-tests/stub -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/sweep.cp -Dmdep.includeScope=test
rm -rf "$models" && mkdir -p "$models"
tar -xJf "$tarball" -C "$models"
start=$(date +%s)
set +e
java -Xmx6g -cp "$stub/target/test-classes:$stub/target/classes:$(cat "$stub/target/sweep.cp")" \
    dev.clssdk.cls.conformance.sweep.SweepMain "$models" "$errors" "$threads" 2>/dev/null
rc=$?
set -e
echo "sweep: $(( $(date +%s) - start )) s wall (import, generate, compile, call; Maven build excluded)"
exit $rc
