package vn.ttdt.portal.quota.domain;

/** One measure of a quarter's compliance: how many were required, how many achieved, how many are missing. */
public record MeasureResult(Measure measure, long required, long achieved) {

    public long shortfall() {
        return Math.max(0, required - achieved);
    }

    public boolean met() {
        return achieved >= required;
    }
}
