package vn.ttdt.portal.site.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeclaredParametersTest {

    /** A request whose parameters are those given: what the container holds after any forward. */
    private static HttpServletRequest request(Map<String, String[]> parameters) {
        return (HttpServletRequest) Proxy.newProxyInstance(DeclaredParametersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameterMap" -> Collections.unmodifiableMap(parameters);
                    case "getParameter" -> parameters.containsKey((String) args[0]) ? parameters.get((String) args[0])[0] : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Map<String, String[]> map(Object... nameValues) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.put((String) nameValues[i], (String[]) nameValues[i + 1]);
        }
        return map;
    }

    @Test
    void aPageSeesNoneOfTheParametersItDoesNotDeclare() {
        Map<String, String[]> sent = map("q", new String[] {"Gọi 0909 lừa đảo"}, "utm_source", new String[] {"zalo"});
        DeclaredParameters home = new DeclaredParameters(request(sent), PageKey.declaredBy("/"), sent);
        assertNull(home.getParameter("q"));
        assertNull(home.getParameterValues("utm_source"));
        assertEquals(Map.of(), home.getParameterMap());
        assertEquals(false, home.getParameterNames().hasMoreElements());
        assertNull(home.getQueryString());
    }

    @Test
    void declaredParametersPassAsSent() {
        Map<String, String[]> sent = map("q", new String[] {"xã", "huyện"}, "trang", new String[] {"2"}, "x", new String[] {"1"});
        DeclaredParameters search = new DeclaredParameters(request(sent), PageKey.declaredBy("/tim-kiem"), sent);
        assertEquals("xã", search.getParameter("q"));
        assertArrayEquals(new String[] {"xã", "huyện"}, search.getParameterValues("q"));
        assertEquals(Set.of("q", "trang"), search.getParameterMap().keySet());
        assertEquals("q=x%C3%A3&q=huy%E1%BB%87n&trang=2", search.getQueryString());
    }

    @Test
    void theSlugAFriendlyAddressForwardsStaysButOneSentAlongsideIsDropped() {
        Map<String, String[]> sent = map("slug", new String[] {"gia-mao"}, "trang", new String[] {"3"});
        Map<String, String[]> forwarded = map("slug", new String[] {"le-hoi", "gia-mao"}, "trang", new String[] {"3"});
        DeclaredParameters category = new DeclaredParameters(request(forwarded), PageKey.declaredBy("/chuyen-muc/le-hoi"), sent);
        assertArrayEquals(new String[] {"le-hoi"}, category.getParameterValues("slug"));
        assertEquals("3", category.getParameter("trang"));
    }
}
