package vn.ttdt.portal.content.application;

/** Items waiting for one person: their own drafts and returned items, items to edit (editors), items to approve (approvers). */
public record EditorialWaiting(long mine, long toEdit, long toApprove) {
}
