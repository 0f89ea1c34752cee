#!/usr/bin/env bash
# Soak benchmark of the public site (see BENCHMARKS.md): mixed visitor traffic for a fixed time.
#
#   benchmark/soak.sh                      (SOAK_DURATION=10m, SOAK_CONNECTIONS=20, SOAK_ITEMS=100000)
#   SOAK_DURATION=2m benchmark/soak.sh     (a short check)
#
# Needs JDK 17 (jcmd), Maven, curl and Debian's `wrk` (checked, never installed); builds what it needs itself
# (`mvn -DskipTests -pl devserver -am package`, nothing installed into ~/.m2).
# 1. starts the dev server (embedded MariaDB on 127.0.0.1:3307, WildFly on 127.0.0.1:8080, demo data) on run.sh's
#    work directory benchmark/target/run (the generated items are kept and shared with run.sh), with a GC log;
# 2. ensures SOAK_ITEMS generated items (ContentGenerator, idempotent; the dev server restarts after a generation);
# 3. mixes visitor requests from what the home and category pages link to: home, item and category pages, search
#    pages, the public API (lists, search, one item, categories), RSS and the sitemap — no cache bypass;
# 4. a warm-up (SOAK_WARMUP, 60 s), then heap after a full GC (jcmd GC.run, GC.heap_info), then
#    `wrk -t2 -c20 -d10m --timeout 2s` over the mix, then the heap after a full GC again;
# 5. prints requests, error statuses, socket errors and timeouts, p50/p99/max, requests over 1 s, the heap at start
#    and end, the longest GC pauses, and the targets (0 error statuses, 0 requests over 1 s, 0 timeouts, heap at the
#    end within 10% of the start);
# 6. stops WildFly and MariaDB on any exit (also Ctrl+C or a failure).
# Output on stdout and in benchmark/target/soak-results.txt; raw wrk output, GC log and the request mix in
# benchmark/target/.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/benchmark"
TARGET="$BENCH/target"
DURATION=${SOAK_DURATION:-10m}
WARMUP=${SOAK_WARMUP:-60s}
CONNECTIONS=${SOAK_CONNECTIONS:-20}
TIMEOUT=${SOAK_TIMEOUT:-2s}
ITEMS=${SOAK_ITEMS:-100000}
THREADS=2
HOST=127.0.0.1
APP_PORT=8080
DB_PORT=3307
APP="http://$HOST:$APP_PORT"
DB_URL="jdbc:mariadb://$HOST:$DB_PORT/portal"
GC_LOG="$TARGET/soak-gc.log"
DEV_JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Xlog:gc:file=$GC_LOG:uptime"

# shellcheck source=benchmark/devserver.sh
source "$BENCH/devserver.sh"

stop_on_exit
need_packages wrk:wrk curl:curl
check_basics $APP_PORT $DB_PORT
need jcmd || die "jcmd (from the JDK 17) is needed"

prepare_build
: >"$TARGET/devserver.log"
start_devserver
generate_items "$ITEMS" >/dev/null
WILDFLY_PID=$(pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$RUN_DIR/standalone" | head -1 || true)
[ -n "$WILDFLY_PID" ] || die "WildFly's process was not found"

# ---------------------------------------------------------------- the request mix
urlencode() {
    local LC_ALL=C s=$1 i c out=""
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case "$c" in
            [a-zA-Z0-9.~_-]) out+=$c ;;
            *) out+=$(printf '%%%02X' "'$c") ;;
        esac
    done
    printf '%s' "$out"
}
links() { curl -sf -m 30 "$APP$1" | grep -o "href=\"/$2/[^\"?#]*\"" | sed 's/^href="//; s/"$//' || true; }
mapfile -t CATEGORIES < <(links / chuyen-muc | sort -u)
[ ${#CATEGORIES[@]} -gt 0 ] || die "the home page links no category"
mapfile -t ITEMS_SEEN < <({ links / tin; for c in "${CATEGORIES[@]}"; do links "$c" tin; done; } | sort -u)
[ ${#ITEMS_SEEN[@]} -gt 0 ] || die "no item page is linked from the home and category pages"
QUERIES=()
for q in "cải cách hành chính" "cai cach hanh chinh" "nông thôn mới" "nong thon moi" "chuyển đổi số" "chuyen doi so" \
         "xã" "Xuân Đường" "xuan duong" "hội nghị" "hoi nghi" "ủy ban nhân dân" "uy ban" "dịch vụ công trực tuyến" \
         "an toàn giao thông" "Sông Ray" "long giao" "giảm nghèo bền vững" "phòng cháy, chữa cháy" "Cẩm Mỹ"; do
    QUERIES+=("$(urlencode "$q")")
done
MIX="$TARGET/soak-paths.txt"
: >"$MIX"
for ((i = 0; i < 4000; i++)); do
    item=${ITEMS_SEEN[i % ${#ITEMS_SEEN[@]}]}
    category=${CATEGORIES[i % ${#CATEGORIES[@]}]}
    query=${QUERIES[i % ${#QUERIES[@]}]}
    case $((i % 20)) in
        0 | 1 | 2) echo "/" ;;
        3 | 4 | 5 | 6 | 7 | 8) echo "$item" ;;
        9 | 10 | 11) echo "$category" ;;
        12 | 13) echo "/tim-kiem?q=$query" ;;
        14) echo "/api/v1/items?page=$((i % 50))" ;;
        15) echo "/api/v1/items?q=$query" ;;
        16) echo "/api/v1/items/${item#/tin/}" ;;
        17) echo "/api/v1/items?category=${category#/chuyen-muc/}" ;;
        18) echo "/rss" ;;
        19) echo "/sitemap.xml" ;;
    esac
done >>"$MIX"
log "Mix: ${#ITEMS_SEEN[@]} items, ${#CATEGORIES[@]} categories, ${#QUERIES[@]} searches, API, RSS, sitemap ($MIX)"

# ---------------------------------------------------------------- heap after a full GC
heap_after_gc() {   # prints the used heap in MB after a full collection
    timeout 60 jcmd "$WILDFLY_PID" GC.run >/dev/null
    timeout 60 jcmd "$WILDFLY_PID" GC.heap_info | awk '/used/ {
        for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/[,K]+$/, "", v); printf "%.1f\n", v / 1024; exit } }'
}
soak_wrk() {    # soak_wrk DURATION OUTPUT
    run env SOAK_PATHS="$MIX" timeout --signal=INT --kill-after=30 "$(( $(to_seconds "$1") + 60 ))" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout "$TIMEOUT" -s "$BENCH/soak.lua" "$APP" >"$2" 2>&1
}
to_seconds() { awk -v d="$1" 'BEGIN { n = d + 0; u = d; sub(/^[0-9.]+/, "", u)
    if (u == "m") n *= 60; else if (u == "h") n *= 3600; printf "%d", n }'; }

log "Warm-up: $WARMUP over the mix"
soak_wrk "$WARMUP" "$TARGET/soak-warmup.txt" || log "the warm-up's wrk ended with an error, see $TARGET/soak-warmup.txt"
HEAP_START=$(heap_after_gc)
GC_LINES_BEFORE=$(wc -l <"$GC_LOG" 2>/dev/null || echo 0)
log "Heap after a full GC: $HEAP_START MB. Soak: $DURATION, $CONNECTIONS connections, timeout $TIMEOUT"
STARTED=$(date -u '+%Y-%m-%d %H:%MZ')
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
soak_wrk "$DURATION" "$TARGET/soak-wrk.txt" || log "wrk ended with an error, see $TARGET/soak-wrk.txt"
HEAP_END=$(heap_after_gc)

line=$(grep '^SOAK ' "$TARGET/soak-wrk.txt" || true)
[ -n "$line" ] || die "wrk printed no result; see $TARGET/soak-wrk.txt"
value() { printf '%s\n' "$line" | sed -n "s/.*[[:space:]]$1=\\([^[:space:]]*\\).*/\\1/p"; }
# the collections during the soak only: the longest pauses, and the full collections jcmd asked for left out
PAUSES=$(tail -n +"$((GC_LINES_BEFORE + 1))" "$GC_LOG" 2>/dev/null | grep 'Pause' | grep -v 'System.gc' \
    | sed -n 's/.* \([0-9.]*\)ms$/\1/p' | sort -rn)
{
    printf '\nSoak of the public site, %s, %s connections, wrk --timeout %s, started %s\n' "$DURATION" "$CONNECTIONS" "$TIMEOUT" "$STARTED"
    printf '%s core(s), shared by wrk, WildFly and MariaDB; load average before: %s; %s generated items\n' \
        "$(nproc)" "$LOAD_BEFORE" "$ITEMS"
    printf 'mix per 20 requests: 3 home, 6 items, 3 categories, 2 search pages, 4 API (list, search, item, category), 1 RSS, 1 sitemap\n\n'
    printf '%-28s %s\n' "requests" "$(value requests) ($(value rps) req/s)"
    printf '%-28s %s\n' "error statuses (non-2xx/3xx)" "$(value status_errors)"
    printf '%-28s %s\n' "timeouts (> $TIMEOUT)" "$(value timeout)"
    printf '%-28s %s\n' "other socket errors" "connect $(value connect), read $(value read), write $(value write)"
    printf '%-28s %s\n' "latency p50 / p99 / max" "$(value p50_ms) / $(value p99_ms) / $(value max_ms) ms"
    printf '%-28s %s\n' "requests over 1 s" "$(value over_1s)"
    printf '%-28s %s\n' "heap after full GC" "start $HEAP_START MB, end $HEAP_END MB"
    printf '%-28s %s\n' "GC pauses during the soak" "$(printf '%s\n' "$PAUSES" | grep -c . || true), longest: $(printf '%s\n' "$PAUSES" | head -3 | tr '\n' ' ')ms"
    awk -v e="$(value status_errors)" -v t="$(value timeout)" -v s="$(value over_1s)" -v h0="$HEAP_START" -v h1="$HEAP_END" 'BEGIN {
        printf "\ntargets: 0 error statuses: %s; 0 requests over 1 s and no timeout: %s; heap at the end within 10%% of the start: %s\n",
            (e == 0 ? "met" : "NOT met"), (s == 0 && t == 0 ? "met" : "NOT met"), (h1 <= h0 * 1.1 ? "met" : "NOT met") }'
} | tee "$TARGET/soak-results.txt"
