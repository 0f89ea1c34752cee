package vn.ttdt.portal.shared.domain;

/** The admitted times of the flood limits that hold across every node of the portal, one set per limit. */
public interface SubmissionWindows {

    /** The admitted times of the limit named {@code limitName}. */
    SubmissionTimes of(String limitName);
}
