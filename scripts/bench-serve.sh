#!/usr/bin/env bash
# `make bench-serve`: the release server on a free loopback port, loaded with wrk (requests per second, p50/p99
# latency) and then ab for exactly BENCH_REQUESTS requests (RSS after them), against POST /v1/check with the seed
# article; beside it `copydesk lint` on the same article in a loop. Bounded in time; loopback only.
# Environment: BENCH_SECONDS (wrk run, default 20), BENCH_CONNECTIONS (default 8), BENCH_REQUESTS (default 10000),
# BENCH_LINT_RUNS (default 20), BENCH_ARTICLE (default the seed article, else an example).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/copydesk
[ -x "$bin" ] || { echo "bench-serve: build first (make release)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "bench-serve: wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v ab >/dev/null || { echo "bench-serve: ab is missing (apt-get install apache2-utils)" >&2; exit 2; }
seed=../shared/seeds/000_56e9ca2183dd3a87.txt
[ -f "$seed" ] || seed=/work/shared/seeds/000_56e9ca2183dd3a87.txt
article=${BENCH_ARTICLE:-$seed}
[ -f "$article" ] || article=Examples/harbour-bridge-vote.md
seconds=${BENCH_SECONDS:-20} connections=${BENCH_CONNECTIONS:-8} requests=${BENCH_REQUESTS:-10000} runs=${BENCH_LINT_RUNS:-20}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$work"' EXIT
python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1]).read(), "path": "seed.md"}))' "$article" > "$work/body.json"
cat > "$work/post.lua" <<LUA
local f = io.open("$work/body.json", "rb"); wrk.body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.headers["Content-Type"] = "application/json"
LUA

"$bin" serve --host 127.0.0.1 --port 0 2> "$work/log" &
pid=$!
for _ in $(seq 600); do grep -q "listening on" "$work/log" && break; sleep 0.1; done
port=$(grep -oE "127\.0\.0\.1:[0-9]+" "$work/log" | head -1 | cut -d: -f2)
url="http://127.0.0.1:$port"
for _ in $(seq 600); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
echo "article: $article ($(wc -c < "$article") bytes); $(nproc) cores; server RSS after loading: $(rss) MiB"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$work/body.json" "$url/v1/check")
[ "$status" = 200 ] || { echo "bench-serve: /v1/check answered $status" >&2; exit 1; }

echo "== wrk: $connections connections, 2 threads, ${seconds} s"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" "$url/v1/check" | tee "$work/wrk"
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk")
echo "server RSS after wrk: $(rss) MiB"

echo "== ab: $requests requests, $connections at a time"
ab -q -n "$requests" -c "$connections" -t 600 -p "$work/body.json" -T application/json "$url/v1/check" > "$work/ab"
grep -E "Complete requests|Failed requests|Non-2xx|Requests per second|  50%|  99%" "$work/ab" || true
rss_after=$(rss)
echo "server RSS after $requests more requests: $rss_after MiB"

echo "== copydesk lint on the same article, $runs runs"
start=$(date +%s.%N)
for _ in $(seq "$runs"); do "$bin" lint "$article" --format json > /dev/null || [ $? -eq 1 ]; done
end=$(date +%s.%N)
lint_ms=$(echo "($end - $start) * 1000 / $runs" | bc -l)
printf "lint: %.1f ms per run (process start, dictionaries, check), %.1f articles/s\n" "$lint_ms" "$(echo "1000 / $lint_ms" | bc -l)"

echo "== summary"
printf "serve: %s req/s, p50 %s, p99 %s, non-2xx %s; RSS %s MiB after wrk + %s requests; lint loop: %.1f ms per article\n" \
  "$rps" "$p50" "$p99" "${non2xx:-0}" "$rss_after" "$requests" "$lint_ms"
