package vn.ttdt.portal.site.shell;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Keeps what a frame's render writes, its status, content type and encoding, and passes none of them to the visitor's
 * response, nor Facelets' buffer size (the container would allocate it) or a flush (it would commit the response).
 */
final class FrameResponse extends HttpServletResponseWrapper {

    private final StringWriter markup = new StringWriter(16 * 1024);
    private final PrintWriter writer = new PrintWriter(markup);
    private String contentType;
    private String encoding;
    private int status = SC_OK;

    FrameResponse(HttpServletResponse response) {
        super(response);
    }

    String markup() {
        writer.flush();
        return markup.toString();
    }

    @Override
    public PrintWriter getWriter() {
        return writer;
    }

    @Override
    public void setContentType(String type) {
        contentType = type;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void setCharacterEncoding(String charset) {
        encoding = charset;
    }

    @Override
    public String getCharacterEncoding() {
        return encoding;
    }

    @Override
    public void setStatus(int code) {
        status = code;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int code) {
        setStatus(code);
    }

    @Override
    public void sendError(int code, String message) {
        setStatus(code);
    }

    @Override
    public void setBufferSize(int size) {
        // the markup is kept whole in memory
    }

    @Override
    public void flushBuffer() {
        writer.flush();
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
