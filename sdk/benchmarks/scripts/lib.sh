# Sourced by the benchmark scripts: where things are, and clear failures when they are not there.
#   root            the repository root (found from this file, so any working tree works)
#   MVN_OFFLINE=1   adds -o to every mvn call the scripts make
#   MAVEN_REPO      the local repository (default ~/.m2/repository), where the peers' jars are looked for
#   CLS_SHARED_DIR  the shared reference folder (default: ../shared beside the repository root)
#   OAG_VERSION     OpenAPI Generator's version (default: openapi-generator.version of the root POM)
#   OAG_JAR         its jar (default: openapi-generator-cli-$OAG_VERSION.jar in MAVEN_REPO)
#   OFFICIAL_VERSION  tencentcloud-sdk-java-cls's version for the jar check and footprint.sh's closure (default:
#                   tencentcloud-sdk.version; benchmarks/official itself is built with the root POM's)
#   CLS_WHOLE_SPEC  the whole-service spec (default: the newest api-spec revision with 100+ operations)
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
mvn_flags=(-B -q)
[ "${MVN_OFFLINE:-0}" = 1 ] && mvn_flags+=(-o)

die() { echo "$(basename "$0"): $*" >&2; exit 2; }

# A property of the root POM, e.g. pom_property openapi-generator.version
pom_property() { sed -n "s#.*<$1>\(.*\)</$1>.*#\1#p" "$root/pom.xml" | awk 'NR == 1'; }
# The project's version: the first <version> of the root POM (it has no parent).
project_version() { sed -n 's#.*<version>\(.*\)</version>.*#\1#p' "$root/pom.xml" | awk 'NR == 1'; }

oag_version="${OAG_VERSION:-$(pom_property openapi-generator.version)}"
oag_jar="${OAG_JAR:-$m2/org/openapitools/openapi-generator-cli/$oag_version/openapi-generator-cli-$oag_version.jar}"
official_version="${OFFICIAL_VERSION:-$(pom_property tencentcloud-sdk.version)}"
official_jar="$m2/com/tencentcloudapi/tencentcloud-sdk-java-cls/$official_version/tencentcloud-sdk-java-cls-$official_version.jar"

# require_peer JAR GROUP:ARTIFACT:VERSION: a peer's jar must be in the local repository; say how to fetch it.
require_peer() {
    [ -f "$1" ] && return 0
    die "peer jar missing: $1
  fetch it with: mvn dependency:get -Dartifact=$2 -Dtransitive=false
  (or point ${3:-the override} at a jar you have)"
}
require_oag() { require_peer "$oag_jar" "org.openapitools:openapi-generator-cli:$oag_version" "OAG_JAR / OAG_VERSION"; }
# The official SDK with its dependencies (the build resolves them offline only if they are all there).
require_official() {
    [ -f "$official_jar" ] && return 0
    die "peer jar missing: $official_jar
  fetch it with: mvn dependency:get -Dartifact=com.tencentcloudapi:tencentcloud-sdk-java-cls:$official_version
  (or set MAVEN_REPO to a local repository that has it)"
}

# require_built FILE...: the build's outputs the script needs.
require_built() {
    local f
    for f in "$@"; do
        [ -e "$f" ] || die "missing $f: build first (mvn -B -o -q package -DskipTests, never install), or run sdk/benchmarks/run-all.sh"
    done
}

# The shared reference folder beside the repository root (../shared), or CLS_SHARED_DIR.
shared_dir() {
    local dir="${CLS_SHARED_DIR:-$root/../shared}"
    [ -d "$dir/reference" ] || die "no $dir/reference: the shared folder is expected beside the repository root (or set CLS_SHARED_DIR)"
    (cd "$dir" && pwd)
}

# whole_service_spec WORK_DIR: prints the path of a whole-service CLS spec. The committed revision with
# the whole API (api-spec/README.md, "Importing a whole service") if there is one; otherwise the same
# import made from the shared reference model into WORK_DIR, with the error codes and the overlay.
whole_service_spec() {
    if [ -n "${CLS_WHOLE_SPEC:-}" ]; then echo "$CLS_WHOLE_SPEC"; return; fi
    local f
    for f in $(ls "$root"/api-spec/src/main/resources/cls/cls-2020-10-16-r*.yaml 2>/dev/null | sort -V -r); do
        if [ "$(grep -c 'operationId' "$f")" -ge 100 ]; then echo "$f"; return; fi
    done
    local shared ref
    shared="$(shared_dir)" || exit 2; ref="$shared/reference/tccli-cls-2020-10-16"
    "$root/generator/bin/sdk-generator" import-tencent --model "$ref/api.json" --examples "$ref/examples.json" \
        --error-codes "$shared/reference/tencent-error-codes.json.xz" \
        --overlay "$root/api-spec/src/main/resources/cls/cls-2020-10-16.overlay.yaml" --revision 4 \
        --out "$1/cls-whole-service.yaml" >"$1/import.log" 2>&1 || { cat "$1/import.log" >&2; die "import-tencent failed"; }
    echo "$1/cls-whole-service.yaml"
}
