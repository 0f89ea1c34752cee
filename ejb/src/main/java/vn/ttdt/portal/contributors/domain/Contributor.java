package vn.ttdt.portal.contributors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteOwned;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * A contributor (cộng tác viên) in the site's registry: a person who writes for the portal, whether an official of a
 * {@link Unit} or somebody outside the units (a teacher, a farmer, a retired official…, their occupation written
 * instead), with the pen name (bút danh) printed under their works and how to reach them.
 * <p>
 * Lifecycle: entered by the editorial board, changed, set inactive when they stop writing and active again when they
 * return; never deleted, since works and royalties keep naming them. The IT administrator may give them an account
 * once ({@link #linkAccount}); from then on their works are recognised by that account as well as by their names.
 */
@Entity
@Table(name = "contributor")
public class Contributor extends SiteOwned {

    @NotBlank(message = "{contributor.fullName.required}")
    @Size(max = 120, message = "{contributor.fullName.size}")
    @Column(name = "full_name")
    private String fullName;

    @Size(max = 120, message = "{contributor.penName.size}")
    @Column(name = "pen_name")
    private String penName;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Size(max = 160, message = "{contributor.occupation.size}")
    private String occupation;

    @Pattern(regexp = "^$|^[0-9+() .-]{6,40}$", message = "{contact.phone.pattern}")
    private String phone;

    @Email(message = "{contact.email.pattern}")
    @Size(max = 120, message = "{contact.email.size}")
    private String email;

    @Size(max = 255, message = "{contact.address.size}")
    private String address;

    @Size(max = 500, message = "{contributor.note.size}")
    private String note;

    private boolean active = true;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Contributor() {
    }

    public Contributor(Site site, Instant now) {
        super(site);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces who the contributor is and how to reach them; {@code unit} null for somebody outside the units. */
    public void describe(ContributorDetails details, Unit unit, Instant now) {
        this.fullName = strip(details.fullName());
        this.penName = strip(details.penName());
        this.unit = unit;
        this.occupation = strip(details.occupation());
        this.phone = strip(details.phone());
        this.email = strip(details.email());
        this.address = strip(details.address());
        this.note = strip(details.note());
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    public void reactivate(Instant now) {
        active = true;
        updatedAt = now;
    }

    /** Records the account the IT administrator created for the contributor; a contributor gets one account only. */
    public void linkAccount(long newAccountId, Instant now) {
        if (accountId != null) {
            throw new BusinessRuleException("contributor.invite.hasAccount", "contributor " + getId() + " has account " + accountId);
        }
        this.accountId = newAccountId;
        this.updatedAt = now;
    }

    /** Refuses inviting a contributor who has left the network or already has an account. */
    public void checkInvitable() {
        if (!active) {
            throw new BusinessRuleException("contributor.invite.inactive", "contributor " + getId() + " is inactive");
        }
        if (accountId != null) {
            throw new BusinessRuleException("contributor.invite.hasAccount", "contributor " + getId() + " has account " + accountId);
        }
    }

    /** The names a work may credit the contributor under, folded (no diacritics, lower case): full name and pen name. */
    public List<String> foldedNames() {
        List<String> names = new ArrayList<>();
        names.add(VietnameseText.fold(fullName));
        if (penName != null && !VietnameseText.fold(penName).equals(names.get(0))) {
            names.add(VietnameseText.fold(penName));
        }
        return names;
    }

    /** Whether a credit to {@code creditedAccountId} or the name {@code creditedName} is this contributor's. */
    public boolean isCredited(Long creditedAccountId, String creditedName) {
        if (accountId != null && accountId.equals(creditedAccountId)) {
            return true;
        }
        return creditedName != null && foldedNames().contains(VietnameseText.fold(creditedName));
    }

    /** Where the contributor writes from: their unit's name, or the occupation of somebody outside the units. */
    public String unitOrOccupation() {
        return unit != null ? unit.getName() : occupation;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getFullName() { return fullName; }
    public String getPenName() { return penName; }
    public Unit getUnit() { return unit; }
    public String getOccupation() { return occupation; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getAddress() { return address; }
    public String getNote() { return note; }
    public boolean isActive() { return active; }
    public Long getAccountId() { return accountId; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
