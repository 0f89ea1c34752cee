package vn.ttdt.portal.site.shell;

import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's shell as Faces wrote it once, with a slot ({@link FrameSlot}) where each of the page's own parts goes: kept
 * as encoded segments, so a request writes the segments and its parts between them without building a view and
 * encodes only its parts. The parts
 * are written through a copy of the frame's own response writer, so they are escaped as Facelets escapes.
 */
public final class PageFrame {

    static final char MARK = '\uE000';
    /** The request attribute under which a rendered frame leaves its response writer. */
    static final String WRITER = PageFrame.class.getName() + ".writer";

    private final List<byte[]> segments;
    private final int length;
    private final List<String> slots;
    private final String contentType;
    private final Charset charset;
    private final ResponseWriter writer;

    private PageFrame(List<String> segments, List<String> slots, String contentType, String encoding, ResponseWriter writer) {
        this.charset = Charset.forName(encoding == null ? "UTF-8" : encoding);
        this.segments = segments.stream().map(segment -> segment.getBytes(charset)).toList();
        this.length = this.segments.stream().mapToInt(segment -> segment.length).sum();
        this.slots = slots;
        this.contentType = contentType;
        this.writer = writer;
    }

    /** What a frame writes where the part named {@code slot} goes. */
    static String marker(String slot) {
        return MARK + slot + MARK;
    }

    /** The frame in {@code markup}, cut at its slots' markers. */
    static PageFrame of(String markup, String contentType, String encoding, ResponseWriter writer) {
        List<String> segments = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        int from = 0;
        for (int start = markup.indexOf(MARK); start >= 0; start = markup.indexOf(MARK, from)) {
            int end = markup.indexOf(MARK, start + 1);
            if (end < 0) {
                throw new IllegalArgumentException("a slot's marker is not closed at " + start);
            }
            segments.add(markup.substring(from, start));
            slots.add(markup.substring(start + 1, end));
            from = end + 1;
        }
        segments.add(markup.substring(from));
        return new PageFrame(List.copyOf(segments), List.copyOf(slots), contentType, encoding, writer);
    }

    /** Writes the part that goes into one slot. */
    @FunctionalInterface
    public interface Parts {
        void write(String slot, ResponseWriter out) throws IOException;
    }

    /**
     * The page's bytes: the frame's segments, encoded once when the frame was kept, with each slot's part between them,
     * encoded for this page.
     */
    public byte[] write(Parts parts) throws IOException {
        ByteArrayOutputStream page = new ByteArrayOutputStream(length + 8192);
        StringWriter part = new StringWriter(4096);
        ResponseWriter out = writer.cloneWithWriter(part);
        for (int i = 0; i < slots.size(); i++) {
            page.writeBytes(segments.get(i));
            parts.write(slots.get(i), out);
            out.flush();
            page.writeBytes(part.toString().getBytes(charset));
            part.getBuffer().setLength(0);
        }
        page.writeBytes(segments.get(slots.size()));
        return page.toByteArray();
    }

    /** The slots' names, in the order of the page. */
    public List<String> slots() {
        return slots;
    }

    /** Sends {@code page} as the frame's response was sent: the same content type and character encoding. */
    public void send(byte[] page, HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        response.setCharacterEncoding(charset.name());
        response.getOutputStream().write(page);
    }
}
