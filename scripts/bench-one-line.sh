#!/usr/bin/env bash
# A 50 MB article that is one paragraph on one line (issue 14: under 1 GB peak memory), and the same words
# in ordinary paragraphs (under 800 MB): wall time and peak RSS (GNU time -v) of `copydesk lint` on a release build.
# Usage: scripts/bench-one-line.sh [ARTICLE_MB] [BINARY]   (defaults: 50, .build/release/copydesk).
# Writes bench-out/one-line/results.txt. Findings make lint exit 1; that is expected.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
bin=${2:-.build/release/copydesk}
out=bench-out/one-line
gen=scripts/reliability/gen_article.py
mkdir -p "$out"
[ -x "$bin" ] || swift build -c release --product copydesk
results=$out/results.txt
: > "$results"

paragraphs=$out/paragraphs-$mb.md
line=$out/one-line-$mb.md
[ -f "$paragraphs" ] || python3 "$gen" file "$paragraphs" $((mb * 1000 * 1000))
# The same text as one paragraph: front matter kept, every body line joined with spaces, headings dropped.
[ -f "$line" ] || python3 - "$paragraphs" "$line" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
front, body = "", text
if text.startswith("---\n"):
    end = text.index("\n---\n", 4) + 5
    front, body = text[:end], text[end:]
words = " ".join(l.strip() for l in body.splitlines() if l.strip() and not l.startswith("#"))
open(sys.argv[2], "w", encoding="utf-8").write(front + "\n" + words + "\n")
PY

measure() { # label, file
  /usr/bin/time -v -o "$out/time.txt" "$bin" lint "$2" >"$out/$1.out" 2>"$out/$1.err" || true
  local secs kib status
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time.txt")
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
  status=$(awk -F': ' '/Exit status/ {print $2}' "$out/time.txt")
  printf '%-22s %5s MB %9s lines  wall %-9s peak %7.1f MiB  exit %s  %s\n' "$1" "$(du -m "$2" | cut -f1)" \
    "$(wc -l < "$2")" "$secs" "$(echo "$kib/1024" | bc -l)" "$status" "$(tail -1 "$out/$1.out")" | tee -a "$results"
}

echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
measure "one line" "$line"
measure "paragraphs" "$paragraphs"
