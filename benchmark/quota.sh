#!/usr/bin/env bash
# Benchmark of the quarterly quota job (see BENCHMARKS.md).
#
#   benchmark/quota.sh              (QUOTA_ITEMS=1000000, QUOTA_RUNS=3, QUOTA_CHUNK=rows per checkpoint, default 500)
#
# Needs JDK 17, Maven and curl; builds what it needs itself (`mvn -DskipTests -pl devserver -am package`, nothing
# installed into ~/.m2; a build of `mvn -Prun package` is reused); nothing from Debian.
# 1. starts the dev server (embedded MariaDB on 127.0.0.1:3307, WildFly on 127.0.0.1:8080, demo data, JVM
#    QUOTA_JAVA_OPTS, default -Xms1g -Xmx3g: the search index holds every published item) with its work directory in
#    benchmark/target/quota-run (kept, so the generated data is reused);
# 2. QuotaGenerator writes ten years (2016–2025) of the demo units' news and articles, QUOTA_ITEMS of them counted,
#    and 800 posting requests (INSERT … SELECT from MariaDB's sequence tables, idempotent); the dev server is then
#    restarted (EclipseLink's cache predates the rows) and the search index built before anything is timed;
# 3. QuotaBenchmark runs a warm-up and QUOTA_RUNS measured runs, each: the quota-compliance job through the API as
#    pheduyet.demo for 2/2021, and for all 40 quarters in one run (year=2016&quarter=1&toYear=2025&toQuarter=4), and
#    one SQL statement (GROUP BY) computing the same table for that quarter and for the whole range; it compares the
#    job's table with the statement's row by row and fails on any difference;
# 4. prints one table, then the medians with their spread (min–max), the ratios job/SQL and the targets
#    (a quarter <= 2x its SQL; all 40 quarters <= 2x the SQL over the range);
# 5. stops WildFly and MariaDB on any exit (also Ctrl+C or a failure).
# Output on stdout and in benchmark/target/quota-results.txt; the server log in benchmark/target/devserver.log.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/benchmark"
TARGET="$BENCH/target"
ITEMS=${QUOTA_ITEMS:-1000000}
RUNS=${QUOTA_RUNS:-3}
CHUNK=${QUOTA_CHUNK:-}
HOST=127.0.0.1
APP_PORT=8080
DB_PORT=3307
APP="http://$HOST:$APP_PORT"
DB_URL="jdbc:mariadb://$HOST:$DB_PORT/portal"
RUN_DIR="$TARGET/quota-run"
DEV_JAVA_OPTS=${QUOTA_JAVA_OPTS:--Xms1g -Xmx3g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true}

# shellcheck source=benchmark/devserver.sh
source "$BENCH/devserver.sh"

stop_on_exit
check_basics $APP_PORT $DB_PORT

quota() {
    run java -cp "$CP" vn.ttdt.portal.devserver.QuotaBenchmark --url="$DB_URL" --password="$DB_PASSWORD" --app="$APP" "$@"
}

# the search index is built in the background at start, reading every published item: wait for it before timing
await_search_index() {
    local started=$SECONDS
    until grep -q 'Search index of' "$TARGET/devserver.log"; do
        [ $((SECONDS - started)) -lt 600 ] || die "the search index was not built within 600 s; see benchmark/target/devserver.log"
        sleep 2
    done
    log "Search index built: $(grep -o 'Search index of [0-9]* published items' "$TARGET/devserver.log" | tail -n 1)"
}

prepare_build
: >"$TARGET/devserver.log"
start_devserver

log "Generating ten years with $ITEMS counted items (idempotent)"
quota --items="$ITEMS" --generate-only | tee "$TARGET/quota-generator.txt"
if [ "$(sed -n 's/^RESULT inserted=//p' "$TARGET/quota-generator.txt")" -gt 0 ]; then
    log "Restarting the dev server: EclipseLink's cache and the search index predate the generated rows"
    stop_devserver
    for i in $(seq 1 30); do
        port_in_use "$APP_PORT" || port_in_use "$DB_PORT" || break
        sleep 1
    done
    : >"$TARGET/devserver.log"
    start_devserver
fi
await_search_index

log "Quota benchmark: $RUNS measured runs after a warm-up"
quota --items="$ITEMS" --runs="$RUNS" ${CHUNK:+--chunk="$CHUNK"} | tee "$TARGET/quota-results.txt"
