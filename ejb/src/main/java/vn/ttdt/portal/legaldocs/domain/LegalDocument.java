package vn.ttdt.portal.legaldocs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ttdt.portal.content.media.domain.Media;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.SyllableWords;

/**
 * A legal or directive document (văn bản) the portal publishes: a law, decree, circular, decision, directive,
 * plan, official letter or notice, with its number and symbol (unique per issuing body in the site), issuer,
 * signer, issue, effective and expiry dates, summary (trích yếu), field and level, attached files, the documents
 * that amend it, related documents and, once replaced, the document that replaces it.
 * <p>
 * Rules: the effective day is not before the issue day; an expiry day comes after the effective day; a document
 * neither replaces nor relates to itself. Its {@link LegalStatus} follows from its dates on the current Vietnamese
 * day and is stored, so lists can filter by it; the status timer moves the stored status on the day it changes.
 */
@Entity
@Table(name = "legal_document")
public class LegalDocument extends SiteOwned {

    private String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "type_id")
    private LegalTerm type;

    @ManyToOne
    @JoinColumn(name = "field_id")
    private LegalTerm field;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id")
    private LegalTerm level;

    private String number;

    @Column(name = "number_key")
    private String numberKey;

    private String issuer;

    @Column(name = "issuer_key")
    private String issuerKey;

    private String signer;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    private String summary;

    @Enumerated(EnumType.STRING)
    private LegalStatus status;

    @ManyToOne
    @JoinColumn(name = "replaced_by_id")
    private LegalDocument replacedBy;

    @ManyToMany
    @JoinTable(name = "legal_document_amendment", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "amended_by_id"))
    private Set<LegalDocument> amendedBy = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "legal_document_relation", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<LegalDocument> related = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "legal_document_file", joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "media_id"))
    @OrderColumn(name = "position")
    private List<Media> files = new ArrayList<>();

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected LegalDocument() {
    }

    public LegalDocument(Site site, String slug, String createdBy, Instant now) {
        super(site);
        this.slug = slug;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets what the document says, refusing dates out of order; the status follows for {@code today}. */
    public void describe(DocumentDescription d, LocalDate today, Instant now) {
        checkDates(d.issuedOn(), d.effectiveOn(), d.expiresOn());
        for (LegalTerm term : new LegalTerm[] {d.type(), d.field(), d.level()}) {
            if (term != null && !term.belongsTo(getSite())) {
                throw new BusinessRuleException("legalDocument.term.unknown", "term of another site");
            }
        }
        this.type = d.type();
        this.field = d.field();
        this.level = d.level();
        this.number = d.number().strip();
        this.numberKey = DocumentNumber.key(number);
        this.issuer = d.issuer().strip();
        this.issuerKey = DocumentNumber.issuerKey(issuer);
        this.signer = d.signer().strip();
        this.issuedOn = d.issuedOn();
        this.effectiveOn = d.effectiveOn();
        this.expiresOn = d.expiresOn();
        this.summary = d.summary().strip();
        refreshSearchText(now);
        refreshStatus(today, now);
    }

    /**
     * Writes the search words again from type, number, issuer, signer and summary (after the type was renamed), stamped
     * {@code now}: the change log search indexes follow is {@code updated_at}.
     */
    public void refreshSearchText(Instant now) {
        this.searchText = SyllableWords.of(type.getName(), number, issuer, signer, summary);
        this.updatedAt = now;
    }

    /** Refuses an effective day before the issue day, and an expiry day not after the effective day. */
    public static void checkDates(LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn) {
        if (effectiveOn.isBefore(issuedOn)) {
            throw new BusinessRuleException("legalDocument.dates.effectiveBeforeIssue",
                    "effective " + effectiveOn + " before issue " + issuedOn);
        }
        if (expiresOn != null && !expiresOn.isAfter(effectiveOn)) {
            throw new BusinessRuleException("legalDocument.dates.expiryNotAfterEffective",
                    "expiry " + expiresOn + " not after effective " + effectiveOn);
        }
    }

    /** Names the document that replaces this one (null: not replaced); refuses itself and a replacement it replaces. */
    public void replaceBy(LegalDocument replacement, LocalDate today, Instant now) {
        if (replacement != null) {
            requireSameSite(replacement);
            for (LegalDocument d = replacement; d != null; d = d.replacedBy) {
                if (d == this) {
                    throw new BusinessRuleException("legalDocument.replacement.self", "document replaces itself");
                }
            }
        }
        this.replacedBy = replacement;
        this.updatedAt = now;
        refreshStatus(today, now);
    }

    public void amendedBy(Collection<LegalDocument> amendments, Instant now) {
        this.amendedBy = others(amendments);
        this.updatedAt = now;
    }

    public void relateTo(Collection<LegalDocument> documents, Instant now) {
        this.related = others(documents);
        this.updatedAt = now;
    }

    /** Attaches these files, in order: uploaded to this site and documents or images the upload checks accepted. */
    public void attach(List<Media> attachments, Instant now) {
        for (Media file : attachments) {
            if (!file.belongsTo(getSite())) {
                throw new BusinessRuleException("legalDocument.file.unknown", "media of another site");
            }
        }
        this.files = new ArrayList<>(attachments);
        this.updatedAt = now;
    }

    /**
     * Moves the stored status to the one its dates give on {@code today}, a change stamped {@code now} (the change log
     * search indexes follow is {@code updated_at}); true when it changed.
     */
    public boolean refreshStatus(LocalDate today, Instant now) {
        LegalStatus current = statusOn(today);
        boolean changed = current != status;
        if (changed) {
            status = current;
            updatedAt = now;
        }
        return changed;
    }

    public LegalStatus statusOn(LocalDate day) {
        return LegalStatus.on(day, effectiveOn, expiresOn, replacedBy != null);
    }

    private Set<LegalDocument> others(Collection<LegalDocument> documents) {
        Set<LegalDocument> kept = new LinkedHashSet<>();
        for (LegalDocument d : documents) {
            requireSameSite(d);
            if (d == this) {
                throw new BusinessRuleException("legalDocument.link.self", "document linked to itself");
            }
            kept.add(d);
        }
        return kept;
    }

    private void requireSameSite(LegalDocument other) {
        if (!other.belongsTo(getSite())) {
            throw new BusinessRuleException("legalDocument.link.unknown", "document of another site");
        }
    }

    public String getSlug() { return slug; }
    public LegalTerm getType() { return type; }
    public LegalTerm getField() { return field; }
    public LegalTerm getLevel() { return level; }
    public String getNumber() { return number; }
    public String getNumberKey() { return numberKey; }
    public String getIssuer() { return issuer; }
    public String getIssuerKey() { return issuerKey; }
    public String getSigner() { return signer; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public String getSummary() { return summary; }
    public LegalStatus getStatus() { return status; }
    public LegalDocument getReplacedBy() { return replacedBy; }
    public List<LegalDocument> getAmendedBy() { return sorted(amendedBy); }
    public List<LegalDocument> getRelated() { return sorted(related); }
    public List<Media> getFiles() { return List.copyOf(files); }
    public String getSearchText() { return searchText; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    private static List<LegalDocument> sorted(Set<LegalDocument> documents) {
        return documents.stream().sorted(Comparator.comparing(LegalDocument::getIssuedOn).reversed()).toList();
    }
}
