package vn.ttdt.portal.devserver;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * Word lists and sentence patterns of Vietnamese local-government news, for {@link ContentGenerator}:
 * who (the communes of Cẩm Mỹ and their bodies, the district's offices), what (hội nghị, ra quân,
 * tập huấn…) and about what (cải cách hành chính, nông thôn mới, chuyển đổi số…).
 */
final class Words {

    record Text(String title, String lead, String html) {
    }

    static final List<String> COMMUNES = List.of("Bảo Bình", "Lâm San", "Long Giao", "Nhân Nghĩa", "Sông Nhạn",
            "Sông Ray", "Thừa Đức", "Xuân Bảo", "Xuân Đông", "Xuân Đường", "Xuân Mỹ", "Xuân Quế", "Xuân Tây");

    private static final List<String> HAMLETS = List.of("ấp 1", "ấp 2", "ấp 3", "ấp 4", "ấp 5", "ấp 6", "ấp 7",
            "ấp Suối Râm", "ấp Tân Hạnh", "ấp Cọ Dầu", "ấp Láng Lớn", "ấp Suối Cả", "ấp Hoàn Quân", "ấp Thọ Lâm",
            "ấp Cẩm Tân", "ấp Bể Bạc", "ấp Thoại Hương", "ấp Tân Bảo", "ấp Đồi Rìu", "ấp Bình Hòa");

    /** Bodies of a commune, "{c}" is the commune's name. */
    private static final List<String> COMMUNE_BODIES = List.of("UBND xã {c}", "Ủy ban nhân dân xã {c}", "Đảng ủy xã {c}",
            "Hội Nông dân xã {c}", "Hội Liên hiệp Phụ nữ xã {c}", "Đoàn Thanh niên xã {c}", "Công an xã {c}",
            "Ban Chỉ huy Quân sự xã {c}", "Ủy ban MTTQ Việt Nam xã {c}", "Hội Cựu chiến binh xã {c}", "Trạm Y tế xã {c}",
            "Xã {c}");

    private static final List<String> DISTRICT_BODIES = List.of("UBND huyện Cẩm Mỹ", "Ủy ban nhân dân huyện Cẩm Mỹ",
            "Huyện ủy Cẩm Mỹ", "Ban Chỉ đạo chuyển đổi số huyện", "Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện",
            "Huyện Cẩm Mỹ");

    private static final List<String> GENERAL_TOPICS = List.of("cải cách hành chính", "xây dựng nông thôn mới",
            "xây dựng nông thôn mới nâng cao", "chuyển đổi số", "dịch vụ công trực tuyến", "thanh toán không dùng tiền mặt",
            "an toàn giao thông", "phòng cháy, chữa cháy", "phòng, chống sốt xuất huyết", "bảo vệ môi trường",
            "giảm nghèo bền vững", "bảo hiểm xã hội, bảo hiểm y tế", "phổ biến, giáo dục pháp luật", "hòa giải ở cơ sở",
            "phát triển kinh tế tập thể", "chuyển đổi cơ cấu cây trồng", "phòng, chống ma túy", "xây dựng đời sống văn hóa",
            "giữ gìn an ninh trật tự", "cấp giấy chứng nhận quyền sử dụng đất", "tiêm chủng mở rộng", "khuyến học, khuyến tài",
            "đề án 06 về định danh điện tử", "chi trả an sinh xã hội qua tài khoản");

    /** Topics that fit a category whose folded name contains the key. */
    private static final List<String[]> CATEGORY_TOPICS = List.of(
            new String[] {"cai cach", "cải cách hành chính", "cơ chế một cửa, một cửa liên thông", "dịch vụ công trực tuyến",
                    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "nâng cao chỉ số hài lòng của người dân"},
            new String[] {"chuyen doi so", "chuyển đổi số", "thanh toán không dùng tiền mặt", "đề án 06 về định danh điện tử",
                    "tổ công nghệ số cộng đồng", "chữ ký số cho người dân", "dịch vụ công trực tuyến"},
            new String[] {"nong thon", "xây dựng nông thôn mới", "xây dựng nông thôn mới nâng cao", "ấp nông thôn mới kiểu mẫu",
                    "xây dựng Đảng, chính quyền trong sạch, vững mạnh", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"},
            new String[] {"du lich", "phát triển du lịch nông nghiệp", "du lịch sinh thái", "quảng bá sản phẩm OCOP",
                    "lễ hội trái cây"},
            new String[] {"van hoa", "xây dựng đời sống văn hóa", "phong trào thể dục thể thao quần chúng", "giải bóng đá thanh niên",
                    "hội diễn văn nghệ quần chúng", "xây dựng gia đình văn hóa"},
            new String[] {"quoc phong", "giữ gìn an ninh trật tự", "tuyển chọn và gọi công dân nhập ngũ", "phòng, chống ma túy",
                    "phòng cháy, chữa cháy", "an toàn giao thông", "diễn tập khu vực phòng thủ"},
            new String[] {"nguoi tot", "gương người tốt, việc tốt", "hiến đất làm đường", "khuyến học, khuyến tài",
                    "giúp đỡ hộ nghèo", "hiến máu tình nguyện"},
            new String[] {"le lon", "kỷ niệm ngày thành lập Đảng", "kỷ niệm ngày Quốc khánh 2/9", "Tết Nguyên đán",
                    "kỷ niệm ngày Thương binh - Liệt sĩ 27/7", "kỷ niệm ngày Giải phóng miền Nam 30/4"});

    private static final List<String> TITLE_PATTERNS = List.of(
            "{a} tổ chức hội nghị sơ kết công tác {t} {period}",
            "{a} tổng kết công tác {t} năm {y}",
            "{a} đẩy mạnh {t}",
            "{a} ra quân hưởng ứng {t}",
            "{a} triển khai kế hoạch {t} năm {y}",
            "{a} phát động phong trào thi đua về {t}",
            "Tập huấn nghiệp vụ {t} cho cán bộ, công chức {place}",
            "Kiểm tra việc thực hiện {t} tại {place}",
            "{a}: tuyên truyền {t} đến từng hộ dân",
            "{place} đạt nhiều kết quả trong {t}",
            "Hội nghị bàn giải pháp {t} {period}",
            "{a} khen thưởng tập thể, cá nhân tiêu biểu trong {t}",
            "Ủy ban nhân dân {place} họp về {t}",
            "Người dân {place} đồng thuận với {t}",
            "{place}: {n} hộ dân hưởng lợi từ {t}");

    private static final List<String> PERIODS = List.of("6 tháng đầu năm {y}", "quý I/{y}", "quý II/{y}", "quý III/{y}",
            "9 tháng năm {y}", "năm {y}", "tháng {m}/{y}");

    private static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Mai", "Trương", "Lâm");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Minh", "Quốc", "Thanh", "Ngọc", "Hữu", "Đức",
            "Thị Thu", "Hoàng", "Kim", "Công");
    private static final List<String> GIVEN = List.of("An", "Bình", "Châu", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Long",
            "Mai", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến", "Đạt", "Ý", "Hiếu", "Nhân");
    private static final List<String> OFFICES = List.of("Bí thư Đảng ủy xã", "Chủ tịch UBND xã", "Phó Chủ tịch UBND xã",
            "Chủ tịch UBND huyện", "Phó Chủ tịch UBND huyện", "Trưởng phòng Văn hóa và Thông tin huyện",
            "Chánh Văn phòng HĐND và UBND huyện", "Trưởng Công an xã", "Chủ tịch Hội Nông dân xã");
    private static final List<String> GUESTS = List.of("lãnh đạo UBND huyện Cẩm Mỹ", "đại diện Phòng Nội vụ huyện",
            "đại diện các phòng, ban chuyên môn của huyện", "cán bộ, công chức xã", "trưởng các ấp",
            "đông đảo đoàn viên, hội viên", "bà con nhân dân trên địa bàn", "các doanh nghiệp, hợp tác xã");
    private static final List<String> QUOTES = List.of(
            "Giờ làm thủ tục trên điện thoại rất tiện, không phải đi lại nhiều lần như trước.",
            "Đường sá sạch đẹp, có đèn chiếu sáng, bà con ai cũng phấn khởi.",
            "Cán bộ một cửa hướng dẫn tận tình, hồ sơ của tôi được trả trước hẹn.",
            "Được tập huấn kỹ thuật, vườn sầu riêng của gia đình cho năng suất cao hơn hẳn.",
            "Thanh toán bằng mã QR ở chợ giờ đã quen, không lo thối tiền lẻ.",
            "Nhà nhà góp công, góp của nên con đường mới làm xong nhanh như vậy.");

    private static final List<String> ACTIONS = List.of("thành lập ban chỉ đạo, ban hành kế hoạch chi tiết",
            "tổ chức quán triệt đến toàn thể cán bộ, đảng viên và nhân dân", "phân công nhiệm vụ cụ thể cho từng ngành, từng ấp",
            "lồng ghép nội dung vào các buổi sinh hoạt khu dân cư");
    private static final List<String> CONTEXT = List.of(
            "Công tác chỉ đạo, điều hành được triển khai kịp thời, có sự vào cuộc của cả hệ thống chính trị.",
            "Mặt trận Tổ quốc và các đoàn thể đã tích cực vận động hội viên, đoàn viên cùng tham gia.",
            "Việc triển khai bảo đảm đúng tiến độ, công khai, minh bạch, được nhân dân đồng tình hưởng ứng.",
            "Kết quả thực hiện được đánh giá định kỳ hằng tháng, có sơ kết, rút kinh nghiệm.");
    private static final List<String> DISCUSSIONS = List.of(
            "làm rõ những khó khăn, vướng mắc trong quá trình triển khai ở cơ sở",
            "chia sẻ kinh nghiệm, cách làm hay của các ấp, các chi hội",
            "đánh giá những mặt làm được và chưa làm được, phân tích nguyên nhân",
            "đề xuất giải pháp nâng cao hiệu quả hoạt động trong thời gian tới");
    private static final List<String> PROPOSALS = List.of(
            "cấp trên quan tâm bố trí thêm kinh phí, trang thiết bị", "tăng cường tập huấn cho cán bộ cơ sở",
            "sớm hướng dẫn thực hiện các quy định mới", "có cơ chế khen thưởng kịp thời cho tập thể, cá nhân tiêu biểu");
    private static final List<String> SPEECH_PLACES = List.of("tại hội nghị", "chỉ đạo", "kết luận buổi làm việc",
            "tại buổi lễ");
    private static final List<String> SPEAKERS_TITLE = List.of("ông", "bà", "đồng chí");
    private static final List<String> SPEECH_VERBS = List.of("nhấn mạnh", "khẳng định", "cho rằng");
    private static final List<String> PRIORITIES = List.of("nhiệm vụ trọng tâm, thường xuyên",
            "nhiệm vụ chính trị quan trọng của địa phương", "việc làm thiết thực, gắn với quyền lợi của người dân",
            "một trong những khâu đột phá của năm");
    private static final List<String> REQUESTS = List.of(
            "đề nghị các ấp, các đoàn thể tiếp tục tuyên truyền để người dân hiểu rõ lợi ích, chủ động tham gia",
            "yêu cầu phân công cụ thể từng cán bộ, công chức phụ trách địa bàn",
            "đề nghị các ngành phối hợp chặt chẽ, tháo gỡ kịp thời vướng mắc",
            "yêu cầu rà soát, khắc phục ngay những tồn tại đã được chỉ ra",
            "đề nghị nhân rộng các mô hình hay, cách làm hiệu quả");
    private static final List<String> HEADINGS = List.of("Những kết quả nổi bật", "Một số con số", "Kết quả sau một năm");
    private static final List<String> BULLETS = List.of(
            "{n} hộ gia đình đăng ký tài khoản định danh điện tử", "{n} km đường giao thông nông thôn được bê tông hóa",
            "{n} hộ thoát nghèo", "{n}% hồ sơ được nộp trực tuyến", "{n} hộ kinh doanh nhận thanh toán qua mã QR",
            "{n} bóng đèn chiếu sáng được lắp mới", "{n} lớp tập huấn kỹ thuật cho nông dân",
            "{n} căn nhà đại đoàn kết được bàn giao", "{n} thanh niên lên đường nhập ngũ");
    private static final List<String> CROPS = List.of("trồng sầu riêng", "trồng bưởi da xanh", "trồng tiêu sạch",
            "chăn nuôi bò sinh sản", "trồng cây ăn trái theo tiêu chuẩn VietGAP", "nuôi gà thả vườn");
    private static final List<String> LIMITS = List.of("một số hạn chế: nguồn lực còn ít, một bộ phận người dân chưa quen "
                    + "với các tiện ích số", "tình trạng hồ sơ phải bổ sung nhiều lần",
            "khó khăn do địa bàn rộng, dân cư phân tán", "sự phối hợp giữa các ngành có lúc chưa chặt chẽ");
    private static final List<String> CLOSINGS = List.of(
            "Thời gian tới, {place} tiếp tục tăng cường công tác tuyên truyền, phấn đấu hoàn thành các chỉ tiêu năm {y}.",
            "Năm {y}, {place} đặt mục tiêu đẩy mạnh {t}, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
            "Hội nghị cũng đã thống nhất phương hướng, nhiệm vụ trọng tâm trong thời gian tới.",
            "Dự kiến trong quý tới, {place} sẽ tổ chức kiểm tra, đánh giá kết quả thực hiện tại từng ấp.");

    private Words() {
    }

    /** The topics for a category, from its name; the general list when nothing fits. */
    static List<String> topicsFor(String categoryName) {
        String folded = VietnameseText.fold(categoryName);
        List<String> topics = new ArrayList<>();
        for (String[] entry : CATEGORY_TOPICS) {
            if (folded.contains(entry[0])) {
                topics.addAll(List.of(entry).subList(1, entry.length));
            }
        }
        return topics.isEmpty() ? GENERAL_TOPICS : topics;
    }

    static String person(SplittableRandom r) {
        return pick(r, SURNAMES) + " " + pick(r, MIDDLE) + " " + pick(r, GIVEN);
    }

    /** Title, lead and body HTML of one item from the given unit about one of the topics, published at {@code when}. */
    static Text compose(SplittableRandom r, String unitName, List<String> topics, ZonedDateTime when) {
        String commune = communeOf(unitName);
        boolean communeUnit = commune != null;
        if (commune == null) {
            commune = pick(r, COMMUNES);
        }
        String actor = communeUnit || r.nextInt(3) > 0
                ? pick(r, COMMUNE_BODIES).replace("{c}", commune)
                : r.nextBoolean() ? unitName : pick(r, DISTRICT_BODIES);
        String place = "xã " + commune;
        String topic = r.nextInt(5) == 0 ? pick(r, GENERAL_TOPICS) : pick(r, topics);
        String second = pick(r, GENERAL_TOPICS);
        int year = when.getYear();
        String period = pick(r, PERIODS).replace("{y}", Integer.toString(year))
                .replace("{m}", Integer.toString(when.getMonthValue()));
        String title = pick(r, TITLE_PATTERNS).replace("{a}", actor).replace("{t}", topic).replace("{place}", place)
                .replace("{period}", period).replace("{y}", Integer.toString(year))
                .replace("{n}", Integer.toString(50 + r.nextInt(900)));
        title = capitalise(title);

        ZonedDateTime event = when.minusDays(r.nextInt(3));
        String date = event.getDayOfMonth() + "/" + event.getMonthValue() + "/" + event.getYear();
        String guests = pick(r, GUESTS) + " và " + pick(r, GUESTS);
        String lead = switch (r.nextInt(3)) {
            case 0 -> "Ngày " + date + ", " + actor + " tổ chức hội nghị về " + topic + ". Tham dự có " + guests + ".";
            case 1 -> "Trong " + period + ", " + actor + " đã triển khai đồng bộ nhiều giải pháp về " + topic
                    + ", góp phần nâng cao đời sống vật chất, tinh thần của người dân " + place + ".";
            default -> "Sáng " + date + ", tại hội trường " + place + ", " + actor + " phối hợp với các ngành liên quan "
                    + "triển khai " + topic + " đến " + guests + ".";
        };

        String speaker = person(r);
        String office = pick(r, OFFICES);
        StringBuilder html = new StringBuilder(3000);
        paragraph(html, "Thực hiện Kế hoạch số " + (10 + r.nextInt(300)) + "/KH-UBND ngày " + (1 + r.nextInt(28)) + "/"
                + (1 + r.nextInt(when.getMonthValue())) + "/" + year + " của "
                + (r.nextBoolean() ? "UBND huyện Cẩm Mỹ" : "UBND " + place) + " về " + topic + ", " + place
                + " đã " + pick(r, ACTIONS) + ". " + pick(r, CONTEXT));
        switch (r.nextInt(3)) {
            case 0 -> paragraph(html, "Theo báo cáo, " + period + ", " + place + " đã tiếp nhận " + vn(200 + r.nextInt(2000))
                    + " hồ sơ thủ tục hành chính, trong đó " + (30 + r.nextInt(65)) + "% hồ sơ được nộp trực tuyến, "
                    + (90 + r.nextInt(10)) + "% hồ sơ được giải quyết đúng và trước hạn.");
            case 1 -> paragraph(html, capitalise(period) + ", " + actor + " đã tổ chức " + (3 + r.nextInt(40))
                    + " buổi tuyên truyền về " + topic + " với hơn " + vn(100 + r.nextInt(3000)) + " lượt người tham dự; phát "
                    + vn(500 + r.nextInt(5000)) + " tờ rơi và đăng " + (5 + r.nextInt(60)) + " tin, bài trên hệ thống loa truyền thanh.");
            default -> paragraph(html, "Thực hiện " + topic + ", nhân dân " + place + " đã đóng góp " + vn(50 + r.nextInt(2000))
                    + " triệu đồng và " + vn(100 + r.nextInt(3000)) + " ngày công; " + (1 + r.nextInt(12))
                    + " công trình phúc lợi được đưa vào sử dụng.");
        }
        paragraph(html, "Phát biểu " + pick(r, SPEECH_PLACES) + ", " + pick(r, SPEAKERS_TITLE) + " " + speaker + ", " + office
                + ", " + pick(r, SPEECH_VERBS) + " " + topic + " là " + pick(r, PRIORITIES) + "; " + pick(r, REQUESTS) + ".");
        if (r.nextBoolean()) {
            html.append("<h2>").append(pick(r, HEADINGS)).append("</h2><ul>");
            int first = r.nextInt(BULLETS.size());
            for (int k = 0; k < 3; k++) {
                html.append("<li>").append(BULLETS.get((first + k * 3) % BULLETS.size())
                        .replace("{n}", Integer.toString(1 + r.nextInt(99)))).append("</li>");
            }
            html.append("</ul>");
        }
        String hamlet = pick(r, HAMLETS);
        String story = switch (r.nextInt(3)) {
            case 0 -> "Người dân " + hamlet + ", " + place + " phấn khởi khi tuyến đường liên ấp dài " + (1 + r.nextInt(9)) + ","
                    + r.nextInt(10) + " km được nâng cấp từ nguồn vốn của tỉnh, huyện và sự đóng góp của nhân dân.";
            case 1 -> "Tại " + hamlet + ", mô hình " + pick(r, CROPS) + " của tổ hợp tác với " + (5 + r.nextInt(40))
                    + " thành viên cho thu nhập bình quân " + (80 + r.nextInt(300)) + " triệu đồng/ha/năm.";
            default -> "Nhà văn hóa " + hamlet + " vừa được sửa chữa, trở thành nơi sinh hoạt cộng đồng, tập luyện văn nghệ, "
                    + "thể thao của bà con.";
        };
        paragraph(html, story + " " + (r.nextBoolean() ? "Bà " : "Ông ") + person(r) + ", " + hamlet + ", chia sẻ: “"
                + pick(r, QUOTES) + "”");
        paragraph(html, "Tại " + (r.nextBoolean() ? "hội nghị" : "buổi làm việc") + ", các đại biểu đã tập trung thảo luận, "
                + pick(r, DISCUSSIONS) + "; đồng thời kiến nghị " + pick(r, PROPOSALS) + ".");
        if (r.nextBoolean()) {
            paragraph(html, "Bên cạnh kết quả đạt được, việc thực hiện " + topic + " vẫn còn " + pick(r, LIMITS) + ".");
        }
        if (r.nextBoolean()) {
            paragraph(html, "Dịp này, " + actor + " đã trao giấy khen cho " + (2 + r.nextInt(15)) + " tập thể và "
                    + (3 + r.nextInt(30)) + " cá nhân có thành tích xuất sắc trong " + topic + ".");
        }
        paragraph(html, pick(r, CLOSINGS).replace("{place}", place).replace("{y}", Integer.toString(year)).replace("{t}", second));
        html.append("<p><strong>").append(person(r)).append("</strong></p>");
        return new Text(title, lead, html.toString());
    }

    /** The commune of a commune's People's Committee ("UBND xã Xuân Đường" → "Xuân Đường"), or null. */
    private static String communeOf(String unitName) {
        return unitName.startsWith("UBND xã ") ? unitName.substring("UBND xã ".length()).strip() : null;
    }

    private static void paragraph(StringBuilder html, String text) {
        html.append("<p>").append(text).append("</p>");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An integer written the Vietnamese way: 1.872. */
    private static String vn(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    private static String pick(SplittableRandom r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }
}
