package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEscapeTest {

    @Test
    void escapesTheFiveMarkupCharactersAndLeavesTheRestAsItIs() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;Đường&#39;&gt;T&amp;C&lt;/a&gt; ấp 1 – 2",
                HtmlEscape.text("<a href=\"x\" title='Đường'>T&C</a> ấp 1 – 2"));
        assertEquals("&amp;amp;", HtmlEscape.text("&amp;"), "an entity is text, escaped again");
        assertEquals("", HtmlEscape.text(""));
    }
}
