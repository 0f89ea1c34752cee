package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A group of units with a common quarterly quota (khối), as in the operating plan's appendix: specialised
 * departments, commune People's Committees, Party and mass organisations, the culture centre, the culture office.
 * Who follows its quota is a dated {@link SupervisorAssignment}; {@code supervisorTitle} names the post.
 */
@Entity
@Table(name = "unit_group")
public class UnitGroup extends SiteOwned {

    @NotBlank
    @Size(max = 40)
    private String code;

    @NotBlank
    @Size(max = 255)
    private String name;

    @NotBlank
    @Size(max = 255)
    @Column(name = "supervisor_title")
    private String supervisorTitle;

    @Column(name = "sort_order")
    private int sortOrder;

    protected UnitGroup() {
    }

    public UnitGroup(Site site, String code, String name, String supervisorTitle, int sortOrder) {
        super(site);
        this.code = code;
        this.name = name;
        this.supervisorTitle = supervisorTitle;
        this.sortOrder = sortOrder;
    }

    public void describe(String name, String supervisorTitle) {
        this.name = name;
        this.supervisorTitle = supervisorTitle;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getSupervisorTitle() { return supervisorTitle; }
    public int getSortOrder() { return sortOrder; }
}
