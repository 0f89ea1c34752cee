package vn.ttdt.portal.contributors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One participant of a training course: a contributor of the registry (their id kept, their name copied) or a person
 * typed in; their unit or occupation, whether they attended, and the trainer's evaluation with a remark.
 */
@Embeddable
public class Participant {

    @Column(name = "contributor_id")
    private Long contributorId;

    @Column(name = "name")
    private String name;

    @Column(name = "affiliation")
    private String affiliation;

    @Column(name = "attended")
    private boolean attended;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluation")
    private Evaluation evaluation;

    @Column(name = "remark")
    private String remark;

    protected Participant() {
    }

    public Participant(Long contributorId, String name, String affiliation, boolean attended, Evaluation evaluation, String remark) {
        this.contributorId = contributorId;
        this.name = strip(name);
        this.affiliation = strip(affiliation);
        this.attended = attended;
        this.evaluation = evaluation;
        this.remark = strip(remark);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getContributorId() { return contributorId; }
    public String getName() { return name; }
    public String getAffiliation() { return affiliation; }
    public boolean isAttended() { return attended; }
    public Evaluation getEvaluation() { return evaluation; }
    public String getRemark() { return remark; }
}
