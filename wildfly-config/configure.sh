#!/usr/bin/env bash
# Configures a stopped WildFly installation for the portal: runs the scripts of cli/configure in order in
# one offline session (embed-server). Idempotent: on a server configured already it changes nothing.
# Used by the build on the provisioned server, and by IT on an existing WildFly:
#   wildfly-config/configure.sh /opt/wildfly /path/to/mariadb-java-client-3.5.6.jar [server-config]
# undo.sh takes the configuration back out.
set -euo pipefail
wildfly_home=${1:?usage: configure.sh WILDFLY_HOME MARIADB_DRIVER_JAR [SERVER_CONFIG]}
driver_jar=${2:?usage: configure.sh WILDFLY_HOME MARIADB_DRIVER_JAR [SERVER_CONFIG]}
server_config=${3:-standalone.xml}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/cli-session.sh"

properties=$(mktemp)
trap 'rm -f "$properties"' EXIT
echo "portal.jdbc.driver.jar=$(readlink -f "$driver_jar")" > "$properties"

run_cli_session "$wildfly_home" "$server_config" "$properties" "$here"/cli/configure/*.cli
