package vn.ttdt.portal.site.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Keeps what a page writes, so the filter can both send and cache it. */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean cookieSet;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking output only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(encoding)));
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws java.io.IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws java.io.IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws java.io.IOException {
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        super.resetBuffer();
    }

    /** The captured body; only worth caching for a plain 200 without a cookie. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    boolean cacheable() {
        return status == SC_OK && !cookieSet && !isCommitted();
    }
}
