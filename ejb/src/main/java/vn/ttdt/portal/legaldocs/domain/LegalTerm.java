package vn.ttdt.portal.legaldocs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;

/**
 * A word the site classifies its legal documents by: a type (Luật, Nghị định, Quyết định…), a field (lĩnh vực)
 * or a level (Trung ương, Tỉnh, Huyện, Xã). Terms are data of the site, not constants: a commune or province
 * portal keeps other ones. A term has a stable {@code code} for imports and filters and a shown {@code name}; the board
 * adds terms and renames them, never deletes one (documents keep theirs).
 */
@Entity
@Table(name = "legal_term")
public class LegalTerm extends SiteOwned {

    @Enumerated(EnumType.STRING)
    private TermKind kind;

    private String code;

    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    protected LegalTerm() {
    }

    public LegalTerm(Site site, TermKind kind, String code, String name, int sortOrder) {
        super(site);
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    /** Gives the term another shown name and place in the lists; its code, used by imports and filters, stays. */
    public void rename(String newName, int newSortOrder) {
        this.name = newName.strip();
        this.sortOrder = newSortOrder;
    }

    public TermKind getKind() { return kind; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public int getSortOrder() { return sortOrder; }
}
