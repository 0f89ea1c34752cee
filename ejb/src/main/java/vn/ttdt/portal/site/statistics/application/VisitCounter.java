package vn.ttdt.portal.site.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import vn.ttdt.portal.site.statistics.domain.CounterFigures;

/** The footer's counter as this node last read it (after each flush): pages ask for it without touching the database. */
@ApplicationScoped
public class VisitCounter {

    private volatile CounterFigures figures = CounterFigures.NONE;

    public CounterFigures figures() {
        return figures;
    }

    void update(CounterFigures latest) {
        figures = latest;
    }
}
