#!/usr/bin/env bash
# Pathological input: wall time and peak memory of `copydesk lint` (every rule, release build) on each
# input of scripts/reliability/gen_pathological.py. Target: every one finishes in bounded time and memory
# (here: under 60 s and 1 GB each) with an exit status of 0 or 1 (never a crash).
# Usage: scripts/bench-pathological.sh. Writes bench-out/pathological/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench-out/pathological
bin=.build/release/copydesk
mkdir -p "$out"
[ -x "$bin" ] || swift build -c release
python3 scripts/reliability/gen_pathological.py "$out/inputs"
: > "$out/results.txt"
fail=0
for input in "$out"/inputs/*; do
  name=$(basename "$input")
  /usr/bin/time -v -o "$out/time.txt" timeout 120 "$bin" lint "$input" >"$out/$name.out" 2>&1 || true
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$out/time.txt")
  kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time.txt")
  status=$(awk -F': ' '/Exit status/ {print $2}' "$out/time.txt")
  printf '%-26s %9s  %7.1f MiB  exit %s  %s\n' "$name" "$secs" "$(echo "$kib/1024" | bc -l)" "$status" \
    "$(tail -1 "$out/$name.out" | cut -c1-70)" | tee -a "$out/results.txt"
  [ "$status" -le 1 ] && [ "$kib" -lt 1048576 ] || fail=1
done
exit $fail
