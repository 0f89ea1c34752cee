package vn.ttdt.portal.content.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void comparesLowerCaseComposedText() {
        byte[] title = Spelling.of("Ủy ban nhân dân xã Xuân Đường");
        assertTrue(Spelling.holds(title, Spelling.of("ủy ban")));
        assertTrue(Spelling.holds(title, Spelling.of(" XUÂN ĐƯỜNG ")), "case and surrounding spaces do not matter");
        assertTrue(Spelling.holds(title, Spelling.of("\u0111u\u031Bo\u031B\u0300ng")), "typed with combining marks: đường");
        assertFalse(Spelling.holds(title, Spelling.of("xuan duong")), "diacritics matter");
        assertFalse(Spelling.holds(title, Spelling.of("Ủy ban nhân dân xã Xuân Đường nay")), "longer than the text");
        assertFalse(Spelling.holds(title, Spelling.of("  ")), "nothing typed is never held");
        assertTrue(Spelling.holds(Spelling.of("Dân"), Spelling.of("dân")));
    }
}
