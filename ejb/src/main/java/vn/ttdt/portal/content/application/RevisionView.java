package vn.ttdt.portal.content.application;

import java.io.Serializable;
import java.time.Instant;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.Revision;
import vn.ttdt.portal.content.domain.WorkflowAction;

/** One revision of an item: who, when, which step, and the text as it then stood. */
public record RevisionView(int number, Instant revisedAt, String revisedBy, ItemState state, WorkflowAction action,
                           String comment, String title, String lead, String body) implements Serializable {

    static RevisionView of(Revision revision) {
        return new RevisionView(revision.getNumber(), revision.getRevisedAt(), revision.getRevisedBy(), revision.getState(),
                revision.getAction(), revision.getComment(), revision.getTitle(), revision.getLead(), revision.getBody());
    }
}
