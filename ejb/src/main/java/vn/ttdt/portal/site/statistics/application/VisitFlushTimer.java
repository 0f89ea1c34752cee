package vn.ttdt.portal.site.statistics.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.site.statistics.domain.VisitBatch;

/**
 * Every {@code -Dportal.visits.flush-seconds} (default 5) writes the views this node counted since the last time as one
 * batch, then reads the footer's counter again. A batch the database refused is put back and tried with the next one;
 * what is left is written when the application stops.
 */
@Singleton
@Startup
@DependsOn("FirstStart")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitFlushTimer {

    private static final Logger LOG = Logger.getLogger(VisitFlushTimer.class.getName());

    @Inject
    private VisitBuffer buffer;

    @Inject
    private VisitWriter writer;

    @Inject
    private VisitCounter counter;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        long interval = Duration.ofSeconds(Math.max(1, Settings.integer("portal.visits.flush-seconds", 5))).toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    public void flush() {
        VisitBatch batch = buffer.tally().drain();
        if (!batch.isEmpty()) {
            try {
                writer.write(batch);
            } catch (RuntimeException e) {
                buffer.tally().restore(batch);
                LOG.log(Level.WARNING, "visits not written, kept for the next flush: {0}", e.toString());
            }
        }
        try {
            counter.update(writer.counter());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "visit counter not read: {0}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        flush();
    }
}
