#!/usr/bin/env bash
# Configures a stopped WildFly installation for the portal by running every script of cli/ in
# order, offline (embed-server). Used by the build on the provisioned server, and by IT on an
# existing WildFly:
#   wildfly-config/configure.sh /opt/wildfly /path/to/mariadb-java-client-3.5.6.jar [server-config]
set -euo pipefail
wildfly_home=${1:?usage: configure.sh WILDFLY_HOME MARIADB_DRIVER_JAR [SERVER_CONFIG]}
driver_jar=${2:?usage: configure.sh WILDFLY_HOME MARIADB_DRIVER_JAR [SERVER_CONFIG]}
server_config=${3:-standalone.xml}
here=$(cd "$(dirname "$0")" && pwd)

properties=$(mktemp)
trap 'rm -f "$properties"' EXIT
cat > "$properties" <<PROPS
portal.jdbc.driver.jar=$(readlink -f "$driver_jar")
portal.server.config=$server_config
PROPS

for script in "$here"/cli/*.cli; do
  echo "== $(basename "$script")"
  JAVA_OPTS="-Djava.awt.headless=true" "$wildfly_home/bin/jboss-cli.sh" --file="$script" --properties="$properties"
done
