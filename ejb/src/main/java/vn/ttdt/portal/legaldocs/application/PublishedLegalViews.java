package vn.ttdt.portal.legaldocs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import vn.ttdt.portal.content.application.PublishedContentGeneration;
import vn.ttdt.portal.legaldocs.domain.TermKind;
import vn.ttdt.portal.shared.application.KeptViews;

/**
 * What the public pages show of legal documents and their types, fields and levels, kept from one reading to the next
 * as long as the published content generation stays ({@link PublishedContentGeneration}: every saved document, term,
 * status change or import moves it after its commit, on this node at once and on the others within a second) — so
 * that a search reads from the database only the documents no earlier search has shown, as fresh as the page cache.
 * At most {@value #MAX_DOCUMENTS} documents are kept; past that, the documents read are shown without being kept.
 */
@ApplicationScoped
public class PublishedLegalViews {

    static final int MAX_DOCUMENTS = 4096;

    private LongSupplier generation;

    private KeptViews<LegalDocumentView> documents;

    private volatile Kept kept = new Kept(Long.MIN_VALUE);

    /** The terms read while the generation was {@code generation}. */
    private record Kept(long generation, Map<TermKind, List<TermView>> terms) {

        Kept(long generation) {
            this(generation, new ConcurrentHashMap<>());
        }
    }

    protected PublishedLegalViews() {
    }

    @Inject
    PublishedLegalViews(PublishedContentGeneration generations) {
        this(generations::current);
    }

    PublishedLegalViews(LongSupplier generation) {
        this.generation = generation;
        this.documents = new KeptViews<>(generation, LegalDocumentView::id, MAX_DOCUMENTS);
    }

    /**
     * The documents with these ids, in their order: those kept, and the others {@code read} (by id, in any order; an id
     * it does not answer is left out).
     */
    public List<LegalDocumentView> documents(List<Long> ids, Function<List<Long>, List<LegalDocumentView>> read) {
        return documents.inOrder(ids, read);
    }

    /** The terms of this kind in their order, {@code read} once per generation. */
    public List<TermView> terms(TermKind kind, Function<TermKind, List<TermView>> read) {
        Map<TermKind, List<TermView>> terms = current().terms();
        List<TermView> known = terms.get(kind);
        if (known != null) {
            return known;
        }
        List<TermView> fresh = List.copyOf(read.apply(kind));
        terms.putIfAbsent(kind, fresh);
        return fresh;
    }

    /** The terms kept for the generation as it is now; a new, empty store when it moved (read before the database). */
    private Kept current() {
        long now = generation.getAsLong();
        Kept last = kept;
        if (last.generation() == now) {
            return last;
        }
        Kept fresh = new Kept(now);
        kept = fresh;
        return fresh;
    }
}
