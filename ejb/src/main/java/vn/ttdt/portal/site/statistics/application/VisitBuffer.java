package vn.ttdt.portal.site.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.site.statistics.domain.VisitTally;

/** This node's views not written yet ({@code -Dportal.visits.buffer} distinct entries at most, default 100,000). */
@ApplicationScoped
public class VisitBuffer {

    private final VisitTally tally = new VisitTally(Settings.integer("portal.visits.buffer", 100_000));

    public VisitTally tally() {
        return tally;
    }
}
