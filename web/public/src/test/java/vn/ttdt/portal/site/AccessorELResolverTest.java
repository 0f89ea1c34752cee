package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessorELResolverTest {

    public record Item(String title, List<String> authors) {
    }

    public static class Pages {
        public String date(Instant at) { return at == null ? "-" : "at " + at.getEpochSecond(); }
        public String absolute(String path) { return "https://x" + path; }
        public int twice(int n) { return 2 * n; }
        public String fail() { throw new IllegalStateException("boom"); }
        public String over(String a) { return a; }
        public String over(Integer a) { return "i" + a; }
    }

    private ELProcessor el;
    private int[] calls;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        el.getELManager().addELResolver(new AccessorELResolver());
        el.defineBean("item", new Item("Hội nghị", List.of("An", "Bình")));
        el.defineBean("pages", new Pages());
        el.defineBean("at", Instant.ofEpochSecond(42));
    }

    @Test
    void callsRecordAccessors() {
        assertEquals("Hội nghị", el.eval("item.title()"));
        assertEquals("Bình", el.eval("item.authors().get(1)"));
    }

    @Test
    void callsMethodsWithArgumentsCoercedToTheirTypes() {
        assertEquals("at 42", el.eval("pages.date(at)"));
        assertEquals("-", el.eval("pages.date(null)"));
        assertEquals("https://x/tin/a", el.eval("pages.absolute('/tin/'.concat('a'))"));
        assertEquals(14, ((Number) el.eval("pages.twice('7')")).intValue());
    }

    @Test
    void resolvesTheCallItselfAndLeavesOverloadedNamesToTheStandardResolver() {
        AccessorELResolver resolver = new AccessorELResolver();
        ELContext context = el.getELManager().getELContext();
        context.setPropertyResolved(false);
        assertEquals("Hội nghị", resolver.invoke(context, el.eval("item"), "title", null, new Object[0]));
        assertTrue(context.isPropertyResolved());

        context.setPropertyResolved(false);
        assertNull(resolver.invoke(context, new Pages(), "over", null, new Object[] {"abc"}));
        assertFalse(context.isPropertyResolved());
        assertEquals("abc", el.eval("pages.over('abc')"));
    }

    @Test
    void reportsTheCalledMethodsOwnFailure() {
        ELException failure = assertThrows(ELException.class, () -> el.eval("pages.fail()"));
        assertEquals("boom", rootOf(failure).getMessage());
    }

    private static Throwable rootOf(Throwable t) {
        return t.getCause() == null ? t : rootOf(t.getCause());
    }
}
