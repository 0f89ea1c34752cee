package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.el.CompositeELResolver;
import jakarta.el.ELContext;
import jakarta.el.ELProcessor;
import jakarta.el.ELResolver;
import jakarta.el.MapELResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.site.NamesPerRequestELResolver.Kind;

class NamesPerRequestELResolverTest {

    public static class Pages {
        private final int number;
        Pages(int number) { this.number = number; }
        public int getNumber() { return number; }
    }

    /** The application's resolvers as the test sees them: each name looked up is counted, then answered from a map. */
    private static final class CountingChain extends MapELResolver {
        final Map<String, Object> names = new HashMap<>();
        final Map<String, AtomicInteger> lookups = new HashMap<>();

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base != null || !names.containsKey(property)) {
                return null;
            }
            lookups.computeIfAbsent((String) property, k -> new AtomicInteger()).incrementAndGet();
            context.setPropertyResolved(null, property);
            return names.get(property);
        }

        int lookupsOf(String name) {
            return lookups.getOrDefault(name, new AtomicInteger()).get();
        }
    }

    private final ResourceBundle texts = ResourceBundle.getBundle("vn.ttdt.portal.site.ui");
    private final Map<String, Kind> kinds = Map.of("pages", Kind.SCOPED_BEAN, "txt", Kind.BUNDLE);
    private CountingChain chain;
    private Map<String, Object> request;
    private AtomicInteger classified;
    private ELProcessor el;

    @BeforeEach
    void setUp() {
        chain = new CountingChain();
        chain.names.put("pages", new Pages(1));
        chain.names.put("row", "first row");
        request = NamesPerRequestELResolver.newKept();
        classified = new AtomicInteger();
        newProcessor();
    }

    private void newProcessor() {
        NamesPerRequestELResolver names = new NamesPerRequestELResolver(chain, name -> {
            classified.incrementAndGet();
            return kinds.getOrDefault(name, Kind.OTHER);
        }, new NamesPerRequestELResolver.RequestNames() {
            @Override
            public Map<String, Object> kept(ELContext context) {
                return request;
            }

            @Override
            public Object bundle(ELContext context, String name) {
                return "txt".equals(name) ? texts : null;
            }
        });
        CompositeELResolver first = new CompositeELResolver();
        first.add(names);
        first.add(chain);
        el = new ELProcessor();
        el.getELManager().addELResolver(first);
    }

    @Test
    void aScopedBeanIsLookedUpOncePerRequest() {
        for (int i = 0; i < 5; i++) {
            assertEquals(1, ((Number) el.eval("pages.number")).intValue());
        }
        assertEquals(1, chain.lookupsOf("pages"));
    }

    @Test
    void theNextRequestLooksTheBeanUpAgainAndSeesItsOwnInstance() {
        assertEquals(1, ((Number) el.eval("pages.number")).intValue());
        request = NamesPerRequestELResolver.newKept();
        chain.names.put("pages", new Pages(2));
        assertEquals(2, ((Number) el.eval("pages.number")).intValue());
        assertEquals(2, chain.lookupsOf("pages"));
    }

    @Test
    void otherNamesAreLeftToTheChainEveryTime() {
        el.eval("row");
        chain.names.put("row", "second row");
        assertEquals("second row", el.eval("row"));
        assertEquals(2, chain.lookupsOf("row"));
    }

    @Test
    void aBundleComesFromTheApplicationWithoutAskingTheChain() {
        assertEquals(texts.getString("search.title"), el.eval("txt['search.title']"));
        assertEquals(0, chain.lookupsOf("txt"));
    }

    @Test
    void eachNameIsClassifiedOnce() {
        for (String expression : List.of("pages.number", "row", "pages.number", "row", "txt['skip']", "txt['skip']")) {
            el.eval(expression);
        }
        assertEquals(3, classified.get());
    }

    @Test
    void aNameTheClassifierCannotTellYetIsAskedAgainAndLeftToTheChain() {
        ELResolver undecided = new NamesPerRequestELResolver(chain, name -> {
            classified.incrementAndGet();
            return null;
        }, null);
        ELContext context = el.getELManager().getELContext();
        assertNull(undecided.getValue(context, null, "pages"));
        assertNull(undecided.getValue(context, null, "pages"));
        assertEquals(2, classified.get());
        assertEquals(0, chain.lookupsOf("pages"));
    }

    @Test
    void keepsWhatTheChainAnswered() {
        el.eval("pages.number");
        assertSame(chain.names.get("pages"), request.get("pages"));
    }
}
