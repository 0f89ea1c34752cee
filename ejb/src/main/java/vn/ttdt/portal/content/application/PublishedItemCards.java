package vn.ttdt.portal.content.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import vn.ttdt.portal.shared.application.KeptViews;

/**
 * The items a listing or a search has shown (title, lead, category, authors, cover: what a card shows), kept while the published
 * content generation stays ({@link PublishedContentGeneration}: every publication, change or withdrawal moves it after
 * its commit, on this node at once and on the others within a second), so that a listing or a search reads from the
 * database only the items none of them has shown in this generation, as fresh as the page cache. At most {@value #MAX_ITEMS} items are kept.
 */
@ApplicationScoped
public class PublishedItemCards {

    static final int MAX_ITEMS = 4096;

    private KeptViews<PublicItem> items;

    protected PublishedItemCards() {
    }

    @Inject
    PublishedItemCards(PublishedContentGeneration generations) {
        this(generations::current);
    }

    PublishedItemCards(LongSupplier generation) {
        this.items = new KeptViews<>(generation, PublicItem::id, MAX_ITEMS);
    }

    /** The items with these ids, in their order: those kept, and the others {@code read} (an id it does not answer is left out). */
    public List<PublicItem> listed(List<Long> ids, Function<List<Long>, List<PublicItem>> read) {
        return items.inOrder(ids, read);
    }
}
