#!/usr/bin/env bash
# Benchmark of the monthly royalty payroll (see BENCHMARKS.md).
#
#   benchmark/payroll.sh            (PAYROLL_SHARES=100000, PAYROLL_RUNS=3, PAYROLL_CHUNK=works per checkpoint)
#
# Needs JDK 17, Maven and curl; builds what it needs itself (`mvn -DskipTests -pl devserver -am package`, nothing
# installed into ~/.m2; a build of `mvn -Prun package` is reused); nothing from Debian.
# 1. starts the dev server (embedded MariaDB on 127.0.0.1:3307, WildFly on 127.0.0.1:8080, demo data) with its
#    work directory in benchmark/target/payroll-run (kept, so the generated month is reused);
# 2. PayrollBenchmark generates the month 2019-11 with PAYROLL_SHARES work shares (idempotent), then a warm-up
#    and PAYROLL_RUNS measured runs, each: the royalty-payroll job through the API as ketoan.demo, and the same
#    lines by one INSERT … SELECT into a scratch table, with a check that both wrote the same lines;
# 3. prints one table, then the medians of the measured runs with their spread (min–max): job and SQL times, the
#    ratio job/SQL of the same run, and the targets (>= 5,000 lines/s, <= 2x the SQL; next step <= 1.2x);
# 4. stops WildFly and MariaDB on any exit (also Ctrl+C or a failure).
# Output on stdout and in benchmark/target/payroll-results.txt.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/benchmark"
TARGET="$BENCH/target"
SHARES=${PAYROLL_SHARES:-100000}
RUNS=${PAYROLL_RUNS:-3}
CHUNK=${PAYROLL_CHUNK:-}
HOST=127.0.0.1
APP_PORT=8080
DB_PORT=3307
APP="http://$HOST:$APP_PORT"
DB_URL="jdbc:mariadb://$HOST:$DB_PORT/portal"
RUN_DIR="$TARGET/payroll-run"

# shellcheck source=benchmark/devserver.sh
source "$BENCH/devserver.sh"

stop_on_exit
check_basics $APP_PORT $DB_PORT

prepare_build
: >"$TARGET/devserver.log"
start_devserver

log "Payroll benchmark: $SHARES work shares, $RUNS measured runs after a warm-up"
run java -cp "$CP" vn.ttdt.portal.devserver.PayrollBenchmark --url="$DB_URL" --password="$DB_PASSWORD" --app="$APP" \
    --shares="$SHARES" --runs="$RUNS" ${CHUNK:+--chunk="$CHUNK"} | tee "$TARGET/payroll-results.txt"
