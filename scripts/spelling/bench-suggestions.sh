#!/usr/bin/env bash
# Suggestions against the real hunspell program, in one run (release build): top-1 and top-5 on the 3,000 real
# misspellings of Tests/CopydeskRulesTests/Fixtures/spelling-measure/misspellings.tsv (dev and held-out apart),
# milliseconds a word for the fast path, for the words with nothing one edit away, and for `hunspell -a`.
# Usage: scripts/spelling/bench-suggestions.sh   (results go in the issue note; the machine's load matters)
set -euo pipefail
cd "$(dirname "$0")/../.."
swift test -c release --filter SuggestionQualityTests.testCodespellSampleAgainstTheHunspellProgram 2>&1 \
  | grep -E "^(codespell sample|dev|held-out|hunspell -a|  dev top-5)|error" 
