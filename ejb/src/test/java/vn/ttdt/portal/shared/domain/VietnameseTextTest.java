package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    private static final String TONED_VOWELS = "àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ";

    @Test
    void foldDropsTonesAndCase() {
        assertEquals("cai cach hanh chinh", VietnameseText.fold("Cải cách HÀNH CHÍNH"));
        assertEquals("uy ban", VietnameseText.fold("Ủy ban"));
        assertEquals("xa", VietnameseText.fold("Xã"));
    }

    @Test
    void foldTurnsDStrokeIntoD() {
        assertEquals("duong", VietnameseText.fold("Đường"));
        assertEquals("dd", VietnameseText.fold("đĐ"));
    }

    @Test
    void foldLeavesOnlyPlainVowelsForEveryToneOfEveryVowel() {
        String all = TONED_VOWELS + " " + TONED_VOWELS.toUpperCase(Locale.ROOT);

        String folded = VietnameseText.fold(all);

        assertTrue(folded.matches("[aeiouy ]+"), folded);
        assertEquals(VietnameseText.fold(TONED_VOWELS), folded.substring(0, TONED_VOWELS.length()));
        assertEquals("aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy",
                VietnameseText.fold(TONED_VOWELS));
    }

    @Test
    void foldCollapsesAndTrimsWhitespace() {
        assertEquals("uy ban nhan dan", VietnameseText.fold("  Ủy \t ban\n\u00a0nhân   dân  "));
    }

    @Test
    void withoutMarksKeepsCaseAndSpacing() {
        assertEquals("Dang Quoc  Khanh, DONG NAI", VietnameseText.withoutMarks("Đặng Quốc  Khánh, ĐỒNG NAI"));
        assertEquals("", VietnameseText.withoutMarks(null));
    }

    @Test
    void foldOfNullIsEmpty() {
        assertEquals("", VietnameseText.fold(null));
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String composed = "Cải cách hành chính Đồng Nai " + TONED_VOWELS;
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertFalse(composed.equals(decomposed));
        assertEquals(VietnameseText.fold(composed), VietnameseText.fold(decomposed));
    }

    @Test
    void slugJoinsWordsWithSingleDashes() {
        assertEquals("hoi-nghi-trien-khai-ke-hoach-so-29-kh-ubnd",
                VietnameseText.slug("Hội nghị triển khai Kế hoạch số 29/KH-UBND!"));
    }

    @Test
    void aLongSlugIsCutWithoutATrailingDash() {
        String title = "Đồng Nai ".repeat(25);
        assertEquals(225, title.length());

        String slug = VietnameseText.slug(title.substring(0, 200));

        assertTrue(slug.length() <= 120, slug);
        assertFalse(slug.endsWith("-"), slug);
        assertTrue(slug.startsWith("dong-nai-dong-nai"), slug);
    }

    @Test
    void aCutThatLandsOnADashDropsTheDash() {
        String slug = VietnameseText.slug("a ".repeat(100));

        assertEquals(119, slug.length());
        assertTrue(slug.endsWith("-a"), slug);
    }

    @Test
    void aSlugWithoutLettersOrDigitsFallsBack() {
        assertEquals("bai-viet", VietnameseText.slug("!!!"));
        assertEquals("bai-viet", VietnameseText.slug(null));
    }
}
