package vn.ttdt.portal.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ttdt.portal.shared.domain.SubmissionTimes;
import vn.ttdt.portal.shared.domain.SubmissionWindows;
import vn.ttdt.portal.shared.infrastructure.jdbc.Sql;

/** The limits' admitted times in the database ({@code submission_window}, V37), read and written by every node. */
@ApplicationScoped
public class SqlSubmissionWindows implements SubmissionWindows {

    @Inject
    private Sql sql;

    @Override
    public SubmissionTimes of(String limitName) {
        return new SqlSubmissionTimes(sql, limitName);
    }
}
