package vn.ttdt.portal.legaldocs.application;

import java.io.Serializable;
import java.time.LocalDate;
import vn.ttdt.portal.legaldocs.domain.LegalDocument;

/** Another document as a link: its number, type, summary and address. */
public record DocumentLink(long id, String slug, String number, String type, LocalDate issuedOn, String summary) implements Serializable {

    static DocumentLink of(LegalDocument d) {
        return d == null ? null : new DocumentLink(d.getId(), d.getSlug(), d.getNumber(), d.getType().getName(),
                d.getIssuedOn(), d.getSummary());
    }
}
