package vn.ttdt.portal.content.domain;

/** How many items of a category were published in a period. */
public record CategoryTally(long categoryId, String categoryName, long count) {
}
