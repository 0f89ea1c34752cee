package vn.ttdt.portal.legaldocs.domain;

import java.time.LocalDate;

/** What a unit tells the board about the document it asks to post; any part may be missing when a file is attached. */
public record RequestedDocument(String number, String typeName, String issuer, LocalDate issuedOn, String summary) {

    public boolean isEmpty() {
        return blank(number) && blank(summary);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
