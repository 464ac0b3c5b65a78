#!/usr/bin/env bash
# The whole test suite, as `make test` and CI run it: the Swift unit and scenario tests, the pre-commit framework
# test, the archive tests (Spark, Indexed Job, audit), and (when present) the browser tests of the HTML report.
# Every part runs even when an earlier one fails; the last line is the total: "total: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh test || { echo "total: 0 passed, 1 failed"; exit 2; }
mkdir -p .build
passed=0 failed=0 skipped=0

swift build && swift test 2>&1 | tee .build/swift-test.log
swift_status=${PIPESTATUS[0]}
counted_failures=0
# XCTest's summary of all its tests.
summary=$(grep -E "Executed [0-9]+ tests?, with" .build/swift-test.log | tail -1)
if [[ $summary =~ Executed\ ([0-9]+)\ tests?,\ with\ (([0-9]+)\ tests?\ skipped\ and\ )?([0-9]+)\ failures? ]]; then
  n=${BASH_REMATCH[1]} s=${BASH_REMATCH[3]:-0} f=${BASH_REMATCH[4]}
  passed=$((passed + n - s - f)) failed=$((failed + f)) skipped=$((skipped + s)) counted_failures=$f
fi
# Swift Testing's summary (the property tests).
testing=$(grep -E "Test run with [0-9]+ tests?" .build/swift-test.log | tail -1)
if [[ $testing =~ Test\ run\ with\ ([0-9]+)\ tests?.*passed ]]; then
  passed=$((passed + BASH_REMATCH[1]))
elif [[ $testing =~ Test\ run\ with\ ([0-9]+)\ tests? ]]; then
  failed=$((failed + 1)) counted_failures=$((counted_failures + 1))
fi
# A parameterised test (one case per rule example) counts each of its cases, not once.
while read -r cases; do passed=$((passed + cases - 1)); done < <(
  grep -oE "Test \"[^\"]+\" with [0-9]+ test cases passed" .build/swift-test.log | grep -oE "[0-9]+ test cases" | grep -oE "^[0-9]+")
# A build failure, a crash or anything else that failed without being counted.
if [ "${swift_status:-1}" -ne 0 ] && [ "$counted_failures" -eq 0 ]; then failed=$((failed + 1)); fi

run_counted() { # script: counts its own "N passed, N failed" line
  local out
  "$@" 2>&1 | tee .build/part-test.log
  out=$(grep -E "^[0-9]+ passed, [0-9]+ failed$" .build/part-test.log | tail -1)
  if [[ $out =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1])) failed=$((failed + BASH_REMATCH[2]))
  else
    failed=$((failed + 1))
  fi
}
run_counted scripts/precommit-test.sh
run_counted scripts/archive-tests.sh
run_counted scripts/service-tests.sh

if [ -x scripts/browser-tests.sh ]; then
  scripts/browser-tests.sh 2>&1 | tee .build/browser-test.log
  out=$(grep -E "(passed|failed|error)" .build/browser-test.log | tail -1)
  p=$(grep -oE "[0-9]+ passed" <<<"$out" | grep -oE "[0-9]+" || echo 0)
  f=$(grep -oE "[0-9]+ (failed|errors?)" <<<"$out" | grep -oE "[0-9]+" | paste -sd+ | bc 2>/dev/null || echo 0)
  [ -n "$p" ] || p=0; [ -n "$f" ] || f=0
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then f=1; fi   # the browser tests did not run
  passed=$((passed + p)) failed=$((failed + f))
fi

echo "total: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
