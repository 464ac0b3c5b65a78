#!/usr/bin/env bash
# `make bench-serve`: the release server on a free loopback port, loaded with wrk (requests per second, p50/p99
# latency with BENCH_CONNECTIONS and with 2 connections) and ab (HTTP/1.0, a connection per request), then for
# about BENCH_REQUESTS more requests (RSS after them), against POST /v1/check with the seed article; beside it
# `copydesk lint` on the same article in a loop. Prints the load average and the server's CPU time per request
# (the number to trust on a busy machine) and ends with a summary against the targets. Installs wrk/ab if missing.
# Bounded in time (each run at most 600 s); loopback only.
# Environment: BENCH_SECONDS (wrk run, default 20), BENCH_CONNECTIONS (default 8), BENCH_REQUESTS (default 10000),
# BENCH_LINT_RUNS (default 20), BENCH_ARTICLE (default the seed article, else an example).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${COPYDESK_BIN:-.build/release/copydesk}
[ -x "$bin" ] || { echo "bench-serve: build first (make release)" >&2; exit 2; }
# The load generators from Debian: wrk, and ab (apache2-utils) for HTTP/1.0 without keep-alive.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v ab >/dev/null || missing+=(apache2-utils)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench-serve: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "bench-serve: could not install ${missing[*]}" >&2; exit 2; }
fi
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
# The server's CPU time so far in milliseconds (user + system), and wrk's latency (12.5ms, 1.02s, 850.00us) in ms.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / hz}' "/proc/$pid/stat"; }
ms() { awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v += 0; else if (t ~ /m$/) v *= 60000; else if (t ~ /s$/) v *= 1000; printf "%.1f", v }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "article: $article ($(wc -c < "$article") bytes); $(nproc) cores; load average $(load); server RSS after loading: $(rss) MiB"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary @"$work/body.json" "$url/v1/check")
[ "$status" = 200 ] || { echo "bench-serve: /v1/check answered $status" >&2; exit 1; }

echo "== wrk: $connections connections, 2 threads, ${seconds} s"
cpu0=$(cpu_ms)
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$work/post.lua" "$url/v1/check" | tee "$work/wrk"
cpu_per_request=$(awk -v a="$cpu0" -v b="$(cpu_ms)" '/requests in/ {printf "%.1f", (b - a) / $1}' "$work/wrk")
echo "server CPU: $cpu_per_request ms per request (user + system)"
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk")
echo "server RSS after wrk: $(rss) MiB"

# Latency with as many connections as checking threads (no queueing in the server).
echo "== wrk: 2 connections, 1 thread, ${seconds} s"
wrk -t1 -c2 -d"${seconds}s" --latency -s "$work/post.lua" "$url/v1/check" | tee "$work/wrk2"
p50_2=$(awk '$1 == "50%" {print $2}' "$work/wrk2")
p99_2=$(awk '$1 == "99%" {print $2}' "$work/wrk2")
rps_2=$(awk '/Requests\/sec/ {print $2}' "$work/wrk2")

# ApacheBench without -k: HTTP/1.0, a new connection per request (the server closes after each answer).
ab_n=$(awk -v r="$rps_2" -v s="$seconds" 'BEGIN { n = int(r * s / 2); print (n < 200 ? 200 : n) }')
echo "== ab: $ab_n requests, 2 at a time, HTTP/1.0 without keep-alive"
ab -q -s 30 -n "$ab_n" -c 2 -p "$work/body.json" -T application/json "$url/v1/check" | tee "$work/ab"
ab_rps=$(awk '/Requests per second/ {print $4}' "$work/ab")
ab_p50=$(awk '$1 == "50%" {print $2}' "$work/ab")
ab_p99=$(awk '$1 == "99%" {print $2}' "$work/ab")
ab_failed=$(awk '/Failed requests/ {print $3}' "$work/ab")

# Memory after at least $requests more requests (wrk for as long as that takes at the rate measured above).
long=$(awk -v n="$requests" -v r="$rps" 'BEGIN { d = int(n / (r > 1 ? r : 1) * 1.2) + 5; print (d > 600 ? 600 : d) }')
echo "== wrk: $connections connections for ${long} s (about $requests requests)"
wrk -t2 -c"$connections" -d"${long}s" -s "$work/post.lua" "$url/v1/check" | tee "$work/wrk3"
done_requests=$(awk '/requests in/ {print $1}' "$work/wrk3")
rss_after=$(rss)
echo "server RSS after $done_requests more requests: $rss_after MiB"

echo "== copydesk lint on the same article, $runs runs"
start=$(date +%s.%N)
for _ in $(seq "$runs"); do "$bin" lint "$article" --format json > /dev/null || [ $? -eq 1 ]; done
end=$(date +%s.%N)
lint_ms=$(echo "($end - $start) * 1000 / $runs" | bc -l)
printf "lint: %.1f ms per run (process start, dictionaries, check), %.1f articles/s\n" "$lint_ms" "$(echo "1000 / $lint_ms" | bc -l)"

verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = op == "<=" ? v <= t : v >= t; print ok ? "met" : "NOT met" }'; }
p99_2ms=$(ms "$p99_2")
echo "== summary (load average now $(load); $(nproc) cores)"
printf "serve, %s connections (wrk): %s req/s, p50 %s ms, p99 %s ms, non-2xx %s\n" "$connections" "$rps" "$(ms "$p50")" "$(ms "$p99")" "${non2xx:-0}"
printf "serve, 2 connections (wrk):  %s req/s, p50 %s ms, p99 %s ms\n" "$rps_2" "$(ms "$p50_2")" "$p99_2ms"
printf "serve, 2 at a time (ab, HTTP/1.0, no keep-alive): %s req/s, p50 %s ms, p99 %s ms, failed %s\n" "$ab_rps" "$ab_p50" "$ab_p99" "$ab_failed"
printf "server CPU: %s ms per request; RSS %s MiB after %s more requests; lint loop: %.1f ms per article\n" \
  "$cpu_per_request" "$rss_after" "$done_requests" "$lint_ms"
printf "targets: p99 <= 50 ms at 2 connections: %s (%s ms); >= 100 req/s: %s (%s); RSS < 200 MB: %s (%s MiB)\n" \
  "$(verdict "$p99_2ms" 50 "<=")" "$p99_2ms" "$(verdict "$rps" 100 ">=")" "$rps" "$(verdict "$rss_after" 200 "<=")" "$rss_after"
