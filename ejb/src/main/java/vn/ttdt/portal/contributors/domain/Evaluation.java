package vn.ttdt.portal.contributors.domain;

/** How a participant did in a training course (xếp loại), as the trainer assesses them. */
public enum Evaluation {
    EXCELLENT,
    GOOD,
    FAIR,
    NEEDS_IMPROVEMENT;

    public String labelKey() {
        return "evaluation." + name();
    }
}
