package vn.ttdt.portal.admin.legaldocs;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.legaldocs.application.LegalTermDraft;
import vn.ttdt.portal.legaldocs.application.LegalTermService;
import vn.ttdt.portal.legaldocs.application.PublicLegalDocuments;
import vn.ttdt.portal.legaldocs.application.TermView;
import vn.ttdt.portal.legaldocs.domain.TermKind;

/**
 * The board's screen of the words documents are classified by: the types, fields or levels in their order, one kind at
 * a time; a term added or renamed in a dialog.
 */
@Named("legalTerms")
@ViewScoped
public class LegalTermsView implements Serializable {

    @Inject
    private LegalTermService service;

    @Inject
    private PublicLegalDocuments catalogue;

    @Inject
    private Feedback feedback;

    private TermKind kind = TermKind.TYPE;
    private List<TermView> terms = List.of();
    private Long editingId;
    private String name;
    private int sortOrder;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        terms = catalogue.terms(kind);
    }

    public void startNew() {
        editingId = null;
        name = null;
        sortOrder = terms.stream().mapToInt(TermView::sortOrder).max().orElse(0) + 1;
    }

    public void edit(TermView term) {
        editingId = term.id();
        name = term.name();
        sortOrder = term.sortOrder();
    }

    public void save() {
        LegalTermDraft draft = new LegalTermDraft(kind, name, sortOrder);
        Long id = editingId;
        TermView saved = id == null ? feedback.attempt(() -> service.create(draft), "legalTerms.created")
                : feedback.attempt(() -> service.update(id, draft), "legalTerms.updated");
        if (saved != null) {
            load();
            PrimeFaces.current().executeScript("PF('termDialog').hide()");
        }
    }

    public TermKind[] getKinds() { return TermKind.values(); }
    public TermKind getKind() { return kind; }
    public void setKind(TermKind kind) { this.kind = kind == null ? TermKind.TYPE : kind; }
    public List<TermView> getTerms() { return terms; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
