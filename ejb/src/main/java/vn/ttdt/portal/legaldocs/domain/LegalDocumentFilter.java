package vn.ttdt.portal.legaldocs.domain;

/**
 * What a search of legal documents asks for; null parts ask for nothing. {@code text} is matched by whole syllables,
 * with or without diacritics, against type, number, issuer, signer and summary; {@code number} as the beginning of a
 * number/symbol ({@code 42/2022}).
 */
public record LegalDocumentFilter(String text, Long typeId, Long fieldId, Long levelId, String issuer, Integer year,
                                  LegalStatus status, String number) {

    public static LegalDocumentFilter none() {
        return new LegalDocumentFilter(null, null, null, null, null, null, null, null);
    }
}
