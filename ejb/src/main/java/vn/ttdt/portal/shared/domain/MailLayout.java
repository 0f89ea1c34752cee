package vn.ttdt.portal.shared.domain;

/**
 * The HTML form of a plain-text mail: the same words, escaped, a paragraph per blank-line-separated block and a line
 * break per line, in a Vietnamese page a mail reader shows without anything from outside.
 */
public final class MailLayout {

    private MailLayout() {
    }

    public static String html(String title, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlEscape.text(title))
                .append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1f2937\">");
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            html.append("<p>").append(HtmlEscape.text(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }
}
