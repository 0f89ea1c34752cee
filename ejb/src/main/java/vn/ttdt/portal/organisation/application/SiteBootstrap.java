package vn.ttdt.portal.organisation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.PasswordHasher;
import vn.ttdt.portal.organisation.domain.PasswordPolicy;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;

/**
 * First start of a production installation (no demo data): creates the site, the five unit
 * groups of the quota appendix and a first IT administrator, so that somebody can sign in and set
 * the rest up in the back-office. Does nothing when the site already exists.
 */
public final class SiteBootstrap {

    /** What IT gives at the first start (system properties portal.site.* and portal.bootstrap.*). */
    public record Request(String siteName, String ownerName, String adminLogin, String adminEmail, String adminPassword) {
    }

    static final List<String[]> GROUPS = List.of(
            new String[] {"DEPARTMENTS", "Các cơ quan chuyên môn", "Phó trưởng Ban biên tập phụ trách khối"},
            new String[] {"COMMUNES", "UBND cấp xã", "Trưởng cơ quan phụ trách văn hóa, thông tin; cơ quan nội vụ"},
            new String[] {"PARTY_MASS_ORGS", "Khối Đảng, Mặt trận Tổ quốc và các đoàn thể", "Trưởng Ban Tuyên giáo"},
            new String[] {"CULTURE_CENTRE", "Trung tâm Văn hóa, Thông tin và Thể thao", "Giám đốc Trung tâm"},
            new String[] {"CULTURE_OFFICE", "Cơ quan phụ trách văn hóa, thông tin", "Trưởng cơ quan"});

    private final SiteRepository sites;
    private final UnitGroupRepository groups;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    public SiteBootstrap(SiteRepository sites, UnitGroupRepository groups, AccountRepository accounts, PasswordHasher hasher) {
        this.sites = sites;
        this.groups = groups;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /** Returns the login of the administrator created, if one was. */
    public Optional<String> run(Request request, Instant now) {
        if (sites.byCode(SiteDirectory.DEFAULT_CODE).isPresent()) {
            return Optional.empty();
        }
        if (request.adminPassword() == null || request.adminPassword().isBlank()) {
            throw new IllegalStateException("First start without demo data: give -Dportal.bootstrap.admin-password "
                    + "(at least " + PasswordPolicy.MIN_LENGTH + " characters) for the first IT administrator");
        }
        PasswordPolicy.violation(request.adminLogin(), request.adminPassword()).ifPresent(key -> {
            throw new IllegalStateException("portal.bootstrap.admin-password is refused by the password policy: " + key);
        });
        Site site = sites.add(new Site(SiteDirectory.DEFAULT_CODE, request.siteName(), request.siteName(), request.ownerName()));
        int order = 1;
        for (String[] group : GROUPS) {
            groups.add(new UnitGroup(site, group[0], group[1], group[2], order++));
        }
        Account admin = new Account(site, request.adminLogin(), hasher.hash(request.adminPassword()), now);
        admin.describe("Quản trị hệ thống", request.adminEmail(), null, null, now);
        admin.grantExactly(Set.of(Role.IT_ADMIN), now);
        accounts.add(admin);
        return Optional.of(admin.getLogin());
    }
}
