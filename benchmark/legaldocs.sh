#!/usr/bin/env bash
# Benchmark of the legal documents' public pages (see benchmark/README.md).
#
#   benchmark/legaldocs.sh          (BENCH_DOCS=50000, BENCH_ROUNDS=3, BENCH_DURATION=10s, BENCH_WARMUP=3s,
#                                    BENCH_JIT_WARMUP=15s)
#
# Builds what it needs itself (`mvn -DskipTests -pl devserver -am package`; nothing installed into ~/.m2) and
# needs Debian's `wrk` and `nginx` (checked, never installed).
#
# 1. starts the dev server (embedded MariaDB on 127.0.0.1:3307 + WildFly on 127.0.0.1:8080, demo data) with its
#    work directory in benchmark/target/legaldocs-run (apart from run.sh's, so the 100,000 items are not needed);
# 2. fills the database with BENCH_DOCS (50,000) generated legal documents (LegalDocumentGenerator, idempotent: kept
#    in that directory until it is deleted); after a generation the dev server is restarted;
# 3. saves the rendered list page /van-ban and one generated document's page, and serves both with nginx on
#    127.0.0.1:8088 under the same paths;
# 4. BENCH_ROUNDS (3) rounds of every scenario, each a 3 s warm-up, then `wrk -t2 -c50 -d10s --latency` with
#    benchmark/bench.lua: nginx's two pages, the same pages from the page cache (plain), a filtered list from the
#    cache, and the searches (the page, the page with a filter, the API) with the cache's bypass header, rotating over
#    benchmark/legaldocs-queries.txt; the searches also with one connection (information: the service time without
#    queueing); the server is drained between runs;
# 5. prints one table of medians over the rounds: requests, req/s, p50/p95/p99, % of the nginx twin of the same round,
#    size, non-2xx, errors, the spread (min–max) of the figure the target reads, target, met (by the median);
# 6. stops nginx, WildFly and MariaDB on any exit (also Ctrl+C or a failure).
#
# Options for a shorter look (BENCHMARKS.md's runs use none of them): BENCH_ONLY=REGEX keeps the scenarios whose name
# matches; BENCH_BUILT=1 uses the clone as built (skips the Maven step: see prepare_build for the build command);
# BENCH_PROFILE=1 records JFR (settings=profile) during the search page at 50 connections (search-page.jfr);
# BENCH_PER_QUERY=1 measures the search page with each query alone, 1 connection, 2 s each (per-query.txt).
#
# Only 127.0.0.1 is targeted; every step is bounded in time. Output: the table on stdout and in
# benchmark/target/legaldocs/results.txt; raw wrk output, the dev server's log and nginx's config beside it.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/benchmark"
TARGET="$BENCH/target"
OUT="$TARGET/legaldocs"
RUN_DIR="$TARGET/legaldocs-run"
DOCS=${BENCH_DOCS:-50000}
ROUNDS=${BENCH_ROUNDS:-3}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
JIT_WARMUP=${BENCH_JIT_WARMUP:-15s}
ONLY=${BENCH_ONLY:-}
THREADS=2
CONNECTIONS=50
HOST=127.0.0.1
APP_PORT=8080
DB_PORT=3307
NGINX_PORT=8088
APP="http://$HOST:$APP_PORT"
NGINX_URL="http://$HOST:$NGINX_PORT"
DB_URL="jdbc:mariadb://$HOST:$DB_PORT/portal"
NGINX=/usr/sbin/nginx
# DevServer's defaults plus the page cache's bypass header, which only the search scenarios send
DEV_JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Dportal.cache.bypass-header=X-Bench-Bypass"
export BENCH_QUERIES="$BENCH/legaldocs-queries.txt"

NGINX_PID=""

# shellcheck source=benchmark/devserver.sh
source "$BENCH/devserver.sh"

stop_nginx() {
    [ -n "$NGINX_PID" ] || return 0
    log "Stopping nginx"
    local tree
    tree=$(tree_of "$NGINX_PID")
    kill_tree TERM "$tree"
    for _ in $(seq 1 20); do alive_in "$tree" || break; sleep 0.5; done
    kill_tree KILL "$tree"
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
}

stop_more() { stop_nginx; }
stop_on_exit

need_packages wrk:wrk "$NGINX":nginx curl:curl
check_basics $APP_PORT $DB_PORT $NGINX_PORT
if [ -n "${BENCH_BUILT:-}" ]; then
    [ -f "$ROOT/ear/target/portal.ear" ] && [ -f "$ROOT/devserver/target/runtime.classpath" ] || die "BENCH_BUILT: the clone is not built"
    CP="$ROOT/devserver/target/classes:$(cat "$ROOT/devserver/target/runtime.classpath")"
else
    prepare_build
fi
mkdir -p "$OUT"
: >"$TARGET/devserver.log"
start_devserver

documents() {
    run java -cp "$CP" vn.ttdt.portal.devserver.LegalDocumentGenerator --url="$DB_URL" --password="$DB_PASSWORD" "$@"
}

log "Generating $DOCS legal documents (idempotent)"
documents --count="$DOCS" | tee "$OUT/generator.txt"
if [ "$(sed -n 's/^RESULT inserted=//p' "$OUT/generator.txt")" != 0 ]; then
    log "Restarting the dev server: its page cache and EclipseLink's cache predate the generated rows"
    stop_devserver
    for _ in $(seq 1 30); do port_in_use "$APP_PORT" || port_in_use "$DB_PORT" || break; sleep 1; done
    start_devserver
fi
documents --sample >"$OUT/sample.txt"
DOCUMENT=$(sed -n 's/^document=//p' "$OUT/sample.txt")
TYPE=$(sed -n 's/^type=//p' "$OUT/sample.txt")
YEAR=$(sed -n 's/^year=//p' "$OUT/sample.txt")
GENERATED=$(sed -n 's/^generated=//p' "$OUT/sample.txt")
[ -n "$DOCUMENT" ] && [ -n "$TYPE" ] || die "no generated document found"
log "Document /van-ban/$DOCUMENT; filter loai=$TYPE&nam=$YEAR ($GENERATED generated documents)"

# ---------------------------------------------------------------- nginx with the same two pages
mkdir -p "$OUT/static" "$OUT/nginx/tmp"
curl -sf -m 30 -o "$OUT/static/list.html" "$APP/van-ban" || die "could not fetch $APP/van-ban"
curl -sf -m 30 -o "$OUT/static/document.html" "$APP/van-ban/$DOCUMENT" || die "could not fetch $APP/van-ban/$DOCUMENT"
chmod 755 "$TARGET" "$OUT" "$OUT/static"
chmod 644 "$OUT/static/"*.html
cat >"$OUT/nginx/nginx.conf" <<CONF
# written by benchmark/legaldocs.sh: the list and a document page as static files, for comparison
$(nginx_user_line)
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $OUT/nginx/tmp/body;
    proxy_temp_path $OUT/nginx/tmp/proxy;
    fastcgi_temp_path $OUT/nginx/tmp/fastcgi;
    uwsgi_temp_path $OUT/nginx/tmp/uwsgi;
    scgi_temp_path $OUT/nginx/tmp/scgi;
    default_type "text/html; charset=UTF-8";
    server {
        listen $HOST:$NGINX_PORT;
        root $OUT/static;
        location = /van-ban { try_files /list.html =404; }
        location / { try_files /document.html =404; }
    }
}
CONF
log "Starting nginx on $HOST:$NGINX_PORT (config benchmark/target/legaldocs/nginx/nginx.conf)"
setsid "$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -e "$OUT/nginx/error.log" &
NGINX_PID=$!
for i in $(seq 1 20); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$NGINX_URL/van-ban" || true)" = 200 ] && break
    kill -0 "$NGINX_PID" 2>/dev/null || die "nginx did not start; see benchmark/target/legaldocs/nginx/error.log"
    [ "$i" -lt 20 ] || die "nginx did not answer on $HOST:$NGINX_PORT"
    sleep 0.5
done
[ "$(curl -s -m 5 "$NGINX_URL/van-ban/$DOCUMENT" | wc -c)" = "$(wc -c <"$OUT/static/document.html")" ] \
    || die "nginx does not serve the saved document page"

# ---------------------------------------------------------------- the cache does what the scenarios assume
x_cache() { curl -s -o /dev/null -D - -m 30 "${@:2}" "$1" | tr -d '\r' | sed -n 's/^[Xx]-[Cc]ache: //p'; }
for url in "$APP/van-ban" "$APP/van-ban?loai=$TYPE&nam=$YEAR" "$APP/van-ban/$DOCUMENT"; do
    x_cache "$url" >/dev/null
    got=$(x_cache "$url")
    [ "$got" = HIT ] && log "X-Cache HIT for $url" || log "WARNING: X-Cache '${got:-none}' for $url, expected HIT"
done
got=$(x_cache "$APP/van-ban?q=x%C3%A3" -H "X-Bench-Bypass: 1")
[ "$got" = BYPASS ] || log "WARNING: X-Cache '${got:-none}' for a search with the bypass header, expected BYPASS"

# ---------------------------------------------------------------- the runs
# name | URL | Lua mode | kind | connections | nginx twin (the reference row a cached page is compared with)
SCENARIOS=(
    "nginx list page|$NGINX_URL/van-ban|plain|reference|$CONNECTIONS|list"
    "nginx document page|$NGINX_URL/van-ban/$DOCUMENT|plain|reference|$CONNECTIONS|document"
    "cached list /van-ban|$APP/van-ban|plain|cached|$CONNECTIONS|list"
    "cached filtered list|$APP/van-ban?loai=$TYPE&nam=$YEAR|plain|cached|$CONNECTIONS|list"
    "cached document page|$APP/van-ban/$DOCUMENT|plain|cached|$CONNECTIONS|document"
    "search page, 1 conn|$APP/van-ban|search|info|1|"
    "search API, 1 conn|$APP/api/v1/legal-documents|search|info|1|"
    "search page /van-ban?q=|$APP/van-ban|search|search|$CONNECTIONS|"
    "filtered search page|$APP/van-ban?nam=$YEAR|search|search|$CONNECTIONS|"
    "search API|$APP/api/v1/legal-documents|search|search|$CONNECTIONS|"
)

[ -z "$ONLY" ] || only_scenarios "$ONLY"

to_ms() {       # wrk's latency ("812.00us", "12.34ms", "1.20s") in ms
    awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}
bench_field() { sed -n "s/.*[[:space:]]$1=\\([^[:space:]]*\\).*/\\1/p" "$2"; }

wrk_run() {     # wrk_run URL MODE TAG DURATION CONNECTIONS OUTPUT
    local threads=$THREADS
    [ "$5" -ge "$threads" ] || threads=$5
    run env BENCH_MODE="$2" BENCH_RUN="$3" timeout --signal=INT --kill-after=5 60 \
        wrk -t"$threads" -c"$5" -d"$4" --timeout 10s --latency -s "$BENCH/bench.lua" "$1" >"$6" 2>&1
}

drain() {       # statements of abandoned requests end and the server is idle (at most 90 s)
    run java -cp "$CP" vn.ttdt.portal.devserver.ContentGenerator --url="$DB_URL" --password="$DB_PASSWORD" \
        --drain=90 --probe="$APP/robots.txt" >"$OUT/drain.txt" || true
    sed 's/^/>>    /' "$OUT/drain.txt" >&2
}

# the JVM compiles the pages' hot code in the background: every page kind first, then measure
for warm in "$APP/van-ban|plain" "$APP/van-ban/$DOCUMENT|plain" "$APP/van-ban|search" "$APP/api/v1/legal-documents|search"; do
    log "JIT warm-up: ${warm%|*} (${warm##*|}), $JIT_WARMUP"
    wrk_run "${warm%|*}" "${warm##*|}" "jit-$$" "$JIT_WARMUP" "$CONNECTIONS" "$OUT/wrk-jit-warmup.txt" || true
done
drain

RESULTS="$OUT/results.tsv"
: >"$RESULTS"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
index=0
for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r name url mode kind connections twin <<<"$scenario"
    index=$((index + 1))
    out="$OUT/wrk-$round-$index.txt"
    log "[round $round/$ROUNDS, $index/${#SCENARIOS[@]}] $name: $connections connection(s), warm-up $WARMUP, then $DURATION"
    wrk_run "$url" "$mode" "warm$round-$index-$$" "$WARMUP" "$connections" "$OUT/wrk-warmup.txt" || true
    [ "$kind" = reference ] || drain
    if [ -n "${BENCH_PROFILE:-}" ] && [ "$round" = 1 ] && [ "$name" = "search page /van-ban?q=" ]; then
        jcmd "$(wildfly_pid)" JFR.start duration="$DURATION" filename="$OUT/search-page.jfr" settings=profile >/dev/null \
            || log "JFR did not start"
    fi
    wrk_run "$url" "$mode" "run$round-$index-$$" "$DURATION" "$connections" "$out" || log "wrk ended with an error, see $out"
    [ "$kind" = reference ] || drain
    p50=$(awk '/Latency Distribution/ {d = 1} d && $1 == "50%" {print $2; exit}' "$out")
    p99=$(awk '/Latency Distribution/ {d = 1} d && $1 == "99%" {print $2; exit}' "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$kind" "$twin" "$connections" \
        "$(sed -n 's/^Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' "$out")" "$(to_ms "${p50:-0}")" \
        "$(bench_field p95_ms "$out")" "$(to_ms "${p99:-0}")" "$(bench_field requests "$out")" "$(bench_field bytes "$out")" \
        "$(bench_field non2xx "$out")" \
        "$(awk '/^BENCH/ {for (i = 2; i <= NF; i++) {split($i, kv, "="); v[kv[1]] = kv[2]} print v["connect"] + v["read"] + v["write"] + v["timeout"]}' "$out")" \
        >>"$RESULTS"
    tail -n 1 "$RESULTS" | awk -F'\t' '{printf ">>    %s requests, %s req/s, p50 %s ms, p95 %s ms, p99 %s ms\n", $10, $6, $7, $8, $9}' >&2
done
done

if [ -n "${BENCH_PER_QUERY:-}" ]; then
    log "Each query alone: the search page, 1 connection, 2 s each (per-query.txt)"
    printf '%-45s %8s %8s %8s\n' query req/s "p50 ms" "p95 ms" >"$OUT/per-query.txt"
    grep -v -e '^#' -e '^[[:space:]]*$' "$BENCH_QUERIES" | while IFS= read -r query; do
        printf '%s\n' "$query" >"$OUT/one-query.txt"
        BENCH_QUERIES="$OUT/one-query.txt" wrk_run "$APP/van-ban" search "q-$$" 2s 1 "$OUT/wrk-one-query.txt" || true
        printf '%-45s %8s %8s %8s\n' "$query" "$(sed -n 's/^Requests\/sec:[[:space:]]*\([0-9.]*\).*/\1/p' "$OUT/wrk-one-query.txt")" \
            "$(bench_field p50_ms "$OUT/wrk-one-query.txt")" "$(bench_field p95_ms "$OUT/wrk-one-query.txt")" >>"$OUT/per-query.txt"
    done
    cat "$OUT/per-query.txt" >&2
fi

{
    printf '\nLegal documents, %s generated, wrk -t%s -c%s -d%s --latency --timeout 10s, %s round(s), %s\n' \
        "$GENERATED" "$THREADS" "$CONNECTIONS" "$DURATION" "$ROUNDS" "$(date -u '+%Y-%m-%d %H:%MZ')"
    printf '%s core(s) %s, shared by wrk, nginx, WildFly and MariaDB; load average before the runs: %s\n\n' \
        "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$LOAD_BEFORE"
    awk -F'\t' -v rounds="$ROUNDS" -f "$BENCH/rounds.awk" -f "$BENCH/legaldocs-table.awk" "$RESULTS"
} | tee "$OUT/results.txt"
