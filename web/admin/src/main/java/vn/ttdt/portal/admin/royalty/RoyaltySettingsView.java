package vn.ttdt.portal.admin.royalty;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ttdt.portal.admin.faces.Feedback;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.royalty.application.RoyaltySettingsService;
import vn.ttdt.portal.royalty.application.ScheduleView;
import vn.ttdt.portal.royalty.domain.RoyaltyParameter;

/**
 * The royalty schedule screen: each rule is a row effective from a date; a change is entered as a new value from
 * its date, so months already paid keep the rules they were paid by.
 */
@Named("royaltySettings")
@ViewScoped
public class RoyaltySettingsView implements Serializable {

    @Inject
    private RoyaltySettingsService service;

    @Inject
    private Feedback feedback;

    private ScheduleView schedule;
    private List<ScheduleView.Member> members;

    private RoyaltyParameter parameter = RoyaltyParameter.BASE_SALARY;
    private LocalDate valueFrom;
    private BigDecimal value;

    private Genre genre = Genre.NEWS_OR_REPLY;
    private LocalDate bandFrom;
    private BigDecimal bandMin;
    private BigDecimal bandMax;

    private String roleCode;
    private String roleName;
    private BigDecimal roleCoefficient;
    private LocalDate roleFrom;

    private Long assigneeId;
    private String assignedRole;
    private LocalDate assignedFrom;
    private LocalDate assignedTo;

    private Integer fundYear;
    private Long fundAmount;

    @PostConstruct
    void init() {
        schedule = service.view();
        members = service.boardMembers();
    }

    public void saveValue() {
        saved(feedback.attempt(() -> { service.setValue(parameter, valueFrom, value); return true; }, "royaltySettings.saved"));
    }

    public void saveBand() {
        saved(feedback.attempt(() -> { service.setBand(genre, bandFrom, bandMin, bandMax); return true; }, "royaltySettings.saved"));
    }

    public void saveRole() {
        saved(feedback.attempt(() -> { service.setRole(roleCode, roleName, roleCoefficient, roleFrom); return true; },
                "royaltySettings.saved"));
    }

    public void saveAssignment() {
        if (assigneeId == null) {
            feedback.reject("royalty.assignment.account");
            return;
        }
        saved(feedback.attempt(() -> { service.assign(assigneeId, assignedRole, assignedFrom, assignedTo); return true; },
                "royaltySettings.saved"));
    }

    public void endAssignment(long id) {
        saved(feedback.attempt(() -> { service.endAssignment(id, LocalDate.now(vn.ttdt.portal.shared.domain.BusinessCalendar.ZONE));
            return true; }, "royaltySettings.saved"));
    }

    public void saveFund() {
        if (fundYear == null || fundAmount == null) {
            feedback.reject("royalty.fund.amount");
            return;
        }
        saved(feedback.attempt(() -> { service.setFund(fundYear, fundAmount); return true; }, "royaltySettings.saved"));
    }

    private void saved(Boolean ok) {
        if (ok != null) {
            schedule = service.view();
        }
    }

    public RoyaltyParameter[] getParameters() { return RoyaltyParameter.values(); }
    public Genre[] getGenres() { return Genre.values(); }
    public List<ScheduleView.Role> getRoleChoices() {
        return schedule.roles().stream().collect(java.util.stream.Collectors.toMap(ScheduleView.Role::code, r -> r, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    public ScheduleView getSchedule() { return schedule; }
    public List<ScheduleView.Member> getMembers() { return members; }
    public RoyaltyParameter getParameter() { return parameter; }
    public void setParameter(RoyaltyParameter parameter) { this.parameter = parameter; }
    public LocalDate getValueFrom() { return valueFrom; }
    public void setValueFrom(LocalDate valueFrom) { this.valueFrom = valueFrom; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public Genre getGenre() { return genre; }
    public void setGenre(Genre genre) { this.genre = genre; }
    public LocalDate getBandFrom() { return bandFrom; }
    public void setBandFrom(LocalDate bandFrom) { this.bandFrom = bandFrom; }
    public BigDecimal getBandMin() { return bandMin; }
    public void setBandMin(BigDecimal bandMin) { this.bandMin = bandMin; }
    public BigDecimal getBandMax() { return bandMax; }
    public void setBandMax(BigDecimal bandMax) { this.bandMax = bandMax; }
    public String getRoleCode() { return roleCode; }
    public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
    public String getRoleName() { return roleName; }
    public void setRoleName(String roleName) { this.roleName = roleName; }
    public BigDecimal getRoleCoefficient() { return roleCoefficient; }
    public void setRoleCoefficient(BigDecimal roleCoefficient) { this.roleCoefficient = roleCoefficient; }
    public LocalDate getRoleFrom() { return roleFrom; }
    public void setRoleFrom(LocalDate roleFrom) { this.roleFrom = roleFrom; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public String getAssignedRole() { return assignedRole; }
    public void setAssignedRole(String assignedRole) { this.assignedRole = assignedRole; }
    public LocalDate getAssignedFrom() { return assignedFrom; }
    public void setAssignedFrom(LocalDate assignedFrom) { this.assignedFrom = assignedFrom; }
    public LocalDate getAssignedTo() { return assignedTo; }
    public void setAssignedTo(LocalDate assignedTo) { this.assignedTo = assignedTo; }
    public Integer getFundYear() { return fundYear; }
    public void setFundYear(Integer fundYear) { this.fundYear = fundYear; }
    public Long getFundAmount() { return fundAmount; }
    public void setFundAmount(Long fundAmount) { this.fundAmount = fundAmount; }
}
