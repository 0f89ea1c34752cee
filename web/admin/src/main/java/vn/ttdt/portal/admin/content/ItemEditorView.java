package vn.ttdt.portal.admin.content;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.application.AutosaveDraft;
import vn.ttdt.portal.content.application.AutosaveService;
import vn.ttdt.portal.content.application.AutosaveView;
import vn.ttdt.portal.content.application.CategoryChoices;
import vn.ttdt.portal.content.application.CategoryView;
import vn.ttdt.portal.content.application.DuplicateCheck;
import vn.ttdt.portal.content.application.EditorialCommands;
import vn.ttdt.portal.content.application.EditorialQueries;
import vn.ttdt.portal.content.application.ItemView;
import vn.ttdt.portal.content.application.RelatedChoice;
import vn.ttdt.portal.content.application.RevisionDiff;
import vn.ttdt.portal.content.application.RevisionView;
import vn.ttdt.portal.content.application.SimilarItem;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.ContentKind;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.content.media.application.MediaService;
import vn.ttdt.portal.content.media.application.MediaView;
import vn.ttdt.portal.organisation.application.AccountService;
import vn.ttdt.portal.organisation.application.AccountSummary;
import vn.ttdt.portal.organisation.application.UnitService;
import vn.ttdt.portal.organisation.application.UnitSummary;
import vn.ttdt.portal.shared.domain.NotFoundException;

/** Writing and editing one news item or article, and taking it through the workflow. */
@Named("editor")
@ViewScoped
public class ItemEditorView implements Serializable {

    private static final List<String> BODY_FORMATS = List.of("bold", "italic", "underline", "strike", "script", "header", "blockquote", "list", "link");

    @Inject
    private EditorialCommands editorialCommands;

    @Inject
    private EditorialQueries editorialQueries;

    @Inject
    private CategoryChoices categoryChoices;

    @Inject
    private UnitService units;

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    @Inject
    private DuplicateCheck duplicates;

    @Inject
    private AutosaveService autosaves;

    @Inject
    private MediaService media;

    private Long id;
    private ItemView item;
    private ItemForm form;
    private String comment;
    private List<CategoryView> categories;
    private List<UnitSummary> unitChoices;
    private List<RevisionView> revisions = List.of();
    private List<SimilarItem> similar = List.of();
    private final RelatedChoices relatedChoices = new RelatedChoices();
    private Integer diffOlder;
    private Integer diffNewer;
    private RevisionDiff diff;
    private AutosaveView pendingAutosave;
    private Instant autosavedAt;
    private String myName;
    private Long myAccountId;

    /** Opens the form: a new item, or the item {@code id}; an item the person may not read answers 404 like an unknown id. */
    public void load() throws IOException {
        if (form != null) {
            return;
        }
        if (id != null) {
            try {
                item = editorialQueries.get(id);
            } catch (NotFoundException unknown) {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(404, null);
                faces.responseComplete();
                return;
            }
        }
        unitChoices = units.activeUnits();
        AccountSummary me = accounts.me();
        myName = me.penName() != null ? me.penName() : me.fullName();
        myAccountId = me.id();
        if (id == null) {
            form = ItemForm.blank(myName, me.id(), me.unitId());
        } else {
            show(item);
            pendingAutosave = item.editable() ? autosaves.pending(id).orElse(null) : null;
        }
        categories = categoryChoices.forItem(form.getCategoryId());
    }

    /** Called by the page's timer while someone types: keeps title, lead and body apart from the item. */
    public void autosave() {
        if (item == null || !item.editable()) {
            return;
        }
        ItemForm current = form;
        AutosaveView kept = feedback.attempt(() -> autosaves.keep(id,
                new AutosaveDraft(current.getTitle(), current.getLead(), current.getBody())), null);
        if (kept != null) {
            autosavedAt = kept.savedAt();
        }
        PrimeFaces.current().ajax().addCallbackParam("autosaved", kept != null);
    }

    /** Puts the unsaved text back into the form; it is saved only when the person presses Save. */
    public void restoreAutosave() {
        if (pendingAutosave != null) {
            form.setTitle(pendingAutosave.title());
            form.setLead(pendingAutosave.lead());
            form.setBody(pendingAutosave.body());
            pendingAutosave = null;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, feedback.ui("items.autosaveRestored"), null));
        }
    }

    public void discardAutosave() {
        pendingAutosave = null;
        feedback.attempt(() -> {
            autosaves.discard(id);
            return id;
        }, null);
    }

    public void save() throws IOException {
        ItemForm current = form;
        ItemView saved = feedback.attempt(() -> id == null ? editorialCommands.create(current.toDraft())
                : editorialCommands.save(id, current.toDraft()), "items.saved");
        if (saved != null) {
            autosavedAt = null;
        }
        if (saved != null && id == null) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().getExternalContext().redirect("item.xhtml?id=" + saved.id());
        } else if (saved != null) {
            show(saved);
        }
    }

    public void act(WorkflowAction action) {
        String said = comment;
        ItemView moved = feedback.attempt(() -> editorialCommands.act(id, action, said, item.version()), "items.moved");
        if (moved != null) {
            comment = null;
            show(moved);
        }
    }

    /** Published items matching what the editor typed in the related-items picker, without this item and those already chosen. */
    public List<RelatedChoice> completeRelated(String query) {
        List<RelatedChoice> found = editorialQueries.relatedChoices(query == null ? "" : query).stream()
                .filter(c -> (id == null || c.id() != id) && !form.getRelated().contains(c)).toList();
        relatedChoices.remember(found);
        return found;
    }

    /** Shows the two chosen revisions side by side. */
    public void compare() {
        if (diffOlder != null && diffNewer != null) {
            int older = diffOlder;
            int newer = diffNewer;
            diff = feedback.attempt(() -> editorialQueries.compare(id, older, newer), null);
        }
    }

    public void addAuthor() {
        form.addAuthor();
    }

    public void removeAuthor(AuthorRow row) {
        form.removeAuthor(row);
    }

    /** A cover chosen in the editor: uploaded at once, credited to the person uploading until they change the name. */
    public void uploadCover(FileUploadEvent event) {
        PhotoRow row = uploaded(event.getFile());
        if (row != null) {
            form.setCover(row);
        }
    }

    public void uploadPhoto(FileUploadEvent event) {
        PhotoRow row = uploaded(event.getFile());
        if (row != null) {
            form.addPhoto(row);
        }
    }

    public void removeCover() {
        form.setCover(null);
    }

    public void removePhoto(PhotoRow row) {
        form.removePhoto(row);
    }

    private PhotoRow uploaded(UploadedFile file) {
        MediaView image = feedback.attempt(() -> media.upload(file.getFileName(), file.getContent()), null);
        if (image == null) {
            return null;
        }
        if (image.renditions().isEmpty()) {
            feedback.reject("media.imageRequired");
            return null;
        }
        return new PhotoRow(image.id(), image.renditions().get(0).url(), null, myName, myAccountId);
    }

    private void show(ItemView view) {
        item = view;
        form = ItemForm.of(view);
        relatedChoices.remember(view.related());
        revisions = editorialQueries.revisions(view.id());
        if (revisions.size() > 1) {
            diffNewer = revisions.get(0).number();
            diffOlder = revisions.get(1).number();
            diff = editorialQueries.compare(view.id(), diffOlder, diffNewer);
        }
        similar = EnumSet.of(ItemState.SUBMITTED, ItemState.IN_EDITING, ItemState.AWAITING_APPROVAL).contains(view.state())
                ? duplicates.similarTo(view.id()) : List.of();
    }

    public boolean isEditable() {
        return item == null || item.editable();
    }

    public long getImageLimit() { return MediaService.limits().imageBytes(); }

    /** The body's formats: only those {@code HtmlSanitizer} keeps, so the toolbar never offers what saving would drop. */
    public List<String> getBodyFormats() {
        return BODY_FORMATS;
    }

    public ContentKind[] getKinds() { return ContentKind.values(); }
    public Genre[] getGenres() { return Genre.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ItemView getItem() { return item; }
    public ItemForm getForm() { return form; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public List<CategoryView> getCategories() { return categories; }
    public List<UnitSummary> getUnitChoices() { return unitChoices; }
    public List<RevisionView> getRevisions() { return revisions; }
    public List<SimilarItem> getSimilar() { return similar; }
    public RelatedChoices getRelatedChoices() { return relatedChoices; }
    public Integer getDiffOlder() { return diffOlder; }
    public void setDiffOlder(Integer diffOlder) { this.diffOlder = diffOlder; }
    public Integer getDiffNewer() { return diffNewer; }
    public void setDiffNewer(Integer diffNewer) { this.diffNewer = diffNewer; }
    public RevisionDiff getDiff() { return diff; }
    public AutosaveView getPendingAutosave() { return pendingAutosave; }
    public Instant getAutosavedAt() { return autosavedAt; }
}
