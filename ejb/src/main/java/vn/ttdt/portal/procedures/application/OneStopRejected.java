package vn.ttdt.portal.procedures.application;

import java.util.List;
import vn.ttdt.portal.content.application.ImportRejected;

/** A one-stop CSV file with at least one bad line: nothing of it was stored; each problem names its line (0: the whole file). */
public class OneStopRejected extends ImportRejected {

    public OneStopRejected(List<Problem> problems) {
        super(problems);
    }
}
