package vn.ttdt.portal.procedures.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProcedureFilterTest {

    private static String codePart(String typed) {
        return ProcedureFilter.published(typed, null, null, null).codePart();
    }

    @Test
    void aPieceOfACodeIsSearchedInTheCodes() {
        assertEquals("1.0012", codePart(" 1.0012 "));
        assertEquals("001234", codePart("001234"));
        assertEquals("1.001234", codePart("1.001234"));
        assertEquals("2.002180.000.00.00.H12", codePart("2.002180.000.00.00.H12"));
    }

    @Test
    void wordsAndTooShortPiecesAreNot() {
        assertNull(codePart("khai sinh"));
        assertNull(codePart("thủ tục 1.0012"), "words with a code are searched as words");
        assertNull(codePart("hotich"), "no digit");
        assertNull(codePart("1."));
        assertNull(codePart(null));
        assertNull(codePart("1.0012%"));
    }
}
