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

/** The categories of the 2023 plan and a few published items with their cover photos, so the demo portal is not empty. */
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

    private record Seed(int category, ContentKind kind, String title, String lead, String body, String unit, String author) {
    }

    private static final List<Seed> ITEMS = List.of(
            new Seed(2, ContentKind.NEWS, "Xã Xuân Đường đẩy mạnh cải cách hành chính năm 2023",
                    "UBND xã Xuân Đường triển khai tiếp nhận hồ sơ trực tuyến mức độ toàn trình tại bộ phận một cửa.",
                    "<p>Trong quý I năm 2023, bộ phận một cửa của <strong>UBND xã Xuân Đường</strong> đã tiếp nhận hơn 1.200 hồ sơ, "
                            + "trong đó 45% được nộp trực tuyến.</p><p>Ủy ban nhân dân xã tiếp tục hướng dẫn người dân sử dụng "
                            + "Cổng dịch vụ công của tỉnh.</p>", "Xã Xuân Đường", "Trần Thị Bình"),
            new Seed(3, ContentKind.ARTICLE, "Chuyển đổi số ở vùng nông thôn Cẩm Mỹ",
                    "Từ thanh toán không dùng tiền mặt đến sổ tay đảng viên điện tử, chuyển đổi số đang thay đổi đời sống nông thôn.",
                    "<p>Tổ công nghệ số cộng đồng đã có mặt ở 13/13 xã.</p><h2>Những con số</h2><ul><li>85% hộ dân có điện thoại thông minh</li>"
                            + "<li>60% hộ kinh doanh nhận thanh toán qua mã QR</li></ul>", "TTVHTT", "An Nhiên"),
            new Seed(5, ContentKind.NEWS, "Khai mạc Giải bóng đá thanh niên huyện Cẩm Mỹ",
                    "16 đội bóng đến từ các xã tham gia giải bóng đá thanh niên năm 2023.",
                    "<p>Giải diễn ra tại sân vận động trung tâm huyện từ ngày 15/4 đến 30/4.</p>", "TTVHTT", "Lê Minh Châu"),
            new Seed(0, ContentKind.NEWS, "Hội nghị sơ kết phong trào xây dựng nông thôn mới",
                    "Huyện Cẩm Mỹ sơ kết 6 tháng đầu năm thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
                    "<p>Đến nay, toàn huyện có 13/13 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nông thôn mới nâng cao.</p>",
                    "VP", "Hoàng Thị Hà"),
            new Seed(7, ContentKind.ARTICLE, "Người cựu chiến binh hiến đất mở đường ở xã Sông Ray",
                    "Ông Nguyễn Văn Tư hiến hơn 500 m² đất để mở rộng đường liên ấp.",
                    "<p>Việc làm của ông được bà con trong ấp đồng tình hưởng ứng.</p>", "HCCB", "Phạm Quốc Dũng"),
            new Seed(4, ContentKind.NEWS, "Đi chùa Gia Lào: điểm du lịch tâm linh hấp dẫn",
                    "Núi Chứa Chan – chùa Gia Lào thu hút đông đảo du khách dịp đầu xuân.",
                    "<p>Du khách có thể đi bộ hoặc đi cáp treo lên đỉnh núi.</p>", "TTVHTT", "An Nhiên"));

    /** Keywords of the items above, by their place in {@link #ITEMS}. */
    private static final Map<Integer, String> TAGS = Map.of(
            0, "cải cách hành chính, một cửa, dịch vụ công, Xuân Đường",
            1, "chuyển đổi số, nông thôn mới, dịch vụ công",
            2, "thể thao, thanh niên",
            3, "nông thôn mới",
            4, "người tốt việc tốt, Sông Ray",
            5, "du lịch, lễ hội");

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
        for (int n = 0; n < ITEMS.size(); n++) {
            Seed seed = ITEMS.get(n);
            Instant published = now.minus(Duration.ofHours(6L * age--));
            ContentItem item = new ContentItem(site, VietnameseText.slug(seed.title()), "bientap.demo", published);
            item.write(seed.kind(), seed.kind() == ContentKind.NEWS ? Genre.NEWS_OR_REPLY : Genre.REPORTAGE_MEMOIR_INTERVIEW,
                    seed.title(), seed.lead(), HtmlSanitizer.sanitize(seed.body()), byIndex.get(seed.category()),
                    unitsByShortName.get(seed.unit()), List.of(new AuthorShare(seed.author(), null, new BigDecimal("100"))),
                    false, published);
            item.tag(Tags.normalise(List.of(TAGS.getOrDefault(n, ""))), published);
            Photo cover = illustrations.itemCover(n);
            if (cover != null) {
                item.illustrate(cover, List.of(), published);
            }
            item.adoptPublished(ItemState.PUBLISHED, published, published);
            items.add(item);
            items.revise(item, "system", WorkflowAction.PUBLISH, "demo data", published);
        }
    }
}
