package vn.ttdt.portal.shared.application;

/**
 * What citizens may see could have changed: an item saved or moved through the workflow, a category
 * changed, an import, a scheduled publication, the site's own details. Every context that publishes
 * fires it; caches of public pages and the search index follow once the change is committed.
 *
 * @param what the change in a few words, for the log
 */
public record PublishedContentChanged(String what) {
}
