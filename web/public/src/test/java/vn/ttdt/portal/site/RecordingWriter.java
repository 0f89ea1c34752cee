package vn.ttdt.portal.site;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/** A response writer that escapes and closes elements as Mojarra's HTML writer does ({@code <meta … />}), keeping what it is given. */
public final class RecordingWriter extends ResponseWriter {
    private static final Set<String> VOID = Set.of("meta", "img", "link", "input");
    private final StringBuilder markup = new StringBuilder();
    private final Writer target;
    private boolean startOpen;

    public RecordingWriter() {
        this(null);
    }

    /** Passes what it keeps to {@code target} when flushed. */
    private RecordingWriter(Writer target) {
        this.target = target;
    }

    public String markup() {
        return markup.toString();
    }

    @Override
    public void startElement(String name, UIComponent component) {
        closeStart();
        markup.append('<').append(name);
        startOpen = true;
    }

    @Override
    public void endElement(String name) {
        if (startOpen && VOID.contains(name)) {
            markup.append(" />");
            startOpen = false;
            return;
        }
        closeStart();
        markup.append("</").append(name).append('>');
    }

    @Override
    public void writeAttribute(String name, Object value, String property) {
        if (value != null) {
            markup.append(' ').append(name).append("=\"").append(escape(value.toString(), true)).append('"');
        }
    }

    @Override
    public void writeURIAttribute(String name, Object value, String property) {
        writeAttribute(name, value, property);
    }

    @Override
    public void writeText(Object text, String property) {
        closeStart();
        markup.append(escape(text.toString(), false));
    }

    @Override
    public void writeText(char[] text, int offset, int length) {
        writeText(new String(text, offset, length), null);
    }

    @Override
    public void write(char[] text, int offset, int length) {
        closeStart();
        markup.append(text, offset, length);
    }

    private void closeStart() {
        if (startOpen) {
            markup.append('>');
            startOpen = false;
        }
    }

    private static String escape(String text, boolean attribute) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return attribute ? escaped.replace("\"", "&quot;") : escaped;
    }

    @Override public void writeComment(Object comment) { throw new UnsupportedOperationException(); }
    @Override public String getContentType() { return "text/html"; }
    @Override public String getCharacterEncoding() { return "UTF-8"; }
    @Override
    public void flush() throws IOException {
        if (target != null) {
            target.write(markup.toString());
            markup.setLength(0);
        }
    }

    @Override public void startDocument() { }
    @Override public void endDocument() { }
    @Override public ResponseWriter cloneWithWriter(Writer writer) { return new RecordingWriter(writer); }
    @Override public void close() { }
}
