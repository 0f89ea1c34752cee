package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void marksTheSearchedWordsWithOrWithoutDiacritics() {
        assertEquals("Đẩy mạnh <mark>cải cách</mark> hành chính, <mark>Cải Cách</mark>",
                Highlighter.mark("Đẩy mạnh cải cách hành chính, Cải Cách", "cai cach"));
        assertEquals("<mark>Đường</mark> Xuân <mark>Đường</mark>", Highlighter.mark("Đường Xuân Đường", "duong"));
        assertEquals("xã\t<mark>Sông Ray</mark>", Highlighter.mark("xã\tSông Ray", "sông ray"));
    }

    @Test
    void marksEachWordWholeWhereverItStandsButNotExcludedOnes() {
        assertEquals("<mark>Xã Sông Ray</mark> khánh thành <mark>trường học</mark>",
                Highlighter.mark("Xã Sông Ray khánh thành trường học", "trường học -huyện \"Sông Ray\" xa"));
        assertEquals("Ban <mark>an</mark> toàn, huyện", Highlighter.mark("Ban an toàn, huyện", "an -huyện"));
        assertEquals("<mark>Cải</mark>, <mark>cách</mark>", Highlighter.mark("Cải, cách", "cai cach"), "punctuation ends a mark");
    }

    @Test
    void escapesTheTextAndTheMarkedWords() {
        assertEquals("&lt;b&gt; &quot;<mark>xã</mark>&quot; &amp;", Highlighter.mark("<b> \"xã\" &", "xa"));
        assertEquals("a &lt; b", Highlighter.mark("a < b", " "));
        assertEquals("", Highlighter.mark(null, "xa"));
    }
}
