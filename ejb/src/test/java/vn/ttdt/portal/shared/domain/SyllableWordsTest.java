package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyllableWordsTest {

    @Test
    void aNumberAndWordsBecomeMarkedFoldedSyllablesEachOnce() {
        assertEquals("w_nghi w_dinh w_42 w_2022 w_nd w_cp w_ve w_xa w_a",
                SyllableWords.of("Nghị định", "42/2022/NĐ-CP", "về xã, XÃ à"));
    }

    @Test
    void theSameQueryWithAndWithoutDiacriticsAsksForEverySyllable() {
        assertEquals("+w_nghi +w_dinh +w_42", SyllableWords.query("nghị định 42"));
        assertEquals("+w_nghi +w_dinh +w_42", SyllableWords.query("  NGHI   dinh, 42 "));
        assertEquals("+w_42 +w_2022 +w_nd +w_cp", SyllableWords.query("42/2022/NĐ-CP"));
    }

    @Test
    void fullTextOperatorsTypedAreOnlySeparators() {
        assertEquals("+w_thue +w_dat", SyllableWords.query("-thuế* +\"đất\" (@~<>)"));
        assertEquals("", SyllableWords.query(" \"*+- "));
        assertEquals("", SyllableWords.query(null));
    }

    @Test
    void aQueryKeepsTwelveSyllablesAndAWordKeepsEightyLetters() {
        assertEquals(12, SyllableWords.query("a b c d e f g h i j k l m n o").split(" ").length);
        assertEquals("w_" + "x".repeat(80), SyllableWords.of("x".repeat(100)));
    }
}
