package vn.ttdt.portal.admin.contributors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.admin.faces.PagedModel;
import vn.ttdt.portal.contributors.application.ContributorDraft;
import vn.ttdt.portal.contributors.application.ContributorRecord;
import vn.ttdt.portal.contributors.application.ContributorRegistry;
import vn.ttdt.portal.contributors.application.ContributorRow;
import vn.ttdt.portal.contributors.application.Invitation;
import vn.ttdt.portal.contributors.domain.ContributorFilter;
import vn.ttdt.portal.organisation.application.UnitService;
import vn.ttdt.portal.organisation.application.UnitSummary;
import vn.ttdt.portal.shared.domain.BusinessCalendar;

/**
 * The contributor registry screen (Mạng lưới cộng tác viên): search and page through the contributors with the works
 * and royalties of a year, the spreadsheet of the same list; the board adds and edits them in a dialog and sets them
 * inactive or active again; the IT administrator creates the account of one of them; anybody who reads the registry
 * opens a contributor's works of the year month by month.
 */
@Named("contributors")
@ViewScoped
public class ContributorsView implements Serializable {

    @Inject
    private ContributorRegistry registry;

    @Inject
    private UnitService unitService;

    @Inject
    private Feedback feedback;

    @Inject
    private Clock clock;

    private PagedModel<ContributorRow> model;
    private List<UnitSummary> units = List.of();
    private String text;
    private Boolean active = Boolean.TRUE;
    private int year;
    private final ContributorForm form = new ContributorForm();
    private ContributorRow inviting;
    private String login;
    private String password;
    private ContributorRecord record;

    @PostConstruct
    void init() {
        year = BusinessCalendar.dayOf(clock.instant()).getYear();
        model = new PagedModel<>(page -> registry.search(new ContributorFilter(text, active), year, page), ContributorRow::id);
        List<UnitSummary> found = feedback.attempt(unitService::activeUnits, null);
        units = found == null ? List.of() : found;
    }

    public void startNew() {
        form.fill(null);
    }

    public void edit(ContributorRow row) {
        form.fill(row);
    }

    public void save() {
        ContributorDraft draft = form.draft();
        ContributorRow saved = feedback.attempt(() -> registry.save(form.getId(), draft), "contributors.saved");
        if (saved != null) {
            form.fill(saved);
        }
    }

    public void deactivate(ContributorRow row) {
        feedback.attempt(() -> registry.deactivate(row.id()), "contributors.deactivated");
    }

    public void reactivate(ContributorRow row) {
        feedback.attempt(() -> registry.reactivate(row.id()), "contributors.reactivated");
    }

    public void startInvitation(ContributorRow row) {
        inviting = row;
        login = null;
        password = null;
    }

    public void invite() {
        Invitation invitation = new Invitation(login, password);
        ContributorRow invited = feedback.attempt(() -> registry.invite(inviting.id(), invitation), "contributors.invited");
        if (invited != null) {
            inviting = invited;
            password = null;
        }
    }

    public void open(ContributorRow row) {
        record = feedback.attempt(() -> registry.get(row.id(), year), null);
    }

    /** The spreadsheet of the list as it is filtered, from the back-office API. */
    public String getExportPath() {
        StringBuilder path = new StringBuilder("/api/v1/contributors/contributors.xlsx?year=").append(year);
        if (active != null) {
            path.append("&active=").append(active);
        }
        if (text != null && !text.isBlank()) {
            path.append("&q=").append(URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
        }
        return path.toString();
    }

    public PagedModel<ContributorRow> getModel() { return model; }
    public List<UnitSummary> getUnits() { return units; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public ContributorForm getForm() { return form; }
    public ContributorRow getInviting() { return inviting; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public ContributorRecord getRecord() { return record; }
}
