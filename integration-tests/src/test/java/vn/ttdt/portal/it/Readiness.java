package vn.ttdt.portal.it;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/** The readiness answer of the management port ({@code /health/ready}) and the checks it lists. */
final class Readiness {

    private Readiness() {
    }

    static HttpResponse<String> now() {
        return ManagementPort.get("/health/ready");
    }

    /** Whether the answer as a whole is {@code status}. */
    static boolean overall(HttpResponse<String> answer, String status) {
        return Pattern.compile("^\\{\\s*\"status\"\\s*:\\s*\"" + status + "\"").matcher(answer.body()).find();
    }

    /** Whether {@code answer} lists the check {@code name} with {@code status} ({@code UP} or {@code DOWN}). */
    static boolean shows(HttpResponse<String> answer, String name, String status) {
        return Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"\\s*,\\s*\"status\"\\s*:\\s*\"" + status + "\"")
                .matcher(answer.body()).find();
    }
}
