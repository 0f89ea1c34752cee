package vn.ttdt.portal.content.domain;

/** A step a back-office user takes on a news item or article; see {@link EditorialWorkflow}. */
public enum WorkflowAction {
    SUBMIT,
    TAKE_FOR_EDITING,
    SEND_FOR_APPROVAL,
    PUBLISH,
    RETURN,
    REJECT,
    UNPUBLISH,
    REPUBLISH,
    ARCHIVE;

    /** Key of the action's label in the resource bundles. */
    public String labelKey() {
        return "workflowAction." + name();
    }

    /** Whether the action must carry a comment: what to fix when returning, the reason when rejecting. */
    public boolean needsComment() {
        return this == RETURN || this == REJECT;
    }
}
