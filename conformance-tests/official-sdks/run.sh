#!/usr/bin/env bash
# Tencent's official Node.js SDK (tencentcloud-sdk-nodejs) against the standalone contract stub: every CLS
# action (the bundled spec) and every CVM action (straight from Tencent's model) with the stub's request
# examples, through the stub as the SDK's HTTPS proxy. Needs the stub's standalone jar (mvn package), Node.js
# and npm (the SDK is installed from npm into target/). Called by .ci/run after mvn verify.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "official-sdks: FAILED: the Node.js SDK check needs node and npm on the PATH (Node.js 16 or later);" \
       "install Node.js, or run the rest of CI without this script. The check did not run." >&2
  exit 1
fi
jar="$(ls ../stub/target/conformance-stub-*-standalone.jar 2>/dev/null | head -n 1 || true)"
if [ -z "$jar" ]; then
  echo "official-sdks: build the stub first: mvn -B -ntp package -pl conformance-tests/stub -am -DskipTests" >&2
  exit 1
fi
mkdir -p target
cp package.json target/package.json
(cd target && npm install --no-audit --no-fund --loglevel=error >/dev/null)
rm -f target/stub.properties
secret_id=AKIDnodeCHECKexample
secret_key=node-check-secret-key-EXAMPLE
java -jar "$jar" serve \
    --tencent-models ../stub/src/test/resources/tencent-sample --services cvm \
    --https-port 0 --cert-out target/stub.pem --ports-file target/stub.properties \
    --credentials "$secret_id:$secret_key" --topic ee20bb16-3025-4048-b81a-dd436373062e \
    > target/stub.log 2>&1 &
stub_pid=$!
trap 'kill "$stub_pid" 2>/dev/null || true; wait "$stub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  [ -f target/stub.properties ] && break
  if ! kill -0 "$stub_pid" 2>/dev/null; then
    echo "official-sdks: the stub did not start:" >&2
    cat target/stub.log >&2
    exit 1
  fi
  sleep 0.5
done
[ -f target/stub.properties ] || { echo "official-sdks: the stub did not listen within 60 s" >&2; cat target/stub.log >&2; exit 1; }
url="$(sed -n 's/^url=//p' target/stub.properties)"
echo "official-sdks: tencentcloud-sdk-nodejs $(node -p 'require("./target/node_modules/tencentcloud-sdk-nodejs/package.json").version') (node $(node --version)) against $url"
NODE_PATH=target/node_modules NODE_EXTRA_CA_CERTS=target/stub.pem node check.js "$url" "$secret_id" "$secret_key"
