package vn.ttdt.portal.devserver;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' client of the back-office job API: signed in once through the form (polling with HTTP Basic would
 * hash the password, bcrypt, on every request), a job started by a POST answering {@code {"executionId":N}}, and its
 * execution polled every 50 ms until it completed.
 */
final class BackOfficeJobs {

    private static final Pattern EXECUTION = Pattern.compile("\"executionId\":(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final URI app;

    private BackOfficeJobs(URI app) {
        this.app = app;
    }

    /** Signed in as the demo account {@code login} (password Demo-CamMy-2023). */
    static BackOfficeJobs signedIn(URI app, String login) throws Exception {
        BackOfficeJobs jobs = new BackOfficeJobs(app);
        HttpResponse<String> response = jobs.http.send(HttpRequest.newBuilder(app.resolve("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + login + "&password=Demo-CamMy-2023")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("signing in as " + login + " failed: " + response.statusCode());
        }
        return jobs;
    }

    /** POSTs {@code path} (e.g. /admin/api/v1/jobs/royalty-payroll?month=2019-11) and answers the execution id. */
    long start(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.resolve(path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = EXECUTION.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("starting the job failed: " + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    /**
     * Polls {@code path} (the execution's status) every 50 ms until COMPLETED and answers that last answer's body
     * ({@link JobEnd}).
     */
    String awaitCompleted(String path) throws Exception {
        return JobEnd.awaitCompleted(() -> http.send(HttpRequest.newBuilder(app.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).body(), body -> {
                    Matcher m = STATUS.matcher(body);
                    return m.find() ? m.group(1) : "";
                });
    }
}
