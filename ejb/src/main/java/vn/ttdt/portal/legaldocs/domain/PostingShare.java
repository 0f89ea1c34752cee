package vn.ttdt.portal.legaldocs.domain;

import vn.ttdt.portal.shared.domain.Quarter;

/**
 * Quota rule 5 for one unit (or the whole site) and quarter: how many posting requests were received in the quarter
 * and how many of them were posted by its last day. Met when every received request was posted (also when none was received).
 */
public record PostingShare(Quarter quarter, long received, long postedInTime) {

    public boolean met() {
        return postedInTime >= received;
    }

    /** The posted share in whole percent, 100 when nothing was received. */
    public int percent() {
        return received == 0 ? 100 : (int) (postedInTime * 100 / received);
    }
}
