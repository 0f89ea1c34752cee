package vn.ttdt.portal.legaldocs.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaFormat;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentFilter;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.shared.domain.Page;
import vn.ttdt.portal.shared.domain.PageRequest;

/**
 * The legal documents citizens read: every saved document of the site is public, with its types, fields and levels.
 * Only reads, and none begins a transaction ({@code SUPPORTS}): a search answered from the index and the kept views
 * reads nothing, and a statement outside a transaction takes a connection without autocommit off, commit and autocommit
 * on around it. A caller's transaction is joined.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicLegalDocuments {

    @Inject
    private LegalDocumentRepository documents;

    @Inject
    private LegalTermRepository terms;

    @Inject
    private SiteDirectory sites;

    @Inject
    private MediaFiles files;

    @Inject
    private PublishedLegalViews published;

    /**
     * A page of matching documents: when the search index knows the page's ids, the documents already shown in this
     * content generation come from {@link PublishedLegalViews} and only the others from the database.
     */
    public Page<LegalDocumentView> search(@NotNull LegalDocumentFilter filter, @NotNull PageRequest page) {
        Site site = sites.forReading();
        Optional<Page<Long>> ids = documents.matchingIds(site, filter, page);
        if (ids.isEmpty()) {
            return documents.search(site, filter, page).map(LegalDocumentView::of);
        }
        return new Page<>(published.documents(ids.get().items(),
                missing -> documents.byIds(site, missing).stream().map(LegalDocumentView::of).toList()), ids.get().total());
    }

    public Optional<LegalDocumentView> bySlug(String slug) {
        return documents.bySlug(sites.forReading(), slug).map(LegalDocumentView::of);
    }

    /** File {@code mediaId} attached to the document {@code slug} of this site; empty for any other file. */
    public Optional<AttachedFile> file(String slug, long mediaId) {
        return documents.bySlug(sites.forReading(), slug).stream().flatMap(d -> d.getFiles().stream())
                .filter(m -> m.getId() == mediaId).findFirst()
                .flatMap(m -> files.original(m.getKey(), m.getFormat()).map(path -> new AttachedFile(path,
                        m.getOriginalName(), m.getFormat().contentType(), m.getFormat() == MediaFormat.PDF, m.getSize())));
    }

    public List<TermView> terms(@NotNull TermKind kind) {
        return published.terms(kind, k -> terms.allOf(sites.forReading(), k).stream().map(TermView::of).toList());
    }

    /**
     * The types, fields and levels at once (the list's filter menus), each kind in its order: one call for the page, read
     * from memory while the content generation stays.
     */
    public Map<TermKind, List<TermView>> termsByKind() {
        Map<TermKind, List<TermView>> all = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            all.put(kind, terms(kind));
        }
        return all;
    }
}
