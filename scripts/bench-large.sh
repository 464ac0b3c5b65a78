#!/usr/bin/env bash
# Large input: time and peak memory (GNU time) of `copydesk lint` on
#   1. one generated 50 MB article (target: under 60 s and under 1 GB),
#   2. folders of many small files, with and without one big file, at --jobs 1 and 2,
#      to show that memory follows the largest file, not the number of files (results are streamed).
# Usage: scripts/bench-large.sh [ARTICLE_MB]   (default 50). Writes bench-out/large/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
out=bench-out/large
bin=.build/release/copydesk
gen=scripts/reliability/gen_article.py
mkdir -p "$out"
[ -x "$bin" ] || swift build -c release
results=$out/results.txt
: > "$results"

measure() { # label, command...: wall seconds and peak RSS (MiB); the exit status 1 (findings) is expected
  local label=$1; shift
  /usr/bin/time -v -o "$out/time.txt" "$@" >"$out/$label.out" 2>"$out/$label.err" || true
  local secs kib status
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time.txt")
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
  status=$(awk -F': ' '/Exit status/ {print $2}' "$out/time.txt")
  printf '%-34s wall %-9s peak %7.1f MiB  exit %s  %s\n' "$label" "$secs" "$(echo "$kib/1024" | bc -l)" "$status" \
    "$(tail -1 "$out/$label.out")" | tee -a "$results"
}

[ -f "$out/article-$mb.md" ] || python3 "$gen" file "$out/article-$mb.md" $((mb * 1000 * 1000))
echo "article: $(du -m "$out/article-$mb.md" | cut -f1) MB, $(wc -l < "$out/article-$mb.md") lines; $(nproc) cores" | tee -a "$results"
measure "article-${mb}MB" "$bin" lint "$out/article-$mb.md"

for n in 200 1000; do
  [ -d "$out/many-$n" ] || python3 "$gen" folder "$out/many-$n" "$n" 20000
done
[ -d "$out/many-1000-big" ] || { cp -r "$out/many-1000" "$out/many-1000-big" && python3 "$gen" file "$out/many-1000-big/big.md" 5000000; }
for jobs in 1 2; do
  measure "200 x 20KB --jobs $jobs" "$bin" lint --jobs "$jobs" "$out/many-200"
  measure "1000 x 20KB --jobs $jobs" "$bin" lint --jobs "$jobs" "$out/many-1000"
  measure "1000 x 20KB + 5MB --jobs $jobs" "$bin" lint --jobs "$jobs" "$out/many-1000-big"
done
