package vn.ttdt.portal.site.feeds;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Short plain-text answers: errors and robots.txt. */
final class PlainText {

    private PlainText() {
    }

    static void send(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(text);
    }
}
