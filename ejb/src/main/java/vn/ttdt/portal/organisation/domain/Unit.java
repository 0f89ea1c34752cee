package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A unit (đơn vị) that sends news and articles to the portal and is credited as their source: a
 * department, a commune People's Committee, a mass organisation, the culture centre... A unit
 * belongs to one {@link UnitGroup}, which decides its quarterly quota and supervisor.
 * <p>
 * Lifecycle: created active; renamed, regrouped or given new contacts at any time; deactivated
 * when it stops contributing (merged communes, reorganised departments) and possibly reactivated.
 * A unit is never deleted: published items and past quota results keep pointing to it.
 */
@Entity
@Table(name = "unit")
public class Unit extends SiteOwned {

    @NotNull(message = "{unit.group.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id")
    private UnitGroup group;

    @NotBlank(message = "{unit.name.required}")
    @Size(max = 255, message = "{unit.name.size}")
    private String name;

    @NotBlank(message = "{unit.shortName.required}")
    @Size(max = 60, message = "{unit.shortName.size}")
    @Column(name = "short_name")
    private String shortName;

    @Valid
    @Embedded
    private Contact contact;

    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Unit() {
    }

    public Unit(Site site, UnitGroup group, String name, String shortName, Contact contact, Instant now) {
        super(site);
        this.createdAt = now;
        describe(group, name, shortName, contact, now);
    }

    public final void describe(UnitGroup group, String name, String shortName, Contact contact, Instant now) {
        this.group = group;
        this.name = name == null ? null : name.strip();
        this.shortName = shortName == null ? null : shortName.strip();
        this.contact = contact;
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    public UnitGroup getGroup() { return group; }
    public String getName() { return name; }
    public String getShortName() { return shortName; }
    public Contact getContact() { return contact; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
