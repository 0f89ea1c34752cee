package vn.ttdt.portal.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The run command: starts an embedded MariaDB (unless PORTAL_DB_URL names an external one) on 127.0.0.1 with the
 * user "portal" and a password generated once and kept in the run directory (or PORTAL_DB_PASSWORD when given),
 * starts the configured WildFly with the portal EAR deployed and demo data enabled, prints the
 * URLs and stays in the foreground until Ctrl+C, which stops everything it started.
 */
public final class DevServer {

    private static final int DB_PORT = 3307;

    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Map<String, String> options = parse(args);
        Path wildflyHome = Path.of(options.get("wildfly")).toAbsolutePath();
        Path ear = Path.of(options.get("ear")).toAbsolutePath();
        Path work = Path.of(options.get("work")).toAbsolutePath();

        String externalUrl = System.getenv("PORTAL_DB_URL");
        String dbPassword = System.getenv("PORTAL_DB_PASSWORD");
        boolean external = externalUrl != null && !externalUrl.isBlank();
        boolean passwordGiven = dbPassword != null && !dbPassword.isBlank();
        String dbUser = System.getenv().getOrDefault("PORTAL_DB_USER", "").isBlank() ? "portal" : System.getenv("PORTAL_DB_USER");
        if (external && !passwordGiven) {
            System.err.println("PORTAL_DB_URL names an external database: set PORTAL_DB_PASSWORD (and PORTAL_DB_USER) as well");
            System.exit(2);
        }
        EmbeddedMariaDb db = null;
        String dbUrl;
        String dbNote;
        if (external) {
            dbUrl = externalUrl;
            dbNote = dbUrl;
        } else {
            Path passwordFile = work.resolve(RunDirectoryPassword.FILE_NAME);
            if (!passwordGiven) {
                dbPassword = RunDirectoryPassword.of(passwordFile);
            }
            if (EmbeddedMariaDb.erasedAtStart(work.resolve("mariadb"))) {
                System.err.println("The run directory " + work + " lies under java.io.tmpdir ("
                        + System.getProperty("java.io.tmpdir") + "): the embedded MariaDB would erase its data at every"
                        + " start. Start this JVM with -Djava.io.tmpdir=<a directory beside the run directory>"
                        + " (mvn -Prun and the benchmark scripts do).");
                System.exit(2);
            }
            System.out.println(">> Starting embedded MariaDB on 127.0.0.1:" + DB_PORT + " (data in " + work.resolve("mariadb") + ")");
            db = EmbeddedMariaDb.startSecured(work.resolve("mariadb"), DB_PORT, "portal", dbUser, dbPassword);
            dbUrl = db.jdbcUrl();
            dbNote = dbUrl + " (127.0.0.1 only), user " + dbUser + ", password "
                    + (passwordGiven ? "from PORTAL_DB_PASSWORD" : "in " + passwordFile);
        }

        Path baseDir = prepareServerBase(wildflyHome, work.resolve("standalone"), ear);
        Process wildfly = startWildFly(wildflyHome, baseDir, dbUrl, dbPassword);
        EmbeddedMariaDb startedDb = db;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(wildfly, startedDb), "portal-shutdown"));

        waitUntilServing(wildfly);
        printBanner(dbNote);
        wildfly.waitFor();
    }

    private static Path prepareServerBase(Path wildflyHome, Path baseDir, Path ear) throws IOException {
        Path configuration = baseDir.resolve("configuration");
        copyTree(wildflyHome.resolve("standalone/configuration"), configuration);
        Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
        try (var stale = Files.list(deployments)) {
            for (Path p : stale.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.copy(ear, deployments.resolve("portal.ear"), StandardCopyOption.REPLACE_EXISTING);
        return baseDir;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().endsWith(".keystore") || Files.notExists(target)) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Process startWildFly(Path wildflyHome, Path baseDir, String dbUrl, String dbPassword) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                wildflyHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Dportal.db.url=" + dbUrl,
                "-Dportal.demo-data=true"));
        passThrough("PORTAL_DB_USER", "portal.db.user", command);
        passThrough("PORTAL_SMTP_HOST", "portal.smtp.host", command);
        passThrough("PORTAL_SMTP_PORT", "portal.smtp.port", command);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        // read by the datasource (${portal.db.password,env.PORTAL_DB_PASSWORD}); unlike -D, not shown by ps
        builder.environment().put("PORTAL_DB_PASSWORD", dbPassword);
        builder.environment().putIfAbsent("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        System.out.println(">> Starting WildFly from " + wildflyHome);
        return builder.start();
    }

    private static void passThrough(String env, String property, List<String> command) {
        String value = System.getenv(env);
        if (value != null && !value.isBlank()) {
            command.add("-D" + property + "=" + value);
        }
    }

    private static void waitUntilServing(Process wildfly) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline) && wildfly.isAlive()) {
            if (answers(http, "http://localhost:8080/") && answers(http, "http://localhost:8080/admin/login.xhtml")) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("The portal did not answer on http://localhost:8080/ in time; see the WildFly log above");
    }

    private static boolean answers(HttpClient http, String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void printBanner(String dbUrl) {
        System.out.println("""

                ================================================================
                 Cổng/Trang TTĐT is running
                   Public portal : http://localhost:8080/
                   Back-office   : http://localhost:8080/admin/
                   Admin API     : http://localhost:8080/admin/api/v1/me
                   Database      : %s
                 Demo accounts are listed in README.md. Ctrl+C stops everything.
                ================================================================
                """.formatted(dbUrl));
    }

    private static void stop(Process wildfly, EmbeddedMariaDb db) {
        System.out.println(">> Stopping WildFly");
        wildfly.descendants().forEach(ProcessHandle::destroy);
        wildfly.destroy();
        try {
            wildfly.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
        if (db != null) {
            System.out.println(">> Stopping MariaDB");
            db.close();
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        for (String required : List.of("wildfly", "ear", "work")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required + "=...");
            }
        }
        return options;
    }
}
