package vn.ttdt.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every answer of both web modules carries an X-Request-Id: a sane one sent by the client (a proxy) is kept, a
 * missing one is made, and one too long or with control characters is replaced — pages from the cache included.
 */
class RequestIdIT extends PortalIT {

    private static final String GENERATED = "[0-9a-f]{32}";

    @Test
    void eachAnswerCarriesARequestIdKeptWhenSaneAndReplacedWhenNot() throws IOException {
        Portal visitor = Portal.anonymous();
        String first = id(visitor.bytes("/"));
        String second = id(visitor.bytes("/"));
        assertTrue(first.matches(GENERATED) && second.matches(GENERATED), first + " " + second);
        assertNotEquals(first, second, "a new id per request, also for a page from the cache");
        assertTrue(id(visitor.bytes("/admin/login.xhtml")).matches(GENERATED), "the back-office too");
        assertTrue(id(visitor.bytes("/khong-co-trang-nay-" + ContentFixture.token())).matches(GENERATED), "a 404 too");

        assertEquals("proxy-7f3a.42:1", id(visitor.bytes("/", "X-Request-Id", "proxy-7f3a.42:1")));
        assertEquals("b".repeat(64), id(visitor.bytes("/admin/login.xhtml", "X-Request-Id", "b".repeat(64))));
        String tooLong = id(visitor.bytes("/", "X-Request-Id", "c".repeat(65)));
        assertTrue(tooLong.matches(GENERATED), tooLong);

        String spaces = id(visitor.bytes("/", "X-Request-Id", "id with spaces"));
        assertTrue(spaces.matches(GENERATED), spaces);

        for (String odd : new String[] {"abc\tdef", "abc\u0001def", "m\u00e3-s\u00f4"}) {
            String head = rawGet(odd);
            boolean replaced = Pattern.compile("(?im)^X-Request-Id: *" + GENERATED + "\r?$").matcher(head).find();
            assertTrue(replaced || head.startsWith("HTTP/1.1 400"), "replaced, or refused by the server itself: " + head);
            assertTrue(!head.contains(odd), "never echoed: " + head);
        }
    }

    private static String id(HttpResponse<byte[]> response) {
        return response.headers().firstValue("X-Request-Id").orElse("(none, status " + response.statusCode() + ")");
    }

    /** The head of the answer to a GET / whose X-Request-Id holds bytes an HTTP client would refuse to send. */
    private static String rawGet(String value) throws IOException {
        URI base = base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Request-Id: ").getBytes(StandardCharsets.US_ASCII));
            out.write(value.getBytes(StandardCharsets.ISO_8859_1));
            out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }
}
