package vn.ttdt.portal.site.shell;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Keeps what a frame's render writes and its content type, and sends nothing to the visitor. */
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
    public ServletOutputStream getOutputStream() {
        throw new IllegalStateException("a frame is written as text");
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
    public void setCharacterEncoding(String encoding) {
        this.encoding = encoding;
    }

    @Override
    public String getCharacterEncoding() {
        return encoding;
    }

    @Override
    public void setContentLength(int length) {
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int status) {
        this.status = status;
    }

    @Override
    public void sendError(int status, String message) {
        this.status = status;
    }

    @Override
    public void setBufferSize(int size) {
    }

    @Override
    public int getBufferSize() {
        return markup.getBuffer().capacity();
    }

    @Override
    public void resetBuffer() {
        markup.getBuffer().setLength(0);
    }

    @Override
    public void reset() {
        resetBuffer();
    }

    @Override
    public void flushBuffer() {
    }

    @Override
    public boolean isCommitted() {
        return false;
    }
}
