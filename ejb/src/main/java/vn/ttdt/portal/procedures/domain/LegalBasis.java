package vn.ttdt.portal.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A legal document a procedure rests on, named as citizens read it: its number/symbol (số ký hiệu,
 * e.g. {@code 123/2015/NĐ-CP}) and its title. The public page links the number to the legal-documents search.
 */
@Embeddable
public class LegalBasis {

    @Column(name = "doc_number")
    private String number;

    @Column(name = "title")
    private String title;

    protected LegalBasis() {
    }

    public LegalBasis(String number, String title) {
        this.number = number == null ? null : number.strip();
        this.title = title == null ? null : title.strip();
    }

    public String getNumber() { return number; }
    public String getTitle() { return title; }
}
