package vn.ttdt.portal.procedures.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A procedure the back-office sent that breaks rules: nothing was saved; each problem names its field. */
@ApplicationException(rollback = true)
public class ProcedureRejected extends RuntimeException {

    /** A broken rule: the field in the API's words (null for the whole procedure) and the Vietnamese message. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public ProcedureRejected(List<Problem> problems) {
        super(problems.size() + " problems, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
