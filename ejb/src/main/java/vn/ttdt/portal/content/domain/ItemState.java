package vn.ttdt.portal.content.domain;

/** Where a news item or article (tin/bài) stands in the editorial workflow. */
public enum ItemState {
    DRAFT,
    SUBMITTED,
    IN_EDITING,
    AWAITING_APPROVAL,
    PUBLISHED,
    RETURNED,
    REJECTED,
    UNPUBLISHED,
    ARCHIVED;

    /** Key of the state's label in the resource bundles. */
    public String labelKey() {
        return "itemState." + name();
    }

    /** Whether citizens can see the item on the portal. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
