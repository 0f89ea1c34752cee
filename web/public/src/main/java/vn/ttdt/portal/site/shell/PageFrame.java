package vn.ttdt.portal.site.shell;

import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's shell as Faces wrote it once, with a slot ({@link FrameSlot}) where each of the page's own parts goes: kept
 * as text segments, so a request writes the segments and its parts between them without building a view. The parts
 * are written through a copy of the frame's own response writer, so they are escaped as Facelets escapes.
 */
public final class PageFrame {

    static final char MARK = '\uE000';
    /** The request attribute under which a rendered frame leaves its response writer. */
    static final String WRITER = PageFrame.class.getName() + ".writer";

    private final List<String> segments;
    private final List<String> slots;
    private final String contentType;
    private final String encoding;
    private final ResponseWriter writer;

    private PageFrame(List<String> segments, List<String> slots, String contentType, String encoding, ResponseWriter writer) {
        this.segments = segments;
        this.slots = slots;
        this.contentType = contentType;
        this.encoding = encoding;
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

    /** The page: the frame's segments with each slot's part between them. */
    public String write(Parts parts) throws IOException {
        StringWriter page = new StringWriter(segments.stream().mapToInt(String::length).sum() + 8192);
        ResponseWriter out = writer.cloneWithWriter(page);
        for (int i = 0; i < slots.size(); i++) {
            out.write(segments.get(i));
            parts.write(slots.get(i), out);
        }
        out.write(segments.get(slots.size()));
        out.flush();
        return page.toString();
    }

    /** The slots' names, in the order of the page. */
    public List<String> slots() {
        return slots;
    }

    /** Writes {@code page} as the frame's response was written: the same content type and character encoding. */
    public void send(String page, HttpServletResponse response) throws IOException {
        response.setContentType(contentType);
        if (encoding != null) {
            response.setCharacterEncoding(encoding);
        }
        response.getWriter().write(page);
    }
}
