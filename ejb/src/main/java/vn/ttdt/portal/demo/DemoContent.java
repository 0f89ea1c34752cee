package vn.ttdt.portal.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdt.portal.content.domain.AuthorShare;
import vn.ttdt.portal.content.domain.Category;
import vn.ttdt.portal.content.domain.CategoryRepository;
import vn.ttdt.portal.content.domain.ContentItem;
import vn.ttdt.portal.content.domain.ContentItemRepository;
import vn.ttdt.portal.content.domain.ContentKind;
import vn.ttdt.portal.content.domain.Genre;
import vn.ttdt.portal.content.domain.HtmlSanitizer;
import vn.ttdt.portal.content.domain.ItemState;
import vn.ttdt.portal.content.domain.Photo;
import vn.ttdt.portal.content.domain.Tags;
import vn.ttdt.portal.content.domain.WorkflowAction;
import vn.ttdt.portal.organisation.domain.Site;
import vn.ttdt.portal.organisation.domain.Unit;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The categories of the 2023 plan and eleven published items with their photos, so the demo portal looks like a
 * portal: the five newest (the home page's featured story and the first item of five main categories) carry shipped
 * photographs ({@link DemoPhotos}), the older ones painted illustrations.
 */
final class DemoContent {

    static final List<String[]> CATEGORIES = List.of(
            new String[] {"Xây dựng Đảng, chính quyền và nông thôn mới", "Hoạt động xây dựng Đảng, chính quyền và phong trào nông thôn mới"},
            new String[] {"Các ngày lễ lớn", "Kỷ niệm các ngày lễ lớn của đất nước và địa phương"},
            new String[] {"Cải cách hành chính", "Tin tức về cải cách hành chính, một cửa, dịch vụ công"},
            new String[] {"Ngày Chuyển đổi số tỉnh Đồng Nai", "Chuyển đổi số trong chính quyền, doanh nghiệp và người dân"},
            new String[] {"Du lịch", "Điểm đến, lễ hội và sản phẩm du lịch"},
            new String[] {"Văn hóa - Thể thao", "Hoạt động văn hóa, văn nghệ, thể dục thể thao"},
            new String[] {"Quốc phòng - An ninh", "Quốc phòng, an ninh, trật tự an toàn xã hội"},
            new String[] {"Người tốt việc tốt", "Gương người tốt, việc tốt"});

    record Seed(int category, ContentKind kind, String title, String lead, String body, String unit, String author,
                        String tags, List<DemoPicture> pictures) {
    }

    /** The items, oldest first: the last is the newest, the home page's featured story. */
    static final List<Seed> ITEMS = List.of(
            new Seed(2, ContentKind.NEWS, "Xã Xuân Đường đẩy mạnh cải cách hành chính năm 2023",
                    "UBND xã Xuân Đường triển khai tiếp nhận hồ sơ trực tuyến mức độ toàn trình tại bộ phận một cửa.",
                    "<p>Trong quý I năm 2023, bộ phận một cửa của <strong>UBND xã Xuân Đường</strong> đã tiếp nhận hơn 1.200 hồ sơ, "
                            + "trong đó 45% được nộp trực tuyến.</p><p>Ủy ban nhân dân xã tiếp tục hướng dẫn người dân sử dụng "
                            + "Cổng dịch vụ công của tỉnh.</p>", "Xã Xuân Đường", "Trần Thị Bình",
                    "cải cách hành chính, một cửa, dịch vụ công, Xuân Đường",
                    List.of(DemoPicture.painted("mot-cua-xuan-duong", DemoPictures::oneStopOffice,
                            "Trụ sở UBND xã, nơi đặt bộ phận một cửa"))),
            new Seed(3, ContentKind.ARTICLE, "Chuyển đổi số ở vùng nông thôn Cẩm Mỹ",
                    "Từ thanh toán không dùng tiền mặt đến sổ tay đảng viên điện tử, chuyển đổi số đang thay đổi đời sống nông thôn.",
                    "<p>Tổ công nghệ số cộng đồng đã có mặt ở 13/13 xã.</p><h2>Những con số</h2><ul><li>85% hộ dân có điện thoại thông minh</li>"
                            + "<li>60% hộ kinh doanh nhận thanh toán qua mã QR</li></ul>", "TTVHTT", "An Nhiên",
                    "chuyển đổi số, nông thôn mới, dịch vụ công",
                    List.of(DemoPicture.painted("chuyen-doi-so", DemoPictures::digitalVillage, "Thanh toán bằng mã QR ở vùng nông thôn"))),
            new Seed(5, ContentKind.NEWS, "Khai mạc Giải bóng đá thanh niên huyện Cẩm Mỹ",
                    "16 đội bóng đến từ các xã tham gia giải bóng đá thanh niên năm 2023.",
                    "<p>Giải diễn ra tại sân vận động trung tâm huyện từ ngày 15/4 đến 30/4.</p>", "TTVHTT", "Lê Minh Châu",
                    "thể thao, thanh niên",
                    List.of(DemoPicture.painted("bong-da-thanh-nien", DemoPictures::footballMatch, "Trận khai mạc giải bóng đá thanh niên"))),
            new Seed(0, ContentKind.NEWS, "Hội nghị sơ kết phong trào xây dựng nông thôn mới",
                    "Huyện Cẩm Mỹ sơ kết 6 tháng đầu năm thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
                    "<p>Đến nay, toàn huyện có 13/13 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nông thôn mới nâng cao.</p>",
                    "VP", "Hoàng Thị Hà", "nông thôn mới",
                    List.of(DemoPicture.painted("hoi-nghi-nong-thon-moi", DemoPictures::meetingHall, "Quang cảnh hội nghị sơ kết"))),
            new Seed(7, ContentKind.ARTICLE, "Người cựu chiến binh hiến đất mở đường ở xã Sông Ray",
                    "Ông Nguyễn Văn Tư hiến hơn 500 m² đất để mở rộng đường liên ấp.",
                    "<p>Việc làm của ông được bà con trong ấp đồng tình hưởng ứng.</p>", "HCCB", "Phạm Quốc Dũng",
                    "người tốt việc tốt, Sông Ray",
                    List.of(DemoPicture.painted("duong-lien-ap", DemoPictures::villageRoad, "Con đường liên ấp mới mở giữa vườn cao su"))),
            new Seed(4, ContentKind.NEWS, "Đi chùa Gia Lào: điểm du lịch tâm linh hấp dẫn",
                    "Núi Chứa Chan – chùa Gia Lào thu hút đông đảo du khách dịp đầu xuân.",
                    "<p>Du khách có thể đi bộ hoặc đi cáp treo lên đỉnh núi.</p>", "TTVHTT", "An Nhiên", "du lịch, lễ hội",
                    List.of(DemoPicture.painted("chua-gia-lao", DemoPictures::mountainPagoda, "Núi Chứa Chan, chùa Gia Lào nhìn từ chân núi"))),
            new Seed(6, ContentKind.NEWS, "Cẩm Mỹ sẵn sàng ứng phó dông lốc đầu mùa mưa",
                    "Ban Chỉ huy Phòng thủ dân sự huyện yêu cầu các xã rà soát nhà tạm, cây xanh và hướng dẫn người dân ứng phó với"
                            + " dông, lốc, sét.",
                    "<p>Đầu mùa mưa, trên địa bàn huyện thường có dông kèm lốc xoáy, sét và mưa lớn cục bộ.</p><p>Người dân cần theo dõi"
                            + " bản tin thời tiết, gia cố mái nhà, chằng chống chuồng trại và không trú mưa dưới gốc cây cao.</p>"
                            + "<h2>Khi cần hỗ trợ</h2><ul><li>Ban Chỉ huy Phòng thủ dân sự huyện: 0251 3878 114 (dữ liệu mẫu)</li></ul>",
                    "VP", "Hoàng Thị Hà", "phòng chống thiên tai, thời tiết",
                    List.of(DemoPicture.photo("may-dong.jpg", "Mây dông kéo đến, trời tối sầm trước cơn mưa (ảnh minh họa)"))),
            new Seed(0, ContentKind.NEWS, "Nông dân Cẩm Mỹ chuyển sang canh tác theo hướng hữu cơ",
                    "Hội Nông dân huyện hướng dẫn các tổ hợp tác dùng thiên địch và phân hữu cơ vi sinh, giảm thuốc bảo vệ thực vật.",
                    "<p>Năm nay, 12 tổ hợp tác với hơn 300 hộ tham gia mô hình sản xuất theo hướng hữu cơ trên khoảng 450 ha lúa và"
                            + " cây ăn trái.</p><p>Nhà vườn nuôi giữ thiên địch như bọ rùa, kiến vàng để phòng trừ sâu hại và ghi nhật ký"
                            + " canh tác điện tử để truy xuất nguồn gốc.</p>",
                    "HND", "An Nhiên", "nông thôn mới, nông nghiệp hữu cơ",
                    List.of(DemoPicture.photo("bo-rua.jpg", "Bọ rùa, thiên địch giúp nhà vườn giảm thuốc bảo vệ thực vật (ảnh minh họa)"),
                            DemoPicture.photo("lua-non.jpg", "Lúa non sau cơn mưa đầu mùa (ảnh minh họa)"))),
            new Seed(5, ContentKind.NEWS, "Sôi nổi hội thi thả diều mừng hè",
                    "Hơn 40 cánh diều của thiếu nhi và người dân các xã tham gia hội thi do Trung tâm Văn hóa, Thông tin và Thể thao"
                            + " huyện tổ chức.",
                    "<p>Hội thi diễn ra trên cánh đồng xã Xuân Mỹ với hai nội dung: diều sáo truyền thống và diều nghệ thuật.</p>"
                            + "<p>Ban tổ chức trao 6 giải cho những cánh diều bay cao, đẹp và bền bỉ nhất.</p>",
                    "TTVHTT", "Lê Minh Châu", "văn hóa, thiếu nhi",
                    List.of(DemoPicture.photo("canh-dieu.jpg", "Cánh diều trên bầu trời ngày hội (ảnh minh họa)"))),
            new Seed(1, ContentKind.NEWS, "Khai mạc Hội hoa Xuân tại trung tâm huyện",
                    "Hơn 100 gian hàng hoa kiểng và nông sản phục vụ người dân vui Tết, đón Xuân.",
                    "<p>Hội hoa Xuân mở cửa từ ngày 20 đến ngày 29 tháng Chạp tại quảng trường trung tâm huyện.</p><p>Bên cạnh mai"
                            + " vàng, cúc, vạn thọ, hội hoa có gian hàng nông sản của các xã: tiêu, điều và cây ăn trái.</p>",
                    "PVHTT", "Phạm Quốc Dũng", "lễ hội, Tết",
                    List.of(DemoPicture.photo("hoa-cuc-vang.jpg", "Hoa cúc vàng, loài hoa nhiều gia đình chọn chưng Tết (ảnh minh họa)"),
                            DemoPicture.photo("hoa-van-tho.jpg", "Vạn thọ nở rộ đón Xuân (ảnh minh họa)"))),
            new Seed(4, ContentKind.NEWS, "Hồ Suối Vọng: điểm dã ngoại cuối tuần của người dân Cẩm Mỹ",
                    "Mặt hồ rộng giữa vùng cây ăn trái, bến thuyền và những buổi hoàng hôn yên bình thu hút ngày càng nhiều du khách.",
                    "<p>Hồ Suối Vọng ở xã Xuân Mỹ là hồ thủy lợi tưới cho hàng trăm héc-ta cây trồng.</p><p>Cuối tuần, nhiều gia đình"
                            + " đến cắm trại, câu cá và ngắm hoàng hôn bên hồ. Xem thêm <a href=\"/gioi-thieu/diem-du-lich/ho-suoi-vong\">"
                            + "giới thiệu Hồ Suối Vọng</a>.</p>",
                    "TTVHTT", "An Nhiên", "du lịch, Suối Vọng",
                    List.of(DemoPicture.photo("thuyen-ben-ho.jpg", "Thuyền neo bên hồ lúc hoàng hôn (ảnh minh họa)"),
                            DemoPicture.photo("cau-go-ven-ho.jpg", "Cầu gỗ ven hồ (ảnh minh họa)"))));

    private DemoContent() {
    }

    static void load(Site site, Map<String, Unit> unitsByShortName, CategoryRepository categories,
                     ContentItemRepository items, DemoIllustrations illustrations, Instant now) {
        Map<Integer, Category> byIndex = new HashMap<>();
        for (int i = 0; i < CATEGORIES.size(); i++) {
            String[] seed = CATEGORIES.get(i);
            byIndex.put(i, categories.add(new Category(site, null, seed[0], VietnameseText.slug(seed[0]), seed[1], i + 1)));
        }
        int age = ITEMS.size();
        for (Seed seed : ITEMS) {
            Instant published = now.minus(Duration.ofHours(6L * age--));
            ContentItem item = new ContentItem(site, VietnameseText.slug(seed.title()), "bientap.demo", published);
            item.write(seed.kind(), seed.kind() == ContentKind.NEWS ? Genre.NEWS_OR_REPLY : Genre.REPORTAGE_MEMOIR_INTERVIEW,
                    seed.title(), seed.lead(), HtmlSanitizer.sanitize(seed.body()), byIndex.get(seed.category()),
                    unitsByShortName.get(seed.unit()), List.of(new AuthorShare(seed.author(), null, new BigDecimal("100"))),
                    false, published);
            item.tag(Tags.normalise(List.of(seed.tags())), published);
            List<Photo> photos = seed.pictures().stream().map(illustrations::photo).toList();
            item.illustrate(photos.get(0), photos.subList(1, photos.size()), published);
            item.adoptPublished(ItemState.PUBLISHED, published, published);
            items.add(item);
            items.revise(item, "system", WorkflowAction.PUBLISH, "demo data", published);
        }
    }
}
