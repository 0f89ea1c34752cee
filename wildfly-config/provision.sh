#!/usr/bin/env bash
# Build step: turn the unpacked WildFly distribution into the portal's configured server: standalone.xml,
# standalone-ha.xml with the two nodes' cluster over TCP (cluster/tcp-members.cli) for the two-node tests, and
# standalone-portal-balancer.xml, WildFly's own standalone.xml with the load balancer in front of the two nodes
# (cluster/load-balancer.cli; the two-node tests run a third server with it, no portal deployed).
# Skipped when the configured server is already there and the scripts did not change.
set -euo pipefail
unpacked=${1:?} target=${2:?} driver_jar=${3:?}
here=$(cd "$(dirname "$0")" && pwd)
stamp="$target/.portal-config.sha1"
digest=$(cat "$here"/cli/configure/*.cli "$here"/cluster/tcp-members.cli "$here"/cluster/load-balancer.cli "$here"/configure.sh "$here"/cli-session.sh "$driver_jar" | sha1sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ]; then
  echo "WildFly at $target is configured and up to date"
  exit 0
fi
rm -rf "$target"
cp -a "$unpacked" "$target"
cp "$unpacked/standalone/configuration/standalone.xml" "$target/standalone/configuration/standalone-portal-balancer.xml"
log="$(dirname "$target")/configure.log"
. "$here/cli-session.sh"
if ! { "$here/configure.sh" "$target" "$driver_jar" && "$here/configure.sh" "$target" "$driver_jar" standalone-ha.xml \
        && run_cli_session "$target" standalone-ha.xml /dev/null "$here/cluster/tcp-members.cli" \
        && run_cli_session "$target" standalone-portal-balancer.xml /dev/null "$here/cluster/load-balancer.cli"; } > "$log" 2>&1; then
  cat "$log"
  echo "Configuring WildFly failed (log: $log)" >&2
  exit 1
fi
echo "WildFly configured at $target (log: $log)"
echo "$digest" > "$stamp"
