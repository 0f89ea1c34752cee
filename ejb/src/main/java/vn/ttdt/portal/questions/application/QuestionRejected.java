package vn.ttdt.portal.questions.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A question not taken: the Vietnamese reasons to show the asker, nothing stored. */
@ApplicationException(rollback = true)
public class QuestionRejected extends RuntimeException {

    private final List<String> reasons;
    private final boolean tooMany;

    public QuestionRejected(List<String> reasons, boolean tooMany) {
        super("question rejected: " + reasons);
        this.reasons = List.copyOf(reasons);
        this.tooMany = tooMany;
    }

    /** Refused by the flood limit rather than for what was typed. */
    public boolean tooMany() {
        return tooMany;
    }

    public List<String> reasons() {
        return reasons;
    }
}
