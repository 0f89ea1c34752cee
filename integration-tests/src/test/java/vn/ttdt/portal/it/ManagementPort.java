package vn.ttdt.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain GETs to the test server's management interface (port 9990: health, metrics) or any other address. */
final class ManagementPort {

    private static final URI ADDRESS = URI.create("http://127.0.0.1:9990");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ManagementPort() {
    }

    /** The run's server's management port (its management model, besides health and metrics). */
    static int port() {
        return ADDRESS.getPort();
    }

    static HttpResponse<String> get(String path) {
        return get(ADDRESS.resolve(path));
    }

    /** What the management interface at {@code port} serves at /prometheus (fails the test on any other answer than 200). */
    static String scrape(int port) {
        HttpResponse<String> response = get(URI.create("http://127.0.0.1:" + port + "/prometheus"));
        if (response.statusCode() != 200) {
            throw new AssertionError("/prometheus at port " + port + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The sum of the values of the series {@code series} finds in a scrape (e.g. a counter over every servlet). */
    static double sum(Pattern series, String scrape) {
        Matcher count = series.matcher(scrape);
        double sum = 0;
        while (count.find()) {
            sum += Double.parseDouble(count.group(1));
        }
        return sum;
    }

    static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
