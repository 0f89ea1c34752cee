#!/usr/bin/env bash
# Benchmark of the monthly royalty payroll (see BENCHMARKS.md).
#
#   benchmark/payroll.sh            (PAYROLL_SHARES=100000, PAYROLL_RUNS=3, PAYROLL_CHUNK=works per checkpoint)
#
# Needs the build installed once (`mvn -DskipTests install`, run here when missing); nothing from Debian.
# 1. starts the dev server (embedded MariaDB on 127.0.0.1:3307, WildFly on 127.0.0.1:8080, demo data) with its
#    work directory in benchmark/target/payroll-run (kept, so the generated month is reused);
# 2. PayrollBenchmark generates the month 2019-11 with PAYROLL_SHARES work shares (idempotent), then a warm-up
#    and PAYROLL_RUNS measured runs, each: the royalty-payroll job through the API as ketoan.demo, and the same
#    lines by one INSERT … SELECT into a scratch table, with a check that both wrote the same lines;
# 3. prints one table and the best rates, the ratio job/SQL and the targets (>= 5,000 lines/s, <= 2x the SQL);
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

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    [ -z "$CHILD" ] || kill -TERM "$CHILD" 2>/dev/null
    stop_devserver
    exit "$status"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

need java || die "java (JDK 17) is needed"
need mvn || die "mvn (Maven 3.8+) is needed"
need curl || die "curl is needed"
need ss || die "ss (iproute2) is needed"
for port in $APP_PORT $DB_PORT; do
    if port_in_use "$port"; then
        die "port $port is in use (ss -ltnp shows by what); stop that first"
    fi
done

prepare_build
: >"$TARGET/devserver.log"
start_devserver

log "Payroll benchmark: $SHARES work shares, $RUNS measured runs after a warm-up"
run java -cp "$CP" vn.ttdt.portal.devserver.PayrollBenchmark --url="$DB_URL" --password="$DB_PASSWORD" --app="$APP" \
    --shares="$SHARES" --runs="$RUNS" ${CHUNK:+--chunk="$CHUNK"} | tee "$TARGET/payroll-results.txt"
