package vn.ttdt.portal.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A person who signs in to the back-office: department staff, contributors, the editorial board,
 * finance, IT. Citizens have no account.
 * <p>
 * Lifecycle: created active with an initial password and one or more {@link Role roles}; may
 * belong to a {@link Unit}; a contributor also carries a {@link ContributorProfile} and the years
 * of their 08/CK-TNCN tax commitments. Wrong passwords are counted: after
 * {@link LoginLockPolicy#maxFailures()} in a row the account is locked for a while; a correct
 * sign-in resets the count. Its <em>security stamp</em> moves whenever a change must end the
 * sessions opened before it: deactivation, a lock, other roles, a password reset. An account that leaves is deactivated, never deleted, so that
 * authorship, royalties and the audit log keep their person.
 */
@Entity
@Table(name = "account")
public class Account extends SiteOwned {

    @NotBlank(message = "{account.login.required}")
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,59}$", message = "{account.login.pattern}")
    private String login;

    @NotBlank(message = "{account.fullName.required}")
    @Size(max = 120, message = "{account.fullName.size}")
    @Column(name = "full_name")
    private String fullName;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{contact.email.pattern}")
    @Size(max = 120, message = "{contact.email.size}")
    private String email;

    @Pattern(regexp = "^$|^[0-9+() .-]{6,40}$", message = "{contact.phone.pattern}")
    private String phone;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role_name")
    private Set<String> roleNames = new HashSet<>();

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    private boolean active = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "security_stamp")
    private long securityStamp;

    @Valid
    @Embedded
    private ContributorProfile contributorProfile;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tax_commitment", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "commitment_year")
    private Set<Integer> taxCommitmentYears = new HashSet<>();

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Account() {
    }

    public Account(Site site, String login, String passwordHash, Instant now) {
        super(site);
        this.login = login == null ? null : login.strip();
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String fullName, String email, String phone, Unit unit, Instant now) {
        this.fullName = fullName == null ? null : fullName.strip();
        this.email = email == null ? null : email.strip();
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.unit = unit;
        this.updatedAt = now;
    }

    public void grantExactly(Collection<Role> roles, Instant now) {
        Set<String> granted = new HashSet<>();
        roles.forEach(r -> granted.add(r.roleName()));
        if (!granted.equals(roleNames)) {
            roleNames.clear();
            roleNames.addAll(granted);
            securityStamp++;
        }
        this.updatedAt = now;
    }

    /**
     * A new password chosen by the account's owner: the sessions opened with the old one end; the session the owner
     * changed it from goes on with the new stamp ({@link #getSecurityStamp}).
     */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.updatedAt = now;
        securityStamp++;
    }

    public void updateContributorProfile(ContributorProfile profile, Collection<Integer> commitmentYears, Instant now) {
        this.contributorProfile = profile;
        this.taxCommitmentYears.clear();
        this.taxCommitmentYears.addAll(commitmentYears);
        this.updatedAt = now;
    }

    /** A new password set by the administrator: the sessions opened with the old one end, all of them. */
    public void resetPassword(String newHash, Instant now) {
        changePassword(newHash, now);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a wrong password; returns true when this failure locks the account. Failures that
     * arrive while it is locked are counted without locking it again; after the lock has run out
     * the count starts afresh.
     */
    public boolean recordFailedLogin(Instant now, LoginLockPolicy policy) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (lockedUntil == null && failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            securityStamp++;
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    public void deactivate(Instant now) {
        active = false;
        securityStamp++;
        updatedAt = now;
    }

    public void reactivate(Instant now) {
        active = true;
        updatedAt = now;
    }

    public boolean hasRole(Role role) {
        return roleNames.contains(role.roleName());
    }

    public boolean hasTaxCommitmentFor(int year) {
        return taxCommitmentYears.contains(year);
    }

    public Set<Role> getRoles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        roleNames.forEach(name -> Role.byRoleName(name).ifPresent(roles::add));
        return roles;
    }

    public SortedSet<Integer> getTaxCommitmentYears() {
        return new TreeSet<>(taxCommitmentYears);
    }

    public Optional<ContributorProfile> contributorProfile() {
        return Optional.ofNullable(contributorProfile);
    }

    public String getLogin() { return login; }
    public String getFullName() { return fullName; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public Unit getUnit() { return unit; }
    public String getPasswordHash() { return passwordHash; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public boolean isActive() { return active; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public long getSecurityStamp() { return securityStamp; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
