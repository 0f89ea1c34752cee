package vn.ttdt.portal.content.application;

import java.io.Serializable;
import vn.ttdt.portal.content.domain.HtmlText;
import vn.ttdt.portal.content.domain.Revision;
import vn.ttdt.portal.content.domain.WordDiff;

/**
 * Two revisions of an item side by side: title, lead and the body's text, each as escaped HTML with the
 * words removed since the older revision in {@code <del>} (left) and those added in {@code <ins>} (right).
 */
public record RevisionDiff(int older, int newer, String titleBefore, String titleAfter, String leadBefore,
                           String leadAfter, String bodyBefore, String bodyAfter, boolean changed) implements Serializable {

    static RevisionDiff of(Revision older, Revision newer) {
        WordDiff title = WordDiff.between(older.getTitle(), newer.getTitle());
        WordDiff lead = WordDiff.between(older.getLead(), newer.getLead());
        WordDiff body = WordDiff.between(HtmlText.of(older.getBody()), HtmlText.of(newer.getBody()));
        return new RevisionDiff(older.getNumber(), newer.getNumber(), title.left(), title.right(), lead.left(), lead.right(),
                body.left(), body.right(), title.hasChanges() || lead.hasChanges() || body.hasChanges());
    }
}
