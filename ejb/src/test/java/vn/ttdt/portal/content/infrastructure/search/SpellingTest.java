package vn.ttdt.portal.content.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void splitsLowerCaseComposedSyllables() {
        assertEquals(List.of("ủy", "ban", "nhân", "dân", "xã", "xuân", "đường"), Spelling.syllables("Ủy ban nhân dân, xã Xuân Đường."));
        assertEquals(List.of("đường"), Spelling.syllables("\u0111u\u031Bo\u031B\u0300ng"), "typed with combining marks");
        assertEquals(List.of("covid", "19"), Spelling.syllables(" COVID-19 "));
        assertEquals(List.of(), Spelling.syllables(" … "));
        assertEquals(List.of(), Spelling.syllables(null));
    }
}
