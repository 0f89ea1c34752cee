#!/usr/bin/env bash
# Benchmark of the public pages (see BENCHMARKS.md).
#
#   benchmark/run.sh
#
# Builds what it needs itself (`mvn -DskipTests -pl devserver -am package`; nothing installed into ~/.m2),
# and needs Debian's `wrk` and `nginx` (checked, never installed).
#
# 1. starts the dev server (embedded MariaDB on 127.0.0.1:3307 + WildFly on 127.0.0.1:8080, demo
#    data) with its work directory in benchmark/target/run, waits for http://127.0.0.1:8080/;
# 2. fills the database with BENCH_ITEMS (100,000) generated items (ContentGenerator, idempotent:
#    kept in benchmark/target/run until that folder is deleted); after a generation the dev server is
#    restarted, since rows written past the application are unknown to its page cache;
# 3. saves the rendered page of one generated item and serves it with nginx on 127.0.0.1:8088;
# 4. BENCH_ROUNDS (3) rounds of every scenario: a 3 s warm-up, then `wrk -t2 -c50 -d10s --latency`
#    (BENCH_DURATION). Throughput is read unpaced (as many requests as the server takes); latency is read
#    paced, at a fixed offered rate (300 and 600 req/s, bench.lua's schedule); the uncached and search
#    scenarios also run with 1 connection (information: service time without queueing); between
#    scenarios, statements of abandoned requests are ended (ContentGenerator --drain);
#    prints one table of medians over the rounds with the spread (min–max) of the figure a target reads:
#    req/s, p50/p95/p99, % of the same round's nginx, size, non-2xx, socket errors, target, met, next
#    step, met;
# 5. stops nginx, WildFly and MariaDB on any exit (also Ctrl+C or a failure).
#
# Only 127.0.0.1 is targeted. Every step is bounded: wrk runs are timed, waits have deadlines.
# Output: the table on stdout and in benchmark/target/results.txt; raw wrk output, the dev server's
# log and nginx's config in benchmark/target/.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/benchmark"
TARGET="$BENCH/target"
ITEMS=${BENCH_ITEMS:-100000}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-3s}
JIT_WARMUP=${BENCH_JIT_WARMUP:-15s}
# an extended regular expression: only the scenarios whose name matches run (and warm up), e.g. "search"
ONLY=${BENCH_ONLY:-}
THREADS=2
CONNECTIONS=50
ROUNDS=${BENCH_ROUNDS:-3}
HOST=127.0.0.1
APP_PORT=8080
DB_PORT=3307
NGINX_PORT=8088
APP="http://$HOST:$APP_PORT"
DB_URL="jdbc:mariadb://$HOST:$DB_PORT/portal"
NGINX=/usr/sbin/nginx
# DevServer's defaults plus the page cache's bypass header, which only the uncached and search scenarios send
DEV_JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Dportal.cache.bypass-header=X-Bench-Bypass ${BENCH_JAVA_OPTS:-}"

NGINX_PID=""

# shellcheck source=benchmark/devserver.sh
source "$BENCH/devserver.sh"

stop_nginx() {
    [ -n "$NGINX_PID" ] || return 0
    log "Stopping nginx"
    local tree i
    tree=$(tree_of "$NGINX_PID")
    kill_tree TERM "$tree"
    for i in $(seq 1 20); do alive_in "$tree" || break; sleep 0.5; done
    kill_tree KILL "$tree"
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=""
}

stop_more() { stop_nginx; }
stop_on_exit

# ---------------------------------------------------------------- checks
need_packages wrk:wrk "$NGINX":nginx curl:curl
check_basics $APP_PORT $DB_PORT $NGINX_PORT

prepare_build


: >"$TARGET/devserver.log"
start_devserver

generate_items "$ITEMS"

generator --sample >"$TARGET/sample.txt"
ITEM=$(sed -n 's/^item=//p' "$TARGET/sample.txt")
CATEGORY=$(sed -n 's/^category=//p' "$TARGET/sample.txt")
GENERATED=$(sed -n 's/^generated=//p' "$TARGET/sample.txt")
[ -n "$ITEM" ] && [ -n "$CATEGORY" ] || die "no generated item found"
log "Item /tin/$ITEM, category /chuyen-muc/$CATEGORY ($GENERATED generated items)"

# ---------------------------------------------------------------- nginx with the same item page
mkdir -p "$TARGET/static" "$TARGET/nginx/tmp"
NGINX_USER=$(nginx_user_line)
curl -sf -m 30 -o "$TARGET/static/item.html" "$APP/tin/$ITEM" || die "could not fetch $APP/tin/$ITEM"
chmod 755 "$TARGET" "$TARGET/static"
chmod 644 "$TARGET/static/item.html"
cat >"$TARGET/nginx/nginx.conf" <<EOF
# written by benchmark/run.sh: the item page as a static file, for comparison
$NGINX_USER
worker_processes auto;
daemon off;
pid $TARGET/nginx/nginx.pid;
error_log $TARGET/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path $TARGET/nginx/tmp/body;
    proxy_temp_path $TARGET/nginx/tmp/proxy;
    fastcgi_temp_path $TARGET/nginx/tmp/fastcgi;
    uwsgi_temp_path $TARGET/nginx/tmp/uwsgi;
    scgi_temp_path $TARGET/nginx/tmp/scgi;
    server {
        listen $HOST:$NGINX_PORT;
        root $TARGET/static;
        location / {
            default_type "text/html; charset=UTF-8";
            try_files /item.html =404;
        }
    }
}
EOF
log "Starting nginx on $HOST:$NGINX_PORT (config benchmark/target/nginx/nginx.conf)"
setsid "$NGINX" -p "$TARGET/nginx" -c "$TARGET/nginx/nginx.conf" -e "$TARGET/nginx/error.log" &
NGINX_PID=$!
for i in $(seq 1 20); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://$HOST:$NGINX_PORT/tin/$ITEM" || true)" = 200 ] && break
    kill -0 "$NGINX_PID" 2>/dev/null || die "nginx did not start; see benchmark/target/nginx/error.log"
    [ "$i" -lt 20 ] || die "nginx did not answer on $HOST:$NGINX_PORT"
    sleep 0.5
done
[ "$(curl -s -m 5 "http://$HOST:$NGINX_PORT/tin/$ITEM" | wc -c)" = "$(wc -c <"$TARGET/static/item.html")" ] \
    || die "nginx does not serve the saved page"

# ---------------------------------------------------------------- the cache does what the scenarios assume
x_cache() { curl -s -o /dev/null -D - -m 30 "${@:2}" "$1" | tr -d '\r' | sed -n 's/^[Xx]-[Cc]ache: //p'; }
check_cache() {     # check_cache URL EXPECTED [curl options]
    local got
    got=$(x_cache "$1" "${@:3}")
    if [ "$got" = "$2" ]; then
        log "X-Cache $got for $1 ${*:3}"
    else
        log "WARNING: X-Cache '${got:-none}' for $1 ${*:3}, expected $2"
    fi
}
for path in / "/chuyen-muc/$CATEGORY" "/tin/$ITEM"; do
    x_cache "$APP$path" >/dev/null
    check_cache "$APP$path" HIT
done
# parameters a page does not read share its entry; the bypass header renders every time
check_cache "$APP/tin/$ITEM?r=check-$$" HIT
check_cache "$APP/tin/$ITEM?r=check-$$" BYPASS -H "X-Bench-Bypass: 1"
check_cache "$APP/chuyen-muc/$CATEGORY?r=check-$$" BYPASS -H "X-Bench-Bypass: 1"
check_cache "$APP/tim-kiem?q=x%C3%A3&r=check-$$" BYPASS -H "X-Bench-Bypass: 1"

# ---------------------------------------------------------------- the runs
# name | URL | Lua mode | kind | connections | offered req/s (empty: unpaced)
# kind says what a row is measured for: reference (nginx), cached (% of nginx), uncached (req/s, unpaced),
# search (p95 at 50 connections, unpaced), paced (p99, or p95 for search, at the offered rate), info.
# The "1 conn" rows are for information: one visitor alone, i.e. the service time of a page without
# queueing. They run before the heavy 50-connection runs, whose abandoned requests would linger into them.
SCENARIOS=(
    "nginx static item|http://$HOST:$NGINX_PORT/tin/$ITEM|plain|reference|$CONNECTIONS|"
    "cached home /|$APP/|plain|cached|$CONNECTIONS|"
    "cached category|$APP/chuyen-muc/$CATEGORY|plain|cached|$CONNECTIONS|"
    "cached item|$APP/tin/$ITEM|plain|cached|$CONNECTIONS|"
    "uncached item, 1 conn|$APP/tin/$ITEM|unique|info|1|"
    "uncached category, 1 conn|$APP/chuyen-muc/$CATEGORY|unique|info|1|"
    "search page, 1 conn|$APP/tim-kiem|search|info|1|"
    "search API, 1 conn|$APP/api/v1/items|search|info|1|"
    "uncached item|$APP/tin/$ITEM|unique|uncached|$CONNECTIONS|"
    "uncached category|$APP/chuyen-muc/$CATEGORY|unique|uncached|$CONNECTIONS|"
    "search page /tim-kiem|$APP/tim-kiem|search|search|$CONNECTIONS|"
    "search API /api/v1/items|$APP/api/v1/items|search|search|$CONNECTIONS|"
    "uncached item @300|$APP/tin/$ITEM|unique|paced|$CONNECTIONS|300"
    "uncached item @600|$APP/tin/$ITEM|unique|paced|$CONNECTIONS|600"
    "uncached category @300|$APP/chuyen-muc/$CATEGORY|unique|paced|$CONNECTIONS|300"
    "uncached category @600|$APP/chuyen-muc/$CATEGORY|unique|paced|$CONNECTIONS|600"
    "search page @300|$APP/tim-kiem|search|paced|$CONNECTIONS|300"
    "search API @300|$APP/api/v1/items|search|paced|$CONNECTIONS|300"
)
[ -z "$ONLY" ] || only_scenarios "$ONLY"

field() { sed -n "s/.*[[:space:]]$1=\\([^[:space:]]*\\).*/\\1/p" "$2"; }

run_wrk() {     # run_wrk URL MODE TAG DURATION CONNECTIONS OUTPUT [OFFERED_RATE]
    local threads=$THREADS
    [ "$5" -ge "$threads" ] || threads=$5
    run env BENCH_MODE="$2" BENCH_RUN="$3" ${7:+BENCH_RATE="$7"} BENCH_THREADS="$threads" \
        timeout --signal=INT --kill-after=5 60 \
        wrk -t"$threads" -c"$5" -d"$4" --timeout 10s --latency -s "$BENCH/bench.lua" "$1" >"$6" 2>&1
}

# Requests whose client (wrk) has gone can still be queued in WildFly or running statements in
# MariaDB; their statements are ended, and the next scenario waits until the server is idle (no
# statement, /robots.txt answering within 100 ms; at most 90 s).
drain() {
    generator --drain=90 --probe="$APP/robots.txt" >"$TARGET/drain.txt" || true
    sed 's/^/>>    /' "$TARGET/drain.txt" >&2
}

# The JVM compiles the hot code of every page in the background, on one compiler thread that shares
# the two cores with everything else; after a short warm-up it still has thousands of methods queued
# and compiles for minutes, taking a core away from whichever scenario runs then. So every page kind
# is loaded first, and the scenarios start once the compile queues are empty (at most 5 minutes).
jit_warm_up() {
    local pid url mode started=$SECONDS
    # the JVM itself, not standalone.sh, which carries the same argument
    pid=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$TARGET/run/standalone" | head -1 || true)
    for url in "$APP/|plain" "$APP/tin/$ITEM|unique" "$APP/chuyen-muc/$CATEGORY|unique" "$APP/tim-kiem|search" \
               "$APP/api/v1/items|search"; do
        # with BENCH_ONLY, only the pages of the scenarios kept
        [ -z "$ONLY" ] || printf '%s\n' "${SCENARIOS[@]}" | grep -qF -- "|$url|" || continue
        mode=${url##*|}
        url=${url%|*}
        log "JIT warm-up: $url ($mode), $JIT_WARMUP"
        run_wrk "$url" "$mode" "jit-$$" "$JIT_WARMUP" "$CONNECTIONS" "$TARGET/wrk-jit-warmup.txt" || true
    done
    drain
    if [ -z "$pid" ] || ! need jcmd; then
        log "JIT warm-up: no jcmd or WildFly process; not waiting for the compile queues"
        return 0
    fi
    while [ $((SECONDS - started)) -lt 300 ]; do
        if timeout 20 jcmd "$pid" Compiler.queue 2>/dev/null | awk '/^Current compiles:/ {c = 1; next} /queue:/ {c = 0}
                c && NF {busy = 1} /^[0-9]+ / {busy = 1} END {exit !(NR > 0 && !busy)}'; then
            log "JIT warm-up: compile queues empty after $((SECONDS - started)) s of waiting"
            return 0
        fi
        sleep 5
    done
    log "JIT warm-up: compile queues still busy after 300 s; measuring anyway"
}

RESULTS="$TARGET/results.tsv"
: >"$RESULTS"
jit_warm_up
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
index=0
for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r name url mode kind connections rate <<<"$scenario"
    index=$((index + 1))
    out="$TARGET/wrk-$round-$index.txt"
    log "[round $round/$ROUNDS, $index/${#SCENARIOS[@]}] $name: $connections connection(s)${rate:+, $rate req/s offered}, warm-up $WARMUP, then $DURATION"
    run_wrk "$url" "$mode" "warm$round-$index-$$" "$WARMUP" "$connections" "$TARGET/wrk-warmup.txt" $rate || true
    [ "$kind" = reference ] || drain
    run_wrk "$url" "$mode" "run$round-$index-$$" "$DURATION" "$connections" "$out" $rate || log "wrk ended with an error, see $out"
    [ "$kind" = reference ] || drain
    rps=$(field rps "$out")
    p50=$(field p50_ms "$out")
    p95=$(field p95_ms "$out")
    p99=$(field p99_ms "$out")
    non2xx=$(field non2xx "$out")
    timeouts=$(field timeout "$out")
    errors=$(awk -v c="$(field connect "$out")" -v r="$(field read "$out")" -v w="$(field write "$out")" -v t="$timeouts" \
        'BEGIN {print c + r + w + t}')
    requests=$(field requests "$out")
    bytes=$(field bytes "$out")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$name" "$kind" "${rps:-0}" "${p50:-0}" \
        "${p95:-0}" "${p99:-0}" "${non2xx:-0}" "${errors:-0}" "${timeouts:-0}" "${requests:-0}" "${bytes:-0}" "$connections" \
        "${rate:-}" >>"$RESULTS"
    tail -n 1 "$RESULTS" | awk -F'\t' '{printf ">>    %s requests, %s req/s, p50 %s ms, p95 %s ms, p99 %s ms, non-2xx %s, socket errors %s\n", $11, $4, $5, $6, $7, $8, $9}' >&2
done
done

# ---------------------------------------------------------------- the table
{
    printf '\nPublic pages, %s generated items, wrk -t%s -c%s -d%s --latency --timeout 10s, %s\n' \
        "$GENERATED" "$THREADS" "$CONNECTIONS" "$DURATION" "$(date -u '+%Y-%m-%d %H:%MZ')"
    printf '%s core(s) %s, shared by wrk, nginx, WildFly and MariaDB; load average before the runs: %s\n\n' \
        "$(nproc)" "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$LOAD_BEFORE"
    awk -F'\t' -v rounds="$ROUNDS" -f "$BENCH/rounds.awk" -f "$BENCH/table.awk" "$RESULTS"
} | tee "$TARGET/results.txt"
