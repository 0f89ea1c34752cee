# Shared by the benchmarks (sourced): the dev server (embedded MariaDB + WildFly with demo data) started
# in a session of its own and stopped with every process it started, never by name.
# The caller sets ROOT, TARGET, HOST, APP_PORT, DB_PORT, APP, DB_URL and may set RUN_DIR (the dev server's
# work directory, default $TARGET/run); it calls stop_devserver from its own cleanup.
DEV_PID=""
DEV_TREE=""
CHILD=""
RUN_DIR=${RUN_DIR:-$TARGET/run}
# the embedded database's password, given explicitly to the dev server and the tools (the server has no default)
DB_PASSWORD=portal-bench

# messages go to the script's own stderr (fd 3), also from inside a step whose output is redirected
exec 3>&2
log() { printf '>> %s\n' "$*" >&3; }
die() { printf 'ERROR: %s\n' "$*" >&3; exit 1; }

# ---------------------------------------------------------------- stopping what we started
# "pid:starttime" of a process and all its descendants, so that later only those very processes are
# signalled (never by name, never a reused pid).
tree_of() {
    local pid=$1 child
    [ -r "/proc/$pid/stat" ] && printf '%s:%s\n' "$pid" "$(awk '{print $22}' "/proc/$pid/stat" 2>/dev/null)"
    for child in $(pgrep -P "$pid" 2>/dev/null || true); do
        tree_of "$child"
    done
    return 0
}

kill_tree() {   # kill_tree SIGNAL "pid:start ..."
    local signal=$1 entry pid start
    for entry in $2; do
        pid=${entry%%:*}
        start=${entry#*:}
        if [ -r "/proc/$pid/stat" ] && [ "$(awk '{print $22}' "/proc/$pid/stat" 2>/dev/null)" = "$start" ]; then
            kill "-$signal" "$pid" 2>/dev/null || true
        fi
    done
}

alive_in() {    # is any process of the list still running?
    local entry pid start
    for entry in $1; do
        pid=${entry%%:*}
        start=${entry#*:}
        if [ -r "/proc/$pid/stat" ] && [ "$(awk '{print $22}' "/proc/$pid/stat" 2>/dev/null)" = "$start" ]; then
            return 0
        fi
    done
    return 1
}


stop_devserver() {
    [ -n "$DEV_PID" ] || return 0
    log "Stopping WildFly and MariaDB"
    local tree i
    tree="$(tree_of "$DEV_PID")"$'\n'"$DEV_TREE"
    # DevServer's shutdown hook stops WildFly, then MariaDB
    kill_tree TERM "$(printf '%s\n' "$tree" | head -n 1)"
    for i in $(seq 1 90); do alive_in "$tree" || break; sleep 1; done
    if alive_in "$tree"; then
        log "still running after 90 s: killing"
        kill_tree KILL "$tree"
    fi
    wait "$DEV_PID" 2>/dev/null || true
    DEV_PID=""
    DEV_TREE=""
}

# Runs a longer step (wrk, the generator, Maven) so that Ctrl+C stops the script at once: bash runs
# a trap only after a foreground command has finished (and wrk or a JVM handle SIGINT themselves),
# but at once while it waits with `wait`; the step is then ended by cleanup.
run() {
    "$@" &
    CHILD=$!
    local status=0
    wait "$CHILD" || status=$?
    CHILD=""
    return "$status"
}

port_in_use() { ss -Hltn "sport = :$1" 2>/dev/null | grep -q .; }

need() { command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; }

# Builds what is missing (once) and writes the classpath of the dev server and the generators to $CP.
prepare_build() {
    mkdir -p "$TARGET"
    cd "$ROOT"
    if [ ! -f ear/target/portal.ear ] || [ ! -f devserver/target/classes/vn/ttdt/portal/devserver/ContentGenerator.class ] \
            || [ ! -f devserver/target/classes/vn/ttdt/portal/devserver/PayrollBenchmark.class ] \
            || [ ! -x wildfly-config/target/wildfly/bin/standalone.sh ]; then
        log "The build is missing: running mvn -DskipTests install (once)"
        run mvn -q -B -DskipTests install
    fi
    log "Classpath of the dev server and the generator"
    run mvn -q -B -pl devserver dependency:build-classpath -DincludeScope=runtime \
        -Dmdep.outputFile="$TARGET/devserver.classpath" >/dev/null
    CP="$ROOT/devserver/target/classes:$(cat "$TARGET/devserver.classpath")"
}

# ---------------------------------------------------------------- dev server
start_devserver() {
    log "Starting the dev server (MariaDB $HOST:$DB_PORT, WildFly $APP), log: benchmark/target/devserver.log"
    # the embedded database, the configured server's defaults (DevServer's JAVA_OPTS: -Xms256m -Xmx1g);
    # in a session of its own, so that Ctrl+C reaches only this script, which then stops it in order
    # DEV_JAVA_OPTS, when set by the caller, replaces those defaults
    local java_opts=(-u JAVA_OPTS)
    [ -z "${DEV_JAVA_OPTS:-}" ] || java_opts=("JAVA_OPTS=$DEV_JAVA_OPTS")
    setsid env -u PORTAL_DB_URL -u PORTAL_DB_USER "${java_opts[@]}" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
        java -cp "$CP" vn.ttdt.portal.devserver.DevServer \
        --wildfly="$ROOT/wildfly-config/target/wildfly" --ear="$ROOT/ear/target/portal.ear" \
        --work="$RUN_DIR" >>"$TARGET/devserver.log" 2>&1 &
    DEV_PID=$!
    local started=$SECONDS code
    while true; do
        code=$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$APP/" || true)
        [ "$code" = 200 ] && break
        kill -0 "$DEV_PID" 2>/dev/null || die "the dev server stopped; see benchmark/target/devserver.log"
        [ $((SECONDS - started)) -lt 300 ] || die "$APP/ did not answer 200 within 300 s (last: $code)"
        # remember WildFly's and MariaDB's processes while they are children of DevServer
        DEV_TREE=$(tree_of "$DEV_PID")
        sleep 1
    done
    DEV_TREE=$(tree_of "$DEV_PID")
    log "Portal up after $((SECONDS - started)) s"
}

generator() {
    run java -cp "$CP" vn.ttdt.portal.devserver.ContentGenerator --url="$DB_URL" --password="$DB_PASSWORD" "$@"
}
