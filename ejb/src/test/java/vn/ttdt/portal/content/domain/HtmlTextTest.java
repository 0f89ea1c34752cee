package vn.ttdt.portal.content.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void eachBlockIsALineAndInlineMarkupDisappears() {
        assertEquals("Tổ công nghệ số có mặt ở 13/13 xã.\nNhững con số\n85% hộ dân\n60% hộ kinh doanh",
                HtmlText.of("<p>Tổ công nghệ số có mặt ở <strong>13/13</strong> xã.</p><h2>Những con số</h2>"
                        + "<ul><li>85% hộ dân</li><li>60% hộ <em>kinh doanh</em></li></ul>"));
    }

    @Test
    void aLineBreakStaysALineBreakAndEntitiesAreDecoded() {
        assertEquals("dòng một\ndòng hai & <ba>", HtmlText.of("<p>dòng một<br>dòng hai &amp; &lt;ba&gt;</p>"));
    }

    @Test
    void noBodyHasNoText() {
        assertEquals("", HtmlText.of(null));
        assertEquals("", HtmlText.of("  "));
    }
}
