package vn.ttdt.portal.admin.legaldocs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.legaldocs.application.DocumentFile;
import vn.ttdt.portal.legaldocs.application.DocumentLink;
import vn.ttdt.portal.legaldocs.application.LegalDocumentDraft;
import vn.ttdt.portal.legaldocs.application.LegalDocumentView;
import vn.ttdt.portal.legaldocs.application.PostingRequestView;

/** What the document dialog edits; {@link #toDraft} hands it to the service, which checks everything. */
public class LegalDocumentForm implements Serializable {

    private Long id;
    private Long version;
    private Long typeId;
    private Long fieldId;
    private Long levelId;
    private String number;
    private String issuer;
    private String signer;
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private LocalDate expiresOn;
    private String summary;
    private Long replacedById;
    private String amendedByIds = "";
    private String relatedIds = "";
    private final List<FileRow> files = new ArrayList<>();

    public static LegalDocumentForm blank() {
        return new LegalDocumentForm();
    }

    public static LegalDocumentForm of(LegalDocumentView d) {
        LegalDocumentForm form = new LegalDocumentForm();
        form.id = d.id();
        form.version = d.version();
        form.typeId = d.typeId();
        form.fieldId = d.fieldId();
        form.levelId = d.levelId();
        form.number = d.number();
        form.issuer = d.issuer();
        form.signer = d.signer();
        form.issuedOn = d.issuedOn();
        form.effectiveOn = d.effectiveOn();
        form.expiresOn = d.expiresOn();
        form.summary = d.summary();
        form.replacedById = d.replacedBy() == null ? null : d.replacedBy().id();
        form.amendedByIds = ids(d.amendedBy());
        form.relatedIds = ids(d.related());
        for (DocumentFile f : d.files()) {
            form.files.add(new FileRow(f.id(), f.name()));
        }
        return form;
    }

    /** The document a posting request asks for, as far as the unit described it, with its file. */
    public static LegalDocumentForm of(PostingRequestView r) {
        LegalDocumentForm form = new LegalDocumentForm();
        form.number = r.number();
        form.issuer = r.issuer();
        form.issuedOn = r.issuedOn();
        form.effectiveOn = r.issuedOn();
        form.summary = r.summary();
        if (r.file() != null) {
            form.files.add(new FileRow(r.file().id(), r.file().name()));
        }
        return form;
    }

    public LegalDocumentDraft toDraft() {
        return new LegalDocumentDraft(typeId, fieldId, levelId, number, issuer, signer, issuedOn, effectiveOn, expiresOn,
                summary, replacedById, parse(amendedByIds), parse(relatedIds), files.stream().map(FileRow::id).toList(), version);
    }

    public boolean isNew() {
        return id == null;
    }

    public void attach(FileRow file) {
        files.add(file);
    }

    public void detach(FileRow file) {
        files.remove(file);
    }

    private static String ids(List<DocumentLink> links) {
        return String.join(", ", links.stream().map(l -> Long.toString(l.id())).toList());
    }

    /** Ids typed as "12, 15"; what is not a number is left out. */
    static List<Long> parse(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (part.matches("\\d{1,18}")) {
                ids.add(Long.valueOf(part));
            }
        }
        return ids;
    }

    public Long getId() { return id; }
    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public Long getFieldId() { return fieldId; }
    public void setFieldId(Long fieldId) { this.fieldId = fieldId; }
    public Long getLevelId() { return levelId; }
    public void setLevelId(Long levelId) { this.levelId = levelId; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = signer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Long getReplacedById() { return replacedById; }
    public void setReplacedById(Long replacedById) { this.replacedById = replacedById; }
    public String getAmendedByIds() { return amendedByIds; }
    public void setAmendedByIds(String amendedByIds) { this.amendedByIds = amendedByIds; }
    public String getRelatedIds() { return relatedIds; }
    public void setRelatedIds(String relatedIds) { this.relatedIds = relatedIds; }
    public List<FileRow> getFiles() { return files; }
}
