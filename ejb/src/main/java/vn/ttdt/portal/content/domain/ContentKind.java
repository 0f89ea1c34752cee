package vn.ttdt.portal.content.domain;

/** News (tin) or article (bài): quotas count them separately. */
public enum ContentKind {
    NEWS,
    ARTICLE;

    public String labelKey() {
        return "contentKind." + name();
    }
}
