package vn.ttdt.portal.legaldocs.domain;

import java.time.LocalDate;

/** What a legal document says about itself: its classification, number, issuer, signer, dates and summary (trích yếu). */
public record DocumentDescription(LegalTerm type, LegalTerm field, LegalTerm level, String number, String issuer,
                                  String signer, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn,
                                  String summary) {
}
