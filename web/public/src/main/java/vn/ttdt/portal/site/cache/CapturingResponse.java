package vn.ttdt.portal.site.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keeps what a page writes, so the filter can both send and cache it. The whole page stays in memory until the filter
 * sends it, so a buffer size the page asks for (Facelets asks for {@code jakarta.faces.FACELETS_BUFFER_SIZE} on every
 * render) is noted but not passed on: the container would allocate a direct buffer of that size for each response.
 * What the page writes as characters is kept as characters and encoded once, when the body is read: encoding each of
 * the writer's many small writes on its own was a share of every rendered page.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private PageText text;
    private int status = SC_OK;
    private boolean cookieSet;
    private int bufferSize = 32 * 1024;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    encodeText();
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    encodeText();
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
            text = new PageText(Charset.forName(encoding));
            writer = new PrintWriter(text);
        }
        return writer;
    }

    @Override
    public void setBufferSize(int size) {
        bufferSize = size;
    }

    @Override
    public int getBufferSize() {
        return bufferSize;
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
        if (text != null) {
            text.characters.setLength(0);
        }
        super.resetBuffer();
    }

    /** The captured body; only worth caching for a plain 200 without a cookie. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        if (buffer.size() == 0 && text != null) {
            return text.encoded();
        }
        encodeText();
        return buffer.toByteArray();
    }

    /** Moves the characters written so far into the bytes, before bytes written to the stream follow them. */
    private void encodeText() {
        if (text != null && text.characters.length() > 0) {
            buffer.writeBytes(text.encoded());
            text.characters.setLength(0);
        }
    }

    /** The characters a page writes, as written (not thread-safe: one request writes them). */
    private static final class PageText extends Writer {

        private final StringBuilder characters = new StringBuilder(16 * 1024);
        private final Charset charset;

        PageText(Charset charset) {
            this.charset = charset;
        }

        byte[] encoded() {
            return characters.toString().getBytes(charset);
        }

        @Override
        public void write(int c) {
            characters.append((char) c);
        }

        @Override
        public void write(char[] chars, int off, int len) {
            characters.append(chars, off, len);
        }

        @Override
        public void write(String string, int off, int len) {
            characters.append(string, off, off + len);
        }

        @Override
        public void flush() {
            // kept in memory until the body is read
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    boolean cacheable() {
        return status == SC_OK && !cookieSet && !isCommitted();
    }
}
