#!/usr/bin/env bash
# Benchmark: the public board page and the public notices JSON under wrk on loopback, against nginx
# serving the very same bytes in the same run (the baseline). Prints a Markdown table for
# docs/benchmarks.md. Target (issue #4): Gongshi >= 0.5 x nginx's requests/s, p99 <= 20 ms, 64 connections.
#
# Usage: ear/src/bench/board-wrk.sh            (starts its own Gongshi on ports 28080/28180, data in a temp dir)
# Env:   BENCH_DURATION (s, default 20), BENCH_CONNECTIONS (64), BENCH_THREADS (2), BENCH_NOTICES (30)
# Needs: wrk, nginx, curl, jq (apt-get install wrk nginx-light curl jq).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DURATION="${BENCH_DURATION:-20}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
NOTICES="${BENCH_NOTICES:-30}"
HTTP=28080
KC=28180
NGINX_PORT=28888
CODE=330328101200
WORK="$(mktemp -d /tmp/gongshi-bench.XXXXXX)"
APP_PID=""
NGINX_PID=""

say() { printf '%s\n' "$*" >&2; }

for tool in wrk nginx curl jq; do
    command -v "$tool" >/dev/null 2>&1 || [[ -x "/usr/sbin/$tool" ]] || { say "bench: $tool is missing (apt-get install wrk nginx-light curl jq)"; exit 2; }
done
NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"

cleanup() {
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
    if [[ -n "$APP_PID" ]]; then
        "$ROOT/gongshi" stop --data "$WORK/data" >/dev/null 2>&1 || kill "$APP_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT

say "bench: starting Gongshi (ports $HTTP/$KC, data in $WORK/data)..."
"$ROOT/gongshi" run --http-port "$HTTP" --keycloak-port "$KC" --data "$WORK/data" >"$WORK/run.log" 2>&1 &
APP_PID=$!
for ((i = 0; i < 300; i++)); do
    curl -sf -o /dev/null "http://127.0.0.1:$HTTP/api/public/health" \
        && curl -sf -o /dev/null "http://127.0.0.1:$KC/realms/gongshi/.well-known/openid-configuration" && break
    kill -0 "$APP_PID" 2>/dev/null || { say "bench: Gongshi did not start, see $WORK/run.log"; exit 1; }
    sleep 1
done

token() {
    curl -sf --data-urlencode client_id=gongshi-cli --data-urlencode grant_type=password \
        --data-urlencode "username=$1" --data-urlencode password=gongshi \
        "http://127.0.0.1:$KC/realms/gongshi/protocol/openid-connect/token" | jq -r .access_token
}

say "bench: publishing $NOTICES notices in $CODE..."
CLERK="$(token wc-hz-clerk)" || { say "bench: Keycloak refused the clerk's sign-in"; exit 1; }
REVIEWER="$(token wc-hz-reviewer)"
API="http://127.0.0.1:$HTTP/api/divisions/$CODE/notices"
for ((n = 1; n <= NOTICES; n++)); do
    body="$(jq -n --arg t "关于2026年第${n}批城乡居民最低生活保障对象的公示" \
        --arg b "根据《社会救助暂行办法》和省市有关规定，经村民代表评议、镇人民政府审核，现将拟纳入低保的对象名单予以公示。公示期间如有异议，请向村民委员会或镇社会事务办反映。\n\n联系电话见村务公开栏。" \
        '{title: $t, body: $b}')"
    draft="$(curl -sf -H "Authorization: Bearer $CLERK" -H 'Content-Type: application/json' -d "$body" "$API")"
    id="$(jq -r .id <<<"$draft")"
    version="$(jq -r .version <<<"$draft")"
    submitted="$(curl -sf -X POST -H "Authorization: Bearer $CLERK" "$API/$id/submit?version=$version")"
    version="$(jq -r .version <<<"$submitted")"
    curl -sf -o /dev/null -H "Authorization: Bearer $REVIEWER" -H 'Content-Type: application/json' \
        -d "{\"version\": $version}" "$API/$id/approve"
done

# The same bytes for nginx: the board page and the first page of the notices JSON.
mkdir -p "$WORK/www/board" "$WORK/www/json" "$WORK/nginx"
curl -sf "http://127.0.0.1:$HTTP/board/$CODE" -o "$WORK/www/board/index.html"
curl -sf "http://127.0.0.1:$HTTP/api/public/divisions/$CODE/notices" -o "$WORK/www/json/notices.json"
chmod 755 "$WORK" && chmod -R a+rX "$WORK/www"  # nginx workers run as another user when started by root
grep -q '最低生活保障' "$WORK/www/board/index.html" || { say "bench: the board page does not show the notices"; exit 1; }
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx;
    proxy_temp_path $WORK/nginx;
    fastcgi_temp_path $WORK/nginx;
    uwsgi_temp_path $WORK/nginx;
    scgi_temp_path $WORK/nginx;
    etag on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location = /board { default_type "text/html; charset=utf-8"; alias $WORK/www/board/index.html; }
        location = /notices { default_type application/json; alias $WORK/www/json/notices.json; }
    }
}
EOF
"$NGINX_BIN" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 1
curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/board" || { say "bench: nginx did not start"; cat "$WORK/nginx/error.log" >&2; exit 1; }

# Warm up the JVM (JIT) before measuring.
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$HTTP/board/$CODE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$HTTP/api/public/divisions/$CODE/notices" >/dev/null

# Runs wrk, prints "requests/s p99-ms".
measure() {
    local out rps p99 unit
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1")"
    printf '%s\n' "$out" >>"$WORK/wrk.log"
    rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    unit="${p99//[0-9.]/}"
    p99="${p99%$unit}"
    case "$unit" in
        us) p99="$(awk -v v="$p99" 'BEGIN {printf "%.2f", v / 1000}')" ;;
        ms) ;;
        s) p99="$(awk -v v="$p99" 'BEGIN {printf "%.2f", v * 1000}')" ;;
    esac
    printf '%s %s\n' "$rps" "$p99"
}

say "bench: measuring (${DURATION}s per run, $CONNECTIONS connections, $THREADS wrk threads)..."
read -r n_board_rps n_board_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/board")
read -r g_board_rps g_board_p99 < <(measure "http://127.0.0.1:$HTTP/board/$CODE")
read -r n_json_rps n_json_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/notices")
read -r g_json_rps g_json_p99 < <(measure "http://127.0.0.1:$HTTP/api/public/divisions/$CODE/notices")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$1" -v p="$2" 'BEGIN {print (r >= 0.5 && p <= 20) ? "meets" : "misses"}'; }
board_ratio="$(ratio "$g_board_rps" "$n_board_rps")"
json_ratio="$(ratio "$g_json_rps" "$n_json_rps")"

cat <<EOF
Run on $(date '+%F %H:%M %Z'), $(nproc) cores, $(awk '/model name/ {$1=$2=$3=""; print; exit}' /proc/cpuinfo | sed 's/^ *//'),
wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency on loopback, $NOTICES published notices on the board,
board page $(stat -c %s "$WORK/www/board/index.html") bytes, notices JSON $(stat -c %s "$WORK/www/json/notices.json") bytes.

| Endpoint | nginx req/s | Gongshi req/s | ratio (target ≥ 0.50) | nginx p99 ms | Gongshi p99 ms (target ≤ 20) | target |
|---|---:|---:|---:|---:|---:|---|
| \`/board/$CODE\` | $n_board_rps | $g_board_rps | $board_ratio | $n_board_p99 | $g_board_p99 | $(verdict "$board_ratio" "$g_board_p99") |
| \`/api/public/divisions/$CODE/notices\` | $n_json_rps | $g_json_rps | $json_ratio | $n_json_p99 | $g_json_p99 | $(verdict "$json_ratio" "$g_json_p99") |
EOF
say "bench: raw wrk output in $WORK/wrk.log"
