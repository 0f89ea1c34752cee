#!/usr/bin/env bash
# Turns the JSON logs (standalone/log/server.json, one JSON object a line with the request id) on or off on a
# stopped WildFly, in one offline session; idempotent. On a running server use jboss-cli.sh --connect instead
# (docs/operations.md, "Logs").
#   wildfly-config/json-logs.sh /opt/wildfly on|off [server-config]
set -euo pipefail
wildfly_home=${1:?usage: json-logs.sh WILDFLY_HOME on|off [SERVER_CONFIG]}
switch=${2:?usage: json-logs.sh WILDFLY_HOME on|off [SERVER_CONFIG]}
server_config=${3:-standalone.xml}
case "$switch" in on|off) ;; *) echo "usage: json-logs.sh WILDFLY_HOME on|off [SERVER_CONFIG]" >&2; exit 2 ;; esac
here=$(cd "$(dirname "$0")" && pwd)
. "$here/cli-session.sh"

properties=$(mktemp)
trap 'rm -f "$properties"' EXIT
run_cli_session "$wildfly_home" "$server_config" "$properties" "$here/cli/optional/json-logs-$switch.cli"
