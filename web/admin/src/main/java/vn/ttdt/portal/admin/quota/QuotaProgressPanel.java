package vn.ttdt.portal.admin.quota;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.quota.application.QuotaProgress;
import vn.ttdt.portal.quota.application.UnitProgress;
import vn.ttdt.portal.quota.domain.MeasureResult;
import vn.ttdt.portal.shared.application.DomainTexts;

/** The panel of the back-office home that shows a unit reporter their own unit's quota progress this quarter. */
@Named("quotaProgress")
@RequestScoped
public class QuotaProgressPanel {

    @Inject
    private QuotaProgress progress;

    @Inject
    private ExternalContext context;

    @Inject
    private Feedback feedback;

    private UnitProgress loaded;
    private boolean asked;

    /** The caller's unit's progress; null for anyone but a unit reporter with a unit. */
    public UnitProgress getProgress() {
        if (!asked) {
            asked = true;
            loaded = context.isUserInRole(Role.UNIT_REPORTER_NAME) ? progress.ofMyUnit().orElse(null) : null;
        }
        return loaded;
    }

    /** "Bài đã đăng: 0/1". */
    public String measure(MeasureResult measure) {
        return text("quotaProgress." + measure.measure().name(), measure.achieved(), measure.required());
    }

    /** "Còn thiếu: 1 tin, 1 bài."; empty when nothing is missing. */
    public String getMissing() {
        UnitProgress unit = getProgress();
        if (unit == null || unit.missing().isEmpty()) {
            return "";
        }
        return text("quotaProgress.missing", unit.missing().stream()
                .map(m -> text("quotaProgress.missing." + m.measure().name(), m.shortfall())).collect(Collectors.joining(", ")));
    }

    public String lightLabel() {
        UnitProgress unit = getProgress();
        return unit == null || unit.light() == null ? "" : DomainTexts.text("quota.light." + unit.light().name());
    }

    private String text(String key, Object... arguments) {
        return DomainTexts.fill(feedback.ui(key), DomainTexts.VIETNAMESE, arguments);
    }
}
