#!/usr/bin/env bash
# Tests of `copydesk serve` with its real clients: the built server on a free loopback port, LanguageTool's Python
# client (language_tool_python), schemathesis from docs/openapi.yaml, openapi-spec-validator, eight concurrent
# clients against the CLI's JSON, and SIGTERM under load. Installs the Python packages it needs.
# Prints "N passed, N failed" last. Usage: scripts/service-tests.sh [pytest args...]   (after `swift build`)
# COPYDESK_LOAD_SECONDS (default 30) bounds the load test; COPYDESK_SCHEMATHESIS_EXAMPLES (default 40) the fuzzing.
set -uo pipefail
cd "$(dirname "$0")/.."
python=${SERVICE_TEST_PYTHON:-python3}
need='import pytest, requests, language_tool_python, schemathesis, openapi_spec_validator'
if ! "$python" -c "$need" 2>/dev/null; then
  echo "Installing the service tests' Python packages"
  flock /tmp/pip.lock "$python" -m pip install -q pytest requests language_tool_python schemathesis openapi-spec-validator \
    || { echo "0 passed, 1 failed"; exit 1; }
  command -v pyenv >/dev/null 2>&1 && pyenv rehash || true
fi
[ -x .build/debug/copydesk ] || swift build || { echo "0 passed, 1 failed"; exit 1; }
mkdir -p .build
report=.build/service-tests.xml
"$python" -m pytest Tests/service -q -rA -p no:cacheprovider --junitxml="$report" "$@"
status=$?
"$python" - "$report" "$status" <<'PY'
import sys
import xml.etree.ElementTree as ET
try:
    suites = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError):
    print("0 passed, 1 failed")
    sys.exit(0)
suites = [suites] if suites.tag == "testsuite" else list(suites)
tests = sum(int(s.get("tests", 0)) for s in suites)
failed = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
skipped = sum(int(s.get("skipped", 0)) for s in suites)
if tests == 0 or (failed == 0 and sys.argv[2] not in ("0",)):
    failed += 1
print(f"{tests - failed - skipped} passed, {failed} failed")
PY
[ "$status" -eq 0 ]
