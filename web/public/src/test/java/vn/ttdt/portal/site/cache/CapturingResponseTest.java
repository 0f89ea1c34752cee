package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CapturingResponseTest {

    private static HttpServletResponse container() {
        return (HttpServletResponse) Proxy.newProxyInstance(CapturingResponseTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCharacterEncoding" -> "UTF-8";
                    case "resetBuffer" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void charactersAreEncodedOnceAsUtf8() {
        CapturingResponse capture = new CapturingResponse(container());
        capture.getWriter().write("<p>Văn bản ");
        capture.getWriter().print('Đ');
        capture.getWriter().write("ủy ban</p>".toCharArray(), 0, 10);
        assertEquals("<p>Văn bản Đủy ban</p>", new String(capture.body(), StandardCharsets.UTF_8));
    }

    @Test
    void charactersAndBytesKeepTheOrderTheyWereWrittenIn() throws Exception {
        CapturingResponse capture = new CapturingResponse(container());
        capture.getWriter().write("xã ");
        capture.getOutputStream().write("Sông ".getBytes(StandardCharsets.UTF_8));
        capture.getWriter().write("Ray");
        assertEquals("xã Sông Ray", new String(capture.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aResetBufferDropsWhatWasWritten() {
        CapturingResponse capture = new CapturingResponse(container());
        capture.getWriter().write("nửa trang");
        capture.resetBuffer();
        capture.getWriter().write("trang lỗi");
        assertEquals("trang lỗi", new String(capture.body(), StandardCharsets.UTF_8));
    }
}
