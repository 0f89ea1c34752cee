package vn.ttdt.portal.site;

import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A Faces context for components' markup, current on this thread until {@link #release()}: the portal's texts as
 * {@code txt}, a request to http://portal.test, and a response writer that escapes and closes elements as Mojarra's HTML
 * writer does ({@code <meta … />}).
 */
final class MarkupContext extends FacesContextWrapper {

    private final Map<Object, Object> attributes = new HashMap<>();
    private final Map<String, Object> applicationMap = new HashMap<>();
    private Recording writer;

    MarkupContext() {
        super(null);
        setCurrentInstance(this);
    }

    /** What {@code component} writes. */
    String written(UIComponent component) throws IOException {
        writer = new Recording();
        component.encodeEnd(this);
        return writer.markup.toString();
    }

    @Override
    public void release() {
        setCurrentInstance(null);
    }

    @Override
    public Map<Object, Object> getAttributes() {
        return attributes;
    }

    @Override
    public ResponseWriter getResponseWriter() {
        return writer;
    }

    @Override
    public Application getApplication() {
        return new ApplicationWrapper(null) {
            @Override
            public ResourceBundle getResourceBundle(FacesContext context, String name) {
                return ResourceBundle.getBundle("vn.ttdt.portal.site.ui", Locale.forLanguageTag("vi"));
            }
        };
    }

    @Override
    public ExternalContext getExternalContext() {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getScheme" -> "http";
                    case "getServerName" -> "portal.test";
                    case "getServerPort" -> 80;
                    case "getContextPath" -> "";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new ExternalContextWrapper(null) {
            @Override
            public Object getRequest() {
                return request;
            }

            @Override
            public Map<String, Object> getApplicationMap() {
                return applicationMap;
            }
        };
    }

    private static final class Recording extends ResponseWriter {
        private static final Set<String> VOID = Set.of("meta", "img", "link", "input");
        private final StringBuilder markup = new StringBuilder();
        private boolean startOpen;

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
        @Override public void flush() { }
        @Override public void startDocument() { }
        @Override public void endDocument() { }
        @Override public ResponseWriter cloneWithWriter(Writer writer) { throw new UnsupportedOperationException(); }
        @Override public void close() { }
    }
}
