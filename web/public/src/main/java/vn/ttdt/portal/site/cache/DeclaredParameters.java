package vn.ttdt.portal.site.cache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The request as a cached page sees it: of the parameters the visitor sent, only those the page
 * declares ({@link PageKey#declaredBy}), which are part of its cache key. Parameters added on the way
 * to the view (the slug a friendly address forwards) stay visible; whatever else the visitor put in
 * the address is invisible, so it can never be rendered into a page that others get from the cache.
 */
final class DeclaredParameters extends HttpServletRequestWrapper {

    private final Set<String> declared;
    private final Map<String, String[]> sent;

    DeclaredParameters(HttpServletRequest request, Set<String> declared, Map<String, String[]> sent) {
        super(request);
        this.declared = declared;
        this.sent = Map.copyOf(sent);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> visible = new LinkedHashMap<>();
        super.getParameterMap().forEach((name, values) -> {
            String[] kept = declared.contains(name) ? values : without(values, sent.get(name));
            if (kept.length > 0) {
                visible.put(name, kept);
            }
        });
        return Collections.unmodifiableMap(visible);
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterValues(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String getQueryString() {
        StringJoiner query = new StringJoiner("&");
        getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.length() == 0 ? null : query.toString();
    }

    /** The values less one occurrence of each value the visitor sent. */
    private static String[] without(String[] values, String[] visitors) {
        if (visitors == null) {
            return values;
        }
        List<String> left = new ArrayList<>(Arrays.asList(values));
        for (String value : visitors) {
            left.remove(value);
        }
        return left.toArray(String[]::new);
    }
}
