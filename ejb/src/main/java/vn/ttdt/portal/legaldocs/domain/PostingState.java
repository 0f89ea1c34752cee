package vn.ttdt.portal.legaldocs.domain;

/** Where a posting request stands: waiting for the board, posted as a document, or declined with a reason. */
public enum PostingState {
    OPEN,
    POSTED,
    DECLINED;

    public String labelKey() {
        return "postingState." + name();
    }
}
