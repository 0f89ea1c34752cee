package vn.ttdt.portal.questions.domain;

/** Where a question stands. Labels live in the resource bundles as {@code question.state.<NAME>}. */
public enum QuestionState {
    RECEIVED,
    SPAM,
    FORWARDED,
    ANSWER_DRAFTED,
    DECLINED,
    ANSWER_APPROVED,
    PUBLISHED,
    SENT_PRIVATELY;

    /** The asker has had the last word from the portal: nothing more happens to the question. */
    public boolean isClosed() {
        return this == SPAM || this == DECLINED || this == PUBLISHED || this == SENT_PRIVATELY;
    }
}
