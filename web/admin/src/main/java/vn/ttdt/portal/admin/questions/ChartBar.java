package vn.ttdt.portal.admin.questions;

import vn.ttdt.portal.questions.domain.QuestionTally;

/** A unit's bar in the statistics chart: the widths, in per cent of the chart, of its on-time, late, declined and open parts. */
public record ChartBar(QuestionTally line, double onTime, double late, double declined, double open) {

    static ChartBar of(QuestionTally line, long largest) {
        double scale = largest == 0 ? 0 : 100.0 / largest;
        return new ChartBar(line, line.onTime() * scale, line.late() * scale, line.declined() * scale,
                (line.inProgress() + line.spam()) * scale);
    }

    public double lateAt() { return onTime; }
    public double declinedAt() { return onTime + late; }
    public double openAt() { return onTime + late + declined; }
}
