#!/usr/bin/env bash
# make bench-archive: an archive of ARTICLES (default 20,000) articles linted in SHARDS (4) shards, PARALLEL (2) at a
# time, then `copydesk audit` over the shard outputs, and the audit alone over AUDIT_LINES (1,000,000) synthetic
# result lines (AUDIT_LINES=0 skips it). Prints articles per second per core, peak memory per shard, the audit's time and memory.
# The corpus: ../shared/bench/gen_corpus.py makes SOURCE_ARTICLES (2,000) articles of WORDS (800) words, which
# scripts/archive/compose_corpus.py mixes into ARTICLES distinct articles with dates over ten years and eight
# sections (the generator takes about 30 ms of CPU per article, so 20,000 unique ones would take longer than the
# lint). Set SOURCE_ARTICLES=20000 for a corpus of only generated articles. Results go to docs/scale.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${COPYDESK_BIN:-.build/release/copydesk}
ARTICLES=${ARTICLES:-20000}
SOURCE_ARTICLES=${SOURCE_ARTICLES:-2000}
WORDS=${WORDS:-800}
SHARDS=${SHARDS:-4}
PARALLEL=${PARALLEL:-2}
AUDIT_LINES=${AUDIT_LINES:-1000000}
GEN=${GEN_CORPUS:-}
if [ -z "$GEN" ]; then
  for candidate in ../shared/bench/gen_corpus.py ../../shared/bench/gen_corpus.py /work/shared/bench/gen_corpus.py; do
    [ -f "$candidate" ] && { GEN=$candidate; break; }
  done
fi
WORK=${BENCH_DIR:-.build/bench-archive}
[ -x "$BIN" ] || { echo "bench-archive: build first (make release)" >&2; exit 1; }
[ -n "$GEN" ] && [ -f "$GEN" ] || { echo "bench-archive: the corpus generator $GEN is missing (set GEN_CORPUS)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench-archive: GNU time is needed (apt-get install time)" >&2; exit 1; }
mkdir -p "$WORK"
cores=$(nproc)

source_dir="$WORK/source-$SOURCE_ARTICLES-$WORDS"
if [ ! -f "$source_dir/.done" ]; then
  rm -rf "$source_dir"
  echo "== generating $SOURCE_ARTICLES articles of $WORDS words"
  python3 "$GEN" "$source_dir" --files "$SOURCE_ARTICLES" --words-per-file "$WORDS" --seed 18
  touch "$source_dir/.done"
fi
archive="$WORK/archive-$ARTICLES"
if [ ! -f "$archive/.done" ]; then
  rm -rf "$archive"
  python3 scripts/archive/compose_corpus.py "$source_dir" "$archive" --articles "$ARTICLES"
  touch "$archive/.done"
fi
words=$(find "$archive" -name '*.md' -print0 | xargs -0 cat | wc -w)
echo "== archive: $ARTICLES articles, $words words (front matter included), $SHARDS shards, $PARALLEL at a time, $cores cores"

results="$WORK/results"
rm -rf "$results" && mkdir -p "$results"
start=$(date +%s.%N)
running=0
for k in $(seq 1 "$SHARDS"); do
  /usr/bin/time -v -o "$results/shard-$k.time" \
    "$BIN" lint "$archive" --shard "$k/$SHARDS" --exit-zero --format jsonl --jobs 1 > "$results/shard-$k.jsonl" &
  running=$((running + 1))
  if [ "$running" -ge "$PARALLEL" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true
end=$(date +%s.%N)
lint_wall=$(echo "$end - $start" | bc)
lines=$(cat "$results"/shard-*.jsonl | wc -l)
cpu=0 peak=0
for k in $(seq 1 "$SHARDS"); do
  t="$results/shard-$k.time"
  u=$(awk -F': ' '/User time/ {print $2}' "$t"); s=$(awk -F': ' '/System time/ {print $2}' "$t")
  rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$t")
  n=$(wc -l < "$results/shard-$k.jsonl")
  echo "shard $k/$SHARDS: $n articles, $(echo "$u + $s" | bc) s CPU, peak RSS $((rss / 1024)) MiB"
  cpu=$(echo "$cpu + $u + $s" | bc); [ "$rss" -gt "$peak" ] && peak=$rss
done
[ "$lines" -eq "$ARTICLES" ] || { echo "bench-archive: $lines result lines for $ARTICLES articles" >&2; exit 1; }
echo "lint: $lines articles in $lint_wall s wall on $cores cores; $cpu s CPU"
echo "articles per second per core: $(echo "scale=1; $lines / ($lint_wall * $PARALLEL)" | bc) (wall, $PARALLEL processes)," \
     "$(echo "scale=1; $lines / $cpu" | bc) per CPU-second; peak RSS per shard $((peak / 1024)) MiB"

gzip -k -f "$results/shard-1.jsonl"
/usr/bin/time -v -o "$results/audit.time" "$BIN" audit "$results/shard-1.jsonl.gz" "$results"/shard-[2-9]*.jsonl --output "$results/audit"
echo "audit of $lines lines: $(awk -F': ' '/Elapsed/ {print $2}' "$results/audit.time") wall," \
     "$(awk -F': ' '/User time/ {print $2}' "$results/audit.time") s user, peak RSS $(( $(awk -F': ' '/Maximum resident/ {print $2}' "$results/audit.time") / 1024 )) MiB"

[ "$AUDIT_LINES" -gt 0 ] || exit 0
synthetic="$WORK/synthetic-$AUDIT_LINES.jsonl.gz"
[ -f "$synthetic" ] || python3 scripts/archive/synthetic_results.py "$AUDIT_LINES" | gzip -1 > "$synthetic"
/usr/bin/time -v -o "$WORK/audit-synthetic.time" "$BIN" audit "$synthetic" --output "$WORK/audit-synthetic"
echo "audit of $AUDIT_LINES synthetic lines ($(du -h "$synthetic" | cut -f1) gzip): $(awk -F': ' '/Elapsed/ {print $2}' "$WORK/audit-synthetic.time") wall," \
     "$(awk -F': ' '/User time/ {print $2}' "$WORK/audit-synthetic.time") s user, peak RSS $(( $(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/audit-synthetic.time") / 1024 )) MiB"
