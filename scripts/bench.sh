#!/usr/bin/env bash
# Benchmark: copydesk lint against hunspell -l (and GNU style) on the same generated corpus, in one run.
# Usage: scripts/bench.sh [FILES] [WORDS_PER_FILE]   (default 200 x 5000 = 1M words)
# Needs ../shared/bench/gen_corpus.py (or $GEN_CORPUS) and `pip install wordfreq==3.1.1`.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-200}
words=${2:-5000}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
out=bench-out
corpus=$out/corpus-$files-$words
bin=.build/release/copydesk
mkdir -p "$out"
command -v hunspell >/dev/null || { echo "needs the hunspell program (apt-get install hunspell)"; exit 2; }
python3 -c 'import wordfreq' 2>/dev/null || pip install -q wordfreq==3.1.1
[ -x "$bin" ] || swift build -c release
if [ ! -d "$corpus" ]; then
  python3 "$gen" "$corpus" --files "$files" --words-per-file "$words" --seed 7 --typos "$out/typos-$files-$words.tsv" >/dev/null
fi

measure() { # label, command...: prints seconds and peak RSS (MiB); appends the seconds to $out/LABEL.secs
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >/dev/null 2>&1 || true
  read -r secs kib < <(tail -1 "$out/time.txt")
  printf '%-28s %8.2f s %8.1f MiB\n' "$label" "$secs" "$(echo "$kib/1024" | bc -l)"
  echo "$secs" >> "$out/$label.secs"
}
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# The machine is shared and noisy: hunspell -l (about 30 s) runs once; GNU style and copydesk, a few seconds each,
# run RUNS times (default 5) alternately, and their medians are compared.
runs=${RUNS:-5}
rm -f "$out"/*.secs
echo "corpus: $corpus ($(cat "$corpus"/*.md | wc -w) words in $(ls "$corpus" | wc -l) files), $(nproc) cores"
measure hunspell-l bash -c "cat $corpus/*.md | hunspell -l -d en_US"
for _ in $(seq "$runs"); do
  command -v style >/dev/null && measure gnu-style bash -c "cat $corpus/*.md | style"
  measure copydesk-json "$bin" lint --format json "$corpus"
done
copydesk=$(median "$out/copydesk-json.secs")
printf 'median copydesk: %.2f s over %d runs\n' "$copydesk" "$runs"
printf 'copydesk / hunspell -l time ratio: %.3f (target at most 0.1)\n' "$(echo "$copydesk / $(cat "$out/hunspell-l.secs")" | bc -l)"
if [ -f "$out/gnu-style.secs" ]; then
  style=$(median "$out/gnu-style.secs")
  printf 'copydesk / GNU style time ratio: %.2f (median style %.2f s; target at most 2)\n' \
    "$(echo "$copydesk / $style" | bc -l)" "$style"
fi
