package vn.ttdt.portal.admin.contributors;

import java.io.Serializable;
import vn.ttdt.portal.contributors.application.CourseView;
import vn.ttdt.portal.contributors.application.ParticipantDraft;
import vn.ttdt.portal.contributors.domain.Evaluation;

/** A participant as edited in the training course dialog. */
public class ParticipantRow implements Serializable {

    private Long contributorId;
    private String name;
    private String affiliation;
    private boolean attended;
    private Evaluation evaluation;
    private String remark;

    static ParticipantRow of(CourseView.Attendee attendee) {
        ParticipantRow row = new ParticipantRow();
        row.contributorId = attendee.contributorId();
        row.name = attendee.name();
        row.affiliation = attendee.affiliation();
        row.attended = attendee.attended();
        row.evaluation = attendee.evaluation();
        row.remark = attendee.remark();
        return row;
    }

    ParticipantDraft toDraft() {
        return new ParticipantDraft(contributorId, name, affiliation, attended, evaluation, remark);
    }

    public Long getContributorId() { return contributorId; }
    public void setContributorId(Long contributorId) { this.contributorId = contributorId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAffiliation() { return affiliation; }
    public void setAffiliation(String affiliation) { this.affiliation = affiliation; }
    public boolean isAttended() { return attended; }
    public void setAttended(boolean attended) { this.attended = attended; }
    public Evaluation getEvaluation() { return evaluation; }
    public void setEvaluation(Evaluation evaluation) { this.evaluation = evaluation; }
    public String getRemark() { return remark; }
    public void setRemark(String remark) { this.remark = remark; }
}
