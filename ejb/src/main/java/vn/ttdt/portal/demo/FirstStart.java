package vn.ttdt.portal.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import vn.ttdt.portal.content.media.application.MediaIntake;
import vn.ttdt.portal.content.media.domain.MediaFiles;
import vn.ttdt.portal.content.media.domain.MediaRepository;
import vn.ttdt.portal.procedures.domain.OneStopResultRepository;
import vn.ttdt.portal.procedures.domain.ProcedureRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.contributors.domain.ContributorRepository;
import vn.ttdt.portal.contributors.domain.TrainingCourseRepository;
import vn.ttdt.portal.legaldocs.domain.LegalDocumentRepository;
import vn.ttdt.portal.legaldocs.domain.LegalTermDefaults;
import vn.ttdt.portal.legaldocs.domain.LegalTermRepository;
import vn.ttdt.portal.legaldocs.domain.PostingRequestRepository;
import vn.ttdt.portal.organisation.application.SiteBootstrap;
import vn.ttdt.portal.organisation.application.SiteDirectory;
import vn.ttdt.portal.organisation.domain.Account;
import vn.ttdt.portal.organisation.domain.AccountRepository;
import vn.ttdt.portal.organisation.domain.ContributorProfile;
import vn.ttdt.portal.organisation.domain.PasswordHasher;
import vn.ttdt.portal.organisation.domain.Role;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.SiteRepository;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.organisation.domain.UnitGroup;
import vn.ttdt.portal.organisation.domain.SupervisorAssignment;
import vn.ttdt.portal.organisation.domain.SupervisorAssignmentRepository;
import vn.ttdt.portal.organisation.domain.UnitGroupRepository;
import vn.ttdt.portal.organisation.domain.UnitRepository;
import vn.ttdt.portal.organisation.domain.Contact;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.site.pages.domain.OrganisationBodyRepository;
import vn.ttdt.portal.site.pages.domain.PortalLinkRepository;
import vn.ttdt.portal.site.pages.domain.SitePageRepository;
import vn.ttdt.portal.site.pages.domain.TouristSiteRepository;
import vn.ttdt.portal.site.theme.domain.SiteTheme;
import vn.ttdt.portal.site.theme.domain.SiteThemeRepository;

/**
 * Loads the Cẩm Mỹ site, its units and one account per role on an empty database when the
 * server runs with {@code -Dportal.demo-data=true} (the run command and the tests do); without
 * demo data, a first start creates an empty site and its first IT administrator ({@link SiteBootstrap}).
 */
@PermitAll
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    private SiteRepository sites;

    @Inject
    private UnitGroupRepository groups;

    @Inject
    private SupervisorAssignmentRepository supervisions;

    @Inject
    private UnitRepository units;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CategoryRepository categories;

    @Inject
    private ContentItemRepository items;

    @Inject
    private LegalTermRepository legalTerms;

    @Inject
    private LegalDocumentRepository legalDocuments;

    @Inject
    private PostingRequestRepository postingRequests;

    @Inject
    private ProcedureRepository procedures;

    @Inject
    private OneStopResultRepository oneStop;

    @Inject
    private MediaRepository media;

    @Inject
    private MediaFiles mediaFiles;

    @Inject
    private MediaIntake mediaIntake;

    @Inject
    private SiteThemeRepository themes;

    @Inject
    private Clock clock;

    @Inject
    private SitePageRepository sitePages;

    @Inject
    private TouristSiteRepository touristSites;

    @Inject
    private OrganisationBodyRepository organisationBodies;

    @Inject
    private PortalLinkRepository portalLinks;

    @Inject
    private ContributorRepository contributors;

    @Inject
    private TrainingCourseRepository trainingCourses;

    @PostConstruct
    void load() {
        if (!Settings.flag("portal.demo-data")) {
            bootstrapProductionSite();
            return;
        }
        if (sites.byCode(SiteDirectory.DEFAULT_CODE).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        Site site = sites.add(camMySite());
        Map<String, Unit> unitsByShortName = new HashMap<>();
        Map<String, UnitGroup> groupsByCode = new HashMap<>();
        int order = 1;
        for (DemoUnits.GroupSeed seed : DemoUnits.GROUPS) {
            UnitGroup group = groups.add(new UnitGroup(site, seed.code(), seed.name(), seed.supervisorTitle(), order++));
            groupsByCode.put(seed.code(), group);
            for (DemoUnits.UnitSeed unitSeed : seed.units()) {
                Unit unit = units.add(new Unit(site, group, unitSeed.name(), unitSeed.shortName(),
                        new Contact(null, null, null, "Cẩm Mỹ, Đồng Nai"), now));
                unitsByShortName.put(unitSeed.shortName(), unit);
            }
        }
        for (DemoAccount demo : DemoAccount.ALL) {
            Account account = new Account(site, demo.login(), hasher.hash(DemoAccount.PASSWORD), now);
            account.describe(demo.fullName(), demo.login() + "@cammy.example.vn", null,
                    unitsByShortName.get(demo.unitShortName()), now);
            account.grantExactly(Set.of(demo.role()), now);
            if (demo.role() == Role.CONTRIBUTOR) {
                account.updateContributorProfile(new ContributorProfile("An Nhiên", "8012345678",
                        "0123456789012", "Agribank Cẩm Mỹ"), List.of(2023), now);
            }
            accounts.add(account);
            if (demo.role() == Role.QUOTA_SUPERVISOR) {
                supervisions.add(new SupervisorAssignment(groupsByCode.get("DEPARTMENTS"), account, LocalDate.of(2023, 1, 1),
                        null, "system", now));
            }
        }
        DemoContributors.load(site, unitsByShortName, accounts.byLogin("ctv.demo").orElseThrow(), contributors, trainingCourses, now);
        DemoIllustrations illustrations = new DemoIllustrations(site, mediaIntake, media);
        DemoContent.load(site, unitsByShortName, categories, items, illustrations, now);
        LegalTermDefaults.seedIfNone(site, legalTerms);
        DemoLegalDocuments.load(site, unitsByShortName, legalTerms, legalDocuments, postingRequests, now);
        new DemoProcedureLoader(procedures, oneStop, media, mediaFiles).load(site, unitsByShortName, now);
        DemoSiteInformation.load(site, new DemoSiteInformation.Repositories(sitePages, touristSites, organisationBodies, portalLinks),
                illustrations, now);
        SiteTheme theme = themes.add(new SiteTheme(site, "demo", now));
        theme.restyle(illustrations.logo(), illustrations.banner(), SiteTheme.DEFAULT_COLOURS,
                "Dữ liệu mẫu của bản trình diễn: tin, ảnh và số liệu không có giá trị chính thức.", "demo", now);
        LOG.info(() -> "Demo data loaded: " + unitsByShortName.size() + " units, " + DemoAccount.ALL.size() + " accounts");
    }

    private void bootstrapProductionSite() {
        new SiteBootstrap(sites, groups, accounts, hasher).run(new SiteBootstrap.Request(
                        Settings.text("portal.site.name", "Trang thông tin điện tử"),
                        Settings.text("portal.site.owner", "Ủy ban nhân dân"),
                        Settings.text("portal.bootstrap.admin-login", "quantri"),
                        Settings.text("portal.bootstrap.admin-email", "quantri@localhost"),
                        System.getProperty("portal.bootstrap.admin-password")), clock.instant())
                .ifPresent(login -> LOG.warning(() -> "First start: site created with IT administrator '" + login
                        + "'; sign in at /admin/ and change the password"));
        sites.byCode(SiteDirectory.DEFAULT_CODE).ifPresent(site -> LegalTermDefaults.seedIfNone(site, legalTerms));
    }

    private static Site camMySite() {
        Site site = new Site(SiteDirectory.DEFAULT_CODE, "Trang thông tin điện tử huyện Cẩm Mỹ", "Cẩm Mỹ",
                "Ủy ban nhân dân huyện Cẩm Mỹ");
        site.describeContacts("Khu phố Suối Râm, thị trấn Long Giao, huyện Cẩm Mỹ, tỉnh Đồng Nai",
                "0251 3878 000", "bbt@cammy.example.vn",
                "Giấy phép thiết lập trang TTĐT số 01/GP-TTĐT (dữ liệu mẫu)",
                "Trưởng Ban biên tập: Phó Chủ tịch UBND huyện (dữ liệu mẫu)");
        return site;
    }
}
