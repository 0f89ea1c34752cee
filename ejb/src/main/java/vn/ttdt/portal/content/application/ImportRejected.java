package vn.ttdt.portal.content.application;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;

/** A batch with at least one bad record: nothing of it was saved; each problem names its record. */
@ApplicationException(rollback = true)
public class ImportRejected extends RuntimeException {

    /** A problem with record number {@code record} (1-based, categories first, then items) of the batch. */
    public record Problem(int record, String field, String message) implements Serializable {
    }

    private final List<Problem> problems;

    public ImportRejected(List<Problem> problems) {
        super(problems.size() + " bad records, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
