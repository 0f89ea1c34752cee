package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ttdt.portal.content.domain.WordDiff.Change;
import vn.ttdt.portal.content.domain.WordDiff.Segment;

class WordDiffTest {

    @Test
    void identicalTextsHaveNoMarks() {
        WordDiff diff = WordDiff.between("Xã Xuân Đường sơ kết", "Xã Xuân Đường sơ kết");
        assertFalse(diff.hasChanges());
        assertEquals("Xã Xuân Đường sơ kết", diff.left());
        assertEquals("Xã Xuân Đường sơ kết", diff.right());
    }

    @Test
    void anAddedWordIsMarkedOnTheRightOnly() {
        WordDiff diff = WordDiff.between("hội nghị sơ kết", "hội nghị sơ kết quý I");
        assertEquals("hội nghị sơ kết", diff.left());
        assertEquals("hội nghị sơ kết<ins> quý I</ins>", diff.right());
    }

    @Test
    void aRemovedWordIsMarkedOnTheLeftOnly() {
        WordDiff diff = WordDiff.between("UBND xã Xuân Đường tổ chức", "UBND xã tổ chức");
        assertEquals("UBND xã <del>Xuân Đường </del>tổ chức", diff.left());
        assertEquals("UBND xã tổ chức", diff.right());
    }

    @Test
    void aReplacedPhraseIsOneRemovalAndOneAddition() {
        WordDiff diff = WordDiff.between("Sáng 15/6, UBND xã tổ chức", "Chiều 16/6, UBND xã tổ chức");
        assertEquals("<del>Sáng 15/6,</del> UBND xã tổ chức", diff.left());
        assertEquals("<ins>Chiều 16/6,</ins> UBND xã tổ chức", diff.right());
    }

    @Test
    void wordsOnlyMatchWholeAndWithTheirDiacritics() {
        WordDiff diff = WordDiff.between("cải cách", "cài cách");
        assertEquals("<del>cải</del> cách", diff.left());
        assertEquals("<ins>cài</ins> cách", diff.right());
    }

    @Test
    void markupInTheTextIsEscapedAndOnlyTheMarksAreHtml() {
        WordDiff diff = WordDiff.between("a <b>đậm</b> & \"x\"", "a <script>alert('x')</script> & \"x\"");
        assertEquals("a <del>&lt;b&gt;đậm&lt;/b&gt;</del> &amp; &quot;x&quot;", diff.left());
        assertEquals("a <ins>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</ins> &amp; &quot;x&quot;", diff.right());
    }

    @Test
    void emptyAndMissingTextsCompare() {
        assertEquals("<ins>mới</ins>", WordDiff.between(null, "mới").right());
        assertEquals("<del>cũ</del>", WordDiff.between("cũ", "").left());
        assertFalse(WordDiff.between("", null).hasChanges());
    }

    @Test
    void eachSideRebuildsItsTextAndTheCommonTokensAreALongestCommonSubsequence() {
        Random random = new Random(20231);
        String[] words = {"xã", "huyện", "hội", "nghị", "sơ", "kết", "một", "cửa"};
        for (int round = 0; round < 300; round++) {
            List<String> a = randomWords(random, words);
            List<String> b = randomWords(random, words);
            WordDiff diff = WordDiff.between(String.join(" ", a), String.join(" ", b));
            assertEquals(String.join(" ", a), text(diff.segments(), Change.ADDED));
            assertEquals(String.join(" ", b), text(diff.segments(), Change.REMOVED));
            List<String> ta = WordDiff.tokens(String.join(" ", a));
            List<String> tb = WordDiff.tokens(String.join(" ", b));
            long common = WordDiff.diff(ta, tb).stream().filter(s -> s.change() == Change.SAME).count();
            assertEquals(lcs(ta, tb), common, a + " / " + b);
        }
    }

    @Test
    void textsTooDifferentToSearchAreShownAsAllRemovedAndAllAdded() {
        String before = java.util.stream.IntStream.range(0, WordDiff.MAX_EDITS).mapToObj(i -> "cũ" + i).collect(Collectors.joining(" "));
        String after = java.util.stream.IntStream.range(0, WordDiff.MAX_EDITS).mapToObj(i -> "mới" + i).collect(Collectors.joining(" "));
        WordDiff diff = WordDiff.between(before, after);
        assertTrue(diff.left().startsWith("<del>cũ0 cũ1"), diff.left().substring(0, 40));
        assertEquals(before, text(diff.segments(), Change.ADDED));
        assertEquals(after, text(diff.segments(), Change.REMOVED));
    }

    private static List<String> randomWords(Random random, String[] words) {
        return random.ints(random.nextInt(12), 0, words.length).mapToObj(i -> words[i]).toList();
    }

    /** The text of one side: every segment but those of the other side. */
    private static String text(List<Segment> segments, Change otherSide) {
        return segments.stream().filter(s -> s.change() != otherSide).map(Segment::text).collect(Collectors.joining());
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.size()][b.size()];
    }
}
