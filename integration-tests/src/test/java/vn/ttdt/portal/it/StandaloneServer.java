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
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Role;

/**
 * A second WildFly of the tests' own with the portal, started from the same provisioned server with its own base
 * directory, port offset and database, so a test can kill its process outright (as a power cut would) and start it again.
 */
final class StandaloneServer {

    private final ServerProcess server;
    private final String database;
    private final List<String> properties;

    StandaloneServer(String name, int portOffset, String database) {
        this(name, portOffset, database, List.of());
    }

    /** A server started with {@code properties} ({@code -Dname=value}, or other arguments of standalone.sh) besides the database's. */
    StandaloneServer(String name, int portOffset, String database, List<String> properties) {
        this.server = new ServerProcess(name, portOffset);
        this.database = database;
        this.properties = properties;
    }

    URI uri() {
        return server.uri();
    }

    int managementPort() {
        return server.managementPort();
    }

    Path serverLog() {
        return server.serverLog();
    }

    /**
     * Copies the provisioned server's configuration (first time only; not the shared test server's, which holds the
     * run's deployment) and the EAR to deploy.
     */
    void prepare() {
        server.copyConfiguration();
        try {
            Files.copy(Path.of(System.getProperty("it.ear")), server.base().resolve("deployments/portal.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server and waits until the portal answers the back-office API. */
    void start() {
        List<String> arguments = new ArrayList<>(List.of(
                "-Dportal.db.url=jdbc:mariadb://localhost:" + Integer.getInteger("it.db.port", 3317) + "/" + database,
                "-Dportal.db.password=" + System.getProperty("it.db.password"),
                "-Dportal.demo-data=true", "-Dportal.security.password.bcrypt-cost=4"));
        arguments.addAll(properties);
        server.launch(arguments, "-Xms256m -Xmx1g -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m -Djava.net.preferIPv4Stack=true");
        ServerProcess.awaitOk("the second server to deploy the portal", Portal.basic(Role.FINANCE, uri()), "/admin/api/v1/me",
                Duration.ofSeconds(180));
    }

    boolean isRunning() {
        return server.isRunning();
    }

    /** How long its last boot took by WildFly's own count, once it has said so. */
    Optional<Duration> bootTime() {
        return server.bootTime();
    }

    /** Kills the server's processes at once, without any shutdown (SIGKILL). */
    void kill() {
        server.kill();
    }

    /**
     * Stops the server as an administrator would (SIGTERM to its JVM, which shuts down in order and leaves its cluster),
     * killing it if it has not ended within a minute.
     */
    void shutDown() {
        server.shutDown();
    }

    /** Stops the server when the run is done (killing is enough: nothing of it is reused). */
    void stop() {
        kill();
    }
}
