package vn.ttdt.portal.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailLayoutTest {

    @Test
    void theTextIsEscapedInParagraphsWithLineBreaks() {
        String html = MailLayout.html("Câu hỏi HD-2023-7KQ4M2", "Kính gửi <b>An</b> & \"Bình\",\n\nMã tra cứu: HD-2023-7KQ4M2\nGiữ kín mã.");

        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Câu hỏi HD-2023-7KQ4M2</title>"), html);
        assertEquals("<p>Kính gửi &lt;b&gt;An&lt;/b&gt; &amp; &quot;Bình&quot;,</p><p>Mã tra cứu: HD-2023-7KQ4M2<br>Giữ kín mã.</p>",
                html.substring(html.indexOf("<p>"), html.indexOf("</body>")));
    }
}
