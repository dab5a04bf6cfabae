#!/usr/bin/env bash
# Builds the SDK twice from the same tree and checks that its jars are byte-identical.
# Usage: .ci/check-reproducible.sh   (from anywhere; uses Maven offline if possible)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for run in 1 2; do
  mvn -B -q -ntp clean package -DskipTests -pl sdk/cls -am > "$out/build-$run.log"
  mkdir -p "$out/$run"
  cp sdk/cls/target/cls-sdk-*.jar "$out/$run/"
  sleep 1   # a different wall-clock second, so a leaked timestamp would show
done
status=0
for jar in "$out"/1/*.jar; do
  name=$(basename "$jar")
  a=$(sha256sum < "$jar" | cut -d' ' -f1)
  b=$(sha256sum < "$out/2/$name" | cut -d' ' -f1)
  if [ "$a" = "$b" ]; then
    echo "identical  $name  $a"
  else
    echo "DIFFERENT  $name  $a != $b"
    status=1
  fi
done
exit $status
