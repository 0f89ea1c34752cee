#!/usr/bin/env bash
# Build test of configure.sh and undo.sh, on a copy of the provisioned server (configured once):
#   configure again  -> standalone.xml identical to once (nothing changed, no failure)
#   JSON logs on, on again, off -> identical to once
#   undo             -> standalone.xml identical to WildFly's own, the driver module gone
#   configure again  -> identical to once
#   load-balancer.cli on the balancer's configuration again -> identical; its undo -> WildFly's own standalone.xml
#   boot without a database password -> the datasource fails with WFLYCTL0211 naming portal.db.password
# Skipped when neither the scripts nor this test changed since they last passed (the stamp in WORK).
set -euo pipefail
unpacked=${1:?usage: verify-scripts.sh UNPACKED_WILDFLY CONFIGURED_WILDFLY DRIVER_JAR WORK_DIR}
configured=${2:?} driver_jar=${3:?} work=${4:?}
here=$(cd "$(dirname "$0")" && pwd)
stamp="$work.passed.sha1"
digest=$(cat "$here"/cli/configure/*.cli "$here"/cli/undo/*.cli "$here"/cli/optional/*.cli "$here"/configure.sh "$here"/undo.sh "$here"/json-logs.sh \
    "$here"/cli-session.sh "$here"/cluster/load-balancer*.cli "$0" \
    "$configured/standalone/configuration/standalone.xml" "$configured/standalone/configuration/standalone-portal-balancer.xml" | sha1sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ]; then
    echo "configure.sh, undo.sh and load-balancer.cli unchanged since they passed their test"
    exit 0
fi
rm -f "$stamp"
rm -rf "$work"
mkdir -p "$work"
server="$work/wildfly"
cp -a "$configured" "$server"
config="$server/standalone/configuration/standalone.xml"
cp "$config" "$work/once.xml"

step() {   # step NAME COMMAND...: runs a script, its output to WORK/NAME.log
    local name=$1
    shift
    echo "-- $name"
    if ! "$@" > "$work/$name.log" 2>&1; then
        cat "$work/$name.log"
        echo "FAILED: $name (log: $work/$name.log)" >&2
        exit 1
    fi
}
same() {   # same EXPECTED WHAT [ACTUAL]: ACTUAL (standalone.xml by default) is byte for byte EXPECTED
    local actual=${3:-$config}
    if ! diff -u "$1" "$actual"; then
        echo "FAILED: $2: $(basename "$actual") differs from $1 (above)" >&2
        exit 1
    fi
}

step configure-twice "$here/configure.sh" "$server" "$driver_jar"
same "$work/once.xml" "configure on a configured server"

step json-logs-on "$here/json-logs.sh" "$server" on
if ! grep -q '<formatter name="PORTAL-JSON">' "$config"; then
    echo "FAILED: json-logs.sh on did not add the JSON formatter" >&2
    exit 1
fi
step json-logs-on-again "$here/json-logs.sh" "$server" on
step json-logs-off "$here/json-logs.sh" "$server" off
same "$work/once.xml" "JSON logs on (twice) and off again"

step undo "$here/undo.sh" "$server"
same "$unpacked/standalone/configuration/standalone.xml" "undo"
if [ -e "$server/modules/org/mariadb" ]; then
    echo "FAILED: undo left the module $server/modules/org/mariadb" >&2
    exit 1
fi

step configure-after-undo "$here/configure.sh" "$server" "$driver_jar"
same "$work/once.xml" "configure after undo"

. "$here/cli-session.sh"
balancer="$server/standalone/configuration/standalone-portal-balancer.xml"
cp "$balancer" "$work/balancer-once.xml"
step load-balancer-again run_cli_session "$server" standalone-portal-balancer.xml /dev/null "$here/cluster/load-balancer.cli"
same "$work/balancer-once.xml" "load-balancer.cli on a configured balancer" "$balancer"
step load-balancer-undo run_cli_session "$server" standalone-portal-balancer.xml /dev/null "$here/cluster/load-balancer-undo.cli"
same "$unpacked/standalone/configuration/standalone.xml" "load-balancer-undo.cli" "$balancer"

boot="$work/boot-without-password.cli"
cat > "$boot" <<'CLI'
embed-server --server-config=standalone.xml --admin-only=false --std-out=discard
/core-service=management:read-boot-errors
stop-embedded-server
CLI
echo "-- boot-without-password"
env -u PORTAL_DB_PASSWORD JAVA_OPTS="-Djava.awt.headless=true -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djboss.socket.binding.port-offset=1000" \
    "$server/bin/jboss-cli.sh" --file="$boot" > "$work/boot-without-password.log" 2>&1 || true
if ! grep -q "WFLYCTL0211: Cannot resolve expression '\${portal.db.password,env.PORTAL_DB_PASSWORD}'" "$work/boot-without-password.log"; then
    cat "$work/boot-without-password.log"
    echo "FAILED: a server without a database password must report the unresolved password expression" >&2
    exit 1
fi

echo "configure.sh, undo.sh and load-balancer.cli passed: idempotent, their undo restores WildFly's standalone.xml, no default password"
echo "$digest" > "$stamp"
