package vn.ttdt.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * A second WildFly of the tests' own, started from the same provisioned server with its own base directory,
 * port offset and database, so a test can kill its process outright (as a power cut would) and start it again.
 */
final class StandaloneServer {

    private static final Set<String> RUNTIME_DIRECTORIES = Set.of("data", "log", "tmp", "deployments");

    private final Path base;
    private final int portOffset;
    private final String database;
    private final List<String> properties;
    private Process process;

    StandaloneServer(String name, int portOffset, String database) {
        this(name, portOffset, database, List.of());
    }

    /** A server started with {@code properties} ({@code -Dname=value}, or other arguments of standalone.sh) besides the database's. */
    StandaloneServer(String name, int portOffset, String database, List<String> properties) {
        this.base = Path.of(System.getProperty("it.server.base")).resolveSibling(name).toAbsolutePath();
        this.portOffset = portOffset;
        this.database = database;
        this.properties = properties;
    }

    URI uri() {
        return URI.create("http://localhost:" + (8080 + portOffset));
    }

    /**
     * Copies the provisioned server's configuration (first time only; not the shared test server's, which holds the
     * run's deployment) and the EAR to deploy.
     */
    void prepare() {
        Path template = Path.of(System.getProperty("jboss.home"), "standalone");
        try {
            if (!Files.exists(base.resolve("configuration"))) {
                try (Stream<Path> files = Files.walk(template)) {
                    List<Path> configuration = files
                            .filter(f -> !RUNTIME_DIRECTORIES.contains(template.relativize(f).getName(0).toString())).toList();
                    for (Path source : configuration) {
                        Path target = base.resolve(template.relativize(source).toString());
                        if (Files.isDirectory(source)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            Files.createDirectories(base.resolve("deployments"));
            Files.copy(Path.of(System.getProperty("it.ear")), base.resolve("deployments/portal.ear"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits until the portal answers the back-office API. */
    void start() {
        Path home = Path.of(System.getProperty("jboss.home"));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Dportal.db.url=jdbc:mariadb://localhost:" + Integer.getInteger("it.db.port", 3317) + "/" + database,
                "-Dportal.db.password=" + System.getProperty("it.db.password"),
                "-Dportal.demo-data=true"));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
        builder.redirectErrorStream(true);
        builder.redirectOutput(base.resolve("console.log").toFile());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Portal finance = Portal.basic(Role.FINANCE, uri());
        Await.until("the second server to deploy the portal", () -> {
            try {
                return finance.get("/admin/api/v1/me").statusCode();
            } catch (IllegalStateException notYet) {
                return -1;
            }
        }, status -> status == 200, Duration.ofSeconds(180));
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the server's processes at once, without any shutdown (SIGKILL). */
    void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().join();
        process.descendants().forEach(p -> p.onExit().join());
        process = null;
    }

    /**
     * Stops the server as an administrator would (SIGTERM to its JVM, which shuts down in order and leaves its cluster),
     * killing it if it has not ended within a minute.
     */
    void shutDown() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // still running after a minute: killed below
        }
        kill();
    }

    /** Stops the server when the run is done (killing is enough: nothing of it is reused). */
    void stop() {
        kill();
    }
}
