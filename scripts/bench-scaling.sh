#!/usr/bin/env bash
# Scaling: `copydesk lint --format json` on the 1M-word corpus and on ten times it (2,000 files, same generator and
# seed), runs alternated RUNS times (default 3); prints each run and the medians of wall and CPU time.
# Target (issue 9): ten times the corpus costs at most 10.5 times the time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
bin=.build/release/copydesk
out=bench-out
[ -x "$bin" ] || swift build -c release
python3 -c 'import wordfreq' 2>/dev/null || pip install -q wordfreq==3.1.1
for files in 200 2000; do
  [ -d "$out/corpus-$files-5000" ] || python3 "$gen" "$out/corpus-$files-5000" --files "$files" --words-per-file 5000 --seed 7 >/dev/null
done
: > "$out/scaling.txt"
for run in $(seq "$runs"); do
  for files in 200 2000; do
    /usr/bin/time -f "$files %e %U %M" -a -o "$out/scaling.txt" "$bin" lint --format json "$out/corpus-$files-5000" >/dev/null || true
  done
done
grep -E '^(200|2000) ' "$out/scaling.txt" | awk '{printf "%5s files: %6.2f s wall, %6.2f s CPU, %6.1f MiB\n", $1, $2, $3, $4/1024}'
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for col in 2 3; do
  small=$(awk -v c=$col '$1==200 {print $c}' "$out/scaling.txt" | median)
  large=$(awk -v c=$col '$1==2000 {print $c}' "$out/scaling.txt" | median)
  name=$([ $col = 2 ] && echo wall || echo CPU)
  printf 'median %s: %.2f s -> %.2f s, ratio %.2f\n' "$name" "$small" "$large" "$(echo "$large / $small" | bc -l)"
done
