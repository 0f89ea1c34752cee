#!/usr/bin/env bash
# Takes the portal's configuration out of a stopped WildFly installation (the scripts of cli/undo in
# reverse order, one offline session): the server is then as before configure.sh. Idempotent.
# Deploy nothing of the portal's while it is undone (remove the EAR from deployments/ first).
#   wildfly-config/undo.sh /opt/wildfly [server-config]
set -euo pipefail
wildfly_home=${1:?usage: undo.sh WILDFLY_HOME [SERVER_CONFIG]}
server_config=${2:-standalone.xml}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/cli-session.sh"

properties=$(mktemp)
trap 'rm -f "$properties"' EXIT
mapfile -t scripts < <(ls -r "$here"/cli/undo/*.cli)
run_cli_session "$wildfly_home" "$server_config" "$properties" "${scripts[@]}"
