package vn.ttdt.portal.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One paper of the dossier a procedure requires, and how many copies (originals or certified copies) to hand in. */
@Embeddable
public class DossierComponent {

    @Column(name = "name")
    private String name;

    @Column(name = "copies")
    private int copies;

    protected DossierComponent() {
    }

    public DossierComponent(String name, int copies) {
        this.name = name == null ? null : name.strip();
        this.copies = copies;
    }

    public String getName() { return name; }
    public int getCopies() { return copies; }
}
