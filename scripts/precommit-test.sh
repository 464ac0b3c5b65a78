#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml with the real pre-commit framework (PyPI): `pre-commit try-repo` builds Copydesk from
# this repository (swift build -c release, as the framework does) and runs it on a temporary git repository.
# Passes when a clean article passes and an article with a typo is blocked with the finding shown.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv-precommit"
[ -x "$venv/bin/pre-commit" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q pre-commit; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
cd "$work"
git init -q -b main repo && cd repo
git config user.name "Copydesk Test" && git config user.email test@example.invalid
printf 'A clean sentence about the council.\n' > good.md
printf 'The council will recieve the report.\n' > "bad story.md"
git add -A
set +e
output=$("$venv/bin/pre-commit" try-repo "$root" copydesk --files good.md "bad story.md" 2>&1)
status=$?
set -e
echo "$output" | tail -15
fail() { echo "precommit-test: $1"; echo "0 passed, 1 failed"; exit 1; }
[ "$status" -ne 0 ] || fail "a staged typo did not block (exit $status)"
echo "$output" | grep -q "bad story.md:1:18: error: Check the spelling of 'recieve'" || fail "the finding was not shown"
echo "$output" | grep -q "good.md:" && fail "the clean article was reported"
echo "1 passed, 0 failed"
