package vn.ttdt.portal.admin.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.admin.faces.VietnamTime;
import vn.ttdt.portal.audit.application.AuditLog;
import vn.ttdt.portal.audit.domain.AuditAction;
import vn.ttdt.portal.audit.domain.AuditEvent;
import vn.ttdt.portal.audit.domain.AuditFilter;

/** The audit log for the IT administrator: who did what and when, filtered by person, action and days. */
@Named("auditLog")
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    private AuditLog log;

    private String actor;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditEvent> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> log.search(new AuditFilter(
                actor == null || actor.isBlank() ? null : actor.strip(), action,
                from == null ? null : from.atStartOfDay(VietnamTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()), page), AuditEvent::getId);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public PagedModel<AuditEvent> getModel() { return model; }
}
