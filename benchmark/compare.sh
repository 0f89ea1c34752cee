#!/usr/bin/env bash
# Service time of the uncached public pages, an old build against this one, on a shared (loaded) machine
# (see BENCHMARKS.md, "Service time, old vs new").
#
#   benchmark/compare.sh OLD_CLONE
#
# OLD_CLONE is another clone of the project (e.g. `git clone` of main beside this one). Both clones must be built:
#   mvn -o -q -B -DskipTests -pl devserver -am package dependency:build-classpath -DincludeScope=runtime \
#       -Dmdep.outputFile=target/runtime.classpath
# Both builds run against one database (benchmark/target/compare/run, COMPARE_ITEMS generated items, 20,000 by default),
# one dev server at a time, in the order old, new, old, new, … (COMPARE_ROUNDS pairs, 3 by default), so that whatever
# else loads the machine falls on both alike. Each pair (the first with the data) runs under the integration tests'
# lock (/tmp/portal-it.lock: the dev server takes their ports 8080 and 3307), ≈ 4 minutes each; COMPARE_ONE_HOLD=1
# takes every round under one hold (≈ 12 minutes for 3 rounds). Per build and round: a warm-up of each page (COMPARE_WARMUP at 50
# connections), then each scenario with 1 connection (the service time: p50, p95) and with 50 connections unpaced
# (req/s), COMPARE_DURATION each. Once per build, the SQL statements one request of each page runs (MariaDB's general
# log, read as the database's administrator through its socket). COMPARE_PROFILE=1 also records JFR during the
# item page (with COMPARE_SET=search: each search page and API) at 50 connections of round 1
# (benchmark/target/compare/<build>-<page>.jfr). The pages of round 1 are kept beside
# (<build>-<page>.html) to compare what both builds write.
# COMPARE_ONLY=REGEX keeps only the scenarios whose name matches (e.g. 'item|category').
# COMPARE_SET=search measures the searches instead (issues 12 and 15): the items' search page and API and the legal
# documents' search page, filtered search page and API (benchmark/legaldocs-queries.txt), on COMPARE_DOCS (50,000)
# generated legal documents besides the items.
# Output: benchmark/target/compare/results.txt (medians of the rounds), raw wrk output beside it.
set -Eeuo pipefail

NEW_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OLD_ROOT=$(cd "${1:?usage: benchmark/compare.sh OLD_CLONE}" && pwd)
BENCH="$NEW_ROOT/benchmark"
TARGET="$BENCH/target/compare"
RUN_DIR="$TARGET/run"
ITEMS=${COMPARE_ITEMS:-20000}
SET=${COMPARE_SET:-pages}
DOCS=${COMPARE_DOCS:-50000}
ROUNDS=${COMPARE_ROUNDS:-3}
WARMUP=${COMPARE_WARMUP:-5s}
DURATION=${COMPARE_DURATION:-5s}
# 1: every round under one hold of the lock (when the lock is much sought: flock is no queue); else one hold per pair
ONE_HOLD=${COMPARE_ONE_HOLD:-}
HOST=127.0.0.1
APP_PORT=8080
DB_PORT=3307
APP="http://$HOST:$APP_PORT"
DB_URL="jdbc:mariadb://$HOST:$DB_PORT/portal"
LOCK=/tmp/portal-it.lock
DEV_JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Dportal.cache.bypass-header=X-Bench-Bypass"

# shellcheck source=benchmark/devserver.sh
source "$BENCH/devserver.sh"
stop_on_exit
need_packages wrk:wrk curl:curl flock:util-linux

mkdir -p "$TARGET"
: >"$TARGET/devserver.log"
for root in "$OLD_ROOT" "$NEW_ROOT"; do
    [ -f "$root/ear/target/portal.ear" ] && [ -f "$root/devserver/target/runtime.classpath" ] \
        && [ -x "$root/wildfly-config/target/wildfly/bin/standalone.sh" ] || die "$root is not built (see the head of this script)"
done

use_build() {   # use_build old|new: the dev server and tools of that clone
    BUILD=$1
    ROOT=$([ "$1" = old ] && echo "$OLD_ROOT" || echo "$NEW_ROOT")
    CP="$ROOT/devserver/target/classes:$(cat "$ROOT/devserver/target/runtime.classpath")"
}

field() { sed -n "s/.*[[:space:]]$1=\\([^[:space:]]*\\).*/\\1/p" "$2"; }

run_wrk() {     # run_wrk URL MODE TAG DURATION CONNECTIONS OUTPUT [QUERIES_FILE]
    local threads=2
    [ "$5" -ge "$threads" ] || threads=$5
    run env BENCH_MODE="$2" BENCH_RUN="$3" BENCH_THREADS="$threads" ${7:+BENCH_QUERIES="$7"} timeout --signal=INT --kill-after=5 60 \
        wrk -t"$threads" -c"$5" -d"$4" --timeout 10s --latency -s "$BENCH/bench.lua" "$1" >"$6" 2>&1
}

drain() { generator --drain=60 --probe="$APP/robots.txt" >"$TARGET/drain.txt" || true; }

# The database's administrator through its socket (the embedded server lets the OS user that runs it in as root).
admin_sql() {
    local client socket
    client=$(find "$RUN_DIR/mariadb/base" -path '*/bin/mariadb' -type f | head -1)
    socket=$(find "$TARGET/jvm-tmp" -maxdepth 1 -name "*$DB_PORT.sock" -type s 2>/dev/null | head -1)
    [ -n "$client" ] && [ -n "$socket" ] || die "no mariadb client under $RUN_DIR/mariadb/base or socket in $TARGET/jvm-tmp"
    "$client" --no-defaults --socket="$socket" -uroot -N -B -e "$1"
}

# Statements one request of URL runs: the least of 3 tries (a background timer may add to one), from the general log.
statements() {  # statements URL [curl options]
    local log least="" i count
    for i in 1 2 3; do
        log="$RUN_DIR/general-$BUILD-$i-$$.log"
        admin_sql "SET GLOBAL general_log_file='$log'; SET GLOBAL log_output='FILE'; SET GLOBAL general_log=ON"
        curl -s -o /dev/null -m 10 "${@:2}" "$1"
        admin_sql "SET GLOBAL general_log=OFF"
        count=$(grep -cE '^[[:space:]0-9:T.Z-]*[0-9]+ (Query|Execute)[[:space:]]' "$log" | tr -d ' ' || true)
        count=$((count - $(grep -cE 'general_log|log_output' "$log" || true)))
        if [ -z "$least" ] || [ "$count" -lt "$least" ]; then least=$count; fi
        rm -f "$log"
    done
    echo "$least"
}

legal_documents() {
    run java -cp "$CP" vn.ttdt.portal.devserver.LegalDocumentGenerator --url="$DB_URL" --password="$DB_PASSWORD" "$@"
}

# name | URL | wrk mode | queries file (search mode)
SCENARIOS=()
set_scenarios() {
    if [ "$SET" = search ]; then
        SCENARIOS=(
            "items page|$APP/tim-kiem|search|"
            "items API|$APP/api/v1/items|search|"
            "legal page|$APP/van-ban|search|$BENCH/legaldocs-queries.txt"
            "legal year|$APP/van-ban?nam=$YEAR|search|$BENCH/legaldocs-queries.txt"
            "legal API|$APP/api/v1/legal-documents|search|$BENCH/legaldocs-queries.txt"
        )
        return
    fi
    SCENARIOS=(
        "item|$APP/tin/$ITEM|unique|"
        "category|$APP/chuyen-muc/$CATEGORY|unique|"
        "search page|$APP/tim-kiem|search|"
        "search API|$APP/api/v1/items|search|"
    )
    if [ -n "${COMPARE_ONLY:-}" ]; then   # a regular expression over the scenario names
        local kept=() scenario
        for scenario in "${SCENARIOS[@]}"; do
            [[ ${scenario%%|*} =~ $COMPARE_ONLY ]] && kept+=("$scenario")
        done
        SCENARIOS=("${kept[@]}")
    fi
}

RESULTS="$TARGET/results.tsv"
STATEMENTS="$TARGET/statements.tsv"

# Round 1 also keeps the listings' pages (<build>-listing-<n>.html, status and address in <build>-listings.tsv): every
# category (hidden ones too) at its first and second pages, past its last page and at odd page numbers (0, negative,
# padded, not a number, empty), an unknown category, two keywords' pages, two search pages and the procedures' second
# page, with their paging.
keep_listings() {
    local path n=0 tag
    : >"$TARGET/$BUILD-listings.tsv"
    {
        for path in $(admin_sql "SELECT CONCAT('/chuyen-muc/', slug) FROM portal.category ORDER BY slug"); do
            printf '%s\n' "$path" "$path?trang=2" "$path?trang=0" "$path?trang=-3" "$path?trang=007" "$path?trang=99999" \
                "$path?trang=hai" "$path?trang=" "$path/?trang=3&x=1"
        done
        printf '%s\n' /chuyen-muc/khong-co-chuyen-muc-nay "/tim-kiem?q=n%C3%B4ng+th%C3%B4n&trang=2" "/tim-kiem?q=a%26b+%231" \
            "/thu-tuc-hanh-chinh?trang=2"
        for tag in $(admin_sql "SELECT DISTINCT slug FROM portal.content_item_tag ORDER BY slug LIMIT 2"); do
            printf '%s\n' "/the/$tag" "/the/$tag?trang=2"
        done
    } | while read -r path; do
        n=$((n + 1))
        printf '%s\t%s\n' "$(curl -s -m 10 -H 'X-Bench-Bypass: 1' -o "$TARGET/$BUILD-listing-$n.html" -w '%{http_code}' "$APP$path")" \
            "$path" >>"$TARGET/$BUILD-listings.tsv"
    done
}

measure_build() {   # measure_build ROUND
    local round=$1 scenario name url mode connections out
    start_devserver
    if [ "$round" = 1 ]; then
        for scenario in "${SCENARIOS[@]}"; do
            IFS='|' read -r name url mode queries <<<"$scenario"
            case $mode in
                search) url="$url$([[ $url == *\?* ]] && echo '&' || echo '?')q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi" ;;
            esac
            printf '%s\t%s\t%s\n' "$BUILD" "$name" "$(statements "$url" -H 'X-Bench-Bypass: 1')" >>"$STATEMENTS"
            curl -s -m 10 -H 'X-Bench-Bypass: 1' -o "$TARGET/$BUILD-${name// /-}.html" "$url"
        done
        for slug in $(admin_sql "SELECT slug FROM portal.content_item WHERE state = 'PUBLISHED' AND slug NOT LIKE 'bm-%'"); do
            curl -s -m 10 -H 'X-Bench-Bypass: 1' -o "$TARGET/$BUILD-demo-$slug.html" "$APP/tin/$slug"
        done
        keep_listings
    fi
    for scenario in "${SCENARIOS[@]}"; do
        IFS='|' read -r name url mode queries <<<"$scenario"
        log "[$BUILD, round $round] warm-up $name, $WARMUP"
        run_wrk "$url" "$mode" "warm$round-$$" "$WARMUP" 50 "$TARGET/wrk-warmup.txt" "$queries" || true
    done
    drain
    for connections in 1 50; do
        for scenario in "${SCENARIOS[@]}"; do
            IFS='|' read -r name url mode queries <<<"$scenario"
            out="$TARGET/wrk-$BUILD-$round-$connections-${name// /-}.txt"
            if [ "$connections" = 50 ] && [ "$round" = 1 ] && [ -n "${COMPARE_PROFILE:-}" ] \
                && [[ $name == item || $name == category || $name == *page || $name == *API ]]; then
                jcmd "$(wildfly_pid)" JFR.start duration=$DURATION filename="$TARGET/$BUILD-${name// /-}.jfr" settings=profile \
                    >/dev/null || true
            fi
            run_wrk "$url" "$mode" "run$round-$$" "$DURATION" "$connections" "$out" "$queries" || log "wrk failed, see $out"
            [ "$connections" = 1 ] || drain
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$BUILD" "$round" "$name" "$connections" "$(field rps "$out")" \
                "$(field p50_ms "$out")" "$(field p95_ms "$out")" "$(( $(field non2xx "$out") + 0 ))" >>"$RESULTS"
            tail -n 1 "$RESULTS" | awk -F'\t' '{printf ">>    %s %s, %s conn: %s req/s, p50 %s ms, p95 %s ms, non-2xx %s\n", $1, $3, $4, $5, $6, $7, $8}' >&3
        done
    done
    stop_devserver
}

# ---------------------------------------------------------------- data, under the lock
exec 9>"$LOCK"
use_build new
log "Waiting for the lock $LOCK (data and round 1)"
flock 9
# the data of an earlier run with as many items (and legal documents) is kept (benchmark/target/compare/run)
need_items=$([ "$(sed -n 's/^generated=//p' "$TARGET/sample.txt" 2>/dev/null)" != "$ITEMS" ] && echo 1 || true)
need_documents=$([ "$SET" = search ] && [ "$(sed -n 's/^generated=//p' "$TARGET/legal-sample.txt" 2>/dev/null)" != "$DOCS" ] \
    && echo 1 || true)
if [ -n "$need_items" ] || [ -n "$need_documents" ]; then
    start_devserver
    if [ -n "$need_items" ]; then
        generator --count="$ITEMS" >"$TARGET/generator.txt"
        generator --sample >"$TARGET/sample.txt"
    fi
    if [ -n "$need_documents" ]; then
        legal_documents --count="$DOCS" >"$TARGET/legal-generator.txt"
        legal_documents --sample >"$TARGET/legal-sample.txt"
    fi
    stop_devserver
fi
YEAR=$(sed -n 's/^year=//p' "$TARGET/legal-sample.txt" 2>/dev/null || true)
ITEM=$(sed -n 's/^item=//p' "$TARGET/sample.txt")
CATEGORY=$(sed -n 's/^category=//p' "$TARGET/sample.txt")
GENERATED=$(sed -n 's/^generated=//p' "$TARGET/sample.txt")
[ -n "$ITEM" ] && [ -n "$CATEGORY" ] || die "no generated item found"
set_scenarios
log "Item /tin/$ITEM, category /chuyen-muc/$CATEGORY ($GENERATED generated items)"

: >"$RESULTS"
: >"$STATEMENTS"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq 1 "$ROUNDS"); do
    if [ "$round" -gt 1 ] && [ -z "$ONE_HOLD" ]; then
        log "Waiting for the lock $LOCK (round $round)"
        flock 9
    fi
    for build in old new; do
        use_build "$build"
        measure_build "$round"
    done
    [ -n "$ONE_HOLD" ] || flock -u 9
done
flock -u 9

# ---------------------------------------------------------------- the table
{
    printf '\nService time, old %s vs new %s, %s generated items, %s rounds (old, new, old, new, ...), %s\n' \
        "$(git -C "$OLD_ROOT" rev-parse --short HEAD)" "$(git -C "$NEW_ROOT" rev-parse --short HEAD)" "$GENERATED" "$ROUNDS" \
        "$(date -u '+%Y-%m-%d %H:%MZ')"
    printf '%s core(s), shared with other work; load average before: %s\n\n' "$(nproc)" "$LOAD_BEFORE"
    awk -F'\t' -f "$BENCH/rounds.awk" -f "$BENCH/compare-table.awk" "$STATEMENTS" "$RESULTS"
} | tee "$TARGET/results.txt"
