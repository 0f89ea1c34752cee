package vn.ttdt.portal.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The crash tests' own WildFly (port offset 100) on their own database: killing it disturbs no other test. Its first
 * boot (a fresh database, migrations and demo data) runs in the background from the portal's deployment on in a run
 * that includes a crash test ({@link OnCrashServer}), beside the other tests ({@link CrashServerLifetime}); a crash test then finds it running, and leaves it
 * running for the next one (a kill and restart ends each test with it running again). It is stopped after the last
 * crash test, or at the end of the run.
 */
final class CrashServer {

    static final String SCHEMA = "portal_crash";
    /** The lock of the classes that kill and restart it: one at a time. */
    static final String LOCK = "crash-server";

    private static CompletableFuture<StandaloneServer> firstBoot;
    private static StandaloneServer server;

    private CrashServer() {
    }

    /** Starts the first boot on a thread of its own unless it has started already. */
    static synchronized void bootInBackground() {
        if (firstBoot != null) {
            return;
        }
        firstBoot = new CompletableFuture<>();
        Thread boot = new Thread(() -> {
            try {
                firstBoot.complete(booted());
            } catch (Throwable failed) {
                firstBoot.completeExceptionally(failed);
            }
        }, "crash-server-first-boot");
        boot.setDaemon(true);
        boot.start();
    }

    /** The server, once its first boot has ended, started again if a test left it killed. */
    static StandaloneServer running() {
        bootInBackground();
        StandaloneServer booted = firstBoot.join();
        synchronized (CrashServer.class) {
            if (!booted.isRunning()) {
                booted.start();
            }
        }
        return booted;
    }

    /** Kills the server, after its first boot has ended (or failed: a crash test reports that). */
    static void stop() {
        CompletableFuture<StandaloneServer> boot;
        synchronized (CrashServer.class) {
            boot = firstBoot;
        }
        if (boot == null) {
            return;
        }
        try {
            boot.join();
        } catch (CompletionException failed) {
            // the server may be up without answering yet: killed below all the same
        }
        synchronized (CrashServer.class) {
            if (server != null) {
                server.stop();
            }
        }
    }

    private static StandaloneServer booted() {
        freshDatabase();
        StandaloneServer first = new StandaloneServer("wildfly-crash", 100, SCHEMA);
        synchronized (CrashServer.class) {
            server = first;
        }
        first.prepare();
        first.start();
        return first;
    }

    private static void freshDatabase() {
        try (Connection c = Database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + SCHEMA);
            s.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + SCHEMA, e);
        }
    }
}
