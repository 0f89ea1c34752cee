package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.shared.domain.BusinessRuleException;

class TagsTest {

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::getName).toList();
    }

    private static List<String> slugs(List<Tag> tags) {
        return tags.stream().map(Tag::getSlug).toList();
    }

    @Test
    void spacesHashesAndPunctuationAroundAWordAreDropped() {
        List<Tag> tags = Tags.normalise(List.of("  #Cải   cách hành chính. ", "(Một cửa)"));
        assertEquals(List.of("Cải cách hành chính", "Một cửa"), names(tags));
        assertEquals(List.of("cai-cach-hanh-chinh", "mot-cua"), slugs(tags));
    }

    @Test
    void commasAndSemicolonsSeparateTagsTypedInOneField() {
        assertEquals(List.of("du lịch", "lễ hội", "Chứa Chan"), names(Tags.normalise(List.of("du lịch, lễ hội;Chứa Chan"))));
    }

    @Test
    void theSameWordWithOtherCaseDiacriticsOrUnicodeFormIsOneTagInItsFirstSpelling() {
        String decomposed = "Xua\u0302n \u0110u\u031Bo\u031B\u0300ng";
        List<Tag> tags = Tags.normalise(List.of("Xuân Đường", "xuan duong", decomposed, "XUÂN ĐƯỜNG"));
        assertEquals(List.of("Xuân Đường"), names(tags));
        assertEquals(List.of("xuan-duong"), slugs(tags));
    }

    @Test
    void decomposedInputIsStoredComposed() {
        assertEquals("Xuân", Tags.normalise(List.of("Xua\u0302n")).get(0).getName());
    }

    @Test
    void wordsWithoutLettersOrDigitsAndMissingInputGiveNoTag() {
        assertEquals(List.of(), Tags.normalise(List.of(" ", "#", "!!!", ",,;")));
        assertEquals(List.of(), Tags.normalise(null));
        assertEquals(List.of(), Tags.normalise(Collections.singletonList(null)));
    }

    @Test
    void tenTagsAreAcceptedAndElevenRefused() {
        List<String> ten = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "từ khóa " + i).toList();
        assertEquals(10, Tags.normalise(ten).size());
        List<String> eleven = new java.util.ArrayList<>(ten);
        eleven.add("thêm");
        assertEquals("content.tags.tooMany", assertThrows(BusinessRuleException.class, () -> Tags.normalise(eleven)).messageKey());
    }

    @Test
    void aTagLongerThanSixtyCharactersIsRefused() {
        assertEquals(60, Tags.normalise(List.of("a".repeat(60))).get(0).getName().length());
        assertEquals("content.tags.tooLong",
                assertThrows(BusinessRuleException.class, () -> Tags.normalise(List.of("a".repeat(61)))).messageKey());
    }
}
