#!/usr/bin/env bash
# The archive tests (Tests/archive): the Spark job on local[2], the Kubernetes Indexed Job's command per index and
# copydesk audit, against single copydesk lint runs. Needs a JVM (Debian openjdk-17-jre-headless) and pyspark and
# PyYAML from PyPI, which scripts/setup-deps.sh test installs. Prints "N passed, N failed" last.
# Usage: scripts/archive-tests.sh   (run after `swift build`)
set -uo pipefail
cd "$(dirname "$0")/.."
command -v java >/dev/null 2>&1 || { echo "archive-tests: no java (apt-get install openjdk-17-jre-headless)" >&2; echo "0 passed, 1 failed"; exit 1; }
python3 -c 'import pyspark, yaml' 2>/dev/null || { echo "archive-tests: pyspark or PyYAML missing (scripts/setup-deps.sh test)" >&2; echo "0 passed, 1 failed"; exit 1; }
[ -x .build/debug/copydesk ] || swift build
exec python3 Tests/archive/test_archive.py
