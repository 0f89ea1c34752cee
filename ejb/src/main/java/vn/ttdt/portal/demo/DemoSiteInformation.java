package vn.ttdt.portal.demo;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.site.pages.domain.Leader;
import vn.ttdt.portal.site.pages.domain.OrganisationBody;
import vn.ttdt.portal.site.pages.domain.OrganisationBodyRepository;
import vn.ttdt.portal.site.pages.domain.PortalLink;
import vn.ttdt.portal.site.pages.domain.PortalLinkKind;
import vn.ttdt.portal.site.pages.domain.PortalLinkRepository;
import vn.ttdt.portal.site.pages.domain.SitePage;
import vn.ttdt.portal.site.pages.domain.SitePageKind;
import vn.ttdt.portal.site.pages.domain.SitePageRepository;
import vn.ttdt.portal.site.pages.domain.TouristSite;
import vn.ttdt.portal.site.pages.domain.TouristSiteRepository;

/**
 * The Cẩm Mỹ district's introduction, organisation chart, tourist sites and links as demo data. People and their
 * contacts are invented (sample names, {@code example.gov.vn} addresses, 0251 3xxx 0xx office numbers).
 */
final class DemoSiteInformation {

    private static final String BY = "demo";

    private DemoSiteInformation() {
    }

    record Repositories(SitePageRepository pages, TouristSiteRepository touristSites, OrganisationBodyRepository bodies,
                        PortalLinkRepository links) {
    }

    static void load(Site site, Repositories repositories, DemoIllustrations illustrations, Instant now) {
        page(site, repositories.pages(), SitePageKind.NATURAL_CONDITIONS, now,
                "<p>Huyện Cẩm Mỹ nằm ở phía Đông Nam tỉnh Đồng Nai, diện tích tự nhiên khoảng 468 km². Địa hình đồi thấp"
                        + " lượn sóng, đất đỏ bazan màu mỡ, khí hậu nhiệt đới gió mùa với hai mùa mưa, khô rõ rệt.</p>"
                        + "<p>Phía Bắc giáp huyện Thống Nhất, Xuân Lộc; phía Nam giáp tỉnh Bà Rịa – Vũng Tàu; phía Đông giáp"
                        + " huyện Xuân Lộc; phía Tây giáp huyện Long Thành và thành phố Long Khánh.</p>", "");
        page(site, repositories.pages(), SitePageKind.HISTORY, now,
                "<p>Huyện Cẩm Mỹ được thành lập năm 2003 trên cơ sở điều chỉnh địa giới hành chính các huyện Long Khánh"
                        + " và Long Thành. Trung tâm hành chính của huyện đặt tại thị trấn Long Giao.</p>", "");
        page(site, repositories.pages(), SitePageKind.ECONOMY, now,
                "<p>Kinh tế huyện chủ yếu là nông nghiệp với các cây trồng lâu năm: cao su, tiêu, điều, cà phê và cây ăn"
                        + " trái; chăn nuôi theo hướng trang trại. Công nghiệp và thương mại, dịch vụ đang phát triển.</p>", "");
        page(site, repositories.pages(), SitePageKind.CULTURE, now,
                "<p>Cẩm Mỹ là nơi sinh sống của nhiều dân tộc, trong đó có đồng bào Chơ Ro với những lễ hội truyền thống"
                        + " như lễ cúng thần lúa (Sayangva).</p>", "");
        page(site, repositories.pages(), SitePageKind.SPOKESPERSON, now,
                "<p><strong>Người phát ngôn:</strong> Chánh Văn phòng HĐND và UBND huyện (dữ liệu mẫu).</p>"
                        + "<p>Điện thoại: 0251 3878 010 · Thư điện tử: phatngon@cammy.example.gov.vn</p>",
                "<p><strong>Spokesperson:</strong> Chief of the Office of the People's Council and People's Committee"
                        + " (sample data).</p><p>Phone: +84 251 3878 010 · E-mail: phatngon@cammy.example.gov.vn</p>");
        page(site, repositories.pages(), SitePageKind.CONTACTS, now,
                "<p>Ủy ban nhân dân huyện Cẩm Mỹ</p><p>Địa chỉ: Khu phố Suối Râm, thị trấn Long Giao, huyện Cẩm Mỹ, tỉnh"
                        + " Đồng Nai</p><p>Điện thoại: 0251 3878 000 · Thư điện tử: ubnd@cammy.example.gov.vn</p>",
                "<p>People's Committee of Cam My District</p><p>Address: Suoi Ram quarter, Long Giao town, Cam My"
                        + " District, Dong Nai Province, Viet Nam</p><p>Phone: +84 251 3878 000 · E-mail:"
                        + " ubnd@cammy.example.gov.vn</p>");
        touristSite(site, repositories.touristSites(), illustrations, 1, new Place("Núi Chứa Chan (phía Cẩm Mỹ)",
                "Xã Xuân Đông, huyện Cẩm Mỹ", "https://www.openstreetmap.org/search?query=N%C3%BAi%20Ch%E1%BB%A9a%20Chan",
                "<p>Ngọn núi cao nhất vùng, nơi có chùa Gia Lào và nhiều tuyến đường mòn xuyên rừng để leo núi ngắm cảnh.</p>",
                List.of(DemoPicture.photo("duong-mon-xuyen-rung.jpg", ""))), now);
        touristSite(site, repositories.touristSites(), illustrations, 2, new Place("Hồ Suối Vọng", "Xã Xuân Mỹ, huyện Cẩm Mỹ",
                "https://www.openstreetmap.org/search?query=H%E1%BB%93%20Su%E1%BB%91i%20V%E1%BB%8Dng",
                "<p>Hồ thủy lợi giữa vùng cây ăn trái, cảnh quan yên bình cho dã ngoại cuối tuần: sương sớm trên mặt hồ,"
                        + " hoàng hôn bên bến thuyền.</p>",
                List.of(DemoPicture.photo("ho-luc-hoang-hon.jpg", ""), DemoPicture.photo("ben-ho-suong-som.jpg", ""))), now);
        OrganisationBody council = body(site, repositories.bodies(), null, "Hội đồng nhân dân huyện", "District People's Council", 1,
                "<p>Cơ quan quyền lực nhà nước ở địa phương, quyết định các vấn đề quan trọng của huyện.</p>",
                "<p>The local organ of state power; decides the district's important matters.</p>",
                List.of(new Leader("Nguyễn Văn Mẫu", "Chủ tịch HĐND huyện", "Chairman of the People's Council", null,
                        "0251 3878 001", "hdnd@cammy.example.gov.vn")), now);
        OrganisationBody committee = body(site, repositories.bodies(), null, "Ủy ban nhân dân huyện", "District People's Committee", 2,
                "<p>Cơ quan hành chính nhà nước ở địa phương, tổ chức thi hành pháp luật và nghị quyết của HĐND.</p>",
                "<p>The local state administrative body; enforces the law and the Council's resolutions.</p>",
                List.of(new Leader("Trần Thị Minh Họa", "Chủ tịch UBND huyện", "Chairwoman of the People's Committee", null,
                                "0251 3878 002", "chutich@cammy.example.gov.vn"),
                        new Leader("Lê Văn Thí Dụ", "Phó Chủ tịch UBND huyện", "Vice Chairman of the People's Committee", null,
                                "0251 3878 003", "phochutich@cammy.example.gov.vn")), now);
        body(site, repositories.bodies(), committee, "Văn phòng HĐND và UBND huyện", "Office of the People's Council and Committee", 1,
                "<p>Tham mưu, giúp việc cho HĐND và UBND huyện; bảo đảm điều kiện hoạt động.</p>",
                "<p>Advises and assists the Council and the Committee.</p>",
                List.of(new Leader("Phạm Quốc Mẫu", "Chánh Văn phòng", "Chief of Office", null, "0251 3878 010",
                        "vanphong@cammy.example.gov.vn")), now);
        body(site, repositories.bodies(), committee, "Phòng Văn hóa và Thông tin", "Division of Culture and Information", 2,
                "<p>Tham mưu quản lý nhà nước về văn hóa, thông tin, du lịch, thể thao; quản lý trang thông tin điện tử.</p>",
                "<p>Advises on culture, information, tourism and sport; runs this portal.</p>",
                List.of(new Leader("Hoàng Thị Thử", "Trưởng phòng", "Head of Division", null, "0251 3878 020",
                        "vhtt@cammy.example.gov.vn")), now);
        link(site, repositories.links(), PortalLinkKind.PROVINCE, "Cổng thông tin điện tử tỉnh Đồng Nai", "https://www.dongnai.gov.vn/", 1);
        link(site, repositories.links(), PortalLinkKind.PROVINCE_SERVICES, "Cổng dịch vụ công tỉnh Đồng Nai", "https://dichvucong.dongnai.gov.vn/", 2);
        link(site, repositories.links(), PortalLinkKind.MINISTRY, "Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/", 1);
        link(site, repositories.links(), PortalLinkKind.MINISTRY, "Bộ Khoa học và Công nghệ", "https://mst.gov.vn/", 2);
        link(site, repositories.links(), PortalLinkKind.NATIONAL_SERVICE, "Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", 1);
    }

    private static void page(Site site, SitePageRepository pages, SitePageKind kind, Instant now, String body, String bodyEn) {
        SitePage page = pages.add(new SitePage(site, kind, now));
        pages.add(page.edit(body, bodyEn, BY, now));
    }

    /** A tourist site as the demo describes it. */
    private record Place(String name, String address, String mapUrl, String description, List<DemoPicture> photos) {
    }

    /** The place as a tourist site whose description ends with its photos' credits (the page shows none of its own). */
    private static void touristSite(Site site, TouristSiteRepository touristSites, DemoIllustrations illustrations, int position,
                                    Place place, Instant now) {
        String credits = place.photos().stream().map(DemoPicture::credit).distinct().collect(Collectors.joining("; "));
        TouristSite touristSite = new TouristSite(site, touristSites.freeSlug(site, place.name()));
        touristSite.describe(place.name(), place.address(), place.mapUrl(),
                place.description() + "<p><em>Ảnh minh họa: " + credits + ".</em></p>", position,
                illustrations.keys(place.photos()), BY, now);
        touristSites.add(touristSite);
    }

    private static OrganisationBody body(Site site, OrganisationBodyRepository bodies, OrganisationBody parent, String name,
                                         String nameEn, int position, String functions, String functionsEn, List<Leader> leaders,
                                         Instant now) {
        OrganisationBody body = new OrganisationBody(site);
        body.describe(parent, name, nameEn, functions, functionsEn, position, leaders, BY, now);
        return bodies.add(body);
    }

    private static void link(Site site, PortalLinkRepository links, PortalLinkKind kind, String name, String url, int position) {
        PortalLink link = new PortalLink(site);
        link.describe(kind, name, url, position);
        links.add(link);
    }
}
