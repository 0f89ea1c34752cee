# Sourced by configure.sh and undo.sh: runs the given CLI scripts, in the given order, in one offline
# (embedded) server session on a stopped WildFly; the scripts themselves contain no embed-server.
run_cli_session() {   # run_cli_session WILDFLY_HOME SERVER_CONFIG PROPERTIES_FILE SCRIPT...
    local wildfly_home=$1 server_config=$2 properties=$3
    shift 3
    local session
    session=$(mktemp --suffix=.cli)
    {
        echo "embed-server --server-config=$server_config --std-out=echo"
        local script
        for script in "$@"; do
            echo "echo == $(basename "$script")"
            cat "$script"
            echo
        done
        echo "stop-embedded-server"
    } > "$session"
    local status=0
    JAVA_OPTS="-Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "$wildfly_home/bin/jboss-cli.sh" --file="$session" --properties="$properties" || status=$?
    rm -f "$session"
    return "$status"
}
