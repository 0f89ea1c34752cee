package vn.ttdt.portal.site.cache;

/** A rendered public page, the content type it was sent with, and the content generation it shows. */
record CachedPage(byte[] body, String contentType, long generation) {
}
