package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The backup command ({@code devserver/portal-backup.sh}): {@code backup}, {@code restore} (into a given MariaDB or a
 * fresh embedded one) and {@code verify}. Exit status 0 when done and verified, 1 when a verification found
 * differences, 2 on a usage or other error. See docs/operations.md.
 */
public final class BackupCommand {

    private static final String USAGE = """
            usage:
              portal-backup.sh backup  --media=DIR --to=DIR [--keep=N] [--url=jdbc:mariadb://host:port/db] [--user=U]
              portal-backup.sh restore --from=BACKUP --media=DIR (--url=jdbc:mariadb://host:port/db [--user=U] | --embedded=DIR [--port=3318] [--stop])
              portal-backup.sh verify  --from=BACKUP --media=DIR [--url=…] [--user=U]
            the password: --password=… or the environment variable PORTAL_DB_PASSWORD (preferred)""";

    private BackupCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        try {
            Map<String, String> options = ContentGenerator.parse(Arrays.copyOfRange(args, 1, args.length));
            MariaDbClients clients = MariaDbClients.unpackedInto(Path.of(System.getProperty("portal.backup.tools",
                    Path.of(System.getProperty("user.home"), ".cache", "portal-backup").toString())));
            int status = switch (args[0]) {
                case "backup" -> backup(clients, options);
                case "restore" -> restore(clients, options);
                case "verify" -> report(new PortalRestore(clients).verify(path(options, "from"), address(options), path(options, "media")));
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            };
            System.exit(status);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalStateException | IOException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static int backup(MariaDbClients clients, Map<String, String> options) throws IOException {
        Path to = Files.createDirectories(path(options, "to"));
        Path made = new PortalBackup(clients).make(address(options), path(options, "media"), to, Instant.now());
        BackupManifest manifest = BackupManifest.read(made);
        System.out.println("Backup " + made + ": " + manifest.tables().size() + " tables, "
                + manifest.tables().values().stream().mapToLong(TableDigest::rows).sum() + " rows, " + manifest.files().size() + " files");
        if (options.containsKey("keep")) {
            for (Path expired : PortalBackup.keepNewest(to, Integer.parseInt(options.get("keep")))) {
                System.out.println("Deleted the older backup " + expired);
            }
        }
        return 0;
    }

    private static int restore(MariaDbClients clients, Map<String, String> options) throws IOException {
        Path backup = path(options, "from");
        Path media = path(options, "media");
        if (!options.containsKey("embedded")) {
            return report(new PortalRestore(clients).restore(backup, address(options), media));
        }
        EmbeddedRestore restored = EmbeddedRestore.start(clients, backup, path(options, "embedded"),
                Integer.parseInt(options.getOrDefault("port", "3318")), media);
        int status = report(restored.differences());
        if (options.containsKey("stop") || status != 0) {
            restored.db().close();
            return status;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(restored.db()::close, "restored-mariadb-stop"));
        System.out.println("The restored database: " + restored.address().jdbcUrl() + ", user " + restored.address().user()
                + ", password in " + restored.passwordFile() + ". Ctrl+C stops it (its data stays).");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int report(List<String> differences) {
        if (differences.isEmpty()) {
            System.out.println("Verified: every table's row count and checksum and every file's SHA-256 match the manifest");
            return 0;
        }
        differences.forEach(difference -> System.out.println("DIFFERENT " + difference));
        System.out.println(differences.size() + " difference(s) from the manifest");
        return 1;
    }

    private static DatabaseAddress address(Map<String, String> options) {
        return DatabaseAddress.of(options.getOrDefault("url", "jdbc:mariadb://127.0.0.1:3307/portal"),
                options.getOrDefault("user", ContentGenerator.env("PORTAL_DB_USER", "portal")), DatabasePassword.of(options));
    }

    private static Path path(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=…");
        }
        return Path.of(value).toAbsolutePath();
    }
}
