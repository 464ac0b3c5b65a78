#!/bin/sh
# Runs one fuzz target for FUZZ_SECONDS (default 600) from a seed corpus built out of the examples
# and test fixtures. Crashes, hangs and out-of-memory inputs go to fuzz/crashes/ (git-ignored);
# the final statistics go to fuzz/logs/<target>.log. Usage: fuzz/run.sh markdown|sections|html|text|config
set -eu
cd "$(dirname "$0")/.."
target=$1
seconds=${FUZZ_SECONDS:-600}
corpus=fuzz/corpus/$target
mkdir -p "$corpus" fuzz/crashes fuzz/logs
case $target in
    markdown|sections) pattern='*.md' ;;
    html) pattern='*.htm*' ;;
    text) pattern='*.txt' ;;
    config) pattern='*.yml' ;;
    *) echo "unknown fuzz target: $target" >&2; exit 2 ;;
esac
# Seeds: every matching file of the examples, the fixtures and the regression inputs.
find Examples Tests fuzz/regressions -name "$pattern" -type f -size -64k 2>/dev/null | while read -r seed; do
    cp "$seed" "$corpus/seed-$(echo "$seed" | tr '/' '_')"
done
[ "$target" = text ] && find Examples -name '*.md' -type f | while read -r seed; do cp "$seed" "$corpus/seed-$(echo "$seed" | tr '/' '_')"; done
fuzz/.build/fuzz-"$target" "$corpus" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="fuzz/crashes/$target-" -print_final_stats=1 2>"fuzz/logs/$target.log" || status=$?
grep -E "^(stat::|#[0-9]+ +DONE)|ERROR|SUMMARY|Test unit written" "fuzz/logs/$target.log" | sed "s/^/[$target] /"
exit ${status:-0}
