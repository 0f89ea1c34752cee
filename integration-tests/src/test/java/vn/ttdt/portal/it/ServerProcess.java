package vn.ttdt.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A WildFly process of the tests' own beside the run's server: started from the same provisioned server with its own
 * base directory (a copy of the provisioned configuration) and port offset, its output kept in {@code console.log},
 * killed outright (as a power cut would) or shut down in order.
 */
final class ServerProcess {

    private static final Set<String> RUNTIME_DIRECTORIES = Set.of("data", "log", "tmp", "deployments");
    private static final Pattern STARTED = Pattern.compile("WFLYSRV0025: .* started in (\\d+)ms");

    private final Path base;
    private final int portOffset;
    private Process process;

    ServerProcess(String name, int portOffset) {
        this.base = Path.of(System.getProperty("it.server.base")).resolveSibling(name).toAbsolutePath();
        this.portOffset = portOffset;
    }

    Path base() {
        return base;
    }

    URI uri() {
        return URI.create("http://localhost:" + (8080 + portOffset));
    }

    /** The management interface (health, metrics, the management model). */
    int managementPort() {
        return 9990 + portOffset;
    }

    Path serverLog() {
        return base.resolve("log/server.log");
    }

    /**
     * Copies the provisioned server's configuration (first time only; not the run's server's, which holds its
     * deployment), with an empty deployments directory.
     */
    void copyConfiguration() {
        Path template = Path.of(System.getProperty("jboss.home"), "standalone");
        if (Files.exists(base.resolve("configuration"))) {
            return;
        }
        try (Stream<Path> files = Files.walk(template)) {
            Files.createDirectories(base.resolve("deployments"));
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts {@code standalone.sh} with these arguments and JVM options, and returns at once. */
    void launch(List<String> arguments, String javaOptions) {
        Path home = Path.of(System.getProperty("jboss.home"));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + portOffset));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_OPTS", javaOptions);
        builder.redirectErrorStream(true);
        builder.redirectOutput(base.resolve("console.log").toFile());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Waits until {@code client} (addressing this server) gets 200 for {@code path}: no answer at all while it boots. */
    static void awaitOk(String what, Portal client, String path, Duration timeout) {
        Await.until(what, () -> {
            try {
                return client.get(path).statusCode();
            } catch (IllegalStateException notYet) {
                return -1;
            }
        }, status -> status == 200, timeout);
    }

    /** How long its last boot took by WildFly's own count ("started in … ms"), once it has said so. */
    Optional<Duration> bootTime() {
        try {
            Matcher started = STARTED.matcher(Files.readString(base.resolve("console.log"), StandardCharsets.UTF_8));
            Duration last = null;
            while (started.find()) {
                last = Duration.ofMillis(Long.parseLong(started.group(1)));
            }
            return Optional.ofNullable(last);
        } catch (IOException e) {
            return Optional.empty();
        }
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
}
